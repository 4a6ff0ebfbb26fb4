package io.capacity.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.core.forecast.StartValues;
import io.capacity.core.select.AutoModel;
import io.capacity.core.select.AutoSpec;
import io.capacity.core.select.ChosenSpec;
import io.capacity.core.series.TimeSeries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineStateTest {
    private static final Instant AT = Instant.parse("2024-03-29T00:00:00Z");
    private final AutoSpec auto = ForecastPipeline.autoSpec(ForecastPipelineTest.settings());

    @TempDir
    Path tmp;

    @Test
    void choicesWithTheirMembersFormsAndAFlatChoiceRoundTripThroughTheFile() throws Exception {
        Path file = tmp.resolve("state.tsv");
        PipelineState state = PipelineState.load(file, auto);
        ChosenSpec daily = auto.fit(daily(28 * 24)).chosen().orElseThrow();
        ChosenSpec flat = auto.fit(TimeSeries.of("idle", new double[28 * 24])).chosen().orElseThrow();
        assertTrue(daily.forms().stream().anyMatch(f -> f.startsWith("arima:") || f.startsWith("ets:")),
                "forms " + daily.forms());
        state.put("cpu,host=web1 usage_user", new CachedChoice(daily, AT));
        state.put("cpu,host=idle usage_user", new CachedChoice(flat, AT));
        state.ranAt(AT);

        PipelineState reloaded = PipelineState.load(file, auto);
        assertEquals(2, reloaded.size());
        assertEquals(daily, reloaded.choice("cpu,host=web1 usage_user").orElseThrow().spec());
        assertEquals(flat, reloaded.choice("cpu,host=idle usage_user").orElseThrow().spec());
        assertEquals(AT, reloaded.choice("cpu,host=idle usage_user").orElseThrow().chosenAt());
        assertEquals(AT, reloaded.lastRun().orElseThrow());
    }

    @Test
    void aLineWrittenBeforeTheFormsWereKeptIsChosenAgainOnceAndTheOthersStay() throws Exception {
        Path file = tmp.resolve("state.tsv");
        PipelineState state = PipelineState.load(file, auto);
        state.put("new", new CachedChoice(auto.fit(daily(28 * 24)).chosen().orElseThrow(), AT));
        state.ranAt(AT);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String current = lines.get(1);
        lines.add("old" + current.substring(current.indexOf('\t'), current.lastIndexOf('\t')));
        Files.write(file, lines, StandardCharsets.UTF_8);

        PipelineState reloaded = PipelineState.load(file, auto);
        assertEquals(1, reloaded.size());
        assertTrue(reloaded.choice("new").isPresent());
        assertTrue(reloaded.choice("old").isEmpty(), "the old line's series is chosen again");
        reloaded.ranAt(AT);
        assertEquals(2, Files.readAllLines(file, StandardCharsets.UTF_8).size(), "and its line is gone once saved");
    }

    @Test
    void eachMembersWarmStartRoundTripsAndALineWithoutStartsLoadsCold() throws Exception {
        Path file = tmp.resolve("state.tsv");
        PipelineState state = PipelineState.load(file, auto);
        AutoModel chose = auto.fit(daily(28 * 24));
        ChosenSpec spec = chose.chosen().orElseThrow();
        AutoModel refit = spec.fit(daily(28 * 24 + 1), chose.starts());
        List<StartValues> starts = refit.starts();
        assertTrue(starts.stream().anyMatch(s -> s.warm() && s.checked()), "starts " + starts);
        state.put("warm", new CachedChoice(spec, AT, starts));
        state.put("cold", new CachedChoice(spec, AT));
        state.ranAt(AT);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(9, lines.stream().filter(l -> l.startsWith("cold\t")).findFirst().orElseThrow().split("\t").length,
                "a choice without starts is written as before them");

        PipelineState reloaded = PipelineState.load(file, auto);
        assertEquals(starts, reloaded.choice("warm").orElseThrow().starts());
        assertEquals(List.of(), reloaded.choice("cold").orElseThrow().starts());
        assertEquals(spec, reloaded.choice("cold").orElseThrow().spec());
    }

    @Test
    void aStartThatDoesNotFitItsMembersFormIsDroppedWithItsLine() throws Exception {
        Path file = tmp.resolve("state.tsv");
        PipelineState state = PipelineState.load(file, auto);
        AutoModel chose = auto.fit(daily(28 * 24));
        state.put("s", new CachedChoice(chose.chosen().orElseThrow(), AT, chose.starts()));
        state.ranAt(AT);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String line = lines.get(1);
        int cut = line.lastIndexOf('\t');
        lines.set(1, line.substring(0, cut + 1) + line.substring(cut + 1).replaceAll(":[^,]*", ":0.5"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertTrue(PipelineState.load(file, auto).choice("s").isEmpty(), "chosen again rather than refit wrongly");
    }

    private static TimeSeries daily(int hours) {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] v = new double[hours];
        for (int i = 0; i < hours; i++) {
            v[i] = 40 + 20 * Math.sin(2 * Math.PI * (i % 24) / 24) + 3 * (rnd.nextDouble() - 0.5);
        }
        return TimeSeries.of("web1", v);
    }
}
