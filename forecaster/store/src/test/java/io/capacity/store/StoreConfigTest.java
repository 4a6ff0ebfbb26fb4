package io.capacity.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    @Test
    void emptyEnvironmentMeansTheEmbeddedStoreUnderDataWithNamedDefaults() {
        StoreConfig c = StoreConfig.fromEnvironment(Map.of());
        assertFalse(c.usesInflux());
        assertEquals(Path.of("data", "capacity.duckdb"), c.embeddedFile());
        assertEquals("capacity", c.database());
        assertNull(c.retentionPolicy());
    }

    @Test
    void readsEveryVariable() {
        StoreConfig c = StoreConfig.fromEnvironment(Map.of("CAPACITY_INFLUX_URL", "http://127.0.0.1:8086",
                "CAPACITY_INFLUX_DB", "telegraf", "CAPACITY_INFLUX_RP", "autogen", "CAPACITY_INFLUX_USER", "ops",
                "CAPACITY_INFLUX_PASSWORD", "pw", "CAPACITY_DATA_DIR", "/var/lib/capacity"));
        assertTrue(c.usesInflux());
        assertEquals("telegraf", c.database());
        assertEquals("autogen", c.retentionPolicy());
        assertEquals("ops", c.user());
        assertEquals(Path.of("/var/lib/capacity"), c.dataDir());
    }

    @Test
    void listsEveryProblemAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreConfig.fromEnvironment(
                Map.of("CAPACITY_INFLUX_URL", "ftp://user:secret@db", "CAPACITY_INFLUX_USER", "ops",
                        "CAPACITY_INFLUX_TOKEN", "tok")));
        String m = e.getMessage();
        assertTrue(m.contains("4 problems"), m);
        assertTrue(m.contains("must start with http:// or https://"), m);
        assertTrue(m.contains("must not contain credentials"), m);
        assertTrue(m.contains("CAPACITY_INFLUX_USER is set without CAPACITY_INFLUX_PASSWORD"), m);
        assertTrue(m.contains("either CAPACITY_INFLUX_TOKEN or"), m);
        assertFalse(m.contains("secret"), m);
    }

    @Test
    void influxTimeoutsDefaultToAFewSecondsAndAreReadFromTheEnvironment() {
        InfluxTimeouts d = StoreConfig.fromEnvironment(Map.of()).timeouts();
        assertEquals(java.time.Duration.ofSeconds(2), d.connect());
        assertEquals(java.time.Duration.ofSeconds(10), d.read());
        assertEquals(java.time.Duration.ofSeconds(5), d.health());
        InfluxTimeouts t = StoreConfig.fromEnvironment(Map.of("CAPACITY_INFLUX_CONNECT_TIMEOUT", "500ms",
                "CAPACITY_INFLUX_READ_TIMEOUT", "1m", "CAPACITY_INFLUX_SERIES_REFRESH", "5s")).timeouts();
        assertEquals(java.time.Duration.ofMillis(500), t.connect());
        assertEquals(java.time.Duration.ofMinutes(1), t.read());
        assertEquals(java.time.Duration.ofSeconds(5), t.seriesRefresh());
    }

    @Test
    void badTimeoutsAreListedWithTheOtherProblems() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoreConfig.fromEnvironment(
                Map.of("CAPACITY_INFLUX_READ_TIMEOUT", "ten", "CAPACITY_INFLUX_CONNECT_TIMEOUT", "0s",
                        "CAPACITY_INFLUX_TOKEN", "tok")));
        String m = e.getMessage();
        assertTrue(m.contains("3 problems"), m);
        assertTrue(m.contains("CAPACITY_INFLUX_READ_TIMEOUT (--influx-read-timeout): 'ten' is not a positive "
                + "duration; expected e.g. 500ms, 2s or 1m"), m);
        assertTrue(m.contains("CAPACITY_INFLUX_CONNECT_TIMEOUT (--influx-connect-timeout): '0s'"), m);
    }

    @Test
    void credentialsWithoutAUrlAreAMistake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreConfig.fromEnvironment(Map.of("CAPACITY_INFLUX_TOKEN", "tok")));
        assertTrue(e.getMessage().contains("CAPACITY_INFLUX_URL is not"), e.getMessage());
    }

    @Test
    void toStringMasksPasswordAndToken() {
        StoreConfig withPassword = new StoreConfig(null, "http://127.0.0.1:8086", null, null, "ops", "hunter2", null);
        StoreConfig withToken = new StoreConfig(null, "http://127.0.0.1:8086", null, null, null, null, "tok-123");
        assertFalse(withPassword.toString().contains("hunter2"), withPassword.toString());
        assertFalse(withToken.toString().contains("tok-123"), withToken.toString());
        assertTrue(withToken.toString().contains("token=****"));
    }
}
