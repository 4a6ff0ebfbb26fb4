package io.capacity.collectors.agent;

import io.capacity.yaml.YamlMapping;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value types of {@code collectors.yaml} on top of the shared YAML reader: durations and sizes in
 * {@link Units}, secrets from the environment, URLs, files, and the unknown-key check every section ends with.
 */
final class ConfigValues {
    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private ConfigValues() {
    }

    /** A secret: may be written as ${ENV_VAR}; never echoed into a problem. */
    static String secret(YamlMapping s, String key) {
        String v = s.string(key, null);
        if (v == null) {
            return null;
        }
        Matcher m = ENV.matcher(v);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = s.file().env(m.group(1));
            if (value == null) {
                s.problem(key, "${" + m.group(1) + "}", "a set environment variable");
                value = "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static Duration duration(YamlMapping s, String key, Duration def) {
        return s.value(key, Units::duration, d -> true, "a positive duration such as 500ms, 10s, 5m or 1h", def);
    }

    /** A duration of at least {@code min}; a shorter one is a problem saying the minimum. */
    static Duration duration(YamlMapping s, String key, Duration def, Duration min) {
        Duration d = duration(s, key, def);
        if (d.compareTo(min) < 0) {
            s.problem(key, s.string(key, null), "at least " + Units.format(min));
            return def;
        }
        return d;
    }

    /** A size from {@code min} to {@code max} bytes. */
    static long bytes(YamlMapping s, String key, long def, long min, long max) {
        return s.value(key, Units::bytes, n -> n >= min && n <= max, "a size from " + Units.formatBytes(min)
                + " to " + Units.formatBytes(max) + ", such as 64MiB or 2GiB", def);
    }

    static URI uri(YamlMapping s, String key, boolean required, String... schemes) {
        String v = required ? s.required(key, "a URL (" + String.join(" or ", schemes) + ")") : s.string(key, null);
        if (v == null) {
            return null;
        }
        try {
            URI u = URI.create(v);
            if (u.getRawUserInfo() != null) {
                String shown = v.replace(u.getRawUserInfo() + "@", "***@");
                s.problem(key, shown, "a URL without user:password@ (put credentials in username and password, "
                        + "which may be ${ENV_VAR})");
                return null;
            }
            if (u.getHost() != null && List.of(schemes).contains(u.getScheme())) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        s.problem(key, v, "a URL with scheme " + String.join(" or ", schemes) + " and a host");
        return null;
    }

    static Path existingFile(YamlMapping s, String key) {
        String v = s.string(key, null);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        if (!Files.isReadable(p)) {
            s.problem(key, v, "a readable file");
        }
        return p;
    }

    /** Flags the keys of {@code s} that nobody read, listing the ones that were. */
    static void finish(YamlMapping s) {
        String known = String.join(", ", new TreeSet<>(s.readKeys()));
        for (String k : s.unknownKeys(s.readKeys())) {
            s.problem(k, k, "a known key (" + known + ")");
        }
    }
}
