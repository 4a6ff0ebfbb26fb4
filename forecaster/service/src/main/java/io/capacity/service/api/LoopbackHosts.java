package io.capacity.service.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * DNS-rebinding protection: while the service listens on a loopback address only, a request must name a loopback
 * host ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}, any port) or one listed in
 * {@code capacity.http.allowed-hosts} (environment {@code CAPACITY_HTTP_ALLOWED_HOSTS}); otherwise a web page on
 * another site, whose name now resolves to 127.0.0.1, could read this API from the user's browser. Listening on
 * another address turns the check off: such a service is meant to be reached by other names.
 */
@Component
public class LoopbackHosts {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackHosts.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean enforced;
    private final Set<String> allowed = new TreeSet<>(LOOPBACK);

    public LoopbackHosts(@Value("${server.address:}") String bind,
                         @Value("${capacity.http.allowed-hosts:}") String extra) {
        this.enforced = isLoopback(bind);
        Arrays.stream(extra.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).forEach(allowed::add);
        if (enforced) {
            LOG.info("listening on loopback {}: requests must name host {} (allow more with "
                    + "CAPACITY_HTTP_ALLOWED_HOSTS=name,...)", bind, String.join(", ", allowed));
        }
    }

    /** True when the Host header (null when absent, as in HTTP/1.0) is acceptable. */
    public boolean allows(String hostHeader) {
        if (!enforced || hostHeader == null) {
            return true;
        }
        return allowed.contains(hostName(hostHeader));
    }

    public String refusal(String hostHeader) {
        return "this service listens on loopback only and answers requests for " + String.join(", ", allowed)
                + ", not Host '" + QueryText.printable(hostHeader)
                + "' (set CAPACITY_HTTP_ALLOWED_HOSTS to add names)";
    }

    /** The Host header without its port, lower case: {@code [::1]:8080} gives {@code [::1]}. */
    static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    public static boolean isLoopback(String bind) {
        if (bind == null || bind.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
