package io.capacity.service.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing, matching and loading tokens; every error one line that never shows a secret. */
class TokensTest {
    static final String OPS = "0123456789abcdef-ops";
    static final String VIEW = "0123456789abcdef-view";

    @TempDir
    Path dir;

    @Test
    void entriesFromALineOrAFileMatchTheirToken() {
        Tokens list = Tokens.parse("CAPACITY_TOKENS", "operate ci " + OPS + ", read grafana " + VIEW);
        assertEquals("ci", list.match(OPS).orElseThrow().name());
        assertEquals(Role.OPERATE, list.match(OPS).orElseThrow().role());
        assertEquals(Role.READ, list.match(VIEW).orElseThrow().role());
        assertTrue(list.match(OPS + "x").isEmpty());
        assertTrue(list.match(OPS.substring(0, 8)).isEmpty(), "a prefix is no match");
        assertTrue(list.match("").isEmpty());

        Tokens file = Tokens.parseLines("file", "# who\n\nADMIN root\t" + OPS + "\n");
        assertEquals(Role.ADMIN, file.match(OPS).orElseThrow().role());
        assertEquals("[token 'root' (admin)]", file.all().toString(), "names and roles only");
        String listed = assertThrows(IllegalArgumentException.class,
                () -> Tokens.parse("CAPACITY_TOKENS", "read a " + VIEW + ",operate b")).getMessage();
        assertEquals("CAPACITY_TOKENS entry 2: expected 'role name secret' (3 fields), found 2", listed);
    }

    @Test
    void everyProblemIsListedInOneLineWithoutTheSecret() {
        String text = "reader a " + OPS + "\noperate b short\noperate a " + VIEW + "\nread c " + VIEW
                + "\nread d x y z\nread bad/name " + OPS + "1\nread e sécret-sécret-sécret";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tokens.parseLines("f", text));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        for (String part : List.of("f line 1: role 'reader' is unknown; expected read, operate or admin",
                "f line 2: the secret of 'b' is 5 characters; expected at least 16",
                "f line 3: name 'a' is given twice",
                "f line 4: the secret of 'c' is also another token's",
                "f line 5: expected 'role name secret' (3 fields), found 5",
                "f line 6: name 'bad/name' is not 1 to 64 letters",
                "f line 7: the secret of 'e' has characters a bearer token cannot carry")) {
            assertTrue(m.contains(part), part + " in: " + m);
        }
        for (String secret : List.of(OPS, VIEW, "short", "sécret")) {
            assertFalse(m.contains(secret), "no secret in: " + m);
        }
    }

    @Test
    void aPrivateFileAddsToTheListAndASharedOneIsRefusedWithTheChmod() throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "read grafana " + VIEW + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Tokens both = TokenSources.load("CAPACITY_TOKENS", "operate ci " + OPS, "--tokens-file", file);
        assertEquals(List.of("ci", "grafana"), both.all().stream().map(ApiToken::name).toList());

        for (String mode : List.of("rw-r--r--", "rw-r-----", "rw----r--", "rw--w----")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            String m = assertThrows(IllegalArgumentException.class,
                    () -> TokenSources.load("CAPACITY_TOKENS", null, "--tokens-file", file)).getMessage();
            assertEquals("--tokens-file " + file + ": group or others may read or write it (mode " + mode
                    + "); run: chmod 600 " + file, m);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        String twice = assertThrows(IllegalArgumentException.class,
                () -> TokenSources.load("CAPACITY_TOKENS", "read grafana " + OPS, "--tokens-file", file)).getMessage();
        assertEquals("--tokens-file " + file + ": name 'grafana' is also given elsewhere", twice);
        String missing = assertThrows(IllegalArgumentException.class,
                () -> TokenSources.load("x", null, "--tokens-file", dir.resolve("none"))).getMessage();
        assertEquals("--tokens-file " + dir.resolve("none") + ": no such file; expected lines 'role name secret'",
                missing);
    }

    @Test
    void theRuleRefusesNoTokenBeyondLoopbackAndJudgesEachRequest() {
        assertThrows(IllegalArgumentException.class, () -> new AccessRule(Tokens.NONE, false, false));
        assertThrows(IllegalArgumentException.class, () -> new AccessRule(Tokens.NONE, true, true));
        AccessRule open = new AccessRule(Tokens.NONE, false, true);
        assertEquals(Verdict.Outcome.ALLOW, open.judge("GET", "/api/v1/series", null).outcome());
        assertEquals(Verdict.Outcome.MISSING, open.judge("POST", "/api/v1/series", null).outcome());
        assertEquals(Verdict.Outcome.INVALID, open.judge("GET", "/api/v1/series", "Bearer " + OPS).outcome());
        assertEquals(Verdict.Outcome.MISSING, open.judge("delete", "/x", "Basic YTpi").outcome());
        assertEquals("operate or admin", TokenGate.roles(Role.OPERATE));
        assertEquals("read, operate or admin", TokenGate.roles(Role.READ));
        assertEquals(OPS, AccessRule.bearer("bearer  " + OPS + " "));
    }

    @Test
    void anAdHocForecastPostIsARead() {
        AccessRule open = new AccessRule(Tokens.NONE, false, true);
        assertEquals(null, open.needs("POST", "/api/v1/forecasts"));
        assertEquals(Verdict.Outcome.ALLOW, open.judge("POST", "/api/v1/forecasts", null).outcome());
        Tokens tokens = Tokens.parse("CAPACITY_TOKENS", "read grafana " + OPS);
        AccessRule guarded = new AccessRule(tokens, true, true);
        assertEquals(Role.READ, guarded.needs("POST", "/api/v1/forecasts"));
        assertEquals(Verdict.Outcome.ALLOW, guarded.judge("POST", "/api/v1/forecasts", "Bearer " + OPS).outcome());
        // Only that path: anything else that is not a read still needs operate, even a neighbour of it.
        for (String path : List.of("/api/v1/forecasts/x", "/api/v1/forecasts/", "/api/v1/plans", "/api/v1/what-if")) {
            assertEquals(Role.OPERATE, open.needs("POST", path), path);
        }
        assertEquals(Role.OPERATE, open.needs("PUT", "/api/v1/forecasts"));
        assertEquals(Role.OPERATE, open.needs("DELETE", "/api/v1/forecasts"));
    }

    @Test
    void aFormsTokenIsJudgedAsABearerTokenOnlyOnThePagesDecisionPath() {
        Tokens tokens = Tokens.parse("CAPACITY_TOKENS", "operate ops " + OPS + ", read viewer " + VIEW);
        AccessRule rule = new AccessRule(tokens, false, true);
        String path = "/plans/7/decision";
        for (String secret : new String[] {null, "", "  ", OPS, " " + OPS + " ", VIEW, "unknown-0123456789abcdef"}) {
            Verdict form = rule.judgeSecret("POST", path, secret);
            Verdict header = rule.judge("POST", path, secret == null ? null : "Bearer " + secret);
            assertEquals(header.outcome(), form.outcome(), "secret '" + secret + "'");
            assertEquals(header.needed(), form.needed());
        }
        assertEquals(Verdict.Outcome.ALLOW, rule.judgeSecret("POST", path, OPS).outcome());
        assertEquals("ops", rule.judgeSecret("POST", path, OPS).token().name());
        assertEquals(Verdict.Outcome.FORBIDDEN, rule.judgeSecret("POST", path, VIEW).outcome());
        assertEquals(Verdict.Outcome.MISSING, rule.judgeSecret("POST", path, null).outcome());
        assertTrue(AccessRule.formPost("POST", path));
        assertTrue(AccessRule.formPost("post", "/plans/abc/decision"));
        for (String other : List.of("/plans/7/decision/", "/plans/7/approve", "/api/v1/plans/7/decision",
                "/plans//decision", "/plans/7/decision/x", "/x/plans/7/decision")) {
            assertFalse(AccessRule.formPost("POST", other), other);
        }
        assertFalse(AccessRule.formPost("GET", path));
        assertFalse(AccessRule.formPost("PUT", path));
    }
}
