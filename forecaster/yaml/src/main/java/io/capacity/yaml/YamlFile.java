package io.capacity.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML file being read: its name, the environment that {@code ${VAR}} secrets resolve against, and every
 * problem found so far, so a reader lists them all in one pass instead of stopping at the first.
 */
public final class YamlFile {
    private final String name;
    private final UnaryOperator<String> env;
    private final Set<YamlProblem> problems = new LinkedHashSet<>();

    /** A file whose secrets resolve against {@code env} (a variable it does not know maps to null). */
    public YamlFile(String name, UnaryOperator<String> env) {
        this.name = Objects.requireNonNull(name, "name");
        this.env = Objects.requireNonNull(env, "env");
    }

    /** A file without environment variables. */
    public YamlFile(String name) {
        this(name, v -> null);
    }

    /**
     * The top-level mapping of {@code text}; an empty document is an empty mapping without a line.
     *
     * @throws YamlSyntaxException when the text is not well-formed YAML: nothing after it can be read reliably
     */
    public YamlMapping parse(String text) throws YamlSyntaxException {
        return new YamlMapping(this, "", compose(text));
    }

    /** The document's root node, null for an empty document. */
    public static Node compose(String text) throws YamlSyntaxException {
        try {
            return new Yaml().compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new YamlSyntaxException(e.getProblemMark().getLine() + 1, e.getProblem());
        }
    }

    public String name() {
        return name;
    }

    /** The value of environment variable {@code variable}, or null when it is not set. */
    public String env(String variable) {
        return env.apply(variable);
    }

    /** Records a problem; the same problem twice (a shared default met by many entries) is kept once. */
    public void add(int line, String field, String value, String expected) {
        problems.add(new YamlProblem(name, line, field, value, expected));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem in the order found. */
    public List<YamlProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every problem in the file's order (problems without a line last), so they read top to bottom. */
    public List<YamlProblem> problemsByLine() {
        List<YamlProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(p -> p.line() > 0 ? p.line() : Integer.MAX_VALUE));
        return List.copyOf(sorted);
    }
}
