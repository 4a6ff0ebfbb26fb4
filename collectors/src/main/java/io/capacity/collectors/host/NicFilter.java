package io.capacity.collectors.host;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import java.util.regex.Pattern;
import oshi.hardware.NetworkIF;

/**
 * Which NICs get a {@code net} point, as Telegraf's net input decides: with no names configured, every NIC that is up
 * and not a loopback (which would inflate a host's traffic with its own local talk); with names (or globs such as
 * {@code eth*}), exactly those, whatever their state.
 */
final class NicFilter {
    private final List<Pattern> names;

    NicFilter(List<String> globs) {
        this.names = globs.stream().map(NicFilter::glob).toList();
    }

    boolean accepts(NetworkIF n) {
        if (!names.isEmpty()) {
            return names.stream().anyMatch(p -> p.matcher(n.getName()).matches());
        }
        NetworkInterface ni = n.queryNetworkInterface();
        try {
            return ni != null && ni.isUp() && !ni.isLoopback();
        } catch (SocketException e) {
            return false; // gone since discovery
        }
    }

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            re.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(re.toString());
    }
}
