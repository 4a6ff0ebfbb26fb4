package io.capacity.planner.inventory;

import io.capacity.planner.files.FileErrors;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.yaml.InventoryYaml;
import io.capacity.yaml.YamlFile;
import io.capacity.yaml.YamlMapping;
import io.capacity.yaml.YamlSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an inventory YAML file (format in docs/planner.md) and validates all of it before failing, so one run
 * lists every problem as {@code file:line: field: value: expected ...}.
 */
public final class InventoryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(InventoryLoader.class);
    private static final Set<String> TOP = Set.of("currency", "models", "clusters", "hosts", "costs");

    private InventoryLoader() {
    }

    public static HardwareInventory load(Path file) {
        return parse(text(file), file.toString());
    }

    /** The file's text; a read failure names the inventory it was reading. */
    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("inventory " + FileErrors.describe(file, e), e);
        }
    }

    public static HardwareInventory parse(String yaml, String fileName) {
        YamlFile file = new YamlFile(fileName);
        HardwareInventory inv = read(top(yaml, file));
        throwIfAny(file);
        return inv;
    }

    /**
     * The document's top-level mapping. A syntax error or an empty document fails at once: nothing after it can
     * be read reliably.
     */
    public static YamlMapping top(String yaml, YamlFile file) {
        YamlMapping top;
        try {
            top = file.parse(yaml);
        } catch (YamlSyntaxException e) {
            throw new InventoryException(List.of(file.name() + ":" + e.line() + ": (syntax): " + e.reason()
                    + ": expected well-formed YAML"));
        }
        if (top.line() == 0) { // no node at all: the document is empty or only comments
            throw new InventoryException(List.of(file.name() + ":1: (document): (empty): expected an inventory"));
        }
        return top;
    }

    /**
     * The fleet from the top-level mapping, every problem added to its file; null when there were any. The
     * {@code costs} section is allowed but read by {@code planner.Site}, which owns both.
     */
    public static HardwareInventory read(YamlMapping top) {
        InventoryYaml.allowOnly(top, TOP);
        String currency = top.text("currency");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            top.problem("currency", currency == null ? "(missing)" : currency,
                    "a three-letter ISO 4217 code such as EUR");
        }
        Set<String> generic = new TreeSet<>();
        Map<String, YamlMapping> modelNodes = top.namedMappings("models");
        Map<String, HardwareModel> models = new LinkedHashMap<>();
        modelNodes.forEach((name, m) -> {
            HardwareModel hm = HostReader.model(name, m, generic);
            if (hm != null) {
                models.put(name, hm);
            }
        });
        List<String> clusterIds = new ArrayList<>();
        var clusters = ClusterReader.clusters(top.mappings("clusters"), clusterIds);
        var hosts = HostReader.hosts(top.mappings("hosts"), modelNodes, clusterIds, generic);
        if (!top.has("hosts")) {
            InventoryYaml.missing(top, "hosts", "a list of hosts");
        }
        if (top.file().hasProblems()) {
            return null;
        }
        if (!generic.isEmpty()) {
            PowerCatalogue c = PowerCatalogue.builtIn();
            LOG.info("power: {} {} no power_model or power_curve, and no catalogue entry of that name: they use {}"
                            + " (the median SPECpower server, idle/peak {}). Set power_model: NAME (one of {}) or"
                            + " power_curve: [idle, w10 .. w100] per model", generic.size() == 1 ? "model" : "models",
                    String.join(", ", generic) + (generic.size() == 1 ? " has" : " have"), PowerCatalogue.DEFAULT,
                    String.format("%.2f", c.fallback().idleOverPeak()), String.join(", ", c.names()));
        }
        return new HardwareInventory(currency, models, hosts, clusters);
    }

    public static void throwIfAny(YamlFile file) {
        if (file.hasProblems()) {
            throw new InventoryException(InventoryYaml.messages(file));
        }
    }
}
