package io.capacity.collectors.host;

import io.capacity.collectors.it.SchemaConformance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MeasurementDef;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real OSHI on this machine. */
class HostSamplerTest {
    private static final InventoryTags INV = new InventoryTags("fra1", "c1", "r1", "node1", "R650");

    @Test
    void cpuNeedsTwoTicksAndEveryNameIsInTheSchema() throws Exception {
        var sampler = new HostSampler(new HostSamplerConfig(true, Duration.ofSeconds(10), true, 60), INV);
        List<Point> first = sampler.collect(1L);
        assertTrue(first.stream().noneMatch(p -> p.measurement().equals("cpu")), "no cpu point on the first tick");
        burnCpu(300);
        List<Point> second = sampler.collect(2L);
        SchemaConformance.assertConforms(second);
        Point total = second.stream().filter(p -> "cpu-total".equals(p.tags().get("cpu"))).findFirst().orElseThrow();
        double sum = total.fields().values().stream().mapToDouble(Number::doubleValue).sum();
        assertEquals(100.0, sum, 1e-6, "states add up to the interval");
        assertTrue(total.fields().get("usage_user").doubleValue() > 0, total::toString);
        assertTrue(second.stream().anyMatch(p -> "cpu0".equals(p.tags().get("cpu"))), "per-CPU points");
        assertTrue(total.fields().containsKey("usage_guest"), "guest time from /proc/stat, as Telegraf");
        assertTrue(second.stream().noneMatch(p -> p.measurement().equals("net")
                && "lo".equals(p.tags().get("interface"))), "loopback is skipped by default, as Telegraf");
        Point mem = second.stream().filter(p -> p.measurement().equals("mem")).findFirst().orElseThrow();
        assertTrue(mem.fields().get("total").longValue() > mem.fields().get("available").longValue());
        assertTrue(mem.fields().get("free").longValue() > 0, "MemFree");
        assertTrue(mem.fields().get("free").longValue() <= mem.fields().get("available").longValue());
        for (Point p : second) {
            MeasurementDef m = MetricSchema.measurement(p.measurement()).orElseThrow(() -> new AssertionError(p));
            assertTrue(m.fieldNames().containsAll(p.fields().keySet()), p::toString);
            assertEquals("node1", p.tags().get("host"));
            assertEquals("R650", p.tags().get("hw_model"));
            for (String tag : p.tags().keySet()) {
                assertTrue(MetricSchema.INVENTORY_TAGS.contains(tag) || m.tagKeys().contains(tag), tag);
            }
            assertFalse(p.fields().isEmpty());
        }
    }

    @Test
    void netSkipsLoopbackAndDownInterfacesUnlessNamed() throws Exception {
        Set<String> up = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (NetworkInterface ni : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            all.add(ni.getName());
            if (ni.isUp() && !ni.isLoopback()) {
                up.add(ni.getName());
            }
        }
        List<Point> byDefault = new HostSampler(HostSamplerConfig.defaults(), INV).collect(1L);
        Set<String> written = nics(byDefault);
        assertTrue(written.containsAll(up), "every up NIC " + up + " in " + written);
        assertTrue(up.containsAll(written), "nothing else: " + written);
        for (Point p : byDefault) {
            if (p.measurement().equals("net")) {
                assertTrue(p.fields().containsKey("drop_out"), p::toString);
            }
        }
        var named = new HostSamplerConfig(true, Duration.ofSeconds(10), false, 60, List.of("lo", "nomatch*"), null);
        assertEquals(Set.of("lo"), nics(new HostSampler(named, INV).collect(1L)), "named NICs, loopback or not");
        assertTrue(all.size() > up.size() || !up.contains("lo"), "this machine has loopback/down NICs to skip");
    }

    @Test
    void netSpeedIsTheKernelsLinkSpeedOrLeftOut() throws Exception {
        var all = new HostSamplerConfig(true, Duration.ofSeconds(10), false, 60, List.of("*"), null);
        int checked = 0;
        for (Point p : new HostSampler(all, INV).collect(1L)) {
            if (!p.measurement().equals("net")) {
                continue;
            }
            String nic = p.tags().get("interface");
            String text;
            try {
                text = Files.readString(Path.of("/sys/class/net", nic, "speed")).trim();
            } catch (java.io.IOException e) {
                text = "";   // EINVAL: a down link or a loopback has no speed to read
            }
            if (text.matches("[1-9][0-9]*")) {
                assertEquals(Long.parseLong(text), p.fields().get("speed"), p::toString);
            } else {
                assertFalse(p.fields().containsKey("speed"), "no speed from the kernel ('" + text + "'), none "
                        + "invented: " + p);
            }
            checked++;
        }
        assertTrue(checked > 0, "this machine has NICs");
    }

    @Test
    void diskPointsForEveryRealMountWithTelegrafsFields() throws Exception {
        Set<String> real = new HashSet<>();
        Set<String> diskFs = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("/proc/filesystems"))) {
            if (!line.startsWith("nodev")) {
                diskFs.add(line.trim());
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
            String[] f = line.split(" ");
            if (diskFs.contains(f[2]) && !HostSamplerConfig.DEFAULT_IGNORE_FS.contains(f[2])) {
                real.add(f[1]);
            }
        }
        assertFalse(real.isEmpty(), "this machine has a real mount");
        List<Point> points = new HostSampler(HostSamplerConfig.defaults(), INV).collect(1L);
        SchemaConformance.assertConforms(points);
        Map<String, Point> disks = new HashMap<>();
        points.stream().filter(p -> p.measurement().equals("disk")).forEach(p -> disks.put(p.tags().get("path"), p));
        assertTrue(disks.keySet().containsAll(real), "every real mount " + real + " in " + disks.keySet());
        Point root = disks.get("/");
        assertEquals(Set.copyOf(MetricSchema.DISK.fieldNames()), root.fields().keySet());
        long total = root.fields().get("total").longValue();
        long used = root.fields().get("used").longValue();
        long free = root.fields().get("free").longValue();
        assertTrue(total > 0 && used > 0 && free > 0 && used + free <= total, root::toString);
        assertEquals(100.0 * used / (used + free), root.fields().get("used_percent").doubleValue(), 1e-9);
        assertTrue(Set.of("rw", "ro").contains(root.tags().get("mode")));
        assertFalse(root.tags().get("device").startsWith("/dev/"), "device without /dev/, as Telegraf");
        assertTrue(points.stream().filter(p -> p.measurement().equals("diskio"))
                .allMatch(p -> p.fields().containsKey("read_time") && p.fields().containsKey("write_time")));
    }

    private static Set<String> nics(List<Point> points) {
        Set<String> out = new HashSet<>();
        points.stream().filter(p -> p.measurement().equals("net")).forEach(p -> out.add(p.tags().get("interface")));
        return out;
    }

    @Test
    void samplingIsCheap() throws Exception {
        var sampler = new HostSampler(HostSamplerConfig.defaults(), INV);
        sampler.collect(0L);
        int n = 50;
        long cpuNanos = 0;
        long max = 0;
        for (int i = 1; i <= n; i++) {
            sampler.collect(i);
            cpuNanos += sampler.lastSampleCpuNanos();
            max = Math.max(max, sampler.lastSampleCpuNanos());
        }
        double meanMs = cpuNanos / 1e6 / n;
        System.out.printf("host sample CPU time: mean %.3f ms, max %.3f ms over %d samples%n", meanMs, max / 1e6, n);
        assertTrue(meanMs < 50, "mean CPU per sample " + meanMs + " ms");
    }

    private static void burnCpu(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        double x = 0;
        while (System.nanoTime() < end) {
            x += Math.sqrt(x + 1);
        }
        if (x == 42) {
            System.out.println(x);
        }
    }
}
