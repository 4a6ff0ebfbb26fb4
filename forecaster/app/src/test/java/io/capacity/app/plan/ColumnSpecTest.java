package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.planner.sim.Unit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 19 item 6: a replayed column as a user writes it, NAME[:UNIT[:CAPACITY]], one host's capacity. */
class ColumnSpecTest {
    private static String problem(String text) {
        return assertThrows(RequestProblem.class, () -> ColumnSpec.parse(text, Unit.PERCENT, null, 100))
                .render(k -> "--" + k);
    }

    @Test
    void theNameAloneTakesTheRequestsUnitAndCapacity() {
        ColumnSpec c = ColumnSpec.parse("cpu_usage", Unit.ABSOLUTE, 8.0e6, 100);
        assertEquals(new ColumnSpec("cpu_usage", Unit.ABSOLUTE, 8.0e6), c);
        assertEquals(new ColumnSpec("*", Unit.PERCENT, null), ColumnSpec.parse("*", Unit.PERCENT, null, 100));
    }

    @Test
    void aUnitAndOneHostsCapacityMakeTheFleetsCapacity() {
        ColumnSpec c = ColumnSpec.parse("assigned_mem:absolute:512", Unit.PERCENT, null, 100);
        assertEquals(Unit.ABSOLUTE, c.unit());
        assertEquals(51_200, c.capacity(), 1e-9);
        ColumnSpec f = ColumnSpec.parse("mem:FRACTION", Unit.PERCENT, null, 100);
        assertEquals(Unit.FRACTION, f.unit());
        assertNull(f.capacity());
        assertEquals("mem", f.column().name());
    }

    @Test
    void aBadSpecNamesTheOptionAndTheValue() {
        assertEquals("--column mem:bogus: 'bogus' is not one of fraction, percent, absolute", problem("mem:bogus"));
        assertEquals("--column mem:percent:2: a capacity per host applies to absolute units only, not to percent",
                problem("mem:percent:2"));
        assertEquals("--column mem:absolute:0: the capacity of one host must be a number above 0, got '0'",
                problem("mem:absolute:0"));
        assertEquals("--column :absolute: expected a column name, then optionally :unit (fraction, percent or"
                + " absolute) and :capacity (one host's, for absolute units), e.g. assigned_mem:absolute:512",
                problem(":absolute"));
        assertEquals("--column *: a further column needs its own name (the sum * is for one column only), got '*'",
                assertThrows(RequestProblem.class, () -> ColumnSpec.parse("*", Unit.PERCENT, null, 100).column())
                        .render(k -> "--" + k));
    }
}
