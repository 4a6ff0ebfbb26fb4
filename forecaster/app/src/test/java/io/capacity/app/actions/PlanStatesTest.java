package io.capacity.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The derived state over every combination of up to five action states, and the transition tables' shape. */
class PlanStatesTest {
    private static final ActionState[] S = ActionState.values();

    @Test
    void everyCombinationOfActionStatesDerivesTheStateItsActionsTell() {
        int checked = 0;
        for (int n = 1; n <= 5; n++) {
            int combos = (int) Math.pow(S.length, n);
            for (int code = 0; code < combos; code++) {
                List<ActionState> as = combination(code, n);
                for (Decision d : List.of(Decision.APPROVED, Decision.CANCELLED)) {
                    check(d, as);
                    checked++;
                }
            }
        }
        assertEquals(2 * (6 + 36 + 216 + 1296 + 7776), checked);
    }

    private static void check(Decision d, List<ActionState> as) {
        List<ActionState> live = as.stream().filter(a -> a != ActionState.SKIPPED).toList();
        if (live.isEmpty()) {
            assertThrows(IllegalArgumentException.class, () -> PlanStates.derive(d, as));
            return;
        }
        PlanState p = PlanStates.derive(d, as);
        String why = d + " " + as + " -> " + p;
        boolean failed = live.contains(ActionState.FAILED);
        boolean succeeded = live.contains(ActionState.SUCCEEDED);
        boolean cancelled = live.contains(ActionState.CANCELLED);
        boolean running = live.contains(ActionState.ONGOING);
        boolean waiting = live.contains(ActionState.PENDING);
        if (failed) {
            assertNotEquals(PlanState.SUCCEEDED, p, why);
        }
        if (running || waiting) {
            assertEquals(live.stream().allMatch(a -> a == ActionState.PENDING) ? PlanState.PENDING
                    : PlanState.ONGOING, p, why);
            return;
        }
        assertEquals(live.stream().allMatch(a -> a == ActionState.SUCCEEDED), p == PlanState.SUCCEEDED, why);
        assertEquals(succeeded && (failed || cancelled), p == PlanState.PARTIAL, why);
        assertEquals(failed && !succeeded, p == PlanState.FAILED, why);
        assertEquals(cancelled && !failed && !succeeded, p == PlanState.CANCELLED, why);
        assertTrue(p.done(), why);
    }

    @Test
    void undecidedAndDeclinedPlansAreInTheirDecisionsState() {
        for (int code = 0; code < 36; code++) {
            List<ActionState> as = combination(code, 2);
            assertEquals(PlanState.RECOMMENDED, PlanStates.derive(Decision.RECOMMENDED, as));
            assertEquals(PlanState.DISMISSED, PlanStates.derive(Decision.DISMISSED, as));
            assertEquals(PlanState.SUPERSEDED, PlanStates.derive(Decision.SUPERSEDED, as));
            assertEquals(PlanState.EXPIRED, PlanStates.derive(Decision.EXPIRED, as));
        }
    }

    @Test
    void theTablesAllowWatchersPathsAndFinalStatesGoNowhere() {
        assertEquals(EnumSet.of(PlanState.PENDING, PlanState.DISMISSED, PlanState.SUPERSEDED, PlanState.EXPIRED),
                PlanState.RECOMMENDED.next());
        assertEquals(EnumSet.of(PlanState.ONGOING, PlanState.CANCELLED), PlanState.PENDING.next());
        assertEquals(EnumSet.of(PlanState.SUCCEEDED, PlanState.PARTIAL, PlanState.FAILED, PlanState.CANCELLED),
                PlanState.ONGOING.next());
        Set<PlanState> finals = EnumSet.of(PlanState.SUCCEEDED, PlanState.PARTIAL, PlanState.FAILED,
                PlanState.CANCELLED, PlanState.SUPERSEDED, PlanState.DISMISSED, PlanState.EXPIRED);
        for (PlanState s : PlanState.values()) {
            assertEquals(finals.contains(s), s.done(), s.name());
            assertTrue(!s.next().contains(s), s + " does not move to itself");
        }
        assertEquals(EnumSet.of(ActionState.SKIPPED, ActionState.ONGOING, ActionState.CANCELLED),
                ActionState.PENDING.next());
        assertEquals(EnumSet.of(ActionState.SUCCEEDED, ActionState.FAILED), ActionState.ONGOING.next());
    }

    /** Every derived state reachable in one action step is allowed by the plan table (the book relies on it). */
    @Test
    void oneActionStepNeverMovesThePlanOutsideItsTable() {
        for (int n = 1; n <= 4; n++) {
            for (int code = 0; code < Math.pow(S.length, n); code++) {
                List<ActionState> as = combination(code, n);
                if (as.stream().allMatch(a -> a == ActionState.SKIPPED)) {
                    continue;
                }
                PlanState before = PlanStates.derive(Decision.APPROVED, as);
                for (int i = 0; i < n; i++) {
                    for (ActionState to : as.get(i).next()) {
                        List<ActionState> after = new ArrayList<>(as);
                        after.set(i, to);
                        if (after.stream().allMatch(a -> a == ActionState.SKIPPED)) {
                            continue;
                        }
                        PlanState p = PlanStates.derive(Decision.APPROVED, after);
                        assertTrue(p == before || before.next().contains(p), as + " -> " + after + ": " + before
                                + " -> " + p);
                    }
                }
            }
        }
    }

    private static List<ActionState> combination(int code, int n) {
        List<ActionState> as = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            as.add(S[code % S.length]);
            code /= S.length;
        }
        return as;
    }
}
