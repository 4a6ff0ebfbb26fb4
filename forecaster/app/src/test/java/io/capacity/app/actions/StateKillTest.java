package io.capacity.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.app.actions.state.DuckPlanStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a process in the middle of transitions: every plan and action is in the state its last audit row
 * names, so each transition was kept with its audit row or not at all, and the book opens and works again.
 */
class StateKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesEachTransitionWithItsAuditRowOrNeither() throws Exception {
        for (int kill = 0; kill < 3; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BookChild.class.getName(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // The child logs to stdout too: drain it all, so it never blocks on a full pipe instead of writing.
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            Thread drain = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.equals("writing")) {
                            writing.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child is gone
                }
            });
            drain.start();
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the child started writing");
            Thread.sleep(300 + 200L * kill);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            check();
        }
    }

    private void check() {
        try (PlanBook book = new PlanBook(DuckPlanStore.open(dir), Clock.systemUTC(), BookSettings.DEFAULTS)) {
            PlanPage all = book.list(PlanFilter.DEFAULTS.page(0, PlanFilter.MAX_LIMIT));
            assertTrue(all.total() >= 4, "the child saved rounds: " + all.total());
            Map<String, Integer> waiting = new HashMap<>();
            for (ActionPlan p : book.list(PlanFilter.DEFAULTS.page(0, PlanFilter.MAX_LIMIT)).plans()) {
                List<AuditEntry> trail = book.audit(p.id());
                assertEquals(p.state().text(), last(trail, null), "plan " + p.id());
                for (PlanAction a : p.actions()) {
                    String expected = a.state().name().toLowerCase(java.util.Locale.ROOT);
                    assertEquals(a.state() == ActionState.PENDING ? null : expected, last(trail, a.id()),
                            "plan " + p.id() + " action " + a.id());
                }
                assertEquals(1, book.list(PlanFilter.DEFAULTS.with(p.state(), null).page(0, PlanFilter.MAX_LIMIT))
                        .plans().stream().filter(q -> q.id() == p.id()).count(), "the stored state is the derived");
                if (p.state() == PlanState.RECOMMENDED) {
                    waiting.merge(p.cluster(), 1, Integer::sum);
                }
            }
            waiting.forEach((c, n) -> assertEquals(1, n, "one waiting plan per cluster: " + c));
            // The book works on after the crash.
            ActionPlan next = book.record(Plans.of(Plans.cluster("c1", 1)), null, "planner", null).get(0);
            assertEquals(all.plans().get(0).id() + 1, next.id());
        }
    }

    private static String last(List<AuditEntry> trail, Integer action) {
        String to = null;
        for (AuditEntry e : trail) {
            if (java.util.Objects.equals(e.actionId(), action)) {
                to = e.to();
            }
        }
        return to;
    }
}
