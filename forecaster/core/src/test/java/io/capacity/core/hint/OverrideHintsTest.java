package io.capacity.core.hint;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.capacity.core.select.ModelCatalog;
import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 8: the core's override hints name an option ({@code option KEY=VALUE}), never Java: no method
 * call, {@code Class.member}, {@code new}, or {@code (...)}. Runs the model paths that log a decision with its
 * override, at DEBUG, and reads every line they log (the planner's paths: {@code PlannerOverrideHintsTest} in the
 * planner module).
 */
public class OverrideHintsTest {
    /** Java syntax a user cannot type: camelCase calls, Class.member, constructors, elided arguments. */
    static final List<Pattern> JAVA = List.of(
            Pattern.compile("\\b[a-z]+[A-Z]\\w*\\("),
            Pattern.compile("\\b[A-Z][a-z]+[A-Z]?\\w*\\.[A-Za-z]\\w*"),
            Pattern.compile("\\bnew [A-Z]\\w*"),
            Pattern.compile("\\(\\.\\.\\.|\\.\\.\\.\\)"));

    @Test
    void theJavaPatternsCatchTheOldHints() {
        for (String old : List.of("force with withDifferences(d, 1)", "force orders with ArimaSpec.of(...)",
                "disable with withApproximation(NEVER)", "Override with PlanOptions.expectedLoad",
                "force with new EtsSpec(Trend.X, season)", "(ReplayRules.withEfficientPacking(false))")) {
            assertTrue(JAVA.stream().anyMatch(p -> p.matcher(old).find()), old);
        }
        assertFalse(JAVA.stream().anyMatch(p -> p.matcher("chose ARIMA(2,1,1)(0,1,1)[24] with option"
                + " arima_order=(p,d,q)(P,D,Q); file t.csv, 0.8 PT1H").find()));
    }

    @Test
    void anOptionHintIsLowerCaseKeyEqualsValue() {
        assertEquals("option packing=target", Hints.option("packing", "target"));
        assertThrows(IllegalArgumentException.class, () -> Hints.option("expectedLoad", 0.5));
        Matcher m = Hints.OPTION.matcher("(force with option seasonal_differences=1); or option packing=target.");
        assertTrue(m.find());
        assertEquals("seasonal_differences", m.group(1));
        assertEquals("1", m.group(2));
        assertTrue(m.find());
        assertEquals("target", m.group(2));
        Matcher o = Hints.OPTION.matcher("force the orders with option arima_order=(p,d,q)(P,D,Q); option x=0.8.");
        assertTrue(o.find());
        assertEquals("(p,d,q)(P,D,Q)", o.group(2));
        assertTrue(o.find());
        assertEquals("0.8", o.group(2));
    }

    @Test
    void noLoggedHintNamesJava() {
        // Each model decision below logged its hint.
        assertHintsAreOptions(linesLoggedAtDebug(this::runEverythingThatLogsAnOverride), List.of(
                "seasonal_differences", "differences", "approximation", "arima_order", "ets_trend",
                "auto_seasonality"));
    }

    /** Work whose log lines are read; may throw, as file-reading work does. */
    public interface Work {
        void run() throws Exception;
    }

    /** Every message logged anywhere while {@code work} runs, with {@code io.capacity} at DEBUG. */
    public static List<String> linesLoggedAtDebug(Work work) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("io.capacity");
        Level before = ours.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ours.setLevel(Level.DEBUG);
        try {
            work.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            ours.setLevel(before);
            root.detachAppender(logs);
        }
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Each key's override was logged as {@code option KEY=VALUE}, and no line names Java. */
    public static void assertHintsAreOptions(List<String> lines, List<String> keys) {
        List<String> hints = lines.stream().filter(l -> l.matches("(?is).*(override|force|disable|fix k).*"))
                .toList();
        for (String key : keys) {
            assertTrue(hints.stream().anyMatch(h -> h.contains("option " + key + "=")), key + " in " + hints);
        }
        List<String> java = new ArrayList<>();
        for (String l : lines) {
            if (JAVA.stream().anyMatch(p -> p.matcher(l).find())) {
                java.add(l);
            }
        }
        assertTrue(java.isEmpty(), "log lines with Java syntax: " + java);
    }

    private void runEverythingThatLogsAnOverride() {
        Random rnd = new Random(7);
        double[] y = new double[24 * 10];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + 0.2 * i + 30 * Math.sin(2 * Math.PI * i / 24) + 3 * rnd.nextGaussian();
        }
        TimeSeries s = new TimeSeries("s", Instant.parse("2024-01-01T00:00:00Z"), Duration.ofHours(1), y);
        for (String m : List.of("auto-arima", "ets", "prophet")) {
            ModelCatalog.spec(m, 24, 0, 24).forecast(s, 24, 95);
        }
        ModelCatalog.spec("auto-arima", 24, 0, 24).forecast(TimeSeries.of("short", 1, 2, 3, 4, 5, 6, 7), 3, 95);
    }
}
