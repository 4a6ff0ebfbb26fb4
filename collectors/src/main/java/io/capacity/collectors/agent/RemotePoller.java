package io.capacity.collectors.agent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one remote target's polls on the shared worker pool, each under a hard deadline
 * ({@link ScheduledSource#deadline()}): a poll still inside the target when it passes is interrupted and counted
 * as failed. A poll that takes longer than the interval but answers within its deadline is only late: the next one
 * starts as soon as it returns, on the same worker (as a fixed-rate schedule runs a late task), so the target is
 * never polled more often than its interval. While a poll that ignores the interrupt is still running past its
 * deadline, the target's next polls are skipped (said once), so a hung target holds at most one worker and never
 * delays another target.
 *
 * <p>The timer ({@code timer}) should remove cancelled tasks ({@code setRemoveOnCancelPolicy}): each poll's
 * cut-off is cancelled when the poll returns in time, so the timer holds at most one per target.
 */
final class RemotePoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RemotePoller.class);
    private static final int IDLE = 0;
    private static final int POLLING = 1;
    /** Polling, and a tick came meanwhile: poll again as soon as this one returns. */
    private static final int LATE = 2;

    private final CollectRun run;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Duration deadline;
    private final AtomicInteger state = new AtomicInteger(IDLE);
    private volatile long inFlight;        // the number of the poll under way; 0 while a worker takes it
    private volatile long cutFor = -1;     // the last poll whose deadline passed (its cut-off ran)
    private boolean skipping;   // timer thread only

    RemotePoller(CollectRun run, ExecutorService workers, ScheduledExecutorService timer, Duration deadline) {
        this.run = run;
        this.workers = workers;
        this.timer = timer;
        this.deadline = deadline;
    }

    /**
     * Called on the timer thread at every tick of the target's interval: starts a poll, or marks the one under way
     * late, or, when that one has passed its deadline and still not returned, skips this tick.
     */
    @Override
    public void run() {
        while (true) {
            int s = state.get();
            if (s == IDLE) {
                if (state.compareAndSet(IDLE, POLLING)) {
                    start();
                    return;
                }
            } else if (cutFor == inFlight) {
                skip();
                return;
            } else if (s == LATE || state.compareAndSet(POLLING, LATE)) {
                return;
            }
        }
    }

    /** True when no poll is under way (for tests). */
    boolean idle() {
        return state.get() == IDLE;
    }

    private void start() {
        if (!run.failing()) {
            skipping = false;
        }
        inFlight = 0;
        try {
            workers.execute(this::pollWhileLate);
        } catch (RejectedExecutionException e) {
            state.set(IDLE);   // the agent is stopping
        }
    }

    private void skip() {
        if (!skipping) {
            skipping = true;
            LOG.warn("{}: a poll is still running past its deadline of {} ms; skipping polls until it returns "
                    + "(said once until the target answers again)", run.name(), deadline.toMillis());
        }
    }

    // On a worker: one poll, then another right away while ticks came during the last one and it answered. Only
    // this thread moves the state out of POLLING or LATE; a tick only moves IDLE to POLLING and POLLING to LATE.
    private void pollWhileLate() {
        try {
            while (pollOnce()) {
                if (state.compareAndSet(POLLING, IDLE)) {
                    return;
                }
                state.set(POLLING);   // it was LATE
            }
        } catch (RuntimeException | Error e) {
            state.set(IDLE);
            throw e;
        }
        state.set(IDLE);   // failed, cut off or stopping: the next tick polls again
    }

    // True when the poll answered (not cut off, not failed); false also when the agent is stopping.
    private boolean pollOnce() {
        long number = run.nextPoll();
        inFlight = number;
        ScheduledFuture<?> cutOff;
        try {
            cutOff = timer.schedule(() -> {
                cutFor = number;
                run.cutOff(number);
            }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return false;   // stopping: no poll without its deadline
        }
        try {
            run.run();
        } finally {
            cutOff.cancel(false);
        }
        return !run.failing();
    }
}
