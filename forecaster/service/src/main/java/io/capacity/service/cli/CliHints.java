package io.capacity.service.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.capacity.core.hint.Hints;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Shows the core's override hints ({@code option packing=target}) as the command line's flags ({@code --packing
 * target}) in every log line; an option without a flag is named as it is, with what the command line can do
 * instead. Registered in logback.xml as the {@code %hintmsg} conversion word.
 */
public final class CliHints extends MessageConverter {
    /** Option keys of the core and the flag that sets each. */
    static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("packing", "--packing"),
            Map.entry("calibration", "--calibration"),
            Map.entry("capacity", "--capacity"),
            Map.entry("expected_load", "--expected-load"),
            Map.entry("purchase_model", "--purchase-model"),
            Map.entry("model", "--model"),
            Map.entry("ensemble", "--ensemble"),
            Map.entry("bandwidth_exclude", "--bandwidth-exclude"),
            Map.entry("bounds", "--bounds"),
            Map.entry("power_cycle_cost", "--power-cycle-cost"),
            Map.entry("break_even", "--break-even"),
            Map.entry("issued", "--issued"));

    /** Options whose command-line form is a flag without a value. */
    static final Map<String, String> SWITCHES = Map.of("conformal=off", "--no-conformal");

    /**
     * The flag that sets the option {@code key} of a use case's request: {@code --} and the key with dashes for
     * underscores ({@code target_util} is {@code --target-util}).
     */
    static String flagOf(String key) {
        return FLAGS.getOrDefault(key, "--" + key.replace('_', '-'));
    }

    @Override
    public String convert(ILoggingEvent event) {
        return toFlags(super.convert(event));
    }

    /** The message with each option hint as its flag. */
    static String toFlags(String message) {
        Matcher m = Hints.OPTION.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String flag = FLAGS.get(m.group(1));
            String sw = SWITCHES.get(m.group(1) + "=" + m.group(2));
            String text = sw != null ? sw : flag != null ? flag + " " + m.group(2) : m.group()
                    + " (no command-line flag; --model NAME picks another model)";
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
