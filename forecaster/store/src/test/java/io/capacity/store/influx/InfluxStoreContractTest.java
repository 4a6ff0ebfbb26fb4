package io.capacity.store.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.capacity.schema.SeriesKey;
import io.capacity.store.MetricStore;
import io.capacity.store.MetricStoreContract;
import io.capacity.store.SeriesQuery;
import io.capacity.store.StoreConfig;
import io.capacity.store.StoreException;
import io.capacity.store.StoreHealth;
import io.capacity.store.open.Stores;
import io.capacity.testkit.FreePorts;
import io.capacity.testkit.InfluxdServer;
import io.capacity.testkit.SharedInfluxd;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract on a real influxd (one per test JVM), with a fresh database per test; plus outage and auth tests. */
class InfluxStoreContractTest extends MetricStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String PASSWORD = "s3cret-Pa55";

    private InfluxdServer influxd;
    private String database;

    @Override
    protected MetricStore openStore() {
        influxd = SharedInfluxd.get();
        database = "contract_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        // influxd runs without auth here, so the credentials are ignored by the server: they are only there to
        // prove that no message or toString ever shows the password.
        return InfluxMetricStore.open(InfluxConfig.of(influxd.url(), database).withCredentials("reader", PASSWORD));
    }

    @Override
    protected String expectedKind() {
        return "influxdb";
    }

    @AfterEach
    void dropDatabase() throws Exception {
        influxd.start();
        InfluxAdmin.post(influxd.url(), "DROP DATABASE \"" + database + "\"", null, null);
    }

    @Test
    void reportsDownAndThrowsAClearStoreExceptionWhileInfluxdIsStopped() {
        SeriesKey key = new SeriesKey("cpu", tags("host", "a"), "usage_idle");
        influxd.stop();
        try {
            StoreHealth h = store.health();
            assertFalse(h.up());
            StoreException e = assertThrows(StoreException.class,
                    () -> store.read(SeriesQuery.raw(key, Instant.EPOCH, Instant.EPOCH.plusSeconds(1))));
            assertTrue(e.getMessage().contains(influxd.url()), e.getMessage());
            assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
            assertFalse(String.valueOf(h.details()).contains(PASSWORD));
        } finally {
            influxd.start();
        }
        assertTrue(store.health().up(), "store recovers when influxd is back");
        assertEquals(0, store.read(SeriesQuery.raw(key, Instant.EPOCH, Instant.EPOCH.plusSeconds(1))).size());
    }

    @Test
    void openingFailsFastWithOneLineWhenNothingListens() {
        String url = "http://127.0.0.1:" + FreePorts.one();
        long started = System.nanoTime();
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(StoreConfig.influx(url, "x")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertTrue(e.getMessage().contains(url) && e.getMessage().contains("connection refused"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void openingFailsFastWhenCredentialsAreRejected() throws Exception {
        try (InfluxdServer secured = InfluxdServer.createWithAuth().start()) {
            InfluxAdmin.post(secured.url(), "CREATE USER admin WITH PASSWORD 'right' WITH ALL PRIVILEGES", null, null);
            StoreConfig wrong = new StoreConfig(null, secured.url(), "authdb", null, "admin", "wrong-pw", null);
            StoreException e = assertThrows(StoreException.class, () -> Stores.open(wrong));
            assertTrue(e.getMessage().contains("credentials rejected"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-pw"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            StoreConfig right = new StoreConfig(null, secured.url(), "authdb", null, "admin", "right", null);
            try (MetricStore s = Stores.open(right)) {
                s.write(List.of(point("mem", tags("host", "a"), "used_percent", 1.5, T0_SECONDS * NS)));
                assertEquals(1, s.series(io.capacity.store.SeriesFilter.all()).size());
            }
        }
    }

    @Test
    void aMissingDatabaseIsReportedWhenCreatingIsNotAllowed() {
        InfluxConfig noCreate = new InfluxConfig(influxd.url(), "absent_db", null, null, null, null, false, null, null);
        StoreException e = assertThrows(StoreException.class, () -> InfluxMetricStore.open(noCreate));
        assertTrue(e.getMessage().contains("absent_db") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void configToStringMasksSecrets() {
        String text = ((InfluxMetricStore) store).config().toString();
        assertFalse(text.contains(PASSWORD), text);
        assertTrue(text.contains("****"), text);
    }
}
