package io.capacity.service.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads numbers, instants and time zones from the command line with messages in the user's words ("'abc' is not
 * a whole number"), not picocli's Java type names ("is not an int", "cannot convert to class java.time.ZoneId").
 */
final class Converters {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Converters() {
    }

    static void register(CommandLine cl) {
        CommandLine.ITypeConverter<Integer> integer = Converters::integer;
        CommandLine.ITypeConverter<Long> whole = Converters::whole;
        CommandLine.ITypeConverter<Double> number = Converters::number;
        cl.registerConverter(int.class, integer);
        cl.registerConverter(Integer.class, integer);
        cl.registerConverter(long.class, whole);
        cl.registerConverter(Long.class, whole);
        cl.registerConverter(double.class, number);
        cl.registerConverter(Double.class, number);
        cl.registerConverter(Instant.class, new TimeFlags.InstantFlag());
        cl.registerConverter(ZoneId.class, Converters::zone);
    }

    static int integer(String text) {
        long v = whole(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new TypeConversionException("'" + text + "' is out of range (at most " + Integer.MAX_VALUE + ")");
        }
        return (int) v;
    }

    static long whole(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }

    static double number(String text) {
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a time zone; expected a region like "
                    + "Europe/Berlin, an offset like +02:00, or UTC");
        }
    }
}
