package io.capacity.service.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.Point;
import io.capacity.store.MetricStore;
import io.capacity.store.StoreConfig;
import io.capacity.store.open.Stores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series selections on the command line, with tag values that hold a comma, '=' or a space. */
class SelectionTest {
    @TempDir
    Path dir;

    @Test
    void aPrintedKeyWithEscapedCommasSelectsItsSeries() {
        try (MetricStore store = Stores.open(StoreConfig.embedded(dir))) {
            store.write(List.of(
                    Point.of("net", Map.of("host", "web1", "interface", "bond0,eth1"), "bytes_recv", 5.0, 1_000L),
                    Point.of("net", Map.of("host", "web1", "interface", "bond0"), "bytes_recv", 6.0, 1_000L),
                    Point.of("net", Map.of("host", "web 2", "interface", "a=b"), "bytes_recv", 7.0, 1_000L)));
        }
        CliRun all = CliRun.of("series", "--data-dir", dir.toString());
        assertTrue(all.out().contains("net,host=web1,interface=bond0\\,eth1 bytes_recv"), all.out());

        CliRun comma = CliRun.of("series", "net,interface=bond0\\,eth1 bytes_recv", "--data-dir", dir.toString());
        assertEquals(0, comma.exitCode(), comma.err());
        assertEquals("net,host=web1,interface=bond0\\,eth1 bytes_recv\n", comma.out());

        CliRun spaceAndEquals = CliRun.of("series", "*,host=web\\ 2,interface=a\\=b", "--data-dir", dir.toString());
        assertEquals("net,host=web\\ 2,interface=a\\=b bytes_recv\n", spaceAndEquals.out(), spaceAndEquals.err());
    }
}
