package io.capacity.app.demand;

import io.capacity.planner.inventory.Host;
import io.capacity.store.MetricStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a use case reads clusters' demand ({@link StoredDemand#read}): each time it is asked ({@link #EACH_TIME}), or
 * kept for the life of one piece of work over one store ({@link #kept()}): the report reads each cluster's four weeks
 * for its charts, its capacity and its plan, and a read with the same cluster, hosts, interfaces left out, range and
 * step is then made once. Nothing is kept between pieces of work, so new points are read by the next one.
 */
public final class DemandReads {
    /** Every read goes to the store. */
    public static final DemandReads EACH_TIME = new DemandReads(null);

    private record Key(String cluster, List<Host> hosts, String exclude, int flags, Instant from, Instant to,
                       Duration step) {
    }

    private final Map<Key, List<StoredDemand.Series>> kept;

    private DemandReads(Map<Key, List<StoredDemand.Series>> kept) {
        this.kept = kept;
    }

    /** Reads kept until this object is dropped. */
    public static DemandReads kept() {
        return new DemandReads(new ConcurrentHashMap<>());
    }

    /** {@link StoredDemand#read}, answered from an earlier identical read when reads are kept. */
    public List<StoredDemand.Series> read(MetricStore s, String cluster, List<Host> hosts, Pattern exclude,
                                          Instant from, Instant to, Duration step) {
        if (kept == null) {
            return StoredDemand.read(s, cluster, hosts, exclude, from, to, step);
        }
        Key k = new Key(cluster, List.copyOf(hosts), exclude.pattern(), exclude.flags(), from, to, step);
        List<StoredDemand.Series> known = kept.get(k);
        if (known == null) {
            known = List.copyOf(StoredDemand.read(s, cluster, hosts, exclude, from, to, step));
            kept.put(k, known);
        }
        return known;
    }
}
