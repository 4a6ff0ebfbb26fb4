package io.capacity.service.cli;

import io.capacity.app.RequestProblem;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr (in the user's words, see {@link UserMessages})
 * and exit code 2 for a command line that is wrong by itself ({@link UsageError}), 1 for any other failure. Set
 * CAPACITY_DEBUG=1 to see the stack trace as well.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": error: " + UserMessages.of(ex));
        if (debug()) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return isUsage(ex) ? EXIT_USAGE : EXIT_FAILURE;
    }

    static boolean debug() {
        String d = System.getenv("CAPACITY_DEBUG");
        return d != null && !d.isEmpty() && !d.equals("0");
    }

    private static boolean isUsage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UsageError || t instanceof RequestProblem p && p.usage()) {
                return true;
            }
        }
        return false;
    }
}
