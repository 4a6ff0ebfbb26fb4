package io.capacity.app.plan;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.core.hint.Hints;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.DemandEvidence;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.Inventory;
import io.capacity.store.ClusterDemand;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plan's demand history per cluster and dimension on the plan's step, with the evidence rule's input for each
 * series: how much history each host contributed (a host's missing history is load missing from the sum).
 */
final class PlanDemand {
    private static final Logger LOG = LoggerFactory.getLogger(PlanDemand.class);

    /** The series in reading order, and the evidence of each by series id. */
    record Read(List<TimeSeries> series, Map<String, DemandEvidence> evidence) {
    }

    private PlanDemand() {
    }

    static Read read(DemandSource source, Inventory inv, Duration step, StoreAccess stores, Instant now) {
        List<TimeSeries> out = new ArrayList<>();
        Map<String, DemandEvidence> evidence = new LinkedHashMap<>();
        if (source instanceof DemandSource.File f) {
            for (RawSeries r : CsvSeriesReader.read(f.path())) {
                DemandIds.parse(f.path(), r.id());
                TimeSeries s = r.resample(step, Aggregation.MEAN);
                evidence.put(s.id(), DemandEvidence.of(s, Set.of()));
                out.add(s);
            }
        } else {
            DemandSource.Stored st = (DemandSource.Stored) source;
            stores.reading(s -> {
                stored(s, st, inv, step, now, out, evidence);
                return null;
            });
        }
        return new Read(out, evidence);
    }

    private static void stored(MetricStore s, DemandSource.Stored src, Inventory inv, Duration step, Instant to,
                               List<TimeSeries> out, Map<String, DemandEvidence> evidence) {
        Instant from = to.minus(src.history());
        Pattern exclude = src.bandwidthExclude() == null ? ClusterDemand.VIRTUAL_INTERFACES : src.bandwidthExclude();
        if (src.bandwidthExclude() == null) {
            LOG.info("bandwidth: each host's net interfaces except {} (loopback, container and VM bridges); override"
                    + " with {}", ClusterDemand.VIRTUAL_INTERFACES.pattern(), Hints.option("bandwidth_exclude", "REGEX"));
        }
        Map<String, List<Host>> byCluster = inv.hosts().stream().collect(Collectors.groupingBy(Host::cluster));
        for (Map.Entry<String, List<Host>> e : byCluster.entrySet()) {
            Map<String, Double> cores = e.getValue().stream().collect(Collectors.toMap(Host::id, Host::cores));
            int before = out.size();
            Consumer<ClusterDemand.Summed> keep = x -> {
                out.add(x.series());
                evidence.put(x.series().id(), DemandEvidence.of(x.series(), x.hostHistory()));
            };
            ClusterDemand.cpu(s, e.getKey(), cores, from, to, step).ifPresentOrElse(keep,
                    () -> LOG.warn("cluster {}: no stored cpu usage_idle for its hosts since {}; CPU is not "
                            + "planned (check the collectors' host tags match the inventory ids)", e.getKey(), from));
            ClusterDemand.memory(s, e.getKey(), List.copyOf(cores.keySet()), from, to, step).ifPresentOrElse(
                    keep, () -> LOG.warn("cluster {}: no stored mem used for its hosts since {}; memory is "
                            + "not planned", e.getKey(), from));
            ClusterDemand.bandwidthMbps(s, e.getKey(), List.copyOf(cores.keySet()), exclude, from, to, step)
                    .ifPresentOrElse(x -> {
                        out.add(x);
                        evidence.put(x.id(), DemandEvidence.of(x, Set.of()));
                    }, () -> LOG.info("cluster {}: no stored net bytes for its hosts since"
                            + " {}; bandwidth is not planned", e.getKey(), from));
            if (out.size() == before) {
                throw RequestProblem.text("cluster " + e.getKey() + ": no stored cpu or mem data for "
                        + "its hosts " + cores.keySet() + " since " + from + " ({history} "
                        + DurationText.of(src.history()) + ")", false);
            }
        }
    }
}
