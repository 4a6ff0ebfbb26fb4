package io.capacity.core.hint;

import java.util.regex.Pattern;

/**
 * How the core names a user's override in its log lines: {@code option KEY=VALUE}, e.g. {@code option
 * packing=target}. The core knows no front end, so it names the option, never a flag, a field or a Java method;
 * each front end shows the option as what its user can type (the command line as its flag, e.g. {@code --packing
 * target}). Keys are lower case with underscores.
 */
public final class Hints {
    /**
     * An option in a message: its key and value. The value is a run of characters other than spaces and , ; ( ) .
     * with whole bracketed groups ({@code (p,d,q)(P,D,Q)}) and inner dots ({@code 0.8}) included.
     */
    public static final Pattern OPTION = Pattern.compile(
            "option ([a-z][a-z0-9_]*)=((?:\\([^)\\s]*\\)|[^\\s,;().]|\\.(?=\\w))+)");

    private Hints() {
    }

    /** {@code option KEY=VALUE}. */
    public static String option(String key, Object value) {
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("an option key is lower case with underscores, got '" + key + "'");
        }
        return "option " + key + "=" + value;
    }
}
