package io.capacity.collectors.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Linux kernel's own counters for what OSHI does not expose: guest CPU time ({@code /proc/stat}), free memory
 * ({@code /proc/meminfo} MemFree), per-disk read and write time ({@code /proc/diskstats}), per-NIC transmit
 * drops ({@code /sys/class/net/NIC/statistics/tx_dropped}) and link speed ({@code /sys/class/net/NIC/speed}), the
 * files Telegraf's inputs read (through gopsutil, and the net input itself for the speed).
 * Elsewhere (or when a file is unreadable) each answer is empty and the field is left out.
 */
final class LinuxProc {
    /** /proc/stat columns we keep: user nice system idle iowait irq softirq steal guest guest_nice. */
    static final int CPU_COLUMNS = 10;

    private final Path proc;
    private final Path sysClassNet;

    LinuxProc(Path proc, Path sysClassNet) {
        this.proc = proc;
        this.sysClassNet = sysClassNet;
    }

    static LinuxProc system() {
        return new LinuxProc(Path.of("/proc"), Path.of("/sys/class/net"));
    }

    /** Ticks per CPU line ("cpu" is the total, "cpu0"...), 10 columns, missing ones 0; empty when unreadable. */
    Map<String, long[]> cpuTicks() {
        Map<String, long[]> out = new HashMap<>();
        for (String line : lines(proc.resolve("stat"))) {
            if (!line.startsWith("cpu")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            long[] t = new long[CPU_COLUMNS];
            for (int i = 0; i < CPU_COLUMNS && i + 1 < f.length; i++) {
                t[i] = parse(f[i + 1]);
            }
            out.put(f[0], t);
        }
        return out;
    }

    /** MemFree in bytes, or -1. */
    long memFree() {
        for (String line : lines(proc.resolve("meminfo"))) {
            if (line.startsWith("MemFree:")) {
                String[] f = line.trim().split("\\s+");
                return f.length >= 2 ? parse(f[1]) * 1024 : -1;
            }
        }
        return -1;
    }

    /** Milliseconds spent reading and writing, by kernel disk name ({@code sda}); empty when unreadable. */
    Map<String, long[]> diskTimes() {
        Map<String, long[]> out = new HashMap<>();
        for (String line : lines(proc.resolve("diskstats"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 11) {
                out.put(f[2], new long[] {parse(f[6]), parse(f[10])});
            }
        }
        return out;
    }

    /** Transmit drops of one NIC, or -1. */
    long txDropped(String nic) {
        List<String> l = lines(sysClassNet.resolve(nic).resolve("statistics").resolve("tx_dropped"));
        return l.isEmpty() ? -1 : parse(l.get(0).trim());
    }

    /**
     * Link speed of one NIC in Mb/s ({@code /sys/class/net/NIC/speed}, as Telegraf's net input reads it), or -1
     * where the kernel gives none: a virtual or down link reads -1, or fails to read (EINVAL), or has no such file.
     */
    long linkSpeed(String nic) {
        List<String> l = lines(sysClassNet.resolve(nic).resolve("speed"));
        if (l.isEmpty()) {
            return -1;
        }
        try {
            long mbps = Long.parseLong(l.get(0).trim());
            return mbps > 0 ? mbps : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
