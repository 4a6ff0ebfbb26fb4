package io.capacity.app.capacity;

import io.capacity.app.DurationText;
import io.capacity.planner.inventory.Cluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capacity of many clusters for a service that is asked often. Forecasting a cluster takes seconds, so each
 * cluster's {@link AssessCapacity} result is kept: while younger than {@code ttl} it is served as it is; older, it
 * is still served (its {@link ClusterCapacity#computedAt()} says how old) while one refresh runs in the background
 * and replaces it when done (HTTP's stale-while-revalidate); older than {@link #MAX_STALE} a request waits for the
 * fresh one. Requests for a cluster being assessed wait for that assessment instead of starting another, and
 * assessments run on one pool of {@code threads} shared by every caller, so concurrent requests never forecast more
 * than that many clusters at once. A failed assessment is not kept: the next request tries again. A changed
 * inventory file (its modification time) is a new question. Clusters the scheduled pipeline's latest run assessed
 * with the same settings are answered from that run while it is fresh ({@link RunCapacity}), not assessed here.
 */
public final class CapacityBoard implements AutoCloseable {
    /** Beyond this age an assessment is not served while it is refreshed: the request waits for the new one. */
    public static final Duration MAX_STALE = Duration.ofHours(1);
    /** Questions kept at most; beyond, those not asked within the ttl are dropped. */
    static final int MAX_KEPT = 256;
    private static final Logger LOG = LoggerFactory.getLogger(CapacityBoard.class);

    /**
     * @param ttl     how long an assessment is served before it is refreshed
     * @param threads clusters assessed at once, over all requests
     */
    public record Settings(Duration ttl, int threads) {
        /** Fifteen minutes (a quarter of the hourly demand step), half the cores (at least one). */
        public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(15),
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

        public Settings {
            if (ttl == null || ttl.isNegative()) {
                throw new IllegalArgumentException("capacity cache ttl must be 0 or more, got " + ttl);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("capacity threads must be at least 1, got " + threads);
            }
        }
    }

    /** The clusters assessed, most urgent first ({@link ClusterCapacity#MOST_URGENT_FIRST}), and why others were not. */
    public record Overview(List<ClusterCapacity> ranked, Map<String, String> failed) {
        public Overview {
            ranked = List.copyOf(ranked);
            failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
        }
    }

    /** One question: the request, and its inventory file's modification time (null when it could not be read). */
    private record Key(CapacityRequest request, FileTime inventoryModified) {
    }

    private final AssessCapacity assess;
    private final Clock clock;
    private final Settings settings;
    private final ExecutorService pool;
    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();
    private final LoadedInventory inventories = new LoadedInventory();

    public CapacityBoard(AssessCapacity assess, Clock clock, Settings settings) {
        this.assess = assess;
        this.clock = clock;
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "capacity-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LOG.info("capacity: assessments served {} before a refresh, {} cluster(s) assessed at a time",
                DurationText.of(settings.ttl()), settings.threads());
    }

    /**
     * {@code template} for each of {@code clusters} of its inventory, ranked; a cluster that cannot be assessed
     * (a {@link io.capacity.app.RequestProblem} or a forecast failure) is in {@link Overview#failed} with the reason.
     */
    public Overview assess(CapacityRequest template, List<String> clusters) {
        return assess(template, clusters, null, Duration.ZERO);
    }

    /**
     * The same, answering each cluster that the pipeline's {@code latest} run assessed with the same settings
     * within {@code freshFor} from that run ({@link RunCapacity#answer}), and only the others on demand.
     *
     * @param latest null before the pipeline's first run (or without a pipeline)
     */
    public Overview assess(CapacityRequest template, List<String> clusters, RunCapacity latest, Duration freshFor) {
        Map<String, ClusterCapacity> fromRun = new LinkedHashMap<>();
        if (latest != null) {
            FileTime modified = modified(template.inventory());
            Instant now = clock.instant();
            for (String c : clusters) {
                latest.answer(template.withCluster(template.inventory(), c), modified, now, freshFor)
                        .ifPresent(a -> fromRun.put(c, a));
            }
        }
        Map<String, CompletableFuture<ClusterCapacity>> running = start(template, clusters.stream()
                .filter(c -> !fromRun.containsKey(c)).toList());
        running.putAll(fromRun.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> CompletableFuture.completedFuture(e.getValue()))));
        List<ClusterCapacity> done = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        running.forEach((c, f) -> {
            try {
                done.add(f.join());
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof IllegalArgumentException problem)) {
                    throw e.getCause() instanceof RuntimeException re ? re : e;
                }
                failed.put(c, problem.getMessage());
            }
        });
        done.sort(ClusterCapacity.MOST_URGENT_FIRST);
        return new Overview(done, failed);
    }

    /** Starts assessing {@code clusters} in the background, for the first request to find them ready. */
    public void warm(CapacityRequest template, List<String> clusters) {
        start(template, clusters);
    }

    private Map<String, CompletableFuture<ClusterCapacity>> start(CapacityRequest template, List<String> clusters) {
        prune();
        FileTime modified = modified(template.inventory());
        Map<String, CompletableFuture<ClusterCapacity>> running = new LinkedHashMap<>();
        for (String c : clusters) {
            CapacityRequest r = template.withCluster(template.inventory(), c);
            running.put(c, slots.computeIfAbsent(new Key(r, modified), Slot::new).get());
        }
        return running;
    }

    /** One question's assessment: the one served, and a refresh when one runs. */
    private final class Slot {
        private final Key key;
        private CompletableFuture<ClusterCapacity> served;
        private CompletableFuture<ClusterCapacity> refresh;
        private volatile Instant asked = clock.instant();

        Slot(Key key) {
            this.key = key;
        }

        synchronized CompletableFuture<ClusterCapacity> get() {
            Instant now = clock.instant();
            asked = now;
            if (served == null || served.isCompletedExceptionally()
                    || served.isDone() && served.join().computedAt().isBefore(now.minus(MAX_STALE))) {
                served = run();
            } else if (served.isDone() && refresh == null
                    && served.join().computedAt().isBefore(now.minus(settings.ttl()))) {
                CompletableFuture<ClusterCapacity> next = run();
                refresh = next;
                next.whenComplete((c, e) -> replace(next, e));
            }
            return served;
        }

        private synchronized void replace(CompletableFuture<ClusterCapacity> next, Throwable failure) {
            if (failure == null) {
                served = next;
            } else {
                LOG.warn("capacity: refreshing cluster {} failed, the assessment of {} is served meanwhile: {}",
                        key.request().cluster(), served.join().computedAt(), failure.getCause() == null
                                ? failure.getMessage() : failure.getCause().getMessage());
            }
            refresh = null;
        }

        private CompletableFuture<ClusterCapacity> run() {
            return CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                CapacityRequest request = key.request();
                ClusterCapacity c = assess.run(request, inventories.get(request.inventory(), key.inventoryModified()),
                        List.of(Set.of())).get(0);
                LOG.info("capacity: cluster {} assessed in {} ms ({} dimension(s), model {}); served {} before a "
                                + "refresh", request.cluster(), (System.nanoTime() - t0) / 1_000_000,
                        c.dimensions().size(), request.model(), DurationText.of(settings.ttl()));
                return c;
            }, pool);
        }
    }

    /** Beyond {@link #MAX_KEPT} questions, drops those nobody asked within the ttl. */
    private void prune() {
        if (slots.size() > MAX_KEPT) {
            Instant idle = clock.instant().minus(settings.ttl());
            slots.values().removeIf(s -> s.asked.isBefore(idle));
        }
    }

    /**
     * The ids of {@code inventory}'s clusters, in its order, from the inventory as last read while the file is
     * unchanged: a request for many clusters reads the file once, not once per cluster.
     */
    public List<String> clusters(Path inventory) {
        return inventories.get(inventory, modified(inventory)).clusters().stream().map(Cluster::id).toList();
    }

    /** The file's modification time, or null when it cannot be read (so each try reads it again). */
    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
