package io.capacity.store.io;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a real influxd does with one line written alone to a fresh database: accepted or refused (with its error),
 * and what it stored, read back with InfluxQL in CSV so 64-bit integers stay exact.
 *
 * @param seriesKeys   {@code SHOW SERIES}: escaped series keys as influxd indexes them
 * @param fieldTypes   {@code SHOW FIELD KEYS}: field key to "integer" or "float"
 * @param values       {@code SELECT *}: field key (or tag key) to the cell written, plus "time"
 */
record InfluxdVerdict(boolean accepted, String error, List<String> seriesKeys, TreeMap<String, String> fieldTypes,
                      TreeMap<String, String> values) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static InfluxdVerdict of(String baseUrl, String line) throws IOException, InterruptedException {
        String db = "judge" + DATABASES.incrementAndGet();
        query(baseUrl, null, "CREATE DATABASE " + db);
        try {
            HttpResponse<String> w = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/write?db=" + db))
                    .POST(HttpRequest.BodyPublishers.ofString(line + "\n", StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = w.statusCode() == 204;
            List<String> keys = new ArrayList<>();
            TreeMap<String, String> types = new TreeMap<>();
            TreeMap<String, String> values = new TreeMap<>();
            if (ok) {
                for (List<String> row : rows(query(baseUrl, db, "SHOW SERIES"))) {
                    keys.add(row.get(2));
                }
                for (List<String> row : rows(query(baseUrl, db, "SHOW FIELD KEYS"))) {
                    types.put(row.get(2), row.get(3));
                }
                List<List<String>> select = csv(query(baseUrl, db, "SELECT * FROM /.*/"));
                if (select.size() == 2) {
                    for (int i = 2; i < select.get(0).size(); i++) {
                        values.put(select.get(0).get(i), select.get(1).get(i));
                    }
                }
            }
            return new InfluxdVerdict(ok, ok ? "" : w.body().strip(), keys, types, values);
        } finally {
            query(baseUrl, null, "DROP DATABASE " + db);
        }
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> all = csv(csv);
        return all.isEmpty() ? all : all.subList(1, all.size());
    }

    private static String query(String baseUrl, String db, String q) throws IOException, InterruptedException {
        String body = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&epoch=ns"
                + (db == null ? "" : "&db=" + db);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(q + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** RFC 4180 as Go's encoding/csv writes it: quotes around cells holding a comma, quote or line break. */
    static List<List<String>> csv(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            out.add(row);
        }
        return out;
    }
}
