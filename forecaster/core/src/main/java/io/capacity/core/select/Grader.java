package io.capacity.core.select;

import io.capacity.core.backtest.ScoreCard;
import io.capacity.core.forecast.Grade;
import io.capacity.core.forecast.Quality;
import io.capacity.core.series.GapReport;

import java.util.ArrayList;
import java.util.List;

/** Turns backtest figures into a grade; the worst finding sets the grade and every finding is in the reason. */
final class Grader {
    private Grade grade = Grade.GOOD;
    private final List<String> reasons = new ArrayList<>();

    private Grader() {
    }

    static Quality grade(GradePolicy p, ScoreCard card, ScoreCard snaive, GapReport gaps, int windows,
                         boolean conformal, int[] outliers, int length) {
        Grader g = new Grader();
        double mase = card.mase();
        if (Double.isNaN(mase)) {
            g.note(Grade.UNCERTAIN, "backtest MASE undefined (the history repeats each season exactly)");
        } else if (mase > p.badMase()) {
            g.note(Grade.BAD, String.format("backtest MASE %.3f > %.1f", mase, p.badMase()));
        } else if (mase > p.goodMase()) {
            g.note(Grade.UNCERTAIN, String.format("backtest MASE %.3f > %.1f", mase, p.goodMase()));
        } else {
            g.note(Grade.GOOD, String.format("backtest MASE %.3f", mase));
        }
        if (snaive != null && mase > snaive.mase() + 1e-12) {
            g.note(Grade.UNCERTAIN, String.format("loses to seasonal naive (MASE %.3f vs %.3f)", mase,
                    snaive.mase()));
        }
        double cov = card.coverage(95);
        if (cov < p.minCoverage95()) {
            g.note(conformal ? Grade.GOOD : Grade.UNCERTAIN, String.format("model's 95 %% interval covered %.0f %%"
                    + (conformal ? ", widened by conformal calibration" : ""), 100 * cov));
        }
        if (windows < 2) {
            g.note(Grade.UNCERTAIN, "only " + windows + " backtest window");
        }
        gaps(g, p, gaps);
        if (outliers.length > 0) {
            // A handful of spikes is normal in server metrics; many mean the history is not one regime.
            boolean many = outliers.length > 0.01 * length;
            g.note(many ? Grade.UNCERTAIN : Grade.GOOD, outliers.length + " outliers beyond " + (int) Outliers.K
                    + " robust sd of the seasonal difference, first at index " + outliers[0]);
        }
        return g.quality();
    }

    static void gaps(Grader g, GradePolicy p, GapReport gaps) {
        if (gaps.filledFraction() > p.maxFilledFraction()) {
            g.note(Grade.UNCERTAIN, String.format("%.0f %% of the history is gap-filled: ", 100 * gaps.filledFraction())
                    + gaps.summary());
        } else if (!gaps.clean()) {
            g.note(Grade.GOOD, gaps.summary());
        }
    }

    static Quality fixed(Grade grade, String reason, GradePolicy p, GapReport gaps) {
        Grader g = new Grader();
        g.note(grade, reason);
        gaps(g, p, gaps);
        return g.quality();
    }

    private void note(Grade g, String reason) {
        if (g.ordinal() > grade.ordinal()) {
            grade = g;
        }
        reasons.add(reason);
    }

    private Quality quality() {
        return new Quality(grade, String.join("; ", reasons));
    }
}
