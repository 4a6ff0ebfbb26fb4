package io.capacity.service.tokens;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may call what. A request that is not a read (any method but GET, HEAD, OPTIONS) needs a token of role
 * {@code operate} or {@code admin}, always. A read needs a token of any role when {@code readsNeedToken} is set or
 * the service listens beyond loopback, except health ({@code /actuator/health}: probes carry no token; details
 * still go only to authorized callers) and the API description ({@code /v3/api-docs}, {@code /swagger-ui}), which
 * hold no data. A token that is presented must be valid even where none is needed.
 *
 * <p>One POST is a read: {@code POST /api/v1/forecasts} forecasts the series in its body and stores nothing, so it
 * needs what a {@code GET} of a forecast needs (a {@code read} token where reads are guarded), not {@code operate}.
 *
 * @param tokens         the configured tokens
 * @param readsNeedToken whether reads need a token although the service listens on loopback only
 * @param loopbackOnly   whether the service listens on a loopback address only
 */
public record AccessRule(Tokens tokens, boolean readsNeedToken, boolean loopbackOnly) {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** POSTs that change nothing: they compute an answer from the body alone. */
    static final Set<String> READ_ONLY_POSTS = Set.of("/api/v1/forecasts");
    /** The web pages' forms that change a plan; their token is a form field (see {@link #formPost}). */
    private static final Pattern FORM_POSTS = Pattern.compile("/plans/[^/]+/decision");

    public AccessRule {
        if (tokens.isEmpty() && !loopbackOnly) {
            throw new IllegalArgumentException(noTokenBeyondLoopback());
        }
        if (tokens.isEmpty() && readsNeedToken) {
            throw new IllegalArgumentException("CAPACITY_READS_NEED_TOKEN is true but no token is configured, so "
                    + "nothing could be read; configure one with CAPACITY_TOKENS='read NAME SECRET' or --tokens-file");
        }
    }

    /** The one line for a service that would listen beyond loopback with no token. */
    public static String noTokenBeyondLoopback() {
        return "listening beyond loopback needs a token, and none is configured: set CAPACITY_TOKENS='admin NAME "
                + "SECRET' (SECRET from: openssl rand -hex 32) or --tokens-file FILE (lines 'role name secret', "
                + "chmod 600), or --bind 127.0.0.1";
    }

    /** Whether reads need a token: when asked to, or whenever the service listens beyond loopback. */
    public boolean readsGuarded() {
        return readsNeedToken || !loopbackOnly;
    }

    /** The role a request needs, or null when it needs no token. */
    public Role needs(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        if (!READS.contains(m) && !(m.equals("POST") && READ_ONLY_POSTS.contains(path))) {
            return Role.OPERATE;
        }
        return readsGuarded() && !isOpen(path) ? Role.READ : null;
    }

    /**
     * The verdict on a request; {@code authorization} is its Authorization header (null when absent; a scheme
     * other than Bearer counts as absent).
     */
    public Verdict judge(String method, String path, String authorization) {
        return judgeSecret(method, path, bearer(authorization));
    }

    /**
     * The verdict on a request that presents {@code presented} (null or blank: no token), judged exactly as
     * {@link #judge} judges a bearer token: the web pages' forms carry the token as a field, since a browser's form
     * sends no Authorization header.
     */
    public Verdict judgeSecret(String method, String path, String presented) {
        Role needed = needs(method, path);
        String secret = presented == null || presented.isBlank() ? null : presented.strip();
        if (secret == null) {
            return needed == null ? Verdict.allow(null, null) : Verdict.missing(needed);
        }
        Optional<ApiToken> token = tokens.match(secret);
        if (token.isEmpty()) {
            return Verdict.invalid(needed);
        }
        return needed == null || token.get().role().covers(needed) ? Verdict.allow(token.get(), needed)
                : Verdict.forbidden(token.get(), needed);
    }

    /**
     * Whether this is a web page's form post ({@code POST /plans/{id}/decision}): the {@link TokenGate} passes it
     * on, and the page judges the token of its form field with {@link #judgeSecret}, by this rule (it needs
     * {@code operate}, like every request that is not a read).
     */
    public static boolean formPost(String method, String path) {
        return "POST".equalsIgnoreCase(method) && FORM_POSTS.matcher(path).matches();
    }

    static boolean isOpen(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/")
                || path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    }

    /** The credentials of an {@code Authorization: Bearer ...} header, or null. */
    static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String h = authorization.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String secret = h.substring(7).strip();
        return secret.isEmpty() ? null : secret;
    }
}
