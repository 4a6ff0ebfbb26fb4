package io.capacity.planner.schedule;

import io.capacity.core.hint.Hints;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

/**
 * The usable hosts of one cluster in efficiency order (most efficient first): watts per core at the expected
 * load. Power-on takes hosts from the front, power-off from the back, so the least efficient go dark first.
 */
public final class Fleet {
    static final Dimension[] DIMS = {Dimension.CPU, Dimension.MEMORY, Dimension.BANDWIDTH};
    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);
    private final List<Host> hosts;
    private final double[][] cap;
    private final double expectedLoad;

    public Fleet(List<Host> all, double expectedLoad) {
        if (!(expectedLoad >= 0 && expectedLoad <= 1)) {
            throw new IllegalArgumentException("expectedLoad must be in [0, 1], got " + expectedLoad);
        }
        this.expectedLoad = expectedLoad;
        this.hosts = all.stream().filter(Host::usable)
                .sorted(Comparator.comparingDouble((Host h) -> wattsPerCore(h, expectedLoad)).thenComparing(Host::id))
                .toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no usable hosts (every host is OFF or the list is empty)");
        }
        cap = new double[hosts.size()][DIMS.length];
        for (int i = 0; i < hosts.size(); i++) {
            for (int d = 0; d < DIMS.length; d++) {
                cap[i][d] = hosts.get(i).capacity(DIMS[d]);
            }
        }
        double first = wattsPerCore(hosts.get(0), expectedLoad);
        if (first != wattsPerCore(hosts.get(hosts.size() - 1), expectedLoad)) {
            LOG.info("efficiency order at expected load {}: most efficient {} ({} W/core), least {} ({} W/core);"
                            + " power-off takes the least efficient first. Override the load with"
                            + " " + Hints.option("expected_load", "U")
                            + " or retire hosts with state: off",
                    String.format("%.2f", expectedLoad), hosts.get(0).id(), fmt(hosts.get(0)),
                    hosts.get(hosts.size() - 1).id(), fmt(hosts.get(hosts.size() - 1)));
        }
    }

    private String fmt(Host h) {
        return String.format("%.2f", wattsPerCore(h, expectedLoad));
    }

    static double wattsPerCore(Host h, double load) {
        return h.power().watts(load) / h.cores();
    }

    public int size() {
        return hosts.size();
    }

    public Host host(int i) {
        return hosts.get(i);
    }

    public List<Host> hosts() {
        return hosts;
    }

    /** Capacity of host {@code i} in host dimension {@code d} (CPU, memory, bandwidth). */
    double cap(int i, int d) {
        return cap[i][d];
    }

    public double expectedLoad() {
        return expectedLoad;
    }

    boolean initiallyOn(int i) {
        return hosts.get(i).state() == HostState.ON;
    }
}
