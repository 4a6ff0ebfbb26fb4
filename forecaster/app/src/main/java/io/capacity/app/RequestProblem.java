package io.capacity.app;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request a use case cannot serve, with the options it concerns named by key ({@code horizon}, {@code step}) so
 * that each front end shows them as its user types them (the command line as {@code --horizon}, the REST API as a
 * query parameter). The message itself names them as {@code option KEY}.
 *
 * <p>{@link #usage()} tells a request that is wrong by itself (a value out of range: the command line exits 2, a
 * REST call is a 400) from one that does not fit the data it reads (no series matches, a file is too short).
 */
public final class RequestProblem extends IllegalArgumentException {
    private static final Pattern KEY = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final String key;
    private final String value;
    private final String text;
    private final boolean usage;

    private RequestProblem(String key, String value, String text, boolean usage, Throwable cause) {
        super(render(key, value, text, k -> "option " + k), cause);
        this.key = key;
        this.value = value;
        this.text = text;
        this.usage = usage;
    }

    /** {@code KEY VALUE: reason}, e.g. {@code horizon 0: expected at least 1 step}; a usage problem. */
    public static RequestProblem of(String key, Object value, String reason) {
        return new RequestProblem(key, String.valueOf(value), reason, true, null);
    }

    /** {@code KEY: reason}, without the value (it is in the reason, or there is none). A usage problem. */
    public static RequestProblem of(String key, String reason) {
        return new RequestProblem(key, null, reason, true, null);
    }

    /**
     * Free text naming options as {@code {key}} placeholders, e.g. {@code "give {step}"}; {@code usage} says whether
     * the request is wrong by itself.
     */
    public static RequestProblem text(String template, boolean usage) {
        return new RequestProblem(null, null, template, usage, null);
    }

    /**
     * What {@code build} returns; a core constructor's refusal of the value becomes a usage problem naming the
     * option (the command line's {@code --target-util 2: ...}).
     */
    public static <T> T with(String key, Object value, Supplier<T> build) {
        try {
            return build.get();
        } catch (RequestProblem e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RequestProblem(key, String.valueOf(value), e.getMessage(), true, e);
        }
    }

    /** {@link #with} for a check without a result; nothing when {@code value} is null (the option was not given). */
    public static void check(String key, Object value, Runnable check) {
        if (value != null) {
            with(key, value, () -> {
                check.run();
                return null;
            });
        }
    }

    /** The message with each option named by {@code names} (key to what the user types). */
    public String render(Function<String, String> names) {
        return render(key, value, text, names);
    }

    public boolean usage() {
        return usage;
    }

    private static String render(String key, String value, String text, Function<String, String> names) {
        if (key != null) {
            return names.apply(key) + (value == null ? "" : " " + value) + ": " + text;
        }
        Matcher m = KEY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
