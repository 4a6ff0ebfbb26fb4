package io.capacity.service.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.regex.Pattern;

/**
 * One configured token: its name (what the log and the audit trail show), its role, and the SHA-256 digest of
 * its secret; the request's principal once it is presented. The secret itself is not kept, and {@link #toString}
 * shows neither it nor its digest.
 */
public final class ApiToken implements Principal {
    /** Letters, digits, {@code . _ -}: a name that is safe in a log line. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String name;
    private final Role role;
    private final byte[] digest;

    ApiToken(String name, Role role, String secret) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token name '" + name + "': expected 1 to 64 letters, digits, . _ -");
        }
        this.name = name;
        this.role = role;
        this.digest = sha256(secret);
    }

    public String name() {
        return name;
    }

    /** The token's name: what {@code request.getUserPrincipal()} gives a handler, for its audit trail. */
    @Override
    public String getName() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** Compares the digests in constant time, so the answer's timing says nothing about the secret. */
    boolean matches(byte[] presentedDigest) {
        return MessageDigest.isEqual(digest, presentedDigest);
    }

    boolean sameSecret(ApiToken other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "token '" + name + "' (" + role.label() + ")";
    }
}
