package io.capacity.service.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health details (store location, disk space) go to callers on this machine only: a request to
 * {@code /actuator/health} from a loopback address is marked as an authorized caller, which is what
 * {@code management.endpoint.health.show-details=when-authorized} (our default) asks for. Set that property to
 * {@code always} (environment {@code MANAGEMENT_ENDPOINT_HEALTH_SHOWDETAILS=always}) to show details to every
 * caller, or {@code never}. Behind a reverse proxy on the same machine every caller looks local.
 */
@Component
public class LoopbackCallers extends OncePerRequestFilter {
    static final Principal LOCAL = () -> "loopback";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isLoopback(request.getRemoteAddr()) ? new Local(request) : request, response);
    }

    static boolean isLoopback(String address) {
        try {
            // A literal IP address is parsed, never looked up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static final class Local extends HttpServletRequestWrapper {
        Local(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return super.getUserPrincipal() != null ? super.getUserPrincipal() : LOCAL;
        }
    }
}
