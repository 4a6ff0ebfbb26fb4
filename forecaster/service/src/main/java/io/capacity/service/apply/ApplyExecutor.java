package io.capacity.service.apply;

import io.capacity.app.DurationText;
import io.capacity.app.actions.apply.ApplySchedule;
import io.capacity.app.actions.apply.DueActions;
import io.capacity.app.actions.apply.DueRun;
import io.capacity.app.actions.apply.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The executor inside {@code serve}: with {@code --apply-actions} ({@code capacity.apply.execute}) and a plan book,
 * {@link DueActions} applies every approved plan's due actions, and every power-on that brings back a host a plan
 * powered off, every {@code --apply-every} ({@code capacity.apply.every}, default {@link ApplySchedule#DEFAULTS}).
 * Each action outcome that changed something is one log line (the use case's) and a count of
 * {@code capacity_apply_actions_total{outcome}}. Without {@code --apply-actions} it does nothing: apply is a dry run.
 */
@Component
public class ApplyExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyExecutor.class);

    private final DueActions due;
    private final ApplySchedule schedule;

    public ApplyExecutor(ApplyUse use, MeterRegistry registry,
                         @Value("${capacity.apply.every:}") String every) {
        this.schedule = every.isBlank() ? ApplySchedule.DEFAULTS : new ApplySchedule(Duration.parse(every));
        if (!use.settings().execute()) {
            LOG.info("apply: dry runs only: no action plan is carried out, by schedule or on request; serve "
                    + "--apply-actions runs approved plans' actions when they are due");
            this.due = null;
            return;
        }
        if (use.book().isEmpty()) {
            this.due = null;
            return;
        }
        Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
        for (Outcome o : new Outcome[] {Outcome.SUCCEEDED, Outcome.FAILED, Outcome.NOT_RUN}) {
            counters.put(o, Counter.builder("capacity.apply.actions").description("Plan actions the executor "
                    + "finished, by outcome").tag("outcome", o.text()).register(registry));
        }
        // The use case is made at the first pass (or apply), as the endpoint always made it: the BMC targets are read
        // then, not while the service starts.
        this.due = new DueActions(use.book().get(), () -> use.get().orElseThrow(), Clock.systemUTC(),
                o -> counters.get(o.outcome()).increment());
        due.start(schedule);
        LOG.info("apply: carrying out approved plans' actions when they are due, checked every {}, the first time "
                + "that long after start (change with --apply-every)", DurationText.of(schedule.every()));
    }

    /** Whether passes run (real runs on and a plan book kept). */
    public boolean enabled() {
        return due != null;
    }

    public ApplySchedule schedule() {
        return schedule;
    }

    /** The last pass, if any. */
    public Optional<DueRun> last() {
        return due == null ? Optional.empty() : due.last();
    }

    @PreDestroy
    public void stop() {
        if (due != null) {
            due.close();
        }
    }
}
