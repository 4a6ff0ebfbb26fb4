package io.capacity.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard JSON files of {@code dashboards/json/}, read as Grafana reads them. */
final class Dashboards {
    static final Path DIR = Path.of("json");
    static final Path PROVISIONING = Path.of("provisioning");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private Dashboards() {
    }

    /** One dashboard file. */
    record Dashboard(Path file, String text, JsonNode root) {
        String uid() {
            return root.path("uid").asString();
        }

        String title() {
            return root.path("title").asString();
        }

        /** Every panel, those inside collapsed rows included. */
        List<Panel> panels() {
            List<Panel> out = new ArrayList<>();
            for (JsonNode p : root.path("panels")) {
                out.add(new Panel(this, p));
                for (JsonNode inner : p.path("panels")) {
                    out.add(new Panel(this, inner));
                }
            }
            return out;
        }

        List<JsonNode> variables() {
            List<JsonNode> out = new ArrayList<>();
            root.path("templating").path("list").forEach(out::add);
            return out;
        }

        JsonNode variable(String name) {
            return variables().stream().filter(v -> v.path("name").asString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": no variable " + name));
        }
    }

    /** One panel and its queries. */
    record Panel(Dashboard dashboard, JsonNode node) {
        String title() {
            return node.path("title").asString();
        }

        String type() {
            return node.path("type").asString();
        }

        String repeat() {
            return node.path("repeat").asString("");
        }

        /** The panel's relative time override (Grafana's "timeFrom", e.g. 7d), or empty. */
        String timeFrom() {
            return node.path("timeFrom").asString("");
        }

        List<Target> targets() {
            List<Target> out = new ArrayList<>();
            for (JsonNode t : node.path("targets")) {
                out.add(new Target(this, t));
            }
            return out;
        }

        /** The display names the panel's {@code byName} overrides match. */
        List<String> overrideNames() {
            List<String> out = new ArrayList<>();
            for (JsonNode o : node.path("fieldConfig").path("overrides")) {
                if (o.path("matcher").path("id").asString().equals("byName")) {
                    out.add(o.path("matcher").path("options").asString());
                }
                for (JsonNode p : o.path("properties")) {
                    if (p.path("id").asString().equals("custom.fillBelowTo")) {
                        out.add(p.path("value").asString());
                    }
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return dashboard.uid() + " / " + title();
        }
    }

    /** One query of a panel. */
    record Target(Panel panel, JsonNode node) {
        String refId() {
            return node.path("refId").asString();
        }

        String query() {
            return node.path("query").asString();
        }

        String alias() {
            return node.path("alias").asString("");
        }

        boolean table() {
            return node.path("resultFormat").asString("time_series").equals("table");
        }

        @Override
        public String toString() {
            return panel + " [" + refId() + "]";
        }
    }

    static List<Dashboard> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Dashboards::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dashboard read(Path file) {
        try {
            String text = Files.readString(file);
            return new Dashboard(file, text, JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
