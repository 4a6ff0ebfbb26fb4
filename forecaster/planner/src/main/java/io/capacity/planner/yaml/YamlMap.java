package io.capacity.planner.yaml;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping read through the node API so every value keeps its line; typed getters report problems
 * instead of throwing, and return null for absent or bad values.
 */
public final class YamlMap {
    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();

    public YamlMap(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                values.put(scalar(t.getKeyNode()), t.getValueNode());
            }
        } else if (node != null) {
            problems.add(node, path, describe(node), "a mapping of field: value");
        }
    }

    public Node node() {
        return node;
    }

    public String path() {
        return path;
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Node raw(String key) {
        return values.get(key);
    }

    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public void allowOnly(Set<String> keys) {
        values.forEach((k, v) -> {
            if (!keys.contains(k)) {
                problems.add(v, field(k), describe(v), "one of the fields " + keys.stream().sorted().toList());
            }
        });
    }

    /** Scalar text, or null (with a problem if present but not a scalar). */
    public String text(String key) {
        Node v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(v, field(key), describe(v), "a single value");
        return null;
    }

    /** The mapping under {@code key}, or null when absent (a value that is not a mapping is reported). */
    public YamlMap map(String key) {
        Node v = values.get(key);
        return v == null ? null : new YamlMap(v, field(key), problems);
    }

    public List<YamlMap> maps(String key) {
        Node v = values.get(key);
        List<YamlMap> out = new ArrayList<>();
        if (v instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                out.add(new YamlMap(s.getValue().get(i), field(key) + "[" + i + "]", problems));
            }
        } else if (v != null) {
            problems.add(v, field(key), describe(v), "a list");
        }
        return out;
    }

    public Map<String, YamlMap> namedMaps(String key) {
        Node v = values.get(key);
        Map<String, YamlMap> out = new LinkedHashMap<>();
        if (v instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String name = scalar(t.getKeyNode());
                out.put(name, new YamlMap(t.getValueNode(), field(key) + "." + name, problems));
            }
        } else if (v != null) {
            problems.add(v, field(key), describe(v), "a mapping of name: fields");
        }
        return out;
    }

    public List<String> texts(String key) {
        Node v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof SequenceNode s) {
            for (Node n : s.getValue()) {
                out.add(scalar(n));
            }
        } else if (v != null) {
            problems.add(v, field(key), describe(v), "a list of values");
        }
        return out;
    }

    public static String scalar(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : describe(n);
    }

    public static String describe(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? "(empty)" : s.getValue();
        }
        return n instanceof SequenceNode ? "(a list)" : "(a mapping)";
    }
}
