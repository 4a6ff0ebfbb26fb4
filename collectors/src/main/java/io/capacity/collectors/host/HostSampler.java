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
import oshi.software.os.OSFileStore;
import oshi.software.os.OperatingSystem;

/**
 * Samples this host. The first call only records CPU ticks (a percentage needs two readings), so it writes
 * memory, disks, mounts, NICs and load but no {@code cpu} point. Counters are written raw, as Telegraf does.
 * NICs are those Telegraf's net input writes by default (up, not loopback) unless {@code net_interfaces} names
 * them; mounts those its disk input writes, less the {@code ignore_fs} types. Where Linux's {@code /proc} is
 * readable it supplies what OSHI lacks ({@link LinuxProc}).
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
    private final LinuxProc linux = LinuxProc.system();
    private final NicFilter nicFilter;
    private List<HWDiskStore> disks;
    private List<NetworkIF> nics;
    private List<OSFileStore> mounts;
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
        this.nicFilter = new NicFilter(config.netInterfaces());
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
            mounts = Mounts.of(os.getFileSystem().getFileStores(true), config.ignoreFs());
        } else {
            disks.forEach(HWDiskStore::updateAttributes);
            nics.forEach(NetworkIF::updateAttributes);
            mounts.forEach(OSFileStore::updateAttributes);
        }
        List<Point> out = new ArrayList<>(8 + disks.size() + nics.size() + mounts.size());
        cpuPoints(timeNanos, out);
        out.add(memPoint(timeNanos));
        out.add(systemPoint(timeNanos));
        Map<String, long[]> diskTimes = linux.diskTimes();
        for (HWDiskStore d : disks) {
            out.add(HostPoints.diskio(d, diskTimes.get(HostPoints.diskName(d.getName())), inventory, timeNanos));
        }
        for (OSFileStore m : mounts) {
            out.add(HostPoints.disk(m, inventory, timeNanos));
        }
        for (NetworkIF n : nics) {
            if (nicFilter.accepts(n)) {
                out.add(HostPoints.nic(n, linux.txDropped(n.getName()), linux.linkSpeed(n.getName()), inventory,
                        timeNanos));
            }
        }
        lastSampleCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return out;
    }

    /** CPU time the collecting thread spent in the last {@link #collect}, in nanoseconds (-1 before the first). */
    public long lastSampleCpuNanos() {
        return lastSampleCpuNanos;
    }

    private void cpuPoints(long timeNanos, List<Point> out) {
        Map<String, long[]> proc = linux.cpuTicks();
        long[] total = proc.containsKey("cpu") ? proc.get("cpu") : CpuTicks.fromOshi(cpu.getSystemCpuLoadTicks());
        Point p = CpuTicks.usage(prevTotal, total, totalCpuTags, timeNanos);
        if (p != null) {
            out.add(p);
        }
        prevTotal = total;
        if (config.perCpu()) {
            long[][] per = perCpuTicks(proc);
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

    private long[][] perCpuTicks(Map<String, long[]> proc) {
        int n = cpu.getLogicalProcessorCount();
        if (proc.containsKey("cpu0")) {
            long[][] per = new long[n][];
            for (int i = 0; i < n; i++) {
                per[i] = proc.getOrDefault("cpu" + i, new long[LinuxProc.CPU_COLUMNS]);
            }
            return per;
        }
        long[][] oshi = cpu.getProcessorCpuLoadTicks();
        long[][] per = new long[oshi.length][];
        for (int i = 0; i < oshi.length; i++) {
            per[i] = CpuTicks.fromOshi(oshi[i]);
        }
        return per;
    }

    // "used" is total minus available (what the kernel could hand out), which OSHI reports from MemAvailable.
    private Point memPoint(long timeNanos) {
        long total = memory.getTotal();
        long available = memory.getAvailable();
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("total", total);
        f.put("available", available);
        f.put("used", total - available);
        long free = linux.memFree();
        if (free >= 0) {
            f.put("free", free);
        }
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
