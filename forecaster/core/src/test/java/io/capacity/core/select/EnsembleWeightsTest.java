package io.capacity.core.select;

import io.capacity.core.fixtures.Synthetic;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's {@code auto} combines its best three candidates, weighted by inverse backtest MASE. */
class EnsembleWeightsTest {
    @Test
    void autoCombinesTheBestThreeByInverseBacktestMase() {
        AutoSpec auto = (AutoSpec) ModelCatalog.spec("auto", 24, 0, 24);
        assertEquals(new Ensemble(Ensemble.Kind.INVERSE_ERROR, 3), auto.ensemble());
        TimeSeries y = Synthetic.seasonal("web", 24 * 21, 24, 3.0, 11);
        AutoModel m = auto.fit(y);
        ChosenSpec chosen = m.chosen().orElseThrow();
        assertEquals(ModelCatalog.AUTO_MEMBERS, chosen.members().size());
        Map<String, Double> mase = m.selection().scores().stream()
                .collect(Collectors.toMap(CandidateScore::name, CandidateScore::mase));
        double[] w = chosen.weights();
        double total = chosen.members().stream().mapToDouble(n -> 1 / mase.get(n)).sum();
        for (int i = 0; i < w.length; i++) {
            double b = mase.get(chosen.members().get(i));
            assertEquals(1 / b / total, w[i], 1e-12, chosen.members().get(i));
        }
        // The members are the three lowest backtest MASEs, best first.
        var ranked = m.selection().scores().stream().filter(CandidateScore::ok)
                .sorted(java.util.Comparator.comparingDouble(CandidateScore::mase)).map(CandidateScore::name)
                .limit(3).toList();
        assertEquals(ranked, chosen.members());
        assertTrue(m.method().startsWith("Inverse-MASE weighted mean of "), m.method());
        assertEquals(1.0, java.util.Arrays.stream(w).sum(), 1e-12);
    }
}
