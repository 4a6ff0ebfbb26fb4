package io.capacity.service.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's usage errors as one line naming the flag, the value and what is expected, with a pointer to
 * {@code --help} instead of the whole usage text; exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private static final Pattern INVALID = Pattern.compile(
            "^Invalid value for (?:option '([^']+)'(?: \\([^)]*\\))?|positional parameter at index [^(]*\\(([^)]+)\\)): ");
    private static final Pattern ENUM = Pattern.compile(
            "expected one of \\[([^]]*)] \\(case-(?:in)?sensitive\\) but was '([^']*)'");
    private static final Pattern CANNOT_CONVERT = Pattern.compile("cannot convert '(.*)' to .*$");
    private static final Pattern FIELD_LABEL = Pattern.compile(" \\(<\\w+>\\)");

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        String hint = cl.getCommandSpec().subcommands().isEmpty() || cl.getParent() != null
                ? " (see '" + name + " --help')" : " (see 'capacity --help')";
        cl.getErr().println(name + ": error: " + message(ex) + hint);
        if (OneLineErrors.debug()) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return OneLineErrors.EXIT_USAGE;
    }

    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        String msg = ex.getMessage() == null ? "invalid command line" : ex.getMessage();
        Matcher invalid = INVALID.matcher(msg);
        if (invalid.find()) {
            String flag = invalid.group(1) != null ? invalid.group(1) : invalid.group(2);
            String rest = msg.substring(invalid.end());
            Matcher e = ENUM.matcher(rest);
            Matcher c = CANNOT_CONVERT.matcher(rest);
            if (e.find()) {
                rest = "'" + e.group(2) + "' is not one of " + List.of(e.group(1).split(",\\s*")).stream()
                        .map(v -> v.toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
            } else if (c.find()) {
                String label = ex.getArgSpec() == null ? "value" : ex.getArgSpec().paramLabel();
                rest = "'" + c.group(1) + "' is not a valid " + label;
            }
            msg = flag + ": " + rest;
        }
        msg = FIELD_LABEL.matcher(msg).replaceAll("");
        return UserMessages.scrub(lowerFirst(msg));
    }

    private static String unmatched(UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        String first = unmatched.isEmpty() ? "" : unmatched.get(0);
        boolean root = u.getCommandLine().getParent() == null && !u.getCommandLine().getSubcommands().isEmpty();
        String what = u.isUnknownOption()
                ? "unknown option '" + first + "'"
                : root ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty() ? what
                : what + "; did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3,
                suggestions.size()))) + "?";
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
