package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, items 2, 7 (plan/simulate) and 12: bad planner input is one line naming the flag or file:line, the
 * value and what is expected, in the user's words, and nothing is written.
 */
class PlannerInputErrorsTest {
    private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    private static final String INVENTORY = ROOT.resolve("docs/examples/inventory.yaml").toString();
    private static final String DEMAND = ROOT.resolve("docs/examples/demand-c1.csv").toString();
    /** Java names that must not reach a user: packages, exceptions, enum constants, field names. */
    private static final Pattern JAVA = Pattern.compile("io\\.capacity|Exception|No enum constant|\\b(?!kWh\\b)[a-z]+[A-Z]\\w*"
            + "|\\b(PERCENT|FRACTION|ABSOLUTE|BOGUS)\\b");

    @TempDir
    Path dir;

    private String fails(String... args) {
        CliRun run = CliRun.of(args);
        String err = run.err().strip();
        assertNotEquals(0, run.exitCode(), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(JAVA.matcher(err).find(), "no Java names: " + err);
        assertFalse(Files.exists(dir.resolve("out.json")), "nothing written: " + err);
        return err;
    }

    private Path trace(double value) throws IOException {
        StringBuilder sb = new StringBuilder("time,cpu\n");
        for (int i = 0; i < 3000; i++) {
            sb.append(i).append(',').append(i == 1500 ? value : 40).append('\n');
        }
        return Files.writeString(dir.resolve("trace.csv"), sb.toString());
    }

    private String simulate(Path trace, String... more) {
        String[] base = {"simulate", "--trace", trace.toString(), "--column", "cpu", "-o",
                dir.resolve("out.json").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return fails(args);
    }

    @Test
    void replayValuesOutsideTheirUnitAreErrorsNamingTheLine() throws IOException {
        Path t = trace(2_500_000);
        assertEquals("capacity simulate: error: " + t + ":1502: column cpu: 2500000.0: expected a percentage from 0 to"
                + " 100 (unit percent)", simulate(t, "--unit", "percent"));
        assertTrue(simulate(trace(1.5), "--unit", "fraction").contains("expected a fraction from 0 to 1"));
        assertTrue(simulate(trace(-1), "--unit", "absolute").contains("expected a finite amount of at least 0"));
    }

    @Test
    void anUnknownUnitListsTheUnits() throws IOException {
        assertEquals("capacity simulate: error: --unit bogus: 'bogus' is not one of fraction, percent, absolute",
                simulate(trace(40), "--unit", "bogus"));
    }

    @Test
    void everySimulateFlagOutOfRangeNamesItself() throws IOException {
        Path t = trace(40);
        String[][] cases = {
            {"--hosts", "1", "--hosts 1: a fleet needs at least 2 hosts, got 1"},
            {"--host-model", "dell-r640-2071", "--host-model dell-r640-2071: power model dell-r640-2071 is not in the"
                    + " catalogue: closest dell-r640-2017; all: dell-pe2950-iii-2008, dell-r640-2017,"},
            {"--price", "-5", "--price -5.0: the price per host must be at least 0, got -5.0"},
            {"--tariff", "-1", "--tariff -1.0: the price per kWh must be at least 0, got -1.0"},
            {"--pue", "0.5", "--pue 0.5: the PUE must be at least 1, got 0.5"},
            {"--currency", "EURO", "--currency EURO: expected an ISO 4217 currency code such as EUR or USD, got EURO"},
            {"--model", "nosuch", "--model nosuch: unknown model 'nosuch'; expected one of auto,"},
        };
        for (String[] c : cases) {
            String err = simulate(t, c[0], c[1]);
            assertTrue(err.startsWith("capacity simulate: error: " + c[2]), c[0] + ": " + err);
        }
    }

    /** Issue 19 item 6: each further --column names its unit and one host's capacity, or the line says what is wrong. */
    @Test
    void aBadColumnSpecNamesTheFlagAndTheForm() throws IOException {
        Path t = trace(40);
        String[][] cases = {
            {"cpu:bogus", "--column cpu:bogus: 'bogus' is not one of fraction, percent, absolute"},
            {"cpu:percent:2", "--column cpu:percent:2: a capacity per host applies to absolute units only, not to"
                    + " percent"},
            {"cpu:absolute:-3", "--column cpu:absolute:-3: the capacity of one host must be a number above 0, got"
                    + " '-3'"},
            {"cpu:absolute:lots", "--column cpu:absolute:lots: the capacity of one host must be a number above 0,"
                    + " got 'lots'"},
            {"a:b:c:d", "--column a:b:c:d: expected a column name, then optionally :unit (fraction, percent or"
                    + " absolute) and :capacity (one host's, for absolute units), e.g. assigned_mem:absolute:512"},
            {"*", "--column *: a further column needs its own name (the sum * is for one column only), got '*'"},
        };
        for (String[] c : cases) {
            assertEquals("capacity simulate: error: " + c[1], simulate(t, "--column", c[0]), c[0]);
        }
        assertEquals("capacity simulate: error: --break-even maybe: expected on or off",
                simulate(t, "--break-even", "maybe"));
        assertEquals("capacity simulate: error: --power-cycle-cost -1.0: the cost of a power cycle must be at least 0,"
                + " got -1.0", simulate(t, "--power-cycle-cost", "-1"));
    }

    @Test
    void aQuantileOutOfRangeNamesTheFlagAndTheRange() {
        String err = fails("plan", "--inventory", INVENTORY, "--demand", DEMAND, "--quantile", "150", "-o",
                dir.resolve("out.json").toString());
        assertEquals("capacity plan: error: --quantile 150.0: the bound's coverage must be a percentage above 0 and"
                + " below 100, got 150.0", err);
        assertTrue(simulate(dir.resolve("none.csv"), "--quantile", "0").contains("--quantile 0.0: the bound's"
                + " coverage must be a percentage above 0 and below 100"));
    }

    @Test
    void aMissingInventoryOrTraceSaysWhichAndWhy() {
        Path inv = dir.resolve("missing.yaml");
        assertEquals("capacity plan: error: inventory " + inv + ": no such file or directory", fails("plan",
                "--inventory", inv.toString(), "--demand", DEMAND, "-o", dir.resolve("out.json").toString()));
        Path trace = dir.resolve("missing.csv");
        assertEquals("capacity simulate: error: trace " + trace + ": no such file or directory", simulate(trace));
    }

    @Test
    void aMistypedPowerModelIsAnInventoryProblem() throws IOException {
        Path inv = Files.writeString(dir.resolve("inv.yaml"), Files.readString(Path.of(INVENTORY))
                .replace("power_model: dell-r640-2017", "power_model: dell-r640-2071"));
        CliRun run = CliRun.of("plan", "--inventory", inv.toString(), "--demand", DEMAND, "-o",
                dir.resolve("out.json").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(inv + ":12: models.r640.power_model: dell-r640-2071: expected a power model"
                + " of the catalogue: closest dell-r640-2017; all: dell-pe2950-iii-2008, dell-r640-2017,"), run.err());
        assertFalse(Files.exists(dir.resolve("out.json")));
    }
}
