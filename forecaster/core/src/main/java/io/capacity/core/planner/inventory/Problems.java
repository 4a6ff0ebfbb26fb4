package io.capacity.core.planner.inventory;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in one file so the operator fixes them all in one pass. */
final class Problems {
    private final String file;
    private final List<String> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node at, String field, String value, String expected) {
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        list.add(file + ":" + line + ": " + field + ": " + value + ": expected " + expected);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InventoryException(list);
        }
    }
}
