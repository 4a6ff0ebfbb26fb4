package io.capacity.service.cli;

import java.util.function.Supplier;

/** Runs the core's own validation for a command-line value and names the flag in its error. */
final class FlagChecks {
    private FlagChecks() {
    }

    /** Nothing when {@code value} is null (the flag was not given); otherwise {@code build}, its error prefixed. */
    static void check(String flag, Object value, Runnable build) {
        if (value != null) {
            with(flag, value, () -> {
                build.run();
                return null;
            });
        }
    }

    /** What {@code build} returns, its error prefixed with the flag and its value (a usage error: exit 2). */
    static <T> T with(String flag, Object value, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new UsageError(flag + " " + value + ": " + e.getMessage(), e);
        }
    }
}
