package io.capacity.service.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem+json body for the edges that run before or outside Spring MVC (filters, the error
 * page, Tomcat's own rejections), where no message converter or content negotiation is available. Jackson writes
 * it; {@code <}, {@code >}, {@code &}, DEL and the line separators U+2028/U+2029 are escaped besides JSON's own, so
 * a detail that quotes the request can never be read as markup.
 */
public final class ProblemJson {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(new HtmlSafe());

    private ProblemJson() {
    }

    /**
     * The body: {@code {"detail","instance","status","title"}}, in the order Spring's own problem bodies use; a null
     * instance is left out.
     */
    public static String body(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("status", status);
        problem.put("title", title);
        return WRITER.writeValueAsString(problem);
    }

    /** Sets status, content type and the edge headers, and writes the body; the response must not be committed. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String instance)
            throws IOException {
        byte[] bytes = body(status, title, detail, instance).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        SecurityHeaders.apply(response);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** JSON's escapes plus the characters that matter when a body ends up inside HTML or a script. */
    private static final class HtmlSafe extends CharacterEscapes {
        private static final int[] ASCII = standardAsciiEscapesForJSON();
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
            ASCII[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}
