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
    private static final Pattern DCMI_LINE =
            Pattern.compile("^\\s*(Instantaneous power reading|Minimum during sampling period|"
                    + "Maximum during sampling period|Average power reading over sample period)\\s*:\\s*"
                    + "([0-9]+(?:\\.[0-9]+)?)\\s*Watts?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern DEACTIVATED =
            Pattern.compile("Power reading state is\\s*:\\s*deactivated", Pattern.CASE_INSENSITIVE);

    private IpmiOutput() {
    }

    /** One SDR sensor reading with a numeric value. */
    record Sensor(String name, double value, String unit, String status) {
    }

    /**
     * DCMI readings keyed by sensor name ({@code dcmi_instantaneous}, {@code dcmi_average}, ...), empty when the
     * output has none or the BMC says power reading is deactivated (its numbers are then stale zeros).
     */
    static Map<String, Double> dcmi(String out) {
        Map<String, Double> readings = new LinkedHashMap<>();
        if (DEACTIVATED.matcher(out).find()) {
            return readings;
        }
        Matcher m = DCMI_LINE.matcher(out);
        while (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            String key = label.startsWith("instant") ? "dcmi_instantaneous"
                    : label.startsWith("minimum") ? "dcmi_minimum"
                    : label.startsWith("maximum") ? "dcmi_maximum" : "dcmi_average";
            readings.put(key, Double.parseDouble(m.group(2)));
        }
        return readings;
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

    /** Telegraf's metric_version 2 sensor name: lower case, runs of non-alphanumerics as one underscore. */
    static String telegrafName(String sensor) {
        return sensor.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
