package io.capacity.app.report;

import io.capacity.planner.inventory.Host;
import io.capacity.planner.inventory.HostState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reclaimable capacity: idle hosts, hosts held flat out, and powered-off or standby hosts. */
final class ReclaimSection {
    private ReclaimSection() {
    }

    static Section of(WeekData d) {
        ReclaimRules r = d.request().reclaim();
        List<ReportTable.Row> idle = new ArrayList<>();
        List<ReportTable.Row> flat = new ArrayList<>();
        for (HostWeeks.HostWeek h : d.hosts()) {
            List<String> cells = List.of(h.cluster(), h.host(), Figures.number(h.mean()), Figures.number(h.p95()),
                    Figures.number(h.sd()), Figures.number(h.max()), String.valueOf(h.steps()));
            if (r.idle(h.mean(), h.p95())) {
                idle.add(new ReportTable.Row(cells, null));
            }
            if (r.flatOut(h.mean(), h.sd())) {
                flat.add(new ReportTable.Row(cells, "warning"));
            }
        }
        List<ReportTable.Row> off = new ArrayList<>();
        if (d.inventory() != null) {
            for (Host h : d.inventory().hosts()) {
                if (h.state() != HostState.ON && d.clusters().contains(h.cluster())) {
                    off.add(ReportTable.Row.of(h.cluster(), h.id(), h.state().name().toLowerCase(Locale.ROOT),
                            h.model(), Figures.number(h.cores()), Figures.number(h.memoryGb())));
                }
            }
        }
        if (d.hosts().isEmpty() && off.isEmpty()) {
            return Section.empty("reclaim", ReportSections.RECLAIM, null, "No host has stored CPU in " + d.week()
                    + " and none is powered off or on standby, so there is nothing to reclaim.");
        }
        List<String> cpu = List.of("cluster", "host", "mean cpu %", "p95 cpu %", "sd", "max cpu %", "hours");
        List<String> notes = List.of(
                d.hosts().size() + " host(s) with stored CPU in " + d.week() + ". Idle: mean under "
                        + Figures.number(r.idleMean()) + " % and p95 under " + Figures.number(r.idleP95())
                        + " % (candidates to power down or consolidate): " + idle.size() + ".",
                "Held flat out: mean over " + Figures.number(r.flatMean()) + " % with a standard deviation under "
                        + Figures.number(r.flatSd()) + " (a crypto-miner or a stuck job, which a forecast reads as "
                        + "demand): " + flat.size() + ".",
                "Powered off or on standby in the inventory: " + off.size() + ".");
        return new Section("reclaim", ReportSections.RECLAIM, null, notes, List.of(
                new ReportTable("idle_hosts", cpu, idle), new ReportTable("flat_out_hosts", cpu, flat),
                new ReportTable("powered_off_hosts", List.of("cluster", "host", "state", "model", "cores",
                        "memory GB"), off)), List.of(), null);
    }
}
