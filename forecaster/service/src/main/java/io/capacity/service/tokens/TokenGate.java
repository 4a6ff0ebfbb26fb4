package io.capacity.service.tokens;

import io.capacity.service.api.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link AccessRule} to every request, after the Host and query checks ({@code api.RequestEdges}).
 * A refusal is problem+json: 401 with {@code WWW-Authenticate: Bearer} when the token is missing or unknown, 403
 * naming the role needed when it is too low. Refusals are the client's mistakes and are logged at DEBUG only;
 * every allowed request that is not a read is logged at INFO with the token's name (never its secret) and
 * the answer's status. A valid
 * token becomes the request's principal, so handlers can record who did what.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class TokenGate extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(TokenGate.class);
    static final String CHALLENGE = "Bearer realm=\"capacity\"";

    private final AccessRule rule;

    public TokenGate(AccessRule rule) {
        this.rule = rule;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (AccessRule.formPost(request.getMethod(), path)) {
            // A browser's form carries its token as a field: the page judges it by the same rule (web.PlanForms).
            chain.doFilter(request, response);
            return;
        }
        Verdict v = rule.judge(request.getMethod(), path, request.getHeader("Authorization"));
        switch (v.outcome()) {
            case MISSING -> refuse(request, response, 401, CHALLENGE, "Unauthorized", "this request needs a bearer "
                    + "token of role " + roles(v.needed()) + ": send the header 'Authorization: Bearer SECRET'");
            case INVALID -> refuse(request, response, 401, CHALLENGE + ", error=\"invalid_token\"", "Unauthorized",
                    "the bearer token is not one this service knows"
                            + (v.needed() == null ? "" : "; this request needs one of role " + roles(v.needed())));
            case FORBIDDEN -> refuse(request, response, 403, CHALLENGE + ", error=\"insufficient_scope\"",
                    "Forbidden", "this request needs a token of role " + roles(v.needed()) + "; token '"
                            + v.token().name() + "' has role " + v.token().role().label());
            case ALLOW -> {
                if (v.needed() != Role.OPERATE) {
                    chain.doFilter(v.token() == null ? request : new Authenticated(request, v.token()), response);
                    return;
                }
                try {
                    chain.doFilter(new Authenticated(request, v.token()), response);
                } finally {
                    LOG.info("{} {} by token '{}' ({}): {}", request.getMethod(), request.getRequestURI(),
                            v.token().name(), v.token().role().label(), response.getStatus());
                }
            }
        }
    }

    /** The roles that satisfy {@code needed}: "operate or admin". */
    static String roles(Role needed) {
        StringBuilder sb = new StringBuilder();
        for (Role r : Role.values()) {
            if (r.covers(needed)) {
                sb.append(sb.length() == 0 ? "" : r == Role.ADMIN ? " or " : ", ").append(r.label());
            }
        }
        return sb.toString();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String challenge,
                               String title, String detail) throws IOException {
        LOG.debug("{} {} {}: {}", status, request.getMethod(), request.getRequestURI(), detail);
        response.setHeader("WWW-Authenticate", challenge);
        ProblemJson.write(response, status, title, detail, request.getRequestURI());
    }

    private static final class Authenticated extends HttpServletRequestWrapper {
        private final ApiToken token;

        Authenticated(HttpServletRequest request, ApiToken token) {
            super(request);
            this.token = token;
        }

        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public String getAuthType() {
            return "Bearer";
        }
    }
}
