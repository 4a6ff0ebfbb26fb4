package io.capacity.collectors.agent;

import java.util.ArrayList;
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

    List<ConfigProblem> list() {
        return List.copyOf(list);
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ConfigException(list);
        }
    }
}
