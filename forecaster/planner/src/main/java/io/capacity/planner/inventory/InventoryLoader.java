package io.capacity.planner.inventory;

import io.capacity.planner.files.FileErrors;
import io.capacity.planner.power.PowerCatalogue;
import io.capacity.planner.yaml.Problems;
import io.capacity.planner.yaml.YamlMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Problems problems = new Problems(fileName);
        HardwareInventory inv = read(top(yaml, fileName, problems), problems);
        throwIfAny(problems);
        return inv;
    }

    /**
     * The document's top-level mapping. A syntax error or an empty document fails at once: nothing after it can
     * be read reliably.
     */
    public static YamlMap top(String yaml, String fileName, Problems problems) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new InventoryException(List.of(fileName + ":" + (e.getProblemMark().getLine() + 1)
                    + ": (syntax): " + e.getProblem() + ": expected well-formed YAML"));
        }
        if (root == null) {
            throw new InventoryException(List.of(fileName + ":1: (document): (empty): expected an inventory"));
        }
        return new YamlMap(root, "", problems);
    }

    /**
     * The fleet from the top-level mapping, every problem added to {@code problems}; null when there were any.
     * The {@code costs} section is allowed but read by {@code planner.Site}, which owns both.
     */
    public static HardwareInventory read(YamlMap top, Problems problems) {
        top.allowOnly(TOP);
        String currency = top.text("currency");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problems.add(top.has("currency") ? top.raw("currency") : top.node(), "currency",
                    currency == null ? "(missing)" : currency, "a three-letter ISO 4217 code such as EUR");
        }
        Map<String, YamlMap> modelNodes = top.namedMaps("models");
        Map<String, HardwareModel> models = new LinkedHashMap<>();
        modelNodes.forEach((name, m) -> {
            HardwareModel hm = HostReader.model(name, m);
            if (hm != null) {
                models.put(name, hm);
            }
        });
        List<String> clusterIds = new ArrayList<>();
        var clusters = ClusterReader.clusters(top.maps("clusters"), clusterIds);
        var hosts = HostReader.hosts(top.maps("hosts"), modelNodes, clusterIds);
        if (!top.has("hosts")) {
            problems.add(top.node(), "hosts", "(missing)", "a list of hosts");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Set<String> generic = new java.util.TreeSet<>(problems.defaultCurves());
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

    public static void throwIfAny(Problems problems) {
        if (!problems.isEmpty()) {
            throw new InventoryException(problems.messages());
        }
    }
}
