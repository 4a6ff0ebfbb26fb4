package io.capacity.service.metrics;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code capacity_plans{state="..."}} on {@code /actuator/prometheus}: how many plans the book holds in each state
 * (read from the book at each scrape, so an approval shows at once), when the service keeps a book.
 */
@Component
public final class PlanMeters {
    public PlanMeters(ObjectProvider<PlanBook> books, MeterRegistry registry) {
        PlanBook book = books.getIfAvailable();
        if (book == null) {
            return;
        }
        for (PlanState s : PlanState.values()) {
            Gauge.builder("capacity.plans", book, b -> count(b, s)).description("Action plans in the book by state")
                    .tag("state", s.text()).register(registry);
        }
    }

    private static double count(PlanBook book, PlanState s) {
        try {
            return book.list(PlanFilter.DEFAULTS.with(s, null).page(0, 1)).total();
        } catch (RuntimeException e) {
            // A closed book (the service stopping) or an unreadable state file: no figure rather than a failed scrape.
            return Double.NaN;
        }
    }
}
