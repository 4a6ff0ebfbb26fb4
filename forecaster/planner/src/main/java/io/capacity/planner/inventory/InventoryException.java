package io.capacity.planner.inventory;

import java.util.List;

/** An inventory file with problems; the message lists every one as {@code file:line: field: value: expected}. */
public final class InventoryException extends RuntimeException {
    private final List<String> problems;

    public InventoryException(List<String> problems) {
        super(problems.size() + " problem(s) in inventory:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
