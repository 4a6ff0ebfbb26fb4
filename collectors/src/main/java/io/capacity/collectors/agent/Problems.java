package io.capacity.collectors.agent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects problems while a config file is read, so all of them are reported together. */
final class Problems {
    final String file;
    final UnaryOperator<String> env;
    private final List<ConfigProblem> list = new ArrayList<>();

    Problems(String file, UnaryOperator<String> env) {
        this.file = file;
        this.env = env;
    }

    void add(int line, String field, String value, String expected) {
        list.add(new ConfigProblem(file, line, field, value, expected));
    }

    /** In the file's order (problems without a line last), so they read top to bottom. */
    List<ConfigProblem> list() {
        List<ConfigProblem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(p -> p.line() > 0 ? p.line() : Integer.MAX_VALUE));
        return List.copyOf(sorted);
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ConfigException(list());
        }
    }
}
