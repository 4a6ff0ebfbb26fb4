package io.capacity.collectors.power.control;

import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.source.CollectorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The BMCs of the collectors' configuration, by the host they control. The rule: a Redfish or IPMI target is the
 * BMC of host H when its {@code inventory.host} is H; a target without {@code inventory.host} is the BMC of the
 * host its {@code name} names. When both a Redfish and an IPMI target match, Redfish is used (its
 * {@code GracefulShutdown} is the standard's); two targets of the same protocol for one host are ambiguous and
 * refused, naming both.
 */
public final class Bmcs {
    private final List<RedfishTarget> redfish;
    private final List<IpmiTarget> ipmi;

    public Bmcs(List<RedfishTarget> redfish, List<IpmiTarget> ipmi) {
        this.redfish = List.copyOf(redfish);
        this.ipmi = List.copyOf(ipmi);
    }

    /** No BMC targets: every host's power action fails naming its host. */
    public static final Bmcs NONE = new Bmcs(List.of(), List.of());

    /** How a host was matched to its BMC, for what an apply says it would do. */
    public record Bmc(String host, String target, String protocol, Opener opener) {
        public Bmc {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(opener, "opener");
        }

        /** Opens the power control of this BMC. */
        public PowerControl open() throws CollectorException {
            return opener.open();
        }
    }

    /** Opens one BMC's power control. */
    @FunctionalInterface
    public interface Opener {
        PowerControl open() throws CollectorException;
    }

    /**
     * The BMC of {@code host}, or empty when no target matches.
     *
     * @throws IllegalArgumentException when two targets of the same protocol match
     */
    public Optional<Bmc> of(String host) {
        List<RedfishTarget> r = new ArrayList<>();
        for (RedfishTarget t : redfish) {
            if (matches(host, t.name(), t.inventory().host())) {
                r.add(t);
            }
        }
        List<IpmiTarget> i = new ArrayList<>();
        for (IpmiTarget t : ipmi) {
            if (matches(host, t.name(), t.inventory().host())) {
                i.add(t);
            }
        }
        if (r.size() > 1 || (r.isEmpty() && i.size() > 1)) {
            List<String> names = r.size() > 1 ? r.stream().map(RedfishTarget::name).toList()
                    : i.stream().map(IpmiTarget::name).toList();
            throw new IllegalArgumentException("host " + host + " matches " + names.size() + " BMC targets " + names
                    + ": keep inventory.host " + host + " on one of them");
        }
        if (!r.isEmpty()) {
            RedfishTarget t = r.get(0);
            return Optional.of(new Bmc(host, t.name(), "redfish", () -> new RedfishPowerControl(t)));
        }
        if (i.isEmpty()) {
            return Optional.empty();
        }
        IpmiTarget t = i.get(0);
        return Optional.of(new Bmc(host, t.name(), "ipmi", () -> new IpmiPowerControl(t)));
    }

    /** How many targets could control a host. */
    public int size() {
        return redfish.size() + ipmi.size();
    }

    static boolean matches(String host, String name, String inventoryHost) {
        return inventoryHost != null && !inventoryHost.isBlank() ? inventoryHost.equals(host) : name.equals(host);
    }
}
