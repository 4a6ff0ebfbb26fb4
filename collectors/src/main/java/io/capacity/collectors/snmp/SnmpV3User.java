package io.capacity.collectors.snmp;

import java.util.Objects;

/**
 * USM credentials for authPriv.
 *
 * @param authProtocol {@code SHA} (HMAC-96-SHA, what most gear supports) or {@code SHA256}
 * @param privProtocol {@code AES} (AES-128 CFB) or {@code AES256}
 */
public record SnmpV3User(String user, String authProtocol, String authPassword, String privProtocol,
                         String privPassword) {
    public SnmpV3User {
        Objects.requireNonNull(user, "v3 user");
        Objects.requireNonNull(authProtocol, "v3 auth protocol");
        Objects.requireNonNull(privProtocol, "v3 priv protocol");
    }

    @Override
    public String toString() {
        return "SnmpV3User[" + user + " " + authProtocol + "/" + privProtocol + "]";
    }
}
