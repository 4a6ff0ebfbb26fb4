package io.capacity.collectors.host;

import static io.capacity.collectors.it.TelegrafFixture.assertSameShape;

import io.capacity.collectors.it.TelegrafFixture;
import io.capacity.collectors.it.TelegrafFixture.Differences;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.Point;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** This machine's real readings against what Telegraf's cpu, mem, net, diskio, disk and system inputs write. */
class HostConformanceTest {
    private static List<Point> points;

    @BeforeAll
    static void sample() throws Exception {
        var sampler = new HostSampler(new HostSamplerConfig(true, Duration.ofSeconds(10), false, 60),
                new InventoryTags("fra1", "c1", "r1", "web1", "R650"));
        sampler.collect(1L);
        Thread.sleep(200);
        points = sampler.collect(2L);
    }

    private static Point ours(String measurement) {
        return points.stream().filter(p -> p.measurement().equals(measurement)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + measurement + " point in " + points));
    }

    @Test
    void cpu() {
        assertSameShape(TelegrafFixture.load("cpu").line(Map.of("cpu", "cpu-total")), ours("cpu"), Differences.NONE);
    }

    @Test
    void mem() {
        // Telegraf reads all of /proc/meminfo; the forecaster needs total, available, used and free.
        assertSameShape(TelegrafFixture.load("mem").line(Map.of()), ours("mem"), new Differences(Set.of(), Set.of(),
                Set.of("active", "buffered", "cached", "commit_limit", "committed_as", "dirty", "high_free",
                        "high_total", "huge_page_size", "huge_pages_free", "huge_pages_total", "inactive", "low_free",
                        "low_total", "mapped", "page_tables", "shared", "slab", "sreclaimable", "sunreclaim",
                        "swap_cached", "swap_free", "swap_total", "vmalloc_chunk", "vmalloc_total", "vmalloc_used",
                        "write_back", "write_back_tmp")));
    }

    @Test
    void net() {
        assertSameShape(TelegrafFixture.load("net").line(Map.of()), ours("net"), Differences.NONE);
    }

    @Test
    void netWithALinkSpeed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path sys) throws Exception {
        // This machine's NICs have no speed (virtio reads -1): a real NIC's counters with a speed file as a
        // physical 10 GbE port's, read through the sampler's own /sys reader.
        oshi.hardware.NetworkIF nic = new oshi.SystemInfo().getHardware().getNetworkIFs(true).get(0);
        java.nio.file.Files.createDirectories(sys.resolve(nic.getName()));
        java.nio.file.Files.writeString(sys.resolve(nic.getName()).resolve("speed"), "10000\n");
        LinuxProc linux = new LinuxProc(java.nio.file.Path.of("/proc"), sys);
        Point ours = HostPoints.nic(nic, 0, linux.linkSpeed(nic.getName()), new InventoryTags("fra1", "c1", "r1",
                "web1", "R650"), 1L);
        assertSameShape(TelegrafFixture.load("net").line(Map.of()), ours, Differences.NONE);
        org.junit.jupiter.api.Assertions.assertEquals(10000L, ours.fields().get("speed"));
    }

    @Test
    void diskio() {
        assertSameShape(TelegrafFixture.load("diskio").line(Map.of()), ours("diskio"),
                new Differences(Set.of(), Set.of(), Set.of("weighted_io_time", "merged_reads", "merged_writes")));
    }

    @Test
    void disk() {
        assertSameShape(TelegrafFixture.load("disk").line(Map.of("path", "/")), ours("disk"), Differences.NONE);
    }

    @Test
    void system() {
        // n_users needs utmp, which a collector host seldom has; it is not a capacity signal.
        assertSameShape(TelegrafFixture.load("system").line(Map.of()), ours("system"),
                new Differences(Set.of(), Set.of(), Set.of("n_users", "n_unique_users")));
    }
}
