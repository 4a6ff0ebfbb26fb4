package io.capacity.core.arch;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * Package dependencies of compiled classes, read from their constant pools by the JDK's own {@code jdeps}, and the
 * cycles among them. Constants the compiler inlines (a {@code static final} primitive or string) leave no trace in
 * the class file, so a dependency through one alone is not seen; every other use of a class is.
 */
public final class PackageCycles {
    private PackageCycles() {
    }

    /** The class directory (or jar) {@code type} was loaded from: {@code target/classes} under Maven. */
    public static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Package to the packages it uses, both under {@code prefix}, from {@code jdeps -verbose:package}. */
    public static Map<String, Set<String>> dependencies(Path classes, String prefix) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("jdeps is missing: the tests need a full JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", classes.toString());
        if (rc != 0) {
            throw new IllegalStateException("jdeps failed (" + rc + "): " + err);
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[1].equals("->") && under(f[0], prefix)) {
                Set<String> uses = graph.computeIfAbsent(f[0], k -> new TreeSet<>());
                if (under(f[2], prefix) && !f[2].equals(f[0])) {
                    uses.add(f[2]);
                }
            }
        }
        return graph;
    }

    private static boolean under(String pkg, String prefix) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    /**
     * One cycle per strongly connected set of two or more packages, as a path that starts and ends at its
     * alphabetically first package ({@code [a, b, c, a]}); empty when the packages form a DAG.
     */
    public static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> component : new Tarjan(graph).components) {
            if (component.size() > 1) {
                out.add(pathBack(graph, component));
            }
        }
        return out;
    }

    /** A shortest path from the component's first package back to itself, inside the component. */
    private static List<String> pathBack(Map<String, Set<String>> graph, Set<String> component) {
        String start = component.iterator().next();
        Map<String, String> from = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String p = queue.poll();
            for (String q : graph.getOrDefault(p, Set.of())) {
                if (q.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String s = p; !s.equals(start); s = from.get(s)) {
                        path.add(1, s);
                    }
                    path.add(start);
                    return path;
                }
                if (component.contains(q) && !from.containsKey(q)) {
                    from.put(q, p);
                    queue.add(q);
                }
            }
        }
        throw new IllegalStateException("not a cycle: " + component);
    }

    /** Tarjan's strongly connected components. */
    private static final class Tarjan {
        final List<Set<String>> components = new ArrayList<>();
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
            Set<String> nodes = new TreeSet<>(graph.keySet());
            graph.values().forEach(nodes::addAll);
            for (String n : nodes) {
                if (!index.containsKey(n)) {
                    visit(n);
                }
            }
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.push(v);
            onStack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                Set<String> component = new TreeSet<>();
                String w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                components.add(component);
            }
        }
    }
}
