package io.capacity.core.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent per-series tasks on a fixed pool; results in input order. */
public final class Parallel {
    private Parallel() {
    }

    /** Runs tasks on a fresh pool of daemon threads, so an abandoned batch cannot keep the JVM alive. */
    public static <T> List<T> invokeAll(List<Callable<T>> tasks, int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) {
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
