package io.capacity.service.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr, shown only when a person is watching (a console is attached), so logs and pipes stay
 * clean.
 */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A progress bar in bytes that draws nothing when disabled or when there is no terminal. */
    static Bar bytes(String task, boolean enabled) {
        if (!enabled || System.console() == null) {
            return new Bar(null);
        }
        ProgressBar pb = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" MB", 1 << 20).setInitialMax(1).continuousUpdate().build();
        return new Bar(pb);
    }

    /** A progress bar in items (series, steps). */
    static Bar items(String task, long total, boolean enabled) {
        if (!enabled || System.console() == null) {
            return new Bar(null);
        }
        return new Bar(new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(total).build());
    }

    /** Thin wrapper so callers need not check whether a bar is shown. */
    static final class Bar implements AutoCloseable {
        private final ProgressBar pb;

        private Bar(ProgressBar pb) {
            this.pb = pb;
        }

        void update(long done, long total) {
            if (pb != null) {
                pb.maxHint(total);
                pb.stepTo(done);
            }
        }

        void step() {
            if (pb != null) {
                pb.step();
            }
        }

        @Override
        public void close() {
            if (pb != null) {
                pb.close();
            }
        }
    }
}
