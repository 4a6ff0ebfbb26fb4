package io.capacity.core.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Runs independent per-series tasks on a fixed pool, optionally largest first; results in input order. */
public final class Parallel {
    private Parallel() {
    }

    /** Runs tasks on a fresh pool of daemon threads, so an abandoned batch cannot keep the JVM alive. */
    public static <T> List<T> invokeAll(List<Callable<T>> tasks, int threads, String name) {
        return invokeAll(tasks, new long[tasks.size()], threads, name);
    }

    /**
     * As {@link #invokeAll(List, int, String)}, but the tasks start largest first by {@code sizes} (ties in input
     * order): with the longest series last, one thread would finish the batch alone while the others idle; started
     * first, the short ones fill in behind it. Results still come back in input order.
     */
    public static <T> List<T> invokeAll(List<Callable<T>> tasks, long[] sizes, int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (sizes.length != tasks.size()) {
            throw new IllegalArgumentException(sizes.length + " sizes for " + tasks.size() + " tasks");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Integer> order = IntStream.range(0, tasks.size()).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> sizes[i]).reversed()).toList();
            List<Future<T>> futures = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
            for (int i : order) {
                futures.set(i, pool.submit(tasks.get(i)));
            }
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " task failed outside a fit", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
