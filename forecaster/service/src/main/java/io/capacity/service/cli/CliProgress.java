package io.capacity.service.cli;

import io.capacity.app.Progress;

/** A use case's progress as a bar on stderr (see {@link ProgressBars}); the bar appears when the total is known. */
final class CliProgress implements Progress, AutoCloseable {
    private final String task;
    private final boolean enabled;
    private volatile ProgressBars.Bar bar;

    CliProgress(String task, boolean enabled) {
        this.task = task;
        this.enabled = enabled;
    }

    @Override
    public void start(long total) {
        bar = ProgressBars.items(task, total, enabled);
    }

    @Override
    public void step() {
        ProgressBars.Bar b = bar;
        if (b != null) {
            b.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
