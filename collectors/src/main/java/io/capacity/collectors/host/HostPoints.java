package io.capacity.collectors.host;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.util.Map;
import java.util.TreeMap;
import oshi.hardware.HWDiskStore;
import oshi.hardware.NetworkIF;

/** Maps OSHI's disk and NIC counters to Telegraf's {@code diskio} and {@code net} fields. */
final class HostPoints {
    private HostPoints() {
    }

    static Point disk(HWDiskStore d, InventoryTags inventory, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("reads", d.getReads());
        f.put("writes", d.getWrites());
        f.put("read_bytes", d.getReadBytes());
        f.put("write_bytes", d.getWriteBytes());
        f.put("io_time", d.getTransferTime());
        f.put("iops_in_progress", d.getCurrentQueueLength());
        return new Point(MetricSchema.DISKIO.name(), inventory.with(Map.of("name", diskName(d.getName()))), f,
                timeNanos);
    }

    /** Telegraf tags disks by kernel name ({@code sda}), OSHI names them by device path ({@code /dev/sda}). */
    static String diskName(String oshiName) {
        return oshiName.startsWith("/dev/") ? oshiName.substring(5) : oshiName;
    }

    static Point nic(NetworkIF n, InventoryTags inventory, long timeNanos) {
        TreeMap<String, Number> f = new TreeMap<>();
        f.put("bytes_sent", n.getBytesSent());
        f.put("bytes_recv", n.getBytesRecv());
        f.put("packets_sent", n.getPacketsSent());
        f.put("packets_recv", n.getPacketsRecv());
        f.put("err_in", n.getInErrors());
        f.put("err_out", n.getOutErrors());
        f.put("drop_in", n.getInDrops());
        return new Point(MetricSchema.NET.name(), inventory.with(Map.of("interface", n.getName())), f, timeNanos);
    }
}
