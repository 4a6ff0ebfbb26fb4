package io.capacity.collectors.snmp;

import io.capacity.collectors.source.CollectorException;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.util.TableEvent;

/** Polls IF-MIB ifXTable of one agent: one {@code interface} point per ifIndex per poll. */
public final class SnmpInterfaceSource implements Source {
    static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
    static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
    static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
    static final OID IF_ALIAS = new OID("1.3.6.1.2.1.31.1.1.1.18");
    // A little above line rate: counters are sampled at slightly different instants than sysUpTime.
    private static final double SPEED_SLACK = 1.2;

    private final SnmpTarget target;
    private final InventoryTags inventory;
    private final SnmpSession session;
    private final Map<String, CounterRate[]> rates = new HashMap<>();

    public SnmpInterfaceSource(SnmpTarget target, InventoryTags defaults) throws CollectorException {
        this.target = target;
        this.inventory = target.inventory().over(defaults);
        try {
            this.session = new SnmpSession(target);
        } catch (IOException e) {
            throw new CollectorException(target.name() + ": cannot open SNMP socket: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public List<Point> collect(long timeNanos) throws CollectorException {
        long uptime = session.get(SYS_UPTIME).getVariable().toLong();
        List<TableEvent> rows = session.walk(IF_NAME, IF_HC_IN_OCTETS, IF_HC_OUT_OCTETS, IF_HIGH_SPEED, IF_ALIAS);
        List<Point> out = new ArrayList<>(rows.size());
        for (TableEvent row : rows) {
            VariableBinding[] c = row.getColumns();
            if (c == null || c[1] == null || c[2] == null) {
                continue; // no 64-bit counters for this row (e.g. a sub-interface without ifHC*)
            }
            String index = row.getIndex().toString();
            long in = c[1].getVariable().toLong();
            long outOctets = c[2].getVariable().toLong();
            long speedMbps = c[3] == null ? 0 : c[3].getVariable().toLong();
            TreeMap<String, Number> f = new TreeMap<>();
            f.put("ifHCInOctets", in);
            f.put("ifHCOutOctets", outOctets);
            f.put("ifHighSpeed", speedMbps);
            double max = speedMbps * 1e6 / 8 * SPEED_SLACK;
            CounterRate[] r = rates.computeIfAbsent(index, k -> new CounterRate[] {new CounterRate(), new CounterRate()});
            putRate(f, MetricSchema.IF_IN_RATE, r[0].update(in, uptime, timeNanos, max));
            putRate(f, MetricSchema.IF_OUT_RATE, r[1].update(outOctets, uptime, timeNanos, max));
            Map<String, String> tags = new HashMap<>();
            tags.put("agent_host", target.host());
            tags.put("ifIndex", index);
            tags.put("ifName", text(c[0], "if" + index));
            String alias = text(c[4], "");
            if (!alias.isBlank()) {
                tags.put("ifAlias", alias);
            }
            out.add(new Point(MetricSchema.INTERFACE.name(), inventory.with(tags), f, timeNanos));
        }
        return out;
    }

    private static void putRate(TreeMap<String, Number> f, String field, double rate) {
        if (!Double.isNaN(rate)) {
            f.put(field, rate);
        }
    }

    private static String text(VariableBinding vb, String fallback) {
        if (vb == null) {
            return fallback;
        }
        Variable v = vb.getVariable();
        String s = v.toString().replace('\n', ' ').replace('\r', ' ');
        return s.isBlank() ? fallback : s;
    }

    @Override
    public void close() {
        session.close();
    }
}
