package io.capacity.app.demo;

import io.capacity.app.RequestProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The demo fleet a data directory holds ({@code demo-fleet.properties}: hosts, seed, anchor), so a restart
 * continues the same fleet and never mixes two; a different {@code --demo-hosts} or {@code --demo-seed} on the
 * same directory is refused.
 */
public final class DemoState {
    public static final String FILE = "demo-fleet.properties";

    private DemoState() {
    }

    /** The directory's fleet, or a new one anchored at {@code now} (recorded) when it has none. */
    public static DemoFleet openOrCreate(Path dataDir, int hosts, long seed, Instant now) {
        Path f = dataDir.resolve(FILE);
        try {
            if (Files.exists(f)) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                DemoFleet stored = new DemoFleet(Integer.parseInt(p.getProperty("hosts")),
                        Long.parseLong(p.getProperty("seed")), Instant.parse(p.getProperty("anchor")));
                if (stored.hosts() != hosts || stored.seed() != seed) {
                    throw RequestProblem.text(f + " holds a simulated fleet of " + stored.hosts() + " hosts with seed "
                            + stored.seed() + ": start with that {demo_hosts} and {demo_seed}, or another {data_dir}",
                            true);
                }
                return stored;
            }
            DemoFleet fleet = RequestProblem.with("demo_hosts", hosts, () -> new DemoFleet(hosts, seed, now));
            Files.createDirectories(dataDir);
            Properties p = new Properties();
            p.setProperty("hosts", Integer.toString(hosts));
            p.setProperty("seed", Long.toString(seed));
            p.setProperty("anchor", fleet.anchor().toString());
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                p.store(w, "SIMULATED demo fleet of ./capacity serve --demo (not real hosts)");
            }
            return fleet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof RequestProblem) {
                throw e;
            }
            throw RequestProblem.text(f + ": not a demo fleet file (" + e.getMessage() + "): remove it, or choose "
                    + "another {data_dir}", true);
        }
    }
}
