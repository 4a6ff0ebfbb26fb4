package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    static double d(String s) throws InvalidNumberException {
        return Numbers.parseDouble(s, 0, s.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1", "+1", "12.5", "-3", ".5", "5.", "1e-3", "1E+300", "2.2250738585072014E-308",
            "4.9e-324", "1.7976931348623157e308", "0.1", "0.30000000000000004", "123456789012345678901234567890",
            "3.141592653589793238462643383279", "9007199254740993", "1e22", "1e23", "0.000000000000000000000001",
            "51.846000000000004", "00012.500", "1e-400"})
    void agreesWithDoubleParseDouble(String s) throws InvalidNumberException {
        assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(d(s)), s);
    }

    @Test
    void randomDoublesRoundTripBitExactly() throws InvalidNumberException {
        Random rnd = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> Math.round(rnd.nextDouble() * 1e6) / 1000.0;
                default -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20);
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = Double.toString(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(d(s)), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "1d", "1f", "--1",
            "1e5.5", "one", "1_000"})
    void malformedIsRejected(String s) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> d(s));
        assertTrue(e.getMessage().contains("expected a decimal number"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "inf", "-inf"})
    void nonFiniteIsRejectedByName(String s) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> d(s));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }

    @Test
    void overflowIsOutOfRange() {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> d("1e309"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void longsIncludingTheExtremes() throws InvalidNumberException {
        assertEquals(Long.MAX_VALUE, Numbers.parseLong("9223372036854775807", 0, 19));
        assertEquals(Long.MIN_VALUE, Numbers.parseLong("-9223372036854775808", 0, 20));
        assertEquals(-42, Numbers.parseLong("-42", 0, 3));
        assertThrows(InvalidNumberException.class, () -> Numbers.parseLong("9223372036854775808", 0, 19));
        assertThrows(InvalidNumberException.class, () -> Numbers.parseLong("-9223372036854775809", 0, 20));
        assertThrows(InvalidNumberException.class, () -> Numbers.parseLong("12a", 0, 3));
        assertThrows(InvalidNumberException.class, () -> Numbers.parseLong("-", 0, 1));
    }
}
