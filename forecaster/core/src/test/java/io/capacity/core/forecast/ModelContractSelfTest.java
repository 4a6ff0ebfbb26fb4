package io.capacity.core.forecast;

import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** The kit must be able to fail: a model that breaks several rules is run through it and the failures counted. */
class ModelContractSelfTest {

    /** Shares its arrays, puts the mean above the 95 % upper bound, and ignores the series' timestamps. */
    static final class Broken implements ModelSpec, FittedModel {
        private final double[] fitted = new double[240];

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public FittedModel fit(TimeSeries series) {
            return this;
        }

        @Override
        public String method() {
            return "Broken";
        }

        @Override
        public ModelSpec spec() {
            return this;
        }

        @Override
        public double[] fitted() {
            return fitted;
        }

        @Override
        public double[] residuals() {
            return new double[240];
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            double[] mean = new double[horizon];
            Arrays.fill(mean, 1);
            List<PredictionInterval> pis = Arrays.stream(levels)
                    .mapToObj(l -> new PredictionInterval(l, new double[horizon], new double[horizon])).toList();
            return new Forecast("x", null, java.time.Duration.ofHours(1), mean, pis, fitted, null, "Broken", this,
                    Quality.ungraded());
        }
    }

    /** Nested, so surefire's default excludes keep it out of the build; only the launcher below runs it. */
    static final class BrokenContract extends ModelContract {
        @Override
        protected List<ModelSpec> specs() {
            return List.of(new Broken());
        }
    }

    @Test
    void brokenModelFailsTheRightProperties() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request().selectors(selectClass(BrokenContract.class)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        Set<String> failed = summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("broken: lower <= mean <= upper", "broken: returned arrays are copies",
                "broken: residuals = observed - fitted", "broken: timestamps continue from the series end",
                "broken: works on a constant series", "broken: works on a short series",
                "broken: lengths are right", "broken: rejects horizon 0"), failed);
    }
}
