package io.capacity.collectors.power.ipmi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses ipmitool's text. Its layout varies by version and vendor (padding, "Watts" vs "watts", extra lines,
 * warnings on stderr mixed in), so parsing keys on labels and units, not on columns or line numbers.
 */
final class IpmiOutput {
    // ipmitool's lib/ipmi_dcmi.c prints "    <label>: <n> Watts"; Telegraf names each by its label.
    private static final Pattern DCMI_LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]*?)\\s*:\\s*"
            + "(-?[0-9]+(?:\\.[0-9]+)?)\\s+Watts\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern DEACTIVATED =
            Pattern.compile("Power reading state is\\s*:\\s*deactivated", Pattern.CASE_INSENSITIVE);
    // "DCMI request failed because: Invalid command (c1)": completion codes C1h (invalid command) and C2h (invalid
    // for the LUN) are the BMC saying it has no such command, which does not change from one poll to the next.
    private static final Pattern UNSUPPORTED = Pattern.compile(
            "DCMI request failed because:.*\\((c1|c2)\\)|Invalid command", Pattern.CASE_INSENSITIVE);
    // D4h: the session's privilege level may not read it; it stays so until the target's privilege changes.
    private static final Pattern NOT_PERMITTED = Pattern.compile(
            "DCMI request failed because:.*\\(d4\\)", Pattern.CASE_INSENSITIVE);

    private IpmiOutput() {
    }

    /** One SDR sensor reading with a numeric value. */
    record Sensor(String name, double value, String unit, String status) {
    }

    /** What a BMC answered to {@code dcmi power reading}. */
    enum DcmiState {
        /** Readings, power reading activated. */
        READINGS,
        /** The BMC has DCMI but its power reading is deactivated: its numbers are stale zeros. */
        DEACTIVATED,
        /** The BMC has no DCMI power reading (completion code C1h/C2h). */
        UNSUPPORTED,
        /** Not at the session's privilege level (completion code D4h): a higher {@code privilege} may read it. */
        NOT_PERMITTED,
        /** Anything else (a timeout, a busy BMC, a lost session): says nothing about DCMI. */
        UNKNOWN
    }

    /** The readings (Telegraf's names: the label lower-cased, spaces as underscores) and what they mean. */
    record Dcmi(DcmiState state, Map<String, Double> readings) {
    }

    static Dcmi dcmi(int exit, String out) {
        if (DEACTIVATED.matcher(out).find()) {
            return new Dcmi(DcmiState.DEACTIVATED, Map.of());
        }
        if (UNSUPPORTED.matcher(out).find()) {
            return new Dcmi(DcmiState.UNSUPPORTED, Map.of());
        }
        if (NOT_PERMITTED.matcher(out).find()) {
            return new Dcmi(DcmiState.NOT_PERMITTED, Map.of());
        }
        Map<String, Double> readings = new LinkedHashMap<>();
        Matcher m = DCMI_LINE.matcher(out);
        while (exit == 0 && m.find()) {
            readings.put(telegrafName(m.group(1)), Double.parseDouble(m.group(2)));
        }
        return new Dcmi(readings.isEmpty() ? DcmiState.UNKNOWN : DcmiState.READINGS, readings);
    }

    /**
     * Rows of {@code ipmitool -c sdr list full} ({@code name,value,unit,status}) with a numeric value; rows of
     * disabled or absent sensors ({@code name,,,ns}) and non-CSV noise are skipped.
     */
    static List<Sensor> sdrCsv(String out) {
        List<Sensor> sensors = new ArrayList<>();
        for (String line : out.split("\\R")) {
            String[] f = line.split(",", -1);
            if (f.length < 4 || f[0].isBlank()) {
                continue;
            }
            try {
                double v = Double.parseDouble(f[1].trim());
                if (Double.isFinite(v)) {
                    sensors.add(new Sensor(f[0].trim(), v, f[2].trim(), f[3].trim()));
                }
            } catch (NumberFormatException e) {
                // no reading
            }
        }
        return sensors;
    }

    /**
     * Telegraf's ipmi_sensor name transform (both metric versions): trimmed, lower case, each space an underscore;
     * other characters are kept ("Sys. Health LED" becomes {@code sys._health_led}).
     */
    static String telegrafName(String sensor) {
        return sensor.trim().toLowerCase(Locale.ROOT).replace(" ", "_");
    }
}
