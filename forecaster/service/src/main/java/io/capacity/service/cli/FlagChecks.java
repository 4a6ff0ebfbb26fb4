package io.capacity.service.cli;

/** Runs the core's own validation for a command-line value and names the flag in its error. */
final class FlagChecks {
    private FlagChecks() {
    }

    /** Nothing when {@code value} is null (the flag was not given); otherwise {@code build}, its error prefixed. */
    static void check(String flag, Object value, Runnable build) {
        if (value == null) {
            return;
        }
        try {
            build.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(flag + " " + value + ": " + e.getMessage(), e);
        }
    }
}
