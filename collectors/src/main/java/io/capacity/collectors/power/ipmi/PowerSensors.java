package io.capacity.collectors.power.ipmi;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which SDR watts sensors make up a host's power, so that a sum over the points written counts it once. BMCs
 * report a total ("Pwr Consumption" on Dell, "Power Meter" on HPE, "System Level" on Intel boards, "Total Power")
 * beside per-supply input readings ("PS1 Input Power", "PSU2 PIN") and component readings ("CPU Power"): the total
 * sensor alone when there is one, otherwise every power-supply input (whose sum is the total); component and
 * supply-output sensors never. A target's {@code power_sensors} names the sensors instead.
 */
final class PowerSensors {
    private static final Pattern TOTAL = Pattern.compile(
            "(pwr|power)[ _.]*(consumption|meter)|total[ _.]*(pwr|power)|system[ _.]*level|sys(tem)?[ _.]*(pwr|power)");
    private static final Pattern PSU = Pattern.compile("^(psu?|pws|power[ _]?supply)[ _]?\\d*\\b.*");
    private static final Pattern OUTPUT = Pattern.compile("out|pout");

    private PowerSensors() {
    }

    /** How the sensors were chosen. */
    enum Basis {
        TOTAL_SENSOR, PSU_INPUTS, CONFIGURED
    }

    record Choice(Basis basis, List<IpmiOutput.Sensor> sensors) {
        Choice {
            sensors = List.copyOf(sensors);
        }

        double watts() {
            return sensors.stream().mapToDouble(IpmiOutput.Sensor::value).sum();
        }

        List<String> names() {
            return sensors.stream().map(IpmiOutput.Sensor::name).toList();
        }
    }

    /** The choice among {@code watts} (sensors whose unit is watts); empty sensors when nothing fits. */
    static Choice choose(List<IpmiOutput.Sensor> watts, List<String> configured) {
        if (!configured.isEmpty()) {
            return new Choice(Basis.CONFIGURED, watts.stream().filter(s -> configured.stream()
                    .anyMatch(c -> c.equalsIgnoreCase(s.name()) || c.equals(IpmiOutput.telegrafName(s.name()))))
                    .toList());
        }
        List<IpmiOutput.Sensor> totals = watts.stream().filter(s -> TOTAL.matcher(lower(s)).find()).toList();
        if (!totals.isEmpty()) {
            return new Choice(Basis.TOTAL_SENSOR, totals.subList(0, 1));
        }
        return new Choice(Basis.PSU_INPUTS, watts.stream()
                .filter(s -> PSU.matcher(lower(s)).matches() && !OUTPUT.matcher(lower(s)).find()).toList());
    }

    private static String lower(IpmiOutput.Sensor s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
