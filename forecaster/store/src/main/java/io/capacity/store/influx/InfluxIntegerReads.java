package io.capacity.store.influx;

import com.squareup.moshi.JsonReader;
import io.capacity.schema.SeriesKey;
import io.capacity.store.IntegerPoints;
import io.capacity.store.StoreException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import okio.Okio;

/**
 * Raw reads of an integer series with exact 64-bit values. influxdb-java decodes every JSON number to a double,
 * exact only up to 2^53, so this asks {@code /query} itself, with {@code epoch=ns}, and reads times and values
 * with a streaming JSON reader as longs. Paged and exact on the series (tag set equal to the key's) as
 * {@link InfluxReads}.
 */
final class InfluxIntegerReads {
    private final InfluxConfig config;
    private final HttpClient http;

    InfluxIntegerReads(InfluxConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeouts().connect()).build();
    }

    IntegerPoints read(SeriesKey key, long from, long to) {
        long[] times = new long[256];
        long[] values = new long[256];
        int n = 0;
        long cursor = from;
        while (cursor < to) {
            String tags = InfluxQl.tagConditions(key.tags());
            String q = "SELECT " + InfluxQl.ident(key.field()) + "::field FROM "
                    + InfluxQl.source(config.retentionPolicy(), key.measurement()) + " WHERE "
                    + (tags.isEmpty() ? "" : tags + " AND ") + InfluxQl.timeRange(cursor, to) + " GROUP BY * LIMIT "
                    + InfluxReads.PAGE;
            long[][] page = page(q, key);
            for (int i = 0; i < page[0].length; i++) {
                if (n == times.length) {
                    times = Arrays.copyOf(times, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                times[n] = page[0][i];
                values[n] = page[1][i];
                n++;
            }
            if (page[2][0] < InfluxReads.PAGE) {
                break;
            }
            cursor = times[n - 1] + 1;
        }
        return new IntegerPoints(key, Arrays.copyOf(times, n), Arrays.copyOf(values, n));
    }

    /** Times, values (nulls skipped) and, in [2][0], the rows the page held. */
    private long[][] page(String q, SeriesKey key) {
        String body = "db=" + enc(config.database()) + "&epoch=ns&q=" + enc(q);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.url() + "/query"))
                .timeout(config.timeouts().read())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (config.token() != null) {
            b.header("Authorization", "Token " + config.token());
        } else if (config.user() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((config.user() + ":"
                    + (config.password() == null ? "" : config.password())).getBytes(StandardCharsets.UTF_8)));
        }
        String where = "InfluxDB at " + config.location() + ": raw read of " + key + " failed: ";
        try {
            HttpResponse<java.io.InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (JsonReader json = JsonReader.of(Okio.buffer(Okio.source(r.body())))) {
                if (r.statusCode() != 200) {
                    throw new StoreException(where + "HTTP " + r.statusCode());
                }
                return results(json, key, where);
            }
        } catch (IOException e) {
            throw new StoreException(where + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(where + "interrupted", e);
        }
    }

    // {"results":[{"statement_id":0,"series":[{"name":..,"tags":{..},"columns":[..],"values":[[t,v],..]}],
    //  "error":..}]}
    private static long[][] results(JsonReader json, SeriesKey key, String where) throws IOException {
        long[][] out = {new long[0], new long[0], {0}};
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (!name.equals("results")) {
                if (name.equals("error")) {
                    throw new StoreException(where + json.nextString());
                }
                json.skipValue();
                continue;
            }
            json.beginArray();
            while (json.hasNext()) {
                json.beginObject();
                while (json.hasNext()) {
                    String field = json.nextName();
                    if (field.equals("error")) {
                        throw new StoreException(where + json.nextString());
                    } else if (field.equals("series")) {
                        json.beginArray();
                        while (json.hasNext()) {
                            long[][] s = series(json, key);
                            if (s != null) {
                                out = s;
                            }
                        }
                        json.endArray();
                    } else {
                        json.skipValue();
                    }
                }
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
        return out;
    }

    /** One series of the result; null unless its tag set is the key's exactly. */
    private static long[][] series(JsonReader json, SeriesKey key) throws IOException {
        Map<String, String> tags = new TreeMap<>();
        long[] t = new long[64];
        long[] v = new long[64];
        int n = 0;
        int rows = 0;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (name.equals("tags")) {
                json.beginObject();
                while (json.hasNext()) {
                    String k = json.nextName();
                    String value = json.nextString();
                    if (!value.isEmpty()) { // GROUP BY * lists every tag key of the measurement, empty if unset
                        tags.put(k, value);
                    }
                }
                json.endObject();
            } else if (name.equals("values")) {
                json.beginArray();
                while (json.hasNext()) {
                    json.beginArray();
                    long time = json.nextLong();
                    rows++;
                    if (json.peek() == JsonReader.Token.NULL) {
                        json.nextNull();
                    } else {
                        if (n == t.length) {
                            t = Arrays.copyOf(t, n * 2);
                            v = Arrays.copyOf(v, n * 2);
                        }
                        t[n] = time;
                        v[n] = json.nextLong();
                        n++;
                    }
                    json.endArray();
                }
                json.endArray();
            } else {
                json.skipValue();
            }
        }
        json.endObject();
        return tags.equals(key.tags()) ? new long[][] {Arrays.copyOf(t, n), Arrays.copyOf(v, n), {rows}} : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
