package io.capacity.service.tokens;

import java.util.Locale;

/**
 * What a token may do. Each role includes the ones before it: {@code read} reads, {@code operate} also changes plans
 * (approve, dismiss, apply) and anything else that is not a read, {@code admin} also administers the service.
 */
public enum Role {
    READ, OPERATE, ADMIN;

    /** True when a token of this role may do what {@code needed} allows. */
    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The name as configured and shown: {@code read}, {@code operate}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} (any case), or null. */
    static Role parse(String text) {
        for (Role r : values()) {
            if (r.label().equalsIgnoreCase(text)) {
                return r;
            }
        }
        return null;
    }
}
