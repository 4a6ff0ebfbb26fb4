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
 * Power of one BMC. DCMI is tried first; once a BMC has answered that it does not support it, the SDR path is
 * used and DCMI is only probed again every {@link #DCMI_RETRY_EVERY} polls (a firmware update may add it),
 * which halves the ipmitool runs per poll on BMCs without DCMI.
 */
public final class IpmiPowerSource implements Source {
    static final int DCMI_RETRY_EVERY = 60;
    private static final Logger LOG = LoggerFactory.getLogger(IpmiPowerSource.class);

    private final IpmiTarget target;
    private final InventoryTags inventory;
    private final Ipmitool ipmitool;
    private int pollsSinceDcmiFailed = -1;

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
            Map<String, Double> dcmi = r.ok() ? IpmiOutput.dcmi(r.output()) : Map.of();
            if (!dcmi.isEmpty()) {
                pollsSinceDcmiFailed = -1;
                List<Point> out = new ArrayList<>();
                dcmi.forEach((name, watts) -> out.add(point(name, watts, 1, timeNanos)));
                return out;
            }
            if (pollsSinceDcmiFailed < 0) {
                LOG.info("{}: no DCMI power reading ({}), reading SDR watts sensors instead", target.name(),
                        r.output().strip().replaceAll("\\s+", " "));
            }
            pollsSinceDcmiFailed = 0;
        }
        return fromSdr(timeNanos);
    }

    private List<Point> fromSdr(long timeNanos) throws CollectorException {
        Ipmitool.Result r = ipmitool.run("-c", "sdr", "list", "full");
        if (!r.ok()) {
            throw new CollectorException(target.name() + ": ipmitool sdr list failed (exit " + r.exit() + "): "
                    + r.output().strip());
        }
        List<Point> out = new ArrayList<>();
        for (IpmiOutput.Sensor s : IpmiOutput.sdrCsv(r.output())) {
            if (s.unit().toLowerCase(Locale.ROOT).startsWith("watt")) {
                out.add(point(IpmiOutput.telegrafName(s.name()), s.value(), "ok".equalsIgnoreCase(s.status()) ? 1 : 0,
                        timeNanos));
            }
        }
        if (out.isEmpty()) {
            throw new CollectorException(target.name() + ": BMC has neither DCMI power reading nor a watts sensor");
        }
        return out;
    }

    private Point point(String sensor, double watts, long status, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("value", watts);
        f.put("status", status);
        return new Point(MetricSchema.IPMI_SENSOR.name(),
                inventory.with(Map.of("name", sensor, "unit", "watts", "server", target.host())), f, timeNanos);
    }
}
