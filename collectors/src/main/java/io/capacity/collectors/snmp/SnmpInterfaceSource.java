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

/**
 * Polls IF-MIB's ifTable and ifXTable of one agent in one walk: one {@code interface} point per ifIndex per poll,
 * with the columns named as Telegraf's snmp input names them. The 64-bit {@code ifHCInOctets}/{@code ifHCOutOctets}
 * are written where the agent has them; a row without them (RFC 2863 makes them mandatory only above 650 Mb/s, so
 * many access ports and older switches have none) gets the 32-bit {@code ifInOctets}/{@code ifOutOctets} instead,
 * and {@code ifSpeed} (bit/s) where {@code ifHighSpeed} is missing. A change of {@code ifCounterDiscontinuityTime}
 * restarts the row's rates.
 */
public final class SnmpInterfaceSource implements Source {
    static final OID SYS_UPTIME = new OID("1.3.6.1.2.1.1.3.0");
    static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    static final OID IF_SPEED = new OID("1.3.6.1.2.1.2.2.1.5");
    static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
    static final OID IF_IN_OCTETS = new OID("1.3.6.1.2.1.2.2.1.10");
    static final OID IF_OUT_OCTETS = new OID("1.3.6.1.2.1.2.2.1.16");
    static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
    static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
    static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
    static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
    static final OID IF_ALIAS = new OID("1.3.6.1.2.1.31.1.1.1.18");
    static final OID IF_COUNTER_DISCONTINUITY_TIME = new OID("1.3.6.1.2.1.31.1.1.1.19");
    private static final OID[] COLUMNS = {IF_DESCR, IF_SPEED, IF_OPER_STATUS, IF_IN_OCTETS, IF_OUT_OCTETS, IF_NAME,
            IF_HC_IN_OCTETS, IF_HC_OUT_OCTETS, IF_HIGH_SPEED, IF_ALIAS, IF_COUNTER_DISCONTINUITY_TIME};
    private static final int DESCR = 0;
    private static final int SPEED = 1;
    private static final int OPER = 2;
    private static final int IN32 = 3;
    private static final int OUT32 = 4;
    private static final int NAME = 5;
    private static final int IN64 = 6;
    private static final int OUT64 = 7;
    private static final int HIGH_SPEED = 8;
    private static final int ALIAS = 9;
    private static final int DISCONTINUITY = 10;
    // A little above line rate: counters are sampled at slightly different instants than sysUpTime.
    private static final double SPEED_SLACK = 1.2;

    private final SnmpTarget target;
    private final InventoryTags inventory;
    private final SnmpSession session;
    private final Map<String, Row> rows = new HashMap<>();

    /** A port's rate state: its two counters and the discontinuity time they were read under. */
    private static final class Row {
        CounterRate in;
        CounterRate out;
        long discontinuity = -1;
    }

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
        List<TableEvent> table = session.walk(COLUMNS);
        List<Point> out = new ArrayList<>(table.size());
        for (TableEvent event : table) {
            VariableBinding[] c = event.getColumns();
            if (c == null) {
                continue;
            }
            boolean hc = c[IN64] != null && c[OUT64] != null;
            if (!hc && (c[IN32] == null || c[OUT32] == null)) {
                continue; // neither counter pair: nothing to collect
            }
            String index = event.getIndex().toString();
            TreeMap<String, Number> f = new TreeMap<>();
            long in = number(c[hc ? IN64 : IN32]);
            long outOctets = number(c[hc ? OUT64 : OUT32]);
            f.put(hc ? "ifHCInOctets" : "ifInOctets", in);
            f.put(hc ? "ifHCOutOctets" : "ifOutOctets", outOctets);
            double bitsPerSec;
            if (c[HIGH_SPEED] != null) {
                long mbps = number(c[HIGH_SPEED]);
                f.put("ifHighSpeed", mbps);
                bitsPerSec = mbps * 1e6;
            } else {
                bitsPerSec = c[SPEED] == null ? 0 : number(c[SPEED]);
                if (c[SPEED] != null) {
                    f.put("ifSpeed", (long) bitsPerSec);
                }
            }
            if (c[OPER] != null) {
                f.put("ifOperStatus", number(c[OPER]));
            }
            Row r = row(index, hc ? 64 : 32, c[DISCONTINUITY] == null ? -1 : number(c[DISCONTINUITY]));
            double max = bitsPerSec / 8 * SPEED_SLACK;
            putRate(f, MetricSchema.IF_IN_RATE, r.in.update(in, uptime, timeNanos, max));
            putRate(f, MetricSchema.IF_OUT_RATE, r.out.update(outOctets, uptime, timeNanos, max));
            Map<String, String> tags = new HashMap<>();
            tags.put(target.agentHostTag(), target.host());
            tags.put("ifIndex", index);
            putTag(tags, "ifName", c[NAME]);
            putTag(tags, "ifDescr", c[DESCR]);
            putTag(tags, "ifAlias", c[ALIAS]);
            out.add(new Point(MetricSchema.INTERFACE.name(), inventory.with(tags), f, timeNanos));
        }
        return out;
    }

    /** The port's rate state; new counters when their width changed, restarted after a discontinuity. */
    private Row row(String index, int bits, long discontinuity) {
        Row r = rows.computeIfAbsent(index, k -> new Row());
        if (r.in == null || r.in.bits() != bits) {
            r.in = new CounterRate(bits);
            r.out = new CounterRate(bits);
        } else if (discontinuity != r.discontinuity) {
            r.in.restart();
            r.out.restart();
        }
        r.discontinuity = discontinuity;
        return r;
    }

    private static long number(VariableBinding vb) {
        return vb.getVariable().toLong();
    }

    private static void putRate(TreeMap<String, Number> f, String field, double rate) {
        if (!Double.isNaN(rate)) {
            f.put(field, rate);
        }
    }

    /** A tag when the agent gave a non-blank value; none is invented. */
    private static void putTag(Map<String, String> tags, String key, VariableBinding vb) {
        if (vb == null) {
            return;
        }
        Variable v = vb.getVariable();
        String s = v.toString().replace('\n', ' ').replace('\r', ' ');
        if (!s.isBlank()) {
            tags.put(key, s);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
