package io.capacity.bench.collect;

import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.schema.LineProtocolBytes;
import io.capacity.schema.Point;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: the same points as {@link PipelineBench}, in the same batches, as the same bytes (each line ending in
 * '\n', as the disk buffer holds them and {@code InfluxLineProtocolSink} sends them), POSTed one after another by the JDK's HttpClient over one
 * HTTP/1.1 keep-alive connection. Bodies are built before the clock starts, so this is what influxd accepts from a
 * client with nothing else to do: the ceiling the agent is compared with. {@code --dump FILE} also writes the lines
 * to a file for the Python peer. Prints key=value lines.
 */
public final class RawPostBench {
    private static final String USAGE = "RawPostBench --influx URL --db NAME [--points N] [--batch N] [--warmup N]"
            + " [--dump FILE] ";

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv, USAGE);
        BenchInflux influx = new BenchInflux(args.get("influx"));
        String db = args.get("db");
        long total = args.getLong("points", 1_000_000);
        int batch = (int) args.getLong("batch", DeliveryConfig.DEFAULT_BATCH_SIZE);
        String dump = args.get("dump", null);
        long warmup = args.getLong("warmup", 0);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (warmup > 0) {
            // The same posting, untimed, into a scratch database, so the clock below measures it compiled.
            influx.createDatabase(db + "_warmup");
            post(http, influx.writeUri(db + "_warmup"), bodies(warmup, batch, null));
        }
        List<byte[]> bodies = bodies(total, batch, dump == null ? null : Path.of(dump));

        influx.createDatabase(db);
        URI write = influx.writeUri(db);
        long t0 = System.nanoTime();
        post(http, write, bodies);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("points=%d%nbatch=%d%nseconds=%.3f%npoints_per_s=%.0f%nbytes=%d%nstored=%d%n", total, batch,
                seconds, total / seconds, bodies.stream().mapToLong(b -> b.length).sum(), influx.countPoints(db));
    }

    private static void post(HttpClient http, URI write, List<byte[]> bodies) throws Exception {
        for (byte[] body : bodies) {
            HttpRequest r = HttpRequest.newBuilder(write).header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() != 204) {
                throw new IllegalStateException("write answered " + resp.statusCode() + ": " + resp.body());
            }
        }
    }

    private static List<byte[]> bodies(long total, int batch, Path dump) throws Exception {
        BenchPoints points = new BenchPoints();
        List<byte[]> bodies = new ArrayList<>();
        try (OutputStream out = dump == null ? null : new BufferedOutputStream(Files.newOutputStream(dump))) {
            for (long from = 0; from < total; from += batch) {
                LineProtocolBytes body = new LineProtocolBytes(batch * 96);
                for (Point p : points.range(from, Math.min(total, from + batch))) {
                    body.appendLine(p);
                }
                bodies.add(body.toByteArray());
                if (out != null) {
                    out.write(body.array(), 0, body.length());
                }
            }
        }
        return bodies;
    }
}
