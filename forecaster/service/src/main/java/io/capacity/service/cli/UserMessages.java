package io.capacity.service.cli;

import io.capacity.app.RequestProblem;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an exception into the words a user reads: a file's name and what is wrong with it, a value and what is
 * expected, never a Java class, enum constant or method name (those are for CAPACITY_DEBUG=1).
 */
final class UserMessages {
    static final String BUG = "unexpected internal error (a bug: please report it with the output of the same "
            + "command run with CAPACITY_DEBUG=1)";
    private static final Pattern NO_ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("(?:[\\w$]+\\.)*[\\w$]*(?:Exception|Error): ?");

    private UserMessages() {
    }

    /** One line for {@code e}: its own message when that is meant for users, else a description of its kind. */
    static String of(Throwable e) {
        if (e instanceof RequestProblem p) {
            return scrub(p.render(CliHints::flagOf));
        }
        Throwable io = ioCause(e);
        if (e instanceof UncheckedIOException && io != null) {
            // Its own message when written for users ("inventory x.yaml: no such file or directory"); the default
            // one is only the cause's class and text.
            String own = e.getMessage();
            return own == null || own.equals(io.toString()) || own.contains("Exception") ? of(io) : scrub(own);
        }
        if (e instanceof FileSystemException fs) {
            return file(fs);
        }
        if (e instanceof NumberFormatException) {
            return "a value is not a number (" + scrub(String.valueOf(e.getMessage())
                    .replace("For input string: ", "")) + ")";
        }
        if (isBug(e)) {
            return BUG;
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            return io != null && io != e ? of(io) : e instanceof java.io.IOException
                    ? "input/output error" : BUG;
        }
        return scrub(msg);
    }

    /** What is wrong with a file, in the words of ls and cp: "missing.yaml: no such file or directory". */
    static String file(FileSystemException fs) {
        String name = fs.getFile() == null ? "a file" : fs.getFile();
        String what;
        if (fs instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (fs instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (fs instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (fs instanceof NotDirectoryException) {
            what = "not a directory";
        } else if (fs instanceof DirectoryNotEmptyException) {
            what = "directory not empty";
        } else {
            what = fs.getReason() == null ? "cannot be read or written" : fs.getReason().toLowerCase(Locale.ROOT);
        }
        return name + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + what;
    }

    /**
     * Removes Java names from a message that is otherwise meant for users: "...: java.lang.IllegalArgumentException:
     * x" reads "...: x", and "No enum constant a.b.Unit.BOGUS" reads "'bogus' is not one of fraction, percent".
     */
    static String scrub(String msg) {
        Matcher m = NO_ENUM.matcher(msg);
        if (m.find()) {
            msg = m.replaceFirst(Matcher.quoteReplacement(notOneOf(m.group(1), m.group(2))));
        }
        return EXCEPTION_PREFIX.matcher(msg).replaceAll("");
    }

    private static String notOneOf(String enumClass, String constant) {
        String value = "'" + constant.toLowerCase(Locale.ROOT) + "'";
        try {
            Object[] values = Class.forName(enumClass).getEnumConstants();
            if (values != null) {
                return value + " is not one of " + Arrays.stream(values)
                        .map(v -> ((Enum<?>) v).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", "));
            }
        } catch (ClassNotFoundException | LinkageError ignored) {
            // fall through to the generic wording
        }
        return value + " is not a known value";
    }

    /** Exceptions that mean our code is wrong, not the user's input: their messages name code, not input. */
    private static boolean isBug(Throwable e) {
        return e instanceof NullPointerException || e instanceof IndexOutOfBoundsException
                || e instanceof ClassCastException || e instanceof ArithmeticException
                || e instanceof UnsupportedOperationException || e instanceof ArrayStoreException
                || e instanceof java.util.ConcurrentModificationException || e instanceof java.util.NoSuchElementException
                || e instanceof Error;
    }

    private static Throwable ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
