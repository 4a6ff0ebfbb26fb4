package io.capacity.service.cli;

/**
 * A command line that is wrong by itself (a flag's value out of range, flags that contradict each other), found
 * after parsing: exits 2 like picocli's own usage errors. Problems found in files, stores or the network exit 1.
 */
final class UsageError extends IllegalArgumentException {
    UsageError(String message) {
        super(message);
    }

    UsageError(String message, Throwable cause) {
        super(message, cause);
    }
}
