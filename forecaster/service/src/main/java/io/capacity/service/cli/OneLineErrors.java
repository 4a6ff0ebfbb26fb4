package io.capacity.service.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and a non-zero exit. Set CAPACITY_DEBUG=1 to see
 * the stack trace as well.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("capacity " + cl.getCommandName() + ": error: " + msg);
        if (System.getenv("CAPACITY_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return EXIT_FAILURE;
    }
}
