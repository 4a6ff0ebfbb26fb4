package io.capacity.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's arguments: the CLI's defaults, and one line naming the flag for a bad one. */
class JobArgsTest {
    static final String[] BASE = {"--input", "in.parquet", "--output", "out", "--horizon", "24"};

    static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(BASE, BASE.length + more.length);
        System.arraycopy(more, 0, all, BASE.length, more.length);
        return all;
    }

    @Test
    void defaultsAreTheClisAndTheJobsOwn() {
        JobSettings s = JobArgs.parse(BASE);
        assertEquals("auto", s.model());
        assertEquals(List.of(80.0, 95.0), s.levels());
        assertEquals(1, s.season());
        assertEquals(0, s.season2());
        assertEquals(true, s.conformal());
        assertEquals(Duration.ofHours(1), s.step());
        assertEquals(Duration.ofSeconds(60), s.budget());
        assertEquals(false, s.cached());
    }

    @Test
    void badArgumentsAreOneLineNamingTheFlag() {
        assertEquals("--horizon 0: expected at least 1 step to forecast",
                assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(new String[]{"--input", "i",
                        "--output", "o", "--horizon", "0"})).getMessage());
        assertEquals("--budget: " + assertThrows(IllegalArgumentException.class,
                () -> io.capacity.app.DurationText.parse("soon")).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(with("--budget", "soon")))
                        .getMessage());
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> JobModel.of(JobArgs.parse(with("--model", "arima-ish"))));
        String line = SparkForecastMain.message(model);
        assertEquals(true, line.startsWith("--model arima-ish"), line);
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> JobModel.of(JobArgs.parse(with("--levels", "80,100"))));
        assertEquals(true, SparkForecastMain.message(level).startsWith("--levels 100"),
                SparkForecastMain.message(level));
        assertEquals("--choices and --choices-out cache the automatic choice: give --model auto (got snaive)",
                assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(with("--model", "snaive",
                        "--choices-out", "c"))).getMessage());
    }
}
