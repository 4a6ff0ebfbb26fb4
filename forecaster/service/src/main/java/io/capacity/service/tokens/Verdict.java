package io.capacity.service.tokens;

/**
 * What {@link AccessRule#judge} decided about one request.
 *
 * @param outcome allowed, or why not
 * @param token   the presented token when it is valid, else null
 * @param needed  the role the request needs, null when it needs none
 */
public record Verdict(Outcome outcome, ApiToken token, Role needed) {
    public enum Outcome {
        /** Go ahead. */
        ALLOW,
        /** A token is needed and none was sent: 401. */
        MISSING,
        /** The token sent is none of the configured ones: 401. */
        INVALID,
        /** The token is valid but its role is too low: 403. */
        FORBIDDEN
    }

    public Verdict {
        if (outcome == null || (outcome == Outcome.FORBIDDEN && (token == null || needed == null))) {
            throw new IllegalArgumentException("a refusal for a role names the token and the role it needs");
        }
    }

    static Verdict allow(ApiToken token, Role needed) {
        return new Verdict(Outcome.ALLOW, token, needed);
    }

    static Verdict missing(Role needed) {
        return new Verdict(Outcome.MISSING, null, needed);
    }

    static Verdict invalid(Role needed) {
        return new Verdict(Outcome.INVALID, null, needed);
    }

    static Verdict forbidden(ApiToken token, Role needed) {
        return new Verdict(Outcome.FORBIDDEN, token, needed);
    }
}
