package io.capacity.collectors.agent;

import io.capacity.collectors.power.ipmi.IpmiTarget;
import io.capacity.collectors.power.redfish.RedfishAuth;
import io.capacity.collectors.power.redfish.RedfishTarget;
import io.capacity.collectors.snmp.SnmpTarget;
import io.capacity.collectors.snmp.SnmpV3User;
import io.capacity.collectors.snmp.SnmpVersion;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.schema.MetricSchema;
import io.capacity.yaml.YamlMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Reads the {@code redfish}, {@code ipmi} and {@code snmp} target entries. */
final class TargetSections {
    private TargetSections() {
    }

    static InventoryTags inventory(YamlMapping s) {
        InventoryTags inv = new InventoryTags(s.string("site", null), s.string("cluster", null), s.string("rack", null),
                s.string("host", null), s.string("model", null));
        ConfigValues.finish(s);
        return inv;
    }

    static RedfishTarget redfish(YamlMapping s) {
        String name = s.required("name", "a unique target name");
        URI url = ConfigValues.uri(s, "url", true, "https");
        String user = s.required("username", "the BMC user");
        String password = ConfigValues.secret(s, "password");
        if (password == null) {
            s.problem("password", null, "the BMC password (or ${ENV_VAR})");
        }
        RedfishAuth auth = s.choice("auth", RedfishAuth.class, RedfishAuth.SESSION);
        boolean basicFallback = s.bool("basic_fallback", false);
        Path ca = ConfigValues.existingFile(s, "ca_file");
        boolean insecure = s.bool("insecure", false);
        if (insecure && ca != null) {
            s.problem("insecure", "true", "not both insecure and ca_file");
        }
        Duration timeout = ConfigValues.duration(s, "timeout", RedfishTarget.DEFAULT_TIMEOUT);
        Duration interval = ConfigValues.duration(s, "interval", RedfishTarget.DEFAULT_INTERVAL,
                AgentConfigLoader.MIN_INTERVAL);
        InventoryTags inv = inventory(s.mapping("inventory"));
        ConfigValues.finish(s);
        if (name == null || url == null) {
            return null;
        }
        return s.build(() -> new RedfishTarget(name, url, user, password, auth, ca, insecure, timeout, interval, inv,
                basicFallback));
    }

    static IpmiTarget ipmi(YamlMapping s) {
        String name = s.required("name", "a unique target name");
        String host = s.required("host", "the BMC address");
        int port = s.integer("port", IpmiTarget.DEFAULT_PORT, 1, 65535);
        String user = s.required("username", "the BMC user");
        String password = ConfigValues.secret(s, "password");
        Integer cipher = s.integer("cipher_suite", null, 0, 17);
        Duration timeout = ConfigValues.duration(s, "timeout", IpmiTarget.DEFAULT_TIMEOUT);
        Duration interval = ConfigValues.duration(s, "interval", IpmiTarget.DEFAULT_INTERVAL,
                AgentConfigLoader.MIN_INTERVAL);
        String tool = s.string("ipmitool", null);
        String privilege = s.value("privilege", t -> t.toUpperCase(Locale.ROOT), IpmiTarget.PRIVILEGES::contains,
                "one of CALLBACK, USER, OPERATOR, ADMINISTRATOR", null);
        List<String> powerSensors = s.texts("power_sensors");
        InventoryTags inv = inventory(s.mapping("inventory"));
        ConfigValues.finish(s);
        if (name == null || host == null) {
            return null;
        }
        return s.build(() -> new IpmiTarget(name, host, port, user, password, cipher, timeout, interval, inv, tool,
                privilege, powerSensors));
    }

    static SnmpTarget snmp(YamlMapping s) {
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
        String community = ConfigValues.secret(s, "community");
        SnmpV3User v3 = version == SnmpVersion.V3 || s.has("v3") ? v3(s.mapping("v3")) : null;
        Duration timeout = ConfigValues.duration(s, "timeout", SnmpTarget.DEFAULT_TIMEOUT);
        int retries = s.integer("retries", SnmpTarget.DEFAULT_RETRIES, 0, 10);
        Duration interval = ConfigValues.duration(s, "interval", SnmpTarget.DEFAULT_INTERVAL,
                AgentConfigLoader.MIN_INTERVAL);
        String hostTag = s.value("agent_host_tag", t -> t, MetricSchema.IF_AGENT_HOST_TAGS::contains,
                "agent_host or source", null);
        InventoryTags inv = inventory(s.mapping("inventory"));
        ConfigValues.finish(s);
        if (name == null || host == null) {
            return null;
        }
        return s.build(() -> new SnmpTarget(name, host, port, version, community, v3, timeout, retries, interval,
                inv, hostTag));
    }

    private static SnmpV3User v3(YamlMapping s) {
        String user = s.required("user", "the USM user name");
        String auth = s.string("auth_protocol", "SHA");
        String authPw = ConfigValues.secret(s, "auth_password");
        String priv = s.string("priv_protocol", "AES");
        String privPw = ConfigValues.secret(s, "priv_password");
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
        ConfigValues.finish(s);
        return user == null ? null : new SnmpV3User(user, auth, authPw, priv, privPw);
    }
}
