package io.capacity.service.tokens;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured tokens, immutable. A presented secret is hashed and compared with every token's digest, all of
 * them every time, so neither a match nor its position shows in the timing.
 */
public final class Tokens {
    /** RFC 6750's b64token: what may follow {@code Bearer } in an Authorization header. */
    static final Pattern SECRET = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    /** Shorter secrets can be guessed; {@code openssl rand -hex 32} gives 64 characters. */
    static final int MIN_SECRET = 16;
    public static final Tokens NONE = new Tokens(List.of());

    private final List<ApiToken> tokens;

    private Tokens(List<ApiToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /**
     * Parses a list of entries {@code role name secret} (fields separated by spaces or tabs, entries by commas or new
     * lines), as in {@code CAPACITY_TOKENS}. Every problem is listed in one line, each naming {@code where} and the
     * entry, never the secret.
     */
    public static Tokens parse(String where, String text) {
        return parse(where, text == null ? new String[0] : text.split("\r?\n|,"), " entry ");
    }

    /** Parses a file's text: one {@code role name secret} a line, {@code #} starts a comment line. */
    public static Tokens parseLines(String where, String text) {
        return parse(where, text.split("\r?\n"), " line ");
    }

    private static Tokens parse(String where, String[] lines, String unit) {
        List<String> problems = new ArrayList<>();
        List<ApiToken> parsed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String at = where + unit + (i + 1);
            String[] f = line.split("[ \t]+");
            if (f.length != 3) {
                problems.add(at + ": expected 'role name secret' (3 fields), found " + f.length);
                continue;
            }
            Role role = Role.parse(f[0]);
            int before = problems.size();
            if (role == null) {
                problems.add(at + ": role '" + f[0] + "' is unknown; expected read, operate or admin");
            }
            if (!ApiToken.NAME.matcher(f[1]).matches()) {
                problems.add(at + ": name '" + f[1] + "' is not 1 to 64 letters, digits, . _ -");
            } else if (!names.add(f[1])) {
                problems.add(at + ": name '" + f[1] + "' is given twice");
            }
            String secret = f[2];
            if (!SECRET.matcher(secret).matches()) {
                problems.add(at + ": the secret of '" + f[1] + "' has characters a bearer token cannot carry; "
                        + "expected letters, digits and . _ ~ + / - (e.g. openssl rand -hex 32)");
            } else if (secret.length() < MIN_SECRET) {
                problems.add(at + ": the secret of '" + f[1] + "' is " + secret.length() + " characters; expected at "
                        + "least " + MIN_SECRET + " (e.g. openssl rand -hex 32)");
            } else if (!secrets.add(secret)) {
                problems.add(at + ": the secret of '" + f[1] + "' is also another token's; each token needs its own");
            }
            if (problems.size() == before) {
                parsed.add(new ApiToken(f[1], role, secret));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new Tokens(parsed);
    }

    /** These tokens and {@code more} (from {@code where}); a name or secret in both is refused like a repeat. */
    public Tokens plus(Tokens more, String where) {
        List<String> problems = new ArrayList<>();
        for (ApiToken t : more.tokens) {
            for (ApiToken mine : tokens) {
                if (mine.name().equals(t.name())) {
                    problems.add(where + ": name '" + t.name() + "' is also given elsewhere");
                } else if (mine.sameSecret(t)) {
                    problems.add(where + ": the secret of '" + t.name() + "' is also the secret of '" + mine.name()
                            + "'; each token needs its own");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<ApiToken> all = new ArrayList<>(tokens);
        all.addAll(more.tokens);
        return new Tokens(all);
    }

    /** The token whose secret this is, if any; takes the same time whichever token (or none) matches. */
    public Optional<ApiToken> match(String secret) {
        byte[] presented = ApiToken.sha256(secret);
        ApiToken found = null;
        for (ApiToken t : tokens) {
            if (t.matches(presented) && found == null) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public List<ApiToken> all() {
        return tokens;
    }
}
