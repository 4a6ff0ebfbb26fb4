package io.capacity.app.plan;

import io.capacity.app.DurationText;
import io.capacity.app.RequestProblem;
import io.capacity.app.StoreAccess;
import io.capacity.app.demand.DemandReads;
import io.capacity.app.demand.StoredDemand;
import io.capacity.core.input.CsvSeriesReader;
import io.capacity.core.input.RawSeries;
import io.capacity.core.series.Aggregation;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.demand.DemandEvidence;
import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plan's demand history per cluster and dimension on the plan's step, with the evidence rule's input for each
 * series: how much history each host contributed (a host's missing history is load missing from the sum).
 */
final class PlanDemand {
    /** The series in reading order, and the evidence of each by series id. */
    record Read(List<TimeSeries> series, Map<String, DemandEvidence> evidence) {
    }

    private PlanDemand() {
    }

    static Read read(DemandSource source, HardwareInventory inv, Duration step, StoreAccess stores, DemandReads reads,
                     Instant now) {
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
            Pattern exclude = StoredDemand.exclude(st.bandwidthExclude());
            stores.reading(s -> {
                stored(s, reads, st, exclude, inv, step, now, out, evidence);
                return null;
            });
        }
        return new Read(out, evidence);
    }

    private static void stored(MetricStore s, DemandReads reads, DemandSource.Stored src, Pattern exclude,
                               HardwareInventory inv, Duration step, Instant to, List<TimeSeries> out,
                               Map<String, DemandEvidence> evidence) {
        Instant from = to.minus(src.history());
        for (Map.Entry<String, List<Host>> e : StoredDemand.byCluster(inv.hosts()).entrySet()) {
            List<StoredDemand.Series> read = reads.read(s, e.getKey(), e.getValue(), exclude, from, to, step);
            for (StoredDemand.Series x : read) {
                out.add(x.series());
                evidence.put(x.series().id(), x.evidence());
            }
            if (read.isEmpty()) {
                throw RequestProblem.text("cluster " + e.getKey() + ": no stored cpu or mem data for its hosts "
                        + hostIds(e.getValue())
                        + " since " + from + " ({history} " + DurationText.of(src.history()) + ")", false);
            }
        }
    }

    /** The hosts' ids in the order a hash set lists them, as this message has always named them. */
    private static Set<String> hostIds(List<Host> hosts) {
        return hosts.stream().map(Host::id).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
