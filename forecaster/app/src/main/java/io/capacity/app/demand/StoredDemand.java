package io.capacity.app.demand;

import io.capacity.core.hint.Hints;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.demand.DemandEvidence;
import io.capacity.planner.inventory.Host;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cluster's CPU (cores), memory (GB) and bandwidth (Mbps) demand from its hosts' stored {@code cpu},
 * {@code mem} and {@code net}, each series with its evidence; a dimension without data is logged and left out.
 */
public final class StoredDemand {
    private static final Logger LOG = LoggerFactory.getLogger(StoredDemand.class);

    /** A demand series ({@code CLUSTER:cpu|memory|bandwidth}) and the evidence rule's input for it. */
    public record Series(TimeSeries series, DemandEvidence evidence) {
    }

    private StoredDemand() {
    }

    /** The interfaces left out when none are given, logged with how to override them. */
    public static Pattern exclude(Pattern given) {
        if (given != null) {
            return given;
        }
        LOG.info("bandwidth: each host's net interfaces except {} (loopback, container and VM bridges); override"
                + " with {}", ClusterDemand.VIRTUAL_INTERFACES.pattern(), Hints.option("bandwidth_exclude", "REGEX"));
        return ClusterDemand.VIRTUAL_INTERFACES;
    }

    /** The cluster's demand in [from, to) on {@code step}; empty when its hosts have no stored data at all. */
    public static List<Series> read(MetricStore s, String cluster, List<Host> hosts, Pattern exclude, Instant from,
                                    Instant to, Duration step) {
        Map<String, Double> cores = hosts.stream().collect(Collectors.toMap(Host::id, Host::cores));
        List<Series> out = new ArrayList<>();
        ClusterDemand.cpu(s, cluster, cores, from, to, step).ifPresentOrElse(
                x -> out.add(new Series(x.series(), DemandEvidence.of(x.series(), x.hostHistory()))),
                () -> LOG.warn("cluster {}: no stored cpu usage_idle for its hosts since {}; CPU is not "
                        + "planned (check the collectors' host tags match the inventory ids)", cluster, from));
        ClusterDemand.memory(s, cluster, List.copyOf(cores.keySet()), from, to, step).ifPresentOrElse(
                x -> out.add(new Series(x.series(), DemandEvidence.of(x.series(), x.hostHistory()))),
                () -> LOG.warn("cluster {}: no stored mem used for its hosts since {}; memory is "
                        + "not planned", cluster, from));
        ClusterDemand.bandwidthMbps(s, cluster, List.copyOf(cores.keySet()), exclude, from, to, step)
                .ifPresentOrElse(x -> out.add(new Series(x, DemandEvidence.of(x, Set.of()))),
                        () -> LOG.info("cluster {}: no stored net bytes for its hosts since"
                                + " {}; bandwidth is not planned", cluster, from));
        return out;
    }

    /** The cluster's hosts as the inventory lists them. */
    public static Map<String, List<Host>> byCluster(List<Host> hosts) {
        return hosts.stream().collect(Collectors.groupingBy(Host::cluster));
    }
}
