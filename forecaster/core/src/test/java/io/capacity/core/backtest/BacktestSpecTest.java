package io.capacity.core.backtest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BacktestSpecTest {
    @Test
    void cutoffsRunBackFromTheEndEveryPeriodWhileInitialFits() {
        BacktestSpec spec = new BacktestSpec(10, 50, 20, 0, List.of(), 24, List.of(95.0));
        assertEquals(List.of(50, 70, 90), spec.cutoffsFor(100));
        assertEquals(List.of(), spec.cutoffsFor(59));
    }

    @Test
    void maxWindowsKeepsTheLatest() {
        assertEquals(List.of(70, 90), BacktestSpec.rolling(10, 50, 20, 2, 24).cutoffsFor(100));
        assertEquals(List.of(952), BacktestSpec.holdout(48, 24).cutoffsFor(1000));
    }

    @Test
    void explicitCutoffsDropThoseWithoutAFullHorizon() {
        BacktestSpec spec = new BacktestSpec(10, 1, 1, 0, List.of(95, 30, 60), 24, List.of(95.0));
        assertEquals(List.of(30, 60), spec.cutoffsFor(100));
    }

    @Test
    void validationNamesTheBadValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> BacktestSpec.rolling(0, 50, 20, 2, 24));
        assertEquals("horizon must be at least 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new BacktestSpec(1, 1, 1, 0, List.of(), 24, List.of(100.0)));
        assertEquals("interval level must be in (0, 100), got 100.0", e.getMessage());
    }
}
