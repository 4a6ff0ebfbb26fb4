package io.capacity.service.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an RFC 9457 problem+json body by hand, for the edges that run before or outside Spring MVC (filters, the
 * error page, Tomcat's own rejections), where no message converter or content negotiation is available.
 */
public final class ProblemJson {
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    /**
     * The body: {@code {"detail","instance","status","title"}}, in the order Spring's own problem bodies use; a null
     * instance is left out.
     */
    public static String body(int status, String title, String detail, String instance) {
        StringBuilder sb = new StringBuilder(128).append('{');
        member(sb, "detail", detail).append(',');
        if (instance != null) {
            member(sb, "instance", instance).append(',');
        }
        sb.append("\"status\":").append(status).append(',');
        return member(sb, "title", title).append('}').toString();
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

    private static StringBuilder member(StringBuilder sb, String name, String value) {
        sb.append('"').append(name).append("\":");
        if (value == null) {
            return sb.append("null");
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
