package io.capacity.app.actions;

import io.capacity.app.actions.state.DuckPlanStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM for {@link StateKillTest}: records, skips, approves, runs and finishes plans in a loop on the state
 * file in {@code args[0]}, printing {@code writing} once the first round is saved, until it is killed.
 */
public final class BookChild {
    private BookChild() {
    }

    public static void main(String[] args) {
        PlanBook book = new PlanBook(DuckPlanStore.open(Path.of(args[0])), Clock.systemUTC(), BookSettings.DEFAULTS);
        for (int round = 0; ; round++) {
            ActionPlan p = book.record(Plans.of(Plans.cluster("c1", 2), Plans.cluster("c2", 1)), null, "planner",
                    "round " + round).get(0);
            book.skip(p.id(), 1, "ops", null);
            book.approve(p.id(), "ops", null);
            book.start(p.id(), 2, "apply", null);
            book.finish(p.id(), 2, round % 2 == 0, "apply", null);
            book.start(p.id(), 3, "apply", null);
            book.finish(p.id(), 3, true, "apply", null);
            if (round == 0) {
                System.out.println("writing");
                System.out.flush();
            }
        }
    }
}
