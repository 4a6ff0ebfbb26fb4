package io.capacity.schema;

/**
 * A value as an error message quotes it: at most 60 characters, with control characters and undecodable bytes
 * written as {@code \\uXXXX}, so a line of binary garbage cannot corrupt the terminal or log that shows the message.
 */
public final class Excerpt {
    private static final int MAX_SHOWN = 60;

    private Excerpt() {
    }

    public static String of(CharSequence value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
        int n = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\uFFFD' || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (value.length() > MAX_SHOWN) {
            sb.append("...");
        }
        return sb.toString();
    }
}
