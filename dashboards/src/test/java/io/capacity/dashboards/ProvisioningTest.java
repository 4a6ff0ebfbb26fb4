package io.capacity.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The provisioning files as Grafana reads them: one InfluxQL datasource with the fixed uid every dashboard names,
 * database {@code capacity}, credentials only as environment references (never in the file); one file provider
 * putting the dashboards in folder "Capacity" with UI edits off.
 */
class ProvisioningTest {
    static final String DATASOURCE_UID = "capacity-influxdb";

    @Test
    void theDatasourceHasTheFixedUidAndTakesItsCredentialsFromTheEnvironment() {
        Map<String, Object> ds = datasource();
        assertEquals(DATASOURCE_UID, ds.get("uid"));
        assertEquals("influxdb", ds.get("type"));
        assertEquals("proxy", ds.get("access"), "server access: the browser never sees the credentials");
        Map<?, ?> json = (Map<?, ?>) ds.get("jsonData");
        assertEquals("capacity", json.get("dbName"));
        assertEquals("InfluxQL", json.get("version"));
        assertEquals(false, ds.get("editable"));
        assertTrue(String.valueOf(ds.get("url")).matches("\\$\\{[A-Z_]+}"), "url from the environment");
        assertTrue(String.valueOf(ds.get("user")).matches("\\$\\{[A-Z_]+}"), "user from the environment");
        Map<?, ?> secure = (Map<?, ?>) ds.get("secureJsonData");
        assertTrue(String.valueOf(secure.get("password")).matches("\\$\\{[A-Z_]+}"), "password from the environment");
        assertFalse(ds.containsKey("password") || ds.containsKey("basicAuthPassword")
                || json.containsKey("password") || json.containsKey("token"), "no secret outside secureJsonData");
        GrafanaTemplate.intervalMs(minInterval());
    }

    @Test
    void theProviderPutsTheDashboardsInFolderCapacityWithUiEditsOff() {
        Map<String, Object> y = yaml(Dashboards.PROVISIONING.resolve("dashboards/capacity.yaml"));
        assertEquals(1, y.get("apiVersion"));
        List<?> providers = (List<?>) y.get("providers");
        assertEquals(1, providers.size());
        Map<?, ?> p = (Map<?, ?>) providers.get(0);
        assertEquals("Capacity", p.get("folder"));
        assertEquals("file", p.get("type"));
        assertEquals(false, p.get("allowUiUpdates"));
        String path = String.valueOf(((Map<?, ?>) p.get("options")).get("path"));
        assertTrue(path.startsWith("/"), "an absolute path: " + path);
        for (Dashboards.Dashboard d : Dashboards.all()) {
            assertEquals(false, d.root().path("editable").asBoolean(true), d.file() + ": not editable");
        }
    }

    /** The datasource's minimum interval ({@code timeInterval}), the lower bound of {@code $__interval}. */
    static String minInterval() {
        return String.valueOf(((Map<?, ?>) datasource().get("jsonData")).get("timeInterval"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> datasource() {
        Map<String, Object> y = yaml(Dashboards.PROVISIONING.resolve("datasources/capacity.yaml"));
        assertEquals(1, y.get("apiVersion"));
        List<?> list = (List<?>) y.get("datasources");
        assertEquals(1, list.size());
        return (Map<String, Object>) list.get(0);
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
