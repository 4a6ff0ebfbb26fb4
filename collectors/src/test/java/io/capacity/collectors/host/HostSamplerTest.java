package io.capacity.collectors.host;

import io.capacity.collectors.it.SchemaConformance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MeasurementDef;
import io.capacity.schema.MetricSchema;
import io.capacity.schema.Point;
import java.time.Duration;
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
        assertTrue(second.stream().anyMatch(p -> p.measurement().equals("net") && "lo".equals(p.tags().get("interface"))));
        Point mem = second.stream().filter(p -> p.measurement().equals("mem")).findFirst().orElseThrow();
        assertTrue(mem.fields().get("total").longValue() > mem.fields().get("available").longValue());
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
