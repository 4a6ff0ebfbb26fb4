package io.capacity.service.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
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
                && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
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

    /** Finds what is wrong with a request's query string, in the client's words, or null. */
    static final class QueryText {
        private QueryText() {
        }

        static String problem(HttpServletRequest request) {
            Map<String, String[]> params;
            try {
                params = request.getParameterMap();
            } catch (IllegalStateException e) {
                return badEscape(request.getQueryString());
            }
            for (Map.Entry<String, String[]> p : params.entrySet()) {
                if (hasControl(p.getKey())) {
                    return "query parameter name '" + printable(p.getKey()) + "' contains a control character";
                }
                for (String v : p.getValue()) {
                    if (hasControl(v)) {
                        return "query parameter " + p.getKey() + ": '" + printable(v)
                                + "' contains a control character (tab, newline, %00-%1F or %7F); expected text";
                    }
                }
            }
            return null;
        }

        static String badEscape(String query) {
            for (String pair : query == null ? new String[0] : query.split("&")) {
                for (int i = pair.indexOf('%'); i >= 0; i = pair.indexOf('%', i + 1)) {
                    if (i + 2 >= pair.length() || hex(pair.charAt(i + 1)) < 0 || hex(pair.charAt(i + 2)) < 0) {
                        int eq = pair.indexOf('=');
                        String name = eq < 0 ? pair : pair.substring(0, eq);
                        String bad = pair.substring(i, Math.min(pair.length(), i + 3));
                        return "query parameter " + printable(name) + ": '" + printable(bad)
                                + "' is not a percent escape; expected % and two hex digits (e.g. %25 for %)";
                    }
                }
            }
            return "the query string is not valid percent-encoded UTF-8";
        }

        private static int hex(char c) {
            return Character.digit(c, 16);
        }

        private static boolean hasControl(String s) {
            return s.chars().anyMatch(Character::isISOControl);
        }

        /** The text with control characters shown as %XX, so a message never carries them. */
        static String printable(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            s.chars().limit(200).forEach(c -> {
                if (Character.isISOControl(c)) {
                    sb.append('%').append(String.format("%02X", c));
                } else {
                    sb.append((char) c);
                }
            });
            return s.length() > 200 ? sb.append("...").toString() : sb.toString();
        }
    }
}
