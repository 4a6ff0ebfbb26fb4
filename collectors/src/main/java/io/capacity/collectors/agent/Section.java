package io.capacity.collectors.agent;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads from one YAML mapping that record a problem (with the node's line) instead of throwing, and
 * remember which keys were read so that {@link #finish()} can flag unknown ones: a misspelt key is a silent
 * default otherwise.
 */
final class Section {
    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    final String path;
    final int line;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    Section(Problems problems, String path, Node node) {
        this.problems = problems;
        this.path = path;
        this.line = node == null ? 0 : node.getStartMark().getLine() + 1;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    Node earlier = values.putIfAbsent(k.getValue(), t.getValueNode());
                    if (earlier != null) {
                        int at = k.getStartMark().getLine() + 1;
                        String v = t.getValueNode() instanceof ScalarNode sv ? sv.getValue() : "...";
                        problems.add(at, field(k.getValue()), v, "each key once; it is also on line "
                                + (earlier.getStartMark().getLine() + 1) + " (the first one would be used)");
                    }
                }
            }
        } else if (node != null && !(node instanceof ScalarNode s && s.getValue().isEmpty())) {
            problems.add(line, path, null, "a mapping of key: value");
        }
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int lineOf(String key) {
        Node n = values.get(key);
        return n == null ? line : n.getStartMark().getLine() + 1;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    private String scalar(String key) {
        used.add(key);
        Node n = values.get(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(lineOf(key), field(key), null, "a single value");
        return null;
    }

    String string(String key, String def) {
        String v = scalar(key);
        return v == null || v.isBlank() ? def : v.trim();
    }

    String required(String key, String expected) {
        String v = string(key, null);
        if (v == null) {
            problems.add(lineOf(key), field(key), null, expected);
        }
        return v;
    }

    /** A secret: may be written as ${ENV_VAR}; never echoed into a problem. */
    String secret(String key) {
        String v = string(key, null);
        if (v == null) {
            return null;
        }
        Matcher m = ENV.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = problems.env.apply(m.group(1));
            if (value == null) {
                problems.add(lineOf(key), field(key), "${" + m.group(1) + "}", "a set environment variable");
                value = "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    Duration duration(String key, Duration def) {
        String v = string(key, null);
        if (v == null) {
            return def;
        }
        Duration d = Units.duration(v);
        if (d == null) {
            problems.add(lineOf(key), field(key), v, "a positive duration such as 500ms, 10s, 5m or 1h");
            return def;
        }
        return d;
    }

    /** A duration of at least {@code min}; a shorter one is a problem saying the minimum. */
    Duration duration(String key, Duration def, Duration min) {
        Duration d = duration(key, def);
        if (d.compareTo(min) < 0) {
            problems.add(lineOf(key), field(key), string(key, null), "at least " + Units.format(min));
            return def;
        }
        return d;
    }

    /** A size from {@code min} to {@code max} bytes. */
    long bytes(String key, long def, long min, long max) {
        String v = string(key, null);
        if (v == null) {
            return def;
        }
        long n = Units.bytes(v);
        if (n < min || n > max) {
            problems.add(lineOf(key), field(key), v, "a size from " + Units.formatBytes(min) + " to "
                    + Units.formatBytes(max) + ", such as 64MiB or 2GiB");
            return def;
        }
        return n;
    }

    /** The text written for {@code key}, as the user wrote it (for messages that relate two fields). */
    String written(String key) {
        return string(key, null);
    }

    Integer integer(String key, Integer def, int min, int max) {
        String v = string(key, null);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(lineOf(key), field(key), v, "a whole number from " + min + " to " + max);
        return def;
    }

    boolean bool(String key, boolean def) {
        String v = string(key, null);
        if (v == null) {
            return def;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(lineOf(key), field(key), v, "true or false");
                yield def;
            }
        };
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E def) {
        String v = string(key, null);
        if (v == null) {
            return def;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        problems.add(lineOf(key), field(key), v, "one of " + String.join(", ", names));
        return def;
    }

    URI uri(String key, boolean required, String... schemes) {
        String v = required ? required(key, "a URL (" + String.join(" or ", schemes) + ")") : string(key, null);
        if (v == null) {
            return null;
        }
        try {
            URI u = URI.create(v);
            if (u.getRawUserInfo() != null) {
                String shown = v.replace(u.getRawUserInfo() + "@", "***@");
                problems.add(lineOf(key), field(key), shown, "a URL without user:password@ (put credentials in "
                        + "username and password, which may be ${ENV_VAR})");
                return null;
            }
            if (u.getHost() != null && List.of(schemes).contains(u.getScheme())) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(lineOf(key), field(key), v, "a URL with scheme " + String.join(" or ", schemes) + " and a host");
        return null;
    }

    Path existingFile(String key) {
        String v = string(key, null);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        if (!java.nio.file.Files.isReadable(p)) {
            problems.add(lineOf(key), field(key), v, "a readable file");
        }
        return p;
    }

    Section section(String key) {
        used.add(key);
        return new Section(problems, field(key), values.get(key));
    }

    List<Section> list(String key) {
        used.add(key);
        Node n = values.get(key);
        List<Section> out = new ArrayList<>();
        if (n == null || (n instanceof ScalarNode s && s.getValue().isEmpty())) {
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problems.add(lineOf(key), field(key), null, "a list");
            return out;
        }
        for (int i = 0; i < seq.getValue().size(); i++) {
            out.add(new Section(problems, field(key) + "[" + i + "]", seq.getValue().get(i)));
        }
        return out;
    }

    /** Runs a record constructor; its IllegalArgumentException becomes a problem at this section. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(line, "(" + (path.isEmpty() ? "top level" : path) + ")", null, "valid values: "
                    + e.getMessage());
            return null;
        }
    }

    void problem(String key, String value, String expected) {
        problems.add(lineOf(key), field(key), value, expected);
    }

    /** Flags keys nobody read. */
    void finish() {
        for (String k : values.keySet()) {
            if (!used.contains(k)) {
                List<String> known = new ArrayList<>(used);
                known.sort(null);
                problems.add(lineOf(k), field(k), k, "a known key (" + String.join(", ", known) + ")");
            }
        }
    }
}
