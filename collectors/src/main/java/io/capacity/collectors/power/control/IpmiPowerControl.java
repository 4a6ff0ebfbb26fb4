package io.capacity.collectors.power.control;

import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.ipmi.Ipmitool;
import io.capacity.collectors.source.CollectorException;
import java.util.Locale;

/** {@code ipmitool chassis power status|soft|on} against one BMC, with the collector's credentials and timeout. */
public final class IpmiPowerControl implements PowerControl {
    private static final String STATUS = "Chassis Power is ";
    private final IpmiTarget target;
    private final Ipmitool tool;

    public IpmiPowerControl(IpmiTarget target) {
        this.target = target;
        this.tool = new Ipmitool(target);
    }

    @Override
    public PowerState state() throws CollectorException {
        Ipmitool.Result r = tool.run("chassis", "power", "status");
        String out = r.output().trim();
        int at = out.lastIndexOf(STATUS);
        if (!r.ok() || at < 0) {
            throw new CollectorException(target.name() + ": ipmitool chassis power status failed: " + lastLine(out));
        }
        return switch (out.substring(at + STATUS.length()).trim().toLowerCase(Locale.ROOT)) {
            case "on" -> PowerState.ON;
            case "off" -> PowerState.OFF;
            default -> throw new CollectorException(target.name() + ": ipmitool chassis power status said '"
                    + lastLine(out) + "'");
        };
    }

    @Override
    public void send(PowerCommand command) throws CollectorException {
        Ipmitool.Result r = tool.run("chassis", "power", verb(command));
        if (!r.ok()) {
            throw new CollectorException(target.name() + ": ipmitool chassis power " + verb(command) + " failed: "
                    + lastLine(r.output().trim()));
        }
    }

    @Override
    public String describe(PowerCommand command) {
        return "ipmitool -H " + target.host() + " -p " + target.port() + " chassis power " + verb(command)
                + " (IPMI target " + target.name() + ")";
    }

    private static String verb(PowerCommand c) {
        return c == PowerCommand.GRACEFUL_SHUTDOWN ? "soft" : "on";
    }

    private static String lastLine(String s) {
        String[] lines = s.split("\n");
        return lines.length == 0 || lines[lines.length - 1].isBlank() ? "(no output)" : lines[lines.length - 1];
    }

    @Override
    public void close() {
        // ipmitool runs per command; nothing stays open.
    }
}
