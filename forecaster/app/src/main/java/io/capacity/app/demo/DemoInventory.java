package io.capacity.app.demo;

import io.capacity.planner.power.CatalogueEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo fleet as a planner inventory ({@code demo-inventory.yaml}, docs/planner.md): one model per catalogue
 * entry the fleet uses (its cores, memory and SPECpower curve), the three clusters, every host on.
 */
public final class DemoInventory {
    public static final String FILE = "demo-inventory.yaml";
    /** Every model's NIC, which the hosts' {@code net.speed} reports in Mb/s. */
    static final int NIC_GBPS = 25;
    /** Prices per model (EUR), for the buy recommendations' costs; the demo's own figures, not quotes. */
    private static final Map<String, Integer> PRICE = Map.of(DemoFleet.Shape.GROWING.model(), 9000,
            DemoFleet.Shape.NIGHTLY.model(), 3000, DemoFleet.Shape.FLAT.model(), 12000);

    private DemoInventory() {
    }

    /** Writes the inventory into {@code dataDir} (replacing an older one) and returns its path. */
    public static Path write(Path dataDir, DemoFleet fleet) {
        Path f = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(f, text(fleet), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    static String text(DemoFleet fleet) {
        List<DemoFleet.Host> hosts = fleet.layout();
        Map<String, CatalogueEntry> models = new LinkedHashMap<>();
        hosts.forEach(h -> models.putIfAbsent(h.model().name(), h.model()));
        StringBuilder y = new StringBuilder();
        y.append("# SIMULATED demo fleet of ./capacity serve --demo (").append(fleet.hosts()).append(" hosts, seed ")
                .append(fleet.seed()).append(", history from ").append(fleet.historyStart())
                .append("): not real hosts.\n# Its metrics carry the tag origin=demo. Rewritten at each demo start.\n");
        y.append("currency: EUR\nmodels:\n");
        models.forEach((name, m) -> y.append("  ").append(name).append(":\n")
                .append("    power_model: ").append(name).append('\n')
                .append("    cores: ").append(m.cores()).append('\n')
                .append("    memory_gb: ").append(fmt(m.memGb())).append('\n')
                .append("    nic_gbps: ").append(NIC_GBPS).append('\n')
                .append("    price: ").append(PRICE.getOrDefault(name, 8000)).append('\n'));
        y.append("clusters:\n");
        for (DemoFleet.Shape s : DemoFleet.Shape.values()) {
            y.append("  - id: ").append(s.cluster()).append('\n');
        }
        y.append("hosts:\n");
        for (DemoFleet.Host h : hosts) {
            y.append("  - {id: ").append(h.id()).append(", cluster: ").append(h.cluster()).append(", model: ")
                    .append(h.model().name()).append(", purchased: 2022-01-01}\n");
        }
        return y.toString();
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
