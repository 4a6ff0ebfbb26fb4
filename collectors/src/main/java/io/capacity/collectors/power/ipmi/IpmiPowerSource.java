package io.capacity.collectors.power.ipmi;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Power of one BMC, written as Telegraf's {@code ipmi_sensor} with {@code metric_version = 1} (its default): tags
 * {@code name}, {@code unit}, {@code server}; fields {@code value} and, for SDR sensors, {@code status}.
 *
 * <p>DCMI is tried first, as Telegraf's {@code dcmi_power_reading} sensor names it ({@code
 * instantaneous_power_reading}, ...; field {@code value} only). The SDR path replaces it only after a definitive
 * answer: the BMC has no DCMI power reading (completion code C1h/C2h), reports it deactivated, or refuses it at the
 * target's privilege level (D4h; a higher {@code privilege} may read it). Any other failure
 * (a timeout, a busy BMC) fails the poll, so a series never switches names because of a transient error. After a
 * definitive answer DCMI is probed again every {@link #DCMI_RETRY_EVERY} polls (a firmware update may add it).
 *
 * <p>On the SDR path only the sensors that make up the host's power are written ({@link PowerSensors}: the total
 * sensor, else the power-supply inputs), so summing a host's watts series counts its power once.
 */
public final class IpmiPowerSource implements Source {
    static final int DCMI_RETRY_EVERY = 60;
    private static final Logger LOG = LoggerFactory.getLogger(IpmiPowerSource.class);

    private final IpmiTarget target;
    private final InventoryTags inventory;
    private final Ipmitool ipmitool;
    private int pollsSinceDcmiFailed = -1;
    private PowerSensors.Choice lastChoice;

    public IpmiPowerSource(IpmiTarget target, InventoryTags defaults) {
        this.target = target;
        this.inventory = target.inventory().over(defaults);
        this.ipmitool = new Ipmitool(target);
    }

    @Override
    public String name() {
        return target.name();
    }

    /** Whether the last poll got its reading from DCMI. */
    public boolean usingDcmi() {
        return pollsSinceDcmiFailed < 0;
    }

    @Override
    public List<Point> collect(long timeNanos) throws CollectorException {
        if (pollsSinceDcmiFailed < 0 || ++pollsSinceDcmiFailed >= DCMI_RETRY_EVERY) {
            Ipmitool.Result r = ipmitool.run("dcmi", "power", "reading");
            IpmiOutput.Dcmi dcmi = IpmiOutput.dcmi(r.exit(), r.output());
            switch (dcmi.state()) {
                case READINGS -> {
                    if (pollsSinceDcmiFailed >= 0) {
                        LOG.info("{}: DCMI power reading answers now; writing it instead of SDR sensors",
                                target.name());
                    }
                    pollsSinceDcmiFailed = -1;
                    List<Point> out = new ArrayList<>();
                    dcmi.readings().forEach((name, watts) -> out.add(point(name, watts, null, timeNanos)));
                    return out;
                }
                case DEACTIVATED, UNSUPPORTED, NOT_PERMITTED -> {
                    if (pollsSinceDcmiFailed < 0) {
                        LOG.info("{}: DCMI power reading {} ({}); reading SDR watts sensors instead, DCMI probed "
                                + "again every {} polls", target.name(), dcmi.state().name().toLowerCase(Locale.ROOT),
                                oneLine(r.output()), DCMI_RETRY_EVERY);
                    }
                    pollsSinceDcmiFailed = 0;
                }
                case UNKNOWN -> {
                    if (pollsSinceDcmiFailed < 0) {
                        throw new CollectorException(target.name() + ": ipmitool dcmi power reading failed (exit "
                                + r.exit() + "): " + oneLine(r.output()));
                    }
                    // A retry probe that failed for another reason: stay on SDR.
                    pollsSinceDcmiFailed = 0;
                }
                default -> throw new IllegalStateException(dcmi.state().name());
            }
        }
        return fromSdr(timeNanos);
    }

    private List<Point> fromSdr(long timeNanos) throws CollectorException {
        Ipmitool.Result r = ipmitool.run("-c", "sdr", "list", "full");
        if (!r.ok()) {
            throw new CollectorException(target.name() + ": ipmitool sdr list failed (exit " + r.exit() + "): "
                    + r.output().strip());
        }
        List<IpmiOutput.Sensor> watts = IpmiOutput.sdrCsv(r.output()).stream()
                .filter(s -> s.unit().toLowerCase(Locale.ROOT).startsWith("watt")).toList();
        PowerSensors.Choice choice = PowerSensors.choose(watts, target.powerSensors());
        if (choice.sensors().isEmpty()) {
            throw new CollectorException(target.name() + ": BMC has neither a DCMI power reading nor a total or "
                    + "power-supply input watts sensor (watts sensors: " + watts.stream()
                    .map(IpmiOutput.Sensor::name).toList() + "); name the ones to sum in power_sensors");
        }
        if (lastChoice == null || !lastChoice.names().equals(choice.names())) {
            LOG.info("{}: host power from SDR sensors {} ({}, {} W now); set power_sensors to choose others",
                    target.name(), choice.names(), choice.basis().name().toLowerCase(Locale.ROOT), choice.watts());
        }
        lastChoice = choice;
        List<Point> out = new ArrayList<>();
        for (IpmiOutput.Sensor s : choice.sensors()) {
            out.add(point(IpmiOutput.telegrafName(s.name()), s.value(), "ok".equalsIgnoreCase(s.status()) ? 1L : 0L,
                    timeNanos));
        }
        return out;
    }

    Point point(String sensor, double watts, Long status, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("value", watts);
        if (status != null) {
            f.put("status", status);
        }
        return new Point(MetricSchema.IPMI_SENSOR.name(),
                inventory.with(Map.of("name", sensor, "unit", "watts", "server", target.host())), f, timeNanos);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
