package io.capacity.planner.schedule;

import java.util.ArrayDeque;

/** Each host's transition times, to enforce the per-host limit in any rolling day. */
final class History {
    private final ArrayDeque<Integer>[] times;
    private final int max;
    private final int day;

    @SuppressWarnings("unchecked")
    History(int hosts, int max, int day) {
        this.times = new ArrayDeque[hosts];
        this.max = max;
        this.day = day;
        for (int i = 0; i < hosts; i++) {
            times[i] = new ArrayDeque<>();
        }
    }

    /** Whether host {@code i} may make {@code more} transitions at step {@code t} within the rolling day. */
    boolean room(int i, int t, int more) {
        ArrayDeque<Integer> q = times[i];
        while (!q.isEmpty() && q.peekFirst() <= t - day) {
            q.pollFirst();
        }
        return q.size() + more <= max;
    }

    void record(int i, int t) {
        times[i].addLast(t);
    }
}
