package io.capacity.collectors.agent;

import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.redfish.RedfishAuth;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.snmp.SnmpTarget;
import io.capacity.collectors.snmp.SnmpV3User;
import io.capacity.collectors.snmp.SnmpVersion;
import io.capacity.collectors.source.Inventory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Reads the {@code redfish}, {@code ipmi} and {@code snmp} target entries. */
final class TargetSections {
    private TargetSections() {
    }

    static Inventory inventory(Section s) {
        Inventory inv = new Inventory(s.string("site", null), s.string("cluster", null), s.string("rack", null),
                s.string("host", null), s.string("model", null));
        s.finish();
        return inv;
    }

    static RedfishTarget redfish(Section s) {
        String name = s.required("name", "a unique target name");
        URI url = s.uri("url", true, "https");
        String user = s.required("username", "the BMC user");
        String password = s.secret("password");
        if (password == null) {
            s.problem("password", null, "the BMC password (or ${ENV_VAR})");
        }
        RedfishAuth auth = s.choice("auth", RedfishAuth.class, RedfishAuth.SESSION);
        Path ca = s.existingFile("ca_file");
        boolean insecure = s.bool("insecure", false);
        if (insecure && ca != null) {
            s.problem("insecure", "true", "not both insecure and ca_file");
        }
        Duration timeout = s.duration("timeout", RedfishTarget.DEFAULT_TIMEOUT);
        Duration interval = s.duration("interval", RedfishTarget.DEFAULT_INTERVAL, AgentConfigLoader.MIN_INTERVAL);
        Inventory inv = inventory(s.section("inventory"));
        s.finish();
        if (name == null || url == null) {
            return null;
        }
        return s.build(() -> new RedfishTarget(name, url, user, password, auth, ca, insecure, timeout, interval, inv));
    }

    static IpmiTarget ipmi(Section s) {
        String name = s.required("name", "a unique target name");
        String host = s.required("host", "the BMC address");
        int port = s.integer("port", IpmiTarget.DEFAULT_PORT, 1, 65535);
        String user = s.required("username", "the BMC user");
        String password = s.secret("password");
        Integer cipher = s.integer("cipher_suite", null, 0, 17);
        Duration timeout = s.duration("timeout", IpmiTarget.DEFAULT_TIMEOUT);
        Duration interval = s.duration("interval", IpmiTarget.DEFAULT_INTERVAL, AgentConfigLoader.MIN_INTERVAL);
        String tool = s.string("ipmitool", null);
        Inventory inv = inventory(s.section("inventory"));
        s.finish();
        if (name == null || host == null) {
            return null;
        }
        return s.build(() -> new IpmiTarget(name, host, port, user, password, cipher, timeout, interval, inv, tool));
    }

    static SnmpTarget snmp(Section s) {
        String name = s.required("name", "a unique target name");
        String host = s.required("host", "the agent address");
        int port = s.integer("port", SnmpTarget.DEFAULT_PORT, 1, 65535);
        String versionText = s.string("version", "2c");
        SnmpVersion version = switch (versionText.toLowerCase(Locale.ROOT)) {
            case "2c", "v2c", "2" -> SnmpVersion.V2C;
            case "3", "v3" -> SnmpVersion.V3;
            default -> {
                s.problem("version", versionText, "2c or 3");
                yield SnmpVersion.V2C;
            }
        };
        String community = s.secret("community");
        SnmpV3User v3 = version == SnmpVersion.V3 || s.has("v3") ? v3(s.section("v3")) : null;
        Duration timeout = s.duration("timeout", SnmpTarget.DEFAULT_TIMEOUT);
        int retries = s.integer("retries", SnmpTarget.DEFAULT_RETRIES, 0, 10);
        Duration interval = s.duration("interval", SnmpTarget.DEFAULT_INTERVAL, AgentConfigLoader.MIN_INTERVAL);
        Inventory inv = inventory(s.section("inventory"));
        s.finish();
        if (name == null || host == null) {
            return null;
        }
        return s.build(() -> new SnmpTarget(name, host, port, version, community, v3, timeout, retries, interval,
                inv));
    }

    private static SnmpV3User v3(Section s) {
        String user = s.required("user", "the USM user name");
        String auth = s.string("auth_protocol", "SHA");
        String authPw = s.secret("auth_password");
        String priv = s.string("priv_protocol", "AES");
        String privPw = s.secret("priv_password");
        if (!auth.matches("(?i)SHA|SHA256")) {
            s.problem("auth_protocol", auth, "SHA or SHA256");
        }
        if (!priv.matches("(?i)AES|AES128|AES256")) {
            s.problem("priv_protocol", priv, "AES or AES256");
        }
        for (String[] pw : new String[][] {{"auth_password", authPw}, {"priv_password", privPw}}) {
            if (pw[1] == null || pw[1].length() < 8) {
                s.problem(pw[0], pw[1] == null ? null : "***", "at least 8 characters (USM minimum)");
            }
        }
        s.finish();
        return user == null ? null : new SnmpV3User(user, auth, authPw, priv, privPw);
    }
}
