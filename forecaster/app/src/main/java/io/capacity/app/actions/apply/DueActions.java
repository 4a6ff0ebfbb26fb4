package io.capacity.app.actions.apply;

import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.Decision;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanPage;
import io.capacity.app.actions.PlanState;
import io.capacity.app.DurationText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor: applies what is due without anyone calling apply. Each pass applies every approved plan that has
 * not finished, and every plan cancelled after approval that still has a host to bring back
 * ({@link PlanBook#restores}), through the one {@link ApplyPlan} of the service (so a pass and an operator's apply
 * never run actions at once), as {@link #WHO}. Passes never overlap: one daemon thread, the next pass {@code every}
 * after the last one ended, and a pass asked for while one runs is skipped. A plan whose apply throws is logged and
 * tried again next pass; the others go on. Only when real runs are on ({@link ApplySettings#execute()}).
 */
public final class DueActions implements AutoCloseable {
    /** Who the audit trail names for the executor's transitions. */
    public static final String WHO = "executor";
    private static final Logger LOG = LoggerFactory.getLogger(DueActions.class);

    private final PlanBook book;
    private final Supplier<ApplyPlan> apply;
    private final Clock clock;
    private final Consumer<ActionOutcome> onOutcome;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<DueRun> last = new AtomicReference<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "apply-due");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param onOutcome told of every action outcome that changed something (for the service's counter)
     * @throws IllegalArgumentException when {@code apply} only dry-runs: an executor would do nothing
     */
    public DueActions(PlanBook book, ApplyPlan apply, Clock clock, Consumer<ActionOutcome> onOutcome) {
        this(book, () -> apply, clock, onOutcome);
        if (!apply.settings().execute()) {
            throw new IllegalArgumentException("the executor needs real runs (apply_actions)");
        }
    }

    /**
     * The same with the use case made at the first pass (the service's, which reads the BMC targets when first
     * used); a pass with one that only dry-runs fails, logged.
     */
    public DueActions(PlanBook book, Supplier<ApplyPlan> apply, Clock clock, Consumer<ActionOutcome> onOutcome) {
        this.book = Objects.requireNonNull(book, "book");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onOutcome = Objects.requireNonNull(onOutcome, "onOutcome");
    }

    /**
     * Starts the passes: the first {@code every} after start (so a service starts, and its operator may still look,
     * before anything is powered), then {@code every} after each ends.
     */
    public void start(ApplySchedule schedule) {
        long every = schedule.every().toMillis();
        timer.scheduleWithFixedDelay(this::pass, every, every, TimeUnit.MILLISECONDS);
    }

    /** One pass now unless one is running; empty when skipped. Never throws. */
    public Optional<DueRun> pass() {
        if (!running.compareAndSet(false, true)) {
            LOG.debug("apply: a pass is running; this one is skipped");
            return Optional.empty();
        }
        try {
            DueRun r = run();
            last.set(r);
            return Optional.of(r);
        } catch (RuntimeException e) {
            LOG.warn("apply: the pass failed ({}); the next one is still scheduled", e.toString());
            return Optional.empty();
        } finally {
            running.set(false);
        }
    }

    private DueRun run() {
        ApplyPlan apply = this.apply.get();
        if (!apply.settings().execute()) {
            throw new IllegalStateException("the executor needs real runs (apply_actions)");
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int plans = 0;
        int failed = 0;
        for (long id : candidates()) {
            plans++;
            try {
                for (ActionOutcome o : apply.run(id, null, false, WHO).outcomes()) {
                    counts.merge(o.outcome(), 1, Integer::sum);
                    if (ApplyPlan.changes(o.outcome())) {
                        onOutcome.accept(o);
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("apply: plan {} could not be applied ({}); the next pass tries again", id, e.getMessage());
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        LOG.debug("apply: pass at {} over {} plan(s) in {} s: {}", started, plans, wall, counts);
        return new DueRun(started, wall, plans, counts, failed);
    }

    /** The plans with something that may be due: approved and not finished, or cancelled with a host to bring back. */
    private List<Long> candidates() {
        List<Long> ids = new ArrayList<>();
        for (PlanState s : List.of(PlanState.PENDING, PlanState.ONGOING)) {
            int offset = 0;
            while (true) {
                PlanPage page = book.list(PlanFilter.DEFAULTS.with(s, null).page(offset, PlanFilter.MAX_LIMIT));
                for (ActionPlan p : page.plans()) {
                    if (p.decision() == Decision.APPROVED || p.actions().stream().anyMatch(ApplyPlan::linkedPowerOn)) {
                        ids.add(p.id());
                    }
                }
                offset += page.plans().size();
                if (page.plans().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** The last pass, if any. */
    public Optional<DueRun> last() {
        return Optional.ofNullable(last.get());
    }

    /**
     * Stops the passes and waits up to 30 s for one in progress; then interrupts it, which finishes a running action
     * as FAILED with the reason (never left ONGOING).
     */
    @Override
    public void close() {
        timer.shutdown();
        Duration wait = Duration.ofSeconds(30);
        try {
            if (!timer.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("apply: a pass did not finish within {} of stopping; interrupting it", DurationText.of(wait));
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
