package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.PointSink;
import io.capacity.collectors.host.HostSampler;
import io.capacity.collectors.power.ipmi.IpmiPowerSource;
import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.redfish.RedfishPowerSource;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.power.state.IpmiStates;
import io.capacity.collectors.power.state.PowerStateSource;
import io.capacity.collectors.power.state.RedfishStates;
import io.capacity.collectors.snmp.SnmpInterfaceSource;
import io.capacity.collectors.snmp.SnmpTarget;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Assembles an {@link Agent}: the sources the config names plus any extra ones, a sink (InfluxDB from the
 * config unless given), and the clock and randomness (injectable for tests).
 */
public final class AgentBuilder {
    private final AgentConfig config;
    private PointSink sink;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = new Random();
    private final List<ScheduledSource> extra = new ArrayList<>();

    AgentBuilder(AgentConfig config) {
        this.config = config;
    }

    /** Where points go; the Spring service passes its embedded-store sink here. */
    public AgentBuilder sink(PointSink sink) {
        this.sink = sink;
        return this;
    }

    public AgentBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public AgentBuilder random(RandomGenerator random) {
        this.random = random;
        return this;
    }

    /** An additional source, e.g. an importer or, in tests, a synthetic load generator. */
    public AgentBuilder source(Source source, Duration interval) {
        extra.add(new ScheduledSource(source, interval));
        return this;
    }

    /**
     * An additional source with its own timeout: its polls are cut off at the timeout when that is longer than
     * 90 % of the interval (e.g. a load generator polled every millisecond, whose polls may take longer).
     */
    public AgentBuilder source(Source source, Duration interval, Duration timeout) {
        extra.add(new ScheduledSource(source, interval, false, timeout));
        return this;
    }

    public Agent build() {
        List<ScheduledSource> sources = new ArrayList<>();
        InventoryTags defaults = config.inventory();
        if (config.host().enabled()) {
            InventoryTags hostInv = Agent.hostInventory(defaults, localHostName());
            sources.add(new ScheduledSource(new LazySource("host", () -> new HostSampler(config.host(), hostInv)),
                    config.host().interval(), true, null));
        }
        for (RedfishTarget t : config.redfish()) {
            InventoryTags inv = withHost(t.inventory(), t.name());
            sources.add(new ScheduledSource(new LazySource(t.name(), () -> new RedfishPowerSource(t, inv.over(defaults))),
                    t.interval(), false, t.timeout()));
            sources.add(new ScheduledSource(new LazySource(PowerStateSource.nameOf(t.name()),
                    () -> new PowerStateSource(PowerStateSource.nameOf(t.name()), new RedfishStates(t),
                            inv.over(defaults), RedfishStates.tagsOf(t))), t.interval(), false, t.timeout()));
        }
        for (IpmiTarget t : config.ipmi()) {
            InventoryTags inv = withHost(t.inventory(), t.name());
            sources.add(new ScheduledSource(new LazySource(t.name(), () -> new IpmiPowerSource(t, inv.over(defaults))),
                    t.interval(), false, t.timeout()));
            sources.add(new ScheduledSource(new LazySource(PowerStateSource.nameOf(t.name()),
                    () -> new PowerStateSource(PowerStateSource.nameOf(t.name()), new IpmiStates(t),
                            inv.over(defaults), IpmiStates.tagsOf(t))), t.interval(), false, t.timeout()));
        }
        for (SnmpTarget t : config.snmp()) {
            InventoryTags inv = withHost(t.inventory(), t.name());
            sources.add(new ScheduledSource(new LazySource(t.name(), () -> new SnmpInterfaceSource(t, inv.over(defaults))),
                    t.interval(), false, t.timeout()));
        }
        sources.addAll(extra);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to collect: the host sampler is disabled and no target or "
                    + "extra source is configured");
        }
        return new Agent(config, sink != null ? sink : Agent.defaultSink(config), clock, random, sources);
    }

    // A BMC or switch without an explicit host tag is known by its target name, never by the agent's host.
    private static InventoryTags withHost(InventoryTags own, String name) {
        return own.host() != null ? own : new InventoryTags(own.site(), own.cluster(), own.rack(), name, own.model());
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
