package io.capacity.collectors.agent;

import io.capacity.collectors.delivery.Backoff;
import io.capacity.collectors.delivery.DeliveryConfig;
import io.capacity.collectors.delivery.DiskBufferConfig;
import io.capacity.collectors.delivery.FsyncPolicy;
import io.capacity.collectors.delivery.InfluxEndpoint;
import io.capacity.collectors.host.HostSamplerConfig;
import io.capacity.collectors.source.InventoryTags;
import io.capacity.yaml.YamlFile;
import io.capacity.yaml.YamlMapping;
import io.capacity.yaml.YamlSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code collectors.yaml} into an {@link AgentConfig}, or throws a {@link ConfigException} listing every
 * problem with its line. {@code docs/collectors.md} is the reference for the format.
 */
public final class AgentConfigLoader {
    private static final Logger LOG = LoggerFactory.getLogger(AgentConfigLoader.class);

    /** The shortest {@code host.interval}: sampling this machine more often costs more than it tells. */
    public static final Duration MIN_HOST_INTERVAL = Duration.ofSeconds(1);
    /**
     * The shortest {@code interval} of a target and of {@code self_metrics}, the same as the host's: a BMC or switch
     * polled more often than once a second answers slower than it is asked, and each poll is a point per series.
     */
    public static final Duration MIN_INTERVAL = MIN_HOST_INTERVAL;
    public static final String DEFAULT_DATABASE = "capacity";
    static final long MAX_BUFFER_BYTES = 1L << 40;

    private AgentConfigLoader() {
    }

    /** Loads a file in which {@code buffer.dir} is required. */
    public static AgentConfig load(Path file) throws IOException {
        return load(file, null);
    }

    /** Loads a file; {@code buffer.dir} defaults to {@code defaultBufferDir} (the data directory's buffer). */
    public static AgentConfig load(Path file, Path defaultBufferDir) throws IOException {
        return parse(Files.readString(file), file.toString(), System::getenv, defaultBufferDir);
    }

    /** Parses YAML text in which {@code buffer.dir} is required; {@code env} resolves {@code ${VAR}} in secrets. */
    public static AgentConfig parse(String yaml, String fileName, UnaryOperator<String> env) {
        return parse(yaml, fileName, env, null);
    }

    /** As {@link #parse(String, String, UnaryOperator)}, with a default for {@code buffer.dir} (null: required). */
    public static AgentConfig parse(String yaml, String fileName, UnaryOperator<String> env, Path defaultBufferDir) {
        YamlFile problems = new YamlFile(fileName, env);
        YamlMapping top;
        try {
            top = problems.parse(yaml);
        } catch (YamlSyntaxException e) {
            problems.add(e.line(), "(syntax)", null, "valid YAML: " + e.reason());
            throw new ConfigException(problems.problemsByLine().stream().map(ConfigProblem::of).toList());
        }
        InfluxEndpoint influx = top.has("influx") ? influx(top.mapping("influx")) : null;
        DiskBufferConfig buffer = buffer(top.mapping("buffer"), defaultBufferDir);
        DeliveryConfig delivery = delivery(top.mapping("delivery"));
        InventoryTags inventory = TargetSections.inventory(top.mapping("inventory"));
        HostSamplerConfig host = host(top.mapping("host"));
        YamlMapping self = top.mapping("self_metrics");
        Duration selfInterval = ConfigValues.duration(self, "interval", AgentConfig.DEFAULT_SELF_METRICS_INTERVAL,
                MIN_INTERVAL);
        Integer metricsPort = self.integer("port", null, 0, 65535);
        ConfigValues.finish(self);
        var redfish = top.mappings("redfish").stream().map(TargetSections::redfish).filter(Objects::nonNull).toList();
        var ipmi = top.mappings("ipmi").stream().map(TargetSections::ipmi).filter(Objects::nonNull).toList();
        var snmp = top.mappings("snmp").stream().map(TargetSections::snmp).filter(Objects::nonNull).toList();
        ConfigValues.finish(top);
        List<String> names = new ArrayList<>();
        redfish.forEach(t -> names.add(t.name()));
        ipmi.forEach(t -> names.add(t.name()));
        snmp.forEach(t -> names.add(t.name()));
        Set<String> seen = new HashSet<>(List.of("host", "agent", "self_metrics"));
        for (String n : names) {
            if (!seen.add(n)) {
                problems.add(0, "target name", n, "names unique across all targets and not host/agent/self_metrics");
            }
        }
        throwIfAny(problems);
        if (defaultBufferDir != null && !top.mapping("buffer").has("dir")) {
            LOG.info("buffer.dir not set: buffering in {} (set buffer.dir to choose another directory)",
                    defaultBufferDir);
        }
        AgentConfig config = top.build(() -> new AgentConfig(influx, buffer, delivery, inventory, host, selfInterval,
                metricsPort, redfish, ipmi, snmp));
        throwIfAny(problems);
        return config;
    }

    private static void throwIfAny(YamlFile problems) {
        if (problems.hasProblems()) {
            throw new ConfigException(problems.problemsByLine().stream().map(ConfigProblem::of).toList());
        }
    }

    private static InfluxEndpoint influx(YamlMapping s) {
        URI url = ConfigValues.uri(s, "url", true, "http", "https");
        String db = s.string("database", DEFAULT_DATABASE);
        String rp = s.string("retention_policy", null);
        String user = s.string("username", null);
        String password = ConfigValues.secret(s, "password");
        String token = ConfigValues.secret(s, "token");
        Duration timeout = ConfigValues.duration(s, "timeout", InfluxEndpoint.DEFAULT_TIMEOUT);
        boolean create = s.bool("create_database", true);
        ConfigValues.finish(s);
        return url == null || db == null ? null
                : s.build(() -> new InfluxEndpoint(url, db, rp, user, password, token, timeout, create));
    }

    private static DiskBufferConfig buffer(YamlMapping s, Path defaultDir) {
        String dir = defaultDir == null ? s.required("dir", "a directory for the disk buffer")
                : s.string("dir", null);
        if (dir == null && defaultDir != null) {
            dir = defaultDir.toString();
        }
        long max = ConfigValues.bytes(s, "max_bytes", DiskBufferConfig.DEFAULT_MAX_BYTES, 4096, MAX_BUFFER_BYTES);
        long segment = ConfigValues.bytes(s, "segment_bytes", DiskBufferConfig.DEFAULT_SEGMENT_BYTES, 4096, MAX_BUFFER_BYTES);
        FsyncPolicy fsync = s.choice("fsync", FsyncPolicy.class, FsyncPolicy.INTERVAL);
        Duration fsyncInterval = ConfigValues.duration(s, "fsync_interval", DiskBufferConfig.DEFAULT_FSYNC_INTERVAL);
        ConfigValues.finish(s);
        String d = dir;
        return d == null ? null : s.build(() -> new DiskBufferConfig(Path.of(d), max, segment, fsync, fsyncInterval));
    }

    private static DeliveryConfig delivery(YamlMapping s) {
        int batch = s.integer("batch_size", DeliveryConfig.DEFAULT_BATCH_SIZE, 1, 1_000_000);
        Duration linger = ConfigValues.duration(s, "linger", DeliveryConfig.DEFAULT_LINGER);
        Backoff d = Backoff.defaults();
        Duration initial = ConfigValues.duration(s, "retry_initial", d.initial());
        Duration max = ConfigValues.duration(s, "retry_max", d.max());
        Duration drain = ConfigValues.duration(s, "drain_on_stop", DeliveryConfig.DEFAULT_DRAIN);
        ConfigValues.finish(s);
        if (max.compareTo(initial) < 0) {
            s.problem("retry_max", s.has("retry_max") ? s.string("retry_max", null) : Units.format(max) + " (default)",
                    "at least delivery.retry_initial (" + (s.has("retry_initial") ? s.string("retry_initial", null)
                            : Units.format(initial) + ", the default") + "), the longest wait between retries");
            return null;
        }
        Backoff backoff = s.build(() -> new Backoff(initial, max, d.multiplier()));
        return backoff == null ? null : s.build(() -> new DeliveryConfig(batch, linger, backoff, drain));
    }

    private static HostSamplerConfig host(YamlMapping s) {
        boolean enabled = s.bool("enabled", true);
        Duration interval = ConfigValues.duration(s, "interval", HostSamplerConfig.DEFAULT_INTERVAL, MIN_HOST_INTERVAL);
        boolean perCpu = s.bool("per_cpu", false);
        int rediscover = s.integer("rediscover_every", HostSamplerConfig.DEFAULT_REDISCOVER_EVERY, 1, 1_000_000);
        List<String> nics = s.texts("net_interfaces");
        List<String> ignoreFs = s.has("ignore_fs") ? s.texts("ignore_fs") : null;
        ConfigValues.finish(s);
        return new HostSamplerConfig(enabled, interval, perCpu, rediscover, nics, ignoreFs);
    }
}
