package io.capacity.core.input;

import io.capacity.core.series.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class M4ReaderTest {
    /** The shared M4 Hourly training split (see ../shared/data/m4/README.md), read from the project root. */
    static final Path M4_HOURLY = Path.of("../../../shared/data/m4/Hourly-train.csv");

    @Test
    void readsTheRealHourlyTrainingSplit() {
        List<TimeSeries> all = M4Reader.read(M4_HOURLY, Duration.ofHours(1));
        assertEquals(414, all.size());
        assertEquals("H1", all.get(0).id());
        assertEquals(700, all.get(0).size());
        assertArrayEquals(new double[]{605, 586, 586}, all.get(0).head(3).values());
        assertEquals("H414", all.get(413).id());
        assertEquals(960, all.get(413).size());
        assertEquals(245, all.stream().filter(s -> s.size() == 960).count());
    }

    @Test
    void paddingIsDroppedAndBadCellsAreLocated(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("m4.csv");
        Files.writeString(f, "\"V1\",\"V2\",\"V3\",\"V4\"\n\"A\",1,2,\n\"B\",3,x,5\n");
        var e = assertThrows(InputFormatException.class, () -> M4Reader.read(f, Duration.ofHours(1)));
        assertEquals(f + ":3: not a number in series B at column 3 (x)", e.getMessage());
        Files.writeString(f, "\"V1\",\"V2\",\"V3\",\"V4\"\n\"A\",1,2,NA\n\"B\",3,,5\n");
        e = assertThrows(InputFormatException.class, () -> M4Reader.read(f, Duration.ofHours(1)));
        assertTrue(e.getMessage().endsWith(":3: missing value inside series B at column 3 ()"), e.getMessage());
        Files.writeString(f, "\"V1\",\"V2\",\"V3\"\n\"A\",1,2\n\"B\",3,\n");
        List<TimeSeries> ok = M4Reader.read(f, Duration.ofHours(1));
        assertArrayEquals(new double[]{3}, ok.get(1).values());
    }
}
