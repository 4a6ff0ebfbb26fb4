package io.capacity.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping read through SnakeYAML's node API, so every value keeps its line. Typed reads record a problem
 * (line, field path, value, what was expected) in the {@link YamlFile} instead of throwing, and return the default
 * or null; the mapping remembers which keys were read so a reader can flag the ones nobody asked for
 * ({@link #unknownKeys}): a misspelt key is a silent default otherwise.
 *
 * <p>A key written twice is a problem (the first one is used). An empty value ({@code key:} with nothing after it)
 * reads as an empty mapping or list, so a section whose entries are all commented out is no error.
 */
public final class YamlMapping {
    private final YamlFile file;
    private final String path;
    private final int line;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    /** The mapping at {@code node} (null: absent, so empty and without a line), named {@code path} in problems. */
    public YamlMapping(YamlFile file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.line = lineOf(node);
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = describe(t.getKeyNode());
                Node earlier = values.putIfAbsent(key, t.getValueNode());
                if (earlier != null) {
                    file.add(lineOf(t.getKeyNode()), field(key), describe(t.getValueNode()), "each key once; it is "
                            + "also on line " + lineOf(earlier) + " (the first one would be used)");
                }
            }
        } else if (node != null && !isEmpty(node)) {
            file.add(line, path.isEmpty() ? "(top level)" : path, describe(node), "a mapping of key: value");
        }
    }

    public YamlFile file() {
        return file;
    }

    /** The dotted path of this mapping in problems, empty at the top level. */
    public String path() {
        return path;
    }

    /** The line where this mapping starts; 0 when it is absent. */
    public int line() {
        return line;
    }

    /** The path of {@code key} inside this mapping, as problems name it. */
    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The keys in the file's order. */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    /** The line of {@code key}'s value; this mapping's line when the key is absent. */
    public int lineOf(String key) {
        Node n = values.get(key);
        return n == null ? line : lineOf(n);
    }

    /** The value of {@code key} as a problem quotes it: its text, or (empty), (a list), (a mapping). */
    public String describe(String key) {
        Node n = values.get(key);
        return n == null ? null : describe(n);
    }

    /** Records a problem at {@code key}'s line. */
    public void problem(String key, String value, String expected) {
        file.add(lineOf(key), field(key), value, expected);
    }

    /** Whether {@code key} holds a single value (not a list or mapping); absent keys are not scalars. */
    public boolean isScalar(String key) {
        return values.get(key) instanceof ScalarNode;
    }

    /** The scalar text as written, or null when absent (or not a single value, which is a problem). */
    public String text(String key) {
        read.add(key);
        Node n = values.get(key);
        if (n == null || n instanceof ScalarNode) {
            return n == null ? null : ((ScalarNode) n).getValue();
        }
        problem(key, describe(n), "a single value");
        return null;
    }

    /** The trimmed text, or {@code def} when absent or blank. */
    public String string(String key, String def) {
        String v = text(key);
        return v == null || v.isBlank() ? def : v.trim();
    }

    /** The trimmed text; absent or blank is a problem saying what is expected. */
    public String required(String key, String expected) {
        String v = string(key, null);
        if (v == null) {
            problem(key, null, expected);
        }
        return v;
    }

    /**
     * The trimmed text read by {@code parser} (null: does not parse) and accepted by {@code ok}; otherwise a problem
     * quoting the text and {@code expected}. Absent or blank: {@code def}.
     */
    public <T> T value(String key, Function<String, T> parser, Predicate<T> ok, String expected, T def) {
        String t = string(key, null);
        if (t == null) {
            return def;
        }
        T v = parser.apply(t);
        if (v == null || !ok.test(v)) {
            problem(key, t, expected);
            return def;
        }
        return v;
    }

    /** A whole number from {@code min} to {@code max}. */
    public Integer integer(String key, Integer def, int min, int max) {
        return value(key, YamlMapping::parseInt, n -> n >= min && n <= max, "a whole number from " + min
                + " to " + max, def);
    }

    /** {@code true/yes/on} or {@code false/no/off}, any case. */
    public boolean bool(String key, boolean def) {
        return value(key, YamlMapping::parseBool, b -> true, "true or false", def);
    }

    /** A constant of {@code type} by name, any case; a problem lists the names in lower case. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E def) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        return value(key, t -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(t)) {
                    return e;
                }
            }
            return null;
        }, e -> true, "one of " + String.join(", ", names), def);
    }

    /** The mapping under {@code key}: empty (and without a line) when absent; anything else is a problem. */
    public YamlMapping mapping(String key) {
        read.add(key);
        return new YamlMapping(file, field(key), values.get(key));
    }

    /** The mappings of the list under {@code key}, named {@code key[i]}; empty when absent or empty. */
    public List<YamlMapping> mappings(String key) {
        List<YamlMapping> out = new ArrayList<>();
        List<Node> items = items(key, "a list");
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlMapping(file, field(key) + "[" + i + "]", items.get(i)));
        }
        return out;
    }

    /** The scalars of the list under {@code key}, each as {@link #describe(Node)} quotes it. */
    public List<String> texts(String key) {
        return items(key, "a list of values").stream().map(YamlMapping::describe).toList();
    }

    /** A mapping of name: mapping under {@code key} (such as hardware models by name), in the file's order. */
    public Map<String, YamlMapping> namedMappings(String key) {
        read.add(key);
        Node v = values.get(key);
        Map<String, YamlMapping> out = new LinkedHashMap<>();
        if (v instanceof MappingNode m) {
            new YamlMapping(file, field(key), m); // reports names written twice
            for (NodeTuple t : m.getValue()) {
                String name = describe(t.getKeyNode());
                out.putIfAbsent(name, new YamlMapping(file, field(key) + "." + name, t.getValueNode()));
            }
        } else if (v != null && !isEmpty(v)) {
            problem(key, describe(v), "a mapping of name: fields");
        }
        return out;
    }

    /** The keys not in {@code known}, in the file's order, for the reader to report in its own words. */
    public List<String> unknownKeys(Collection<String> known) {
        return values.keySet().stream().filter(k -> !known.contains(k)).toList();
    }

    /** The keys read so far (by any typed read), for {@link #unknownKeys} when every known key is read. */
    public Set<String> readKeys() {
        return Set.copyOf(read);
    }

    /** Runs a record constructor; its IllegalArgumentException becomes a problem at this mapping. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            file.add(line, "(" + (path.isEmpty() ? "top level" : path) + ")", null, "valid values: " + e.getMessage());
            return null;
        }
    }

    private List<Node> items(String key, String expected) {
        read.add(key);
        Node n = values.get(key);
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (n != null && !isEmpty(n)) {
            problem(key, describe(n), expected);
        }
        return List.of();
    }

    /** The line of a node, counted from 1; 0 for none. */
    public static int lineOf(Node n) {
        return n == null ? 0 : n.getStartMark().getLine() + 1;
    }

    /** A node as a problem quotes it: a scalar's text, or (empty), (a list), (a mapping). */
    public static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "(empty)" : s.getValue();
        }
        return n instanceof SequenceNode ? "(a list)" : "(a mapping)";
    }

    private static boolean isEmpty(Node n) {
        return n instanceof ScalarNode s && s.getValue().isEmpty();
    }

    private static Integer parseInt(String t) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean parseBool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> null;
        };
    }
}
