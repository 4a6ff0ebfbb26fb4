package io.capacity.app.demo;

import io.capacity.collectors.source.Source;
import io.capacity.schema.Point;
import java.util.ArrayList;
import java.util.List;

/** The demo fleet as one agent source: every host's points at the agent's tick time. */
public final class DemoSource implements Source {
    public static final String NAME = "demo";
    private final List<DemoFleet.Host> hosts;
    private final DemoPoints points;

    public DemoSource(DemoSignals signals) {
        this.hosts = signals.fleet().layout();
        this.points = new DemoPoints(signals);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Point> collect(long timeNanos) {
        List<Point> out = new ArrayList<>(hosts.size() * 5);
        for (DemoFleet.Host h : hosts) {
            out.addAll(points.at(h, timeNanos));
        }
        return out;
    }
}
