package io.capacity.collectors.host;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.Map;
import java.util.TreeMap;
import oshi.hardware.HWDiskStore;
import oshi.hardware.NetworkIF;
import oshi.software.os.OSFileStore;

/** Maps OSHI's disk, mount and NIC readings to Telegraf's {@code diskio}, {@code disk} and {@code net} fields. */
final class HostPoints {
    private HostPoints() {
    }

    /** {@code times}: milliseconds reading and writing from /proc/diskstats, null where unknown. */
    static Point diskio(HWDiskStore d, long[] times, InventoryTags inventory, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("reads", d.getReads());
        f.put("writes", d.getWrites());
        f.put("read_bytes", d.getReadBytes());
        f.put("write_bytes", d.getWriteBytes());
        f.put("io_time", d.getTransferTime());
        f.put("iops_in_progress", d.getCurrentQueueLength());
        if (times != null) {
            f.put("read_time", times[0]);
            f.put("write_time", times[1]);
        }
        return new Point(MetricSchema.DISKIO.name(), inventory.with(Map.of("name", diskName(d.getName()))), f,
                timeNanos);
    }

    /** Telegraf tags disks by kernel name ({@code sda}), OSHI names them by device path ({@code /dev/sda}). */
    static String diskName(String oshiName) {
        return oshiName.startsWith("/dev/") ? oshiName.substring(5) : oshiName;
    }

    /**
     * Space of one mount as Telegraf's disk input computes it: {@code free} is what unprivileged users may still
     * use, {@code used} is total less the file system's free blocks, and {@code used_percent} is
     * used / (used + free), not used / total.
     */
    static Point disk(OSFileStore fs, InventoryTags inventory, long timeNanos) {
        long total = fs.getTotalSpace();
        long free = fs.getUsableSpace();
        long used = total - fs.getFreeSpace();
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("total", total);
        f.put("free", free);
        f.put("used", used);
        f.put("used_percent", used + free == 0 ? 0.0 : 100.0 * used / (used + free));
        f.put("inodes_total", fs.getTotalInodes());
        f.put("inodes_free", fs.getFreeInodes());
        f.put("inodes_used", fs.getTotalInodes() - fs.getFreeInodes());
        Map<String, String> tags = Map.of("path", fs.getMount(), "device", diskName(fs.getVolume()),
                "fstype", fs.getType(), "mode", mode(fs.getOptions()));
        return new Point(MetricSchema.DISK.name(), inventory.with(tags), f, timeNanos);
    }

    static String mode(String options) {
        for (String o : options.split(",")) {
            if (o.equals("ro")) {
                return "ro";
            }
        }
        return "rw";
    }

    /**
     * {@code txDropped} from /sys (OSHI has no transmit drops), -1 when unknown: then no {@code drop_out};
     * {@code speedMbps} the link speed from /sys, -1 when the kernel gives none: then no {@code speed} (Telegraf
     * writes -1, which would read as a speed).
     */
    static Point nic(NetworkIF n, long txDropped, long speedMbps, InventoryTags inventory, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("bytes_sent", n.getBytesSent());
        f.put("bytes_recv", n.getBytesRecv());
        f.put("packets_sent", n.getPacketsSent());
        f.put("packets_recv", n.getPacketsRecv());
        f.put("err_in", n.getInErrors());
        f.put("err_out", n.getOutErrors());
        f.put("drop_in", n.getInDrops());
        if (txDropped >= 0) {
            f.put("drop_out", txDropped);
        }
        if (speedMbps > 0) {
            f.put(MetricSchema.NET_FIELD_SPEED, speedMbps);
        }
        return new Point(MetricSchema.NET.name(), inventory.with(Map.of("interface", n.getName())), f, timeNanos);
    }
}
