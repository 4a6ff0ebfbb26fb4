package io.capacity.spark;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one series' work within its budget. The work runs on a daemon thread of a pool shared by the JVM's tasks;
 * past the budget the caller gets an {@link Over} and goes on with the next series. The core's fits do not look at
 * interruption, so a fit past its budget is interrupted but may run on until it ends, its result dropped: the budget
 * bounds how long a task waits for a series, not the CPU the abandoned fit still uses.
 */
final class TimeBudget {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "capacity-series-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** The series took longer than its budget. */
    static final class Over extends Exception {
        Over(Duration budget) {
            super("no forecast within the per-series budget of " + budget.toMillis() / 1000.0
                    + " s (give a longer --budget)");
        }
    }

    private TimeBudget() {
    }

    /** The work's result, or {@link Over}; an exception of the work's is thrown as it was. */
    static <T> T run(Duration budget, Callable<T> work) throws Over {
        Future<T> f = POOL.submit(work);
        try {
            return f.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Over(budget);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forecasting", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
