package io.capacity.collectors.agent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one remote target's polls on the shared worker pool, each under a hard deadline
 * ({@link ScheduledSource#deadline()}): a poll still inside the target when it passes is interrupted and counted
 * as failed. While a poll that ignores the
 * interrupt is still running, the target's next polls are skipped (said once), so a hung target holds at most
 * one worker and never delays another target.
 */
final class RemotePoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RemotePoller.class);

    private final CollectRun run;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Duration deadline;
    private final AtomicBoolean busy = new AtomicBoolean();
    private boolean skipping;

    RemotePoller(CollectRun run, ExecutorService workers, ScheduledExecutorService timer, Duration deadline) {
        this.run = run;
        this.workers = workers;
        this.timer = timer;
        this.deadline = deadline;
    }

    /** Called on the timer thread at every tick of the target's interval. */
    @Override
    public void run() {
        if (!busy.compareAndSet(false, true)) {
            if (!skipping) {
                skipping = true;
                LOG.warn("{}: a poll is still running past its deadline of {} ms; skipping polls until it returns "
                        + "(said once until the target answers again)", run.name(), deadline.toMillis());
            }
            return;
        }
        if (!run.failing()) {
            skipping = false;
        }
        long number = run.nextPoll();
        try {
            workers.execute(() -> {
                try {
                    run.run();
                } finally {
                    busy.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);   // the agent is stopping
            return;
        }
        try {
            timer.schedule(() -> run.cutOff(number), deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping: shutdownNow interrupts the poll anyway
        }
    }
}
