package io.capacity.planner.yaml;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects every problem in one file so the operator fixes them all in one pass. */
public final class Problems {
    private final String file;
    private final List<String> list = new ArrayList<>();
    private final Set<String> defaultCurves = new TreeSet<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(Node at, String field, String value, String expected) {
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        String p = file + ":" + line + ": " + field + ": " + value + ": expected " + expected;
        // A hardware model's bad default is met once per host that uses it: report it once.
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    /** Notes that hardware {@code model} has no power curve of its own: the loader says so once, for all. */
    public void defaultCurve(String model) {
        defaultCurves.add(model == null ? "(unnamed)" : model);
    }

    /** The hardware models (or hosts without one) that use the catalogue's default curve, sorted. */
    public Set<String> defaultCurves() {
        return Set.copyOf(defaultCurves);
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Every problem so far, as {@code file:line: field: value: expected ...}, in the order found. */
    public List<String> messages() {
        return List.copyOf(list);
    }
}
