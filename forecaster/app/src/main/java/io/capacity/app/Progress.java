package io.capacity.app;

/** How a long use case reports how far it got, for a front end's progress bar; calls may come from worker threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(long total) {
        }

        @Override
        public void step() {
        }
    };

    /** The work is {@code total} items; called once, before the first {@link #step}. */
    void start(long total);

    /** One more item done. */
    void step();
}
