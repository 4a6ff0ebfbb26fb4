package io.capacity.core.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParallelTest {

    private static List<Callable<String>> recording(List<Integer> started, int n) {
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            tasks.add(() -> {
                started.add(id);
                return "r" + id;
            });
        }
        return tasks;
    }

    @Test
    void largestStartFirstTiesInInputOrderAndResultsComeBackInInputOrder() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<String> out = Parallel.invokeAll(recording(started, 5), new long[] {700, 960, 700, 960, 100}, 1, "t");
        assertEquals(List.of(1, 3, 0, 2, 4), started);
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4"), out);
    }

    @Test
    void withoutSizesTasksStartInInputOrder() {
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        assertEquals(List.of("r0", "r1", "r2"), Parallel.invokeAll(recording(started, 3), 1, "t"));
        assertEquals(List.of(0, 1, 2), started);
    }

    @Test
    void sizesMustMatchTheTasks() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Parallel.invokeAll(recording(new ArrayList<>(), 2), new long[] {1}, 2, "t"));
        assertEquals("1 sizes for 2 tasks", e.getMessage());
    }
}
