package io.capacity.collectors.power.redfish;

import io.capacity.collectors.source.InventoryTags;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One BMC to poll.
 *
 * @param url      scheme, host and port of the BMC, e.g. {@code https://10.0.0.5}; the service root is
 *                 {@code /redfish/v1} under it
 * @param caFile   PEM file with the CA (or the BMC's self-signed certificate) to trust; null for the JDK's
 * @param insecure skip certificate and host name checks; only for lab BMCs, must be set explicitly
 * @param timeout  per-request timeout (connect and response)
 * @param basicFallback with {@link RedfishAuth#SESSION}: when the BMC refuses a session because its session limit
 *                 is reached (Supermicro allows a handful), use basic auth instead of failing the poll
 */
public record RedfishTarget(String name, URI url, String username, String password, RedfishAuth auth,
                            Path caFile, boolean insecure, Duration timeout, Duration interval,
                            InventoryTags inventory, boolean basicFallback) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    public RedfishTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        inventory = inventory == null ? InventoryTags.EMPTY : inventory;
    }

    /** Without the basic-auth fallback. */
    public RedfishTarget(String name, URI url, String username, String password, RedfishAuth auth, Path caFile,
                         boolean insecure, Duration timeout, Duration interval, InventoryTags inventory) {
        this(name, url, username, password, auth, caFile, insecure, timeout, interval, inventory, false);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "RedfishTarget[" + name + " " + url + " user=" + username + " auth=" + auth + "]";
    }
}
