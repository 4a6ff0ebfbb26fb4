package io.capacity.service.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Finds what is wrong with a request's query string, in the client's words, or null. */
final class QueryText {
    private QueryText() {
    }

    static String problem(HttpServletRequest request) {
        Map<String, String[]> params;
        try {
            params = request.getParameterMap();
        } catch (IllegalStateException e) {
            return badEscape(request.getQueryString());
        }
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (hasControl(p.getKey())) {
                return "query parameter name '" + printable(p.getKey()) + "' contains a control character";
            }
            for (String v : p.getValue()) {
                if (hasControl(v)) {
                    return "query parameter " + p.getKey() + ": '" + printable(v)
                            + "' contains a control character (tab, newline, %00-%1F or %7F); expected text";
                }
            }
        }
        return null;
    }

    static String badEscape(String query) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            for (int i = pair.indexOf('%'); i >= 0; i = pair.indexOf('%', i + 1)) {
                if (i + 2 >= pair.length() || hex(pair.charAt(i + 1)) < 0 || hex(pair.charAt(i + 2)) < 0) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    String bad = pair.substring(i, Math.min(pair.length(), i + 3));
                    return "query parameter " + printable(name) + ": '" + printable(bad)
                            + "' is not a percent escape; expected % and two hex digits (e.g. %25 for %)";
                }
            }
        }
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (!isUtf8(pair)) {
                int eq = pair.indexOf('=');
                return "query parameter " + printable(eq < 0 ? pair : pair.substring(0, eq)) + ": '"
                        + printable(pair.substring(eq + 1)) + "' is not UTF-8 once percent-decoded";
            }
        }
        return "the query string is not valid percent-encoded UTF-8";
    }

    /** True when the percent-decoded bytes of {@code text} (whose escapes are well formed) are UTF-8. */
    private static boolean isUtf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    /** The text with control characters shown as %XX, so a message never carries them. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        });
        return s.length() > 200 ? sb.append("...").toString() : sb.toString();
    }
}
