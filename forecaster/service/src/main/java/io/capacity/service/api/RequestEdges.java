package io.capacity.service.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request before any handler sees it: the {@code Host} header (see {@link LoopbackHosts}), then the
 * query string, whose malformed percent escapes or control characters get a 400 naming the parameter. These are
 * the client's mistakes, so they are logged at DEBUG only: no client can flood the log. An error answered with no
 * body at all (the actuator's 404 for an unknown metric) gets a problem+json one on the way out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestEdges extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestEdges.class);

    private final LoopbackHosts hosts;

    public RequestEdges(LoopbackHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (!hosts.allows(host)) {
            reject(request, response, 421, "Misdirected Request", hosts.refusal(host));
            return;
        }
        String problem = QueryText.problem(request);
        if (problem != null) {
            reject(request, response, 400, "Invalid request", problem);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() >= 400 && !response.isCommitted() && response.getContentType() == null
                && request.getDispatcherType() == DispatcherType.REQUEST) {
            // An error with no body at all, such as the actuator's 404 for an unknown metric name.
            response.resetBuffer();
            ProblemJson.write(response, response.getStatus(), title(response.getStatus()),
                    "nothing at " + request.getRequestURI(), request.getRequestURI());
        }
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String detail) throws IOException {
        LOG.debug("{} {}: {}", status, request.getRequestURI(), detail);
        ProblemJson.write(response, status, title, detail, request.getRequestURI());
    }
}
