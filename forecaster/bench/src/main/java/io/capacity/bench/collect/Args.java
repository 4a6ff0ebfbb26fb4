package io.capacity.bench.collect;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs; an unknown or missing value fails with the usage line, as a script expects. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final String usage;

    Args(String[] args, String usage) {
        this.usage = usage;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments; usage: " + usage);
        }
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || !usage.contains(args[i] + " ")) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; usage: " + usage);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required; usage: " + usage);
        }
        return v;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    long getLong(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }
}
