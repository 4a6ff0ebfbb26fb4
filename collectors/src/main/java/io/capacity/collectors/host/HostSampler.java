package io.capacity.collectors.host;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.collectors.source.Source;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;
import oshi.software.os.OperatingSystem;

/**
 * Samples this host. The first call only records CPU ticks (a percentage needs two readings), so it writes
 * memory, disks, NICs and load but no {@code cpu} point. Counters are written raw, as Telegraf does.
 */
public final class HostSampler implements Source {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final HostSamplerConfig config;
    private final InventoryTags inventory;
    private final CentralProcessor cpu;
    private final GlobalMemory memory;
    private final OperatingSystem os;
    private final HardwareAbstractionLayer hal;
    private final SortedMap<String, String> baseTags;
    private final SortedMap<String, String> totalCpuTags;
    private final List<SortedMap<String, String>> perCpuTags = new ArrayList<>();
    private List<HWDiskStore> disks;
    private List<NetworkIF> nics;
    private long[] prevTotal;
    private long[][] prevPerCpu;
    private long ticks;
    private volatile long lastSampleCpuNanos = -1;

    public HostSampler(HostSamplerConfig config, InventoryTags inventory) {
        this.config = config;
        this.inventory = inventory;
        SystemInfo si = new SystemInfo();
        this.hal = si.getHardware();
        this.os = si.getOperatingSystem();
        this.cpu = hal.getProcessor();
        this.memory = hal.getMemory();
        this.baseTags = inventory.with(Map.of());
        this.totalCpuTags = inventory.with(Map.of("cpu", MetricSchema.CPU_TOTAL));
    }

    @Override
    public String name() {
        return "host";
    }

    @Override
    public List<Point> collect(long timeNanos) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        if (ticks++ % config.rediscoverEvery() == 0) {
            disks = hal.getDiskStores();
            nics = hal.getNetworkIFs(true);
        } else {
            disks.forEach(HWDiskStore::updateAttributes);
            nics.forEach(NetworkIF::updateAttributes);
        }
        List<Point> out = new ArrayList<>(8 + disks.size() + nics.size());
        cpuPoints(timeNanos, out);
        out.add(memPoint(timeNanos));
        out.add(systemPoint(timeNanos));
        for (HWDiskStore d : disks) {
            out.add(HostPoints.disk(d, inventory, timeNanos));
        }
        for (NetworkIF n : nics) {
            out.add(HostPoints.nic(n, inventory, timeNanos));
        }
        lastSampleCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return out;
    }

    /** CPU time the collecting thread spent in the last {@link #collect}, in nanoseconds (-1 before the first). */
    public long lastSampleCpuNanos() {
        return lastSampleCpuNanos;
    }

    private void cpuPoints(long timeNanos, List<Point> out) {
        long[] total = cpu.getSystemCpuLoadTicks();
        Point p = CpuTicks.usage(prevTotal, total, totalCpuTags, timeNanos);
        if (p != null) {
            out.add(p);
        }
        prevTotal = total;
        if (config.perCpu()) {
            long[][] per = cpu.getProcessorCpuLoadTicks();
            while (perCpuTags.size() < per.length) {
                perCpuTags.add(inventory.with(Map.of("cpu", "cpu" + perCpuTags.size())));
            }
            for (int i = 0; prevPerCpu != null && i < per.length && i < prevPerCpu.length; i++) {
                Point c = CpuTicks.usage(prevPerCpu[i], per[i], perCpuTags.get(i), timeNanos);
                if (c != null) {
                    out.add(c);
                }
            }
            prevPerCpu = per;
        }
    }

    // "used" is total minus available (what the kernel could hand out), which OSHI reports from MemAvailable.
    private Point memPoint(long timeNanos) {
        long total = memory.getTotal();
        long available = memory.getAvailable();
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("total", total);
        f.put("available", available);
        f.put("used", total - available);
        f.put("used_percent", total == 0 ? 0.0 : 100.0 * (total - available) / total);
        f.put("available_percent", total == 0 ? 0.0 : 100.0 * available / total);
        return new Point(MetricSchema.MEM.name(), baseTags, f, timeNanos);
    }

    private Point systemPoint(long timeNanos) {
        double[] load = cpu.getSystemLoadAverage(3);
        TreeMap<String, Number> f = new TreeMap<>();
        // OSHI reports a negative load where the OS has none (Windows); leave such fields out.
        String[] names = {"load1", "load5", "load15"};
        for (int i = 0; i < 3; i++) {
            if (load[i] >= 0) {
                f.put(names[i], load[i]);
            }
        }
        f.put("n_cpus", (long) cpu.getLogicalProcessorCount());
        f.put("uptime", os.getSystemUptime());
        return new Point(MetricSchema.SYSTEM.name(), baseTags, f, timeNanos);
    }
}
