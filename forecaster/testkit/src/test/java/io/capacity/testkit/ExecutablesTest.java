package io.capacity.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutablesTest {
    @Test
    void findsProgramsOnlyOnTheGivenPath() {
        assertEquals(Optional.of(Path.of("/bin/sh")), Executables.find("sh", "/nonexistent:/bin"));
        assertTrue(Executables.find("influxd", "/nonexistent").isEmpty());
        assertTrue(Executables.find("influxd", null).isEmpty());
    }

    @Test
    void theMissingServerMessageSaysHowToInstallIt() {
        assertTrue(InfluxdServer.MISSING.contains("apt-get install -y influxdb"));
    }
}
