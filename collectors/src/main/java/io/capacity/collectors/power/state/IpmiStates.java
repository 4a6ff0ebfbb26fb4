package io.capacity.collectors.power.state;

import io.capacity.collectors.power.control.IpmiPowerControl;
import io.capacity.collectors.power.control.PowerState;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.source.CollectorException;
import java.util.List;
import java.util.Map;

/**
 * An IPMI BMC's chassis power ({@code ipmitool chassis power status}, as power control reads it), tagged
 * {@code server} as its {@code ipmi_sensor} points: on, or standby when the chassis is off and the BMC answers.
 */
public final class IpmiStates implements StateReader {
    private final IpmiPowerControl control;
    private final Map<String, String> tags;

    public IpmiStates(IpmiTarget target) {
        this.control = new IpmiPowerControl(target);
        this.tags = tagsOf(target);
    }

    /** The tags of an IPMI BMC's state points. */
    public static Map<String, String> tagsOf(IpmiTarget target) {
        return Map.of("server", target.host());
    }

    @Override
    public List<Reading> read() throws CollectorException {
        PowerState s = control.state();
        return List.of(new Reading(tags, PowerCodes.of(s)));
    }

    @Override
    public List<Map<String, String>> lastTags() {
        return List.of(tags);
    }

    @Override
    public void close() {
        control.close();
    }
}
