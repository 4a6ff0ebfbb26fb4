package io.capacity.service.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cluster dashboard's CPU forecast query (dashboards/json/cluster.json, the panel "CPU demand vs usable
 * capacity"), expanded for one cluster, a time range and a 1h interval as Grafana's InfluxDB datasource expands it,
 * and run on influxd's {@code /query}: what Grafana draws as the forecast line.
 */
final class ClusterForecastPanel {
    static final Path DASHBOARD = Path.of("../../dashboards/json/cluster.json");

    private ClusterForecastPanel() {
    }

    /** The panel's forecast query as the dashboard file holds it. */
    static String query() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(DASHBOARD.toFile());
        List<JsonNode> panels = new ArrayList<>();
        collect(root.path("panels"), panels);
        for (JsonNode p : panels) {
            for (JsonNode t : p.path("targets")) {
                String q = t.path("query").asString();
                if (q.contains("FROM \"capacity_forecast\"") && q.contains("\"source_field\" = 'cpu'")) {
                    return q;
                }
            }
        }
        throw new AssertionError(DASHBOARD + " has no CPU forecast query");
    }

    /** The forecast column's values by time (epoch ms), for {@code cluster} within [from, to]. */
    static List<double[]> forecast(String url, String db, String cluster, Instant from, Instant to) throws Exception {
        String range = "time >= " + from.toEpochMilli() + "ms and time <= " + to.toEpochMilli() + "ms";
        String q = query().replace("$cluster", cluster).replace("$timeFilter", range).replace("$__interval", "1h");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/query?db="
                + db + "&epoch=ms&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode series = JsonMapper.builder().build().readTree(r.body()).path("results").path(0).path("series");
        List<double[]> out = new ArrayList<>();
        for (JsonNode s : series) {
            int col = indexOf(s.path("columns"), "forecast");
            for (JsonNode row : s.path("values")) {
                out.add(new double[] {row.path(0).asDouble(), row.path(col).asDouble()});
            }
        }
        return out;
    }

    private static int indexOf(JsonNode columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.path(i).asString().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name + " in " + columns);
    }

    private static void collect(JsonNode panels, List<JsonNode> out) {
        for (JsonNode p : panels) {
            out.add(p);
            collect(p.path("panels"), out);
        }
    }
}
