package io.capacity.service.cli;

import io.capacity.service.tokens.AccessRule;
import io.capacity.service.tokens.TokenSources;
import io.capacity.service.tokens.Tokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code serve}'s tokens, checked before anything starts: a bad or shared tokens file is one line (exit 1), and
 * listening beyond loopback with no token is a usage error (exit 2) saying how to configure one. The Spring side
 * ({@code tokens.TokenConfig}) then loads the same sources.
 */
final class ServeTokens {
    private ServeTokens() {
    }

    static void check(ListenAddress listen, Path tokensFile, boolean readsNeedToken) {
        Tokens tokens = TokenSources.load("CAPACITY_TOKENS", System.getenv("CAPACITY_TOKENS"), "--tokens-file",
                tokensFile);
        if (tokens.isEmpty() && !listen.loopbackOnly()) {
            throw new UsageError("--bind " + listen.bind() + ": " + AccessRule.noTokenBeyondLoopback());
        }
        if (tokens.isEmpty() && readsNeedToken) {
            throw new UsageError("--reads-need-token: no token is configured, so nothing could be read; set "
                    + "CAPACITY_TOKENS='read NAME SECRET' or --tokens-file FILE");
        }
    }

    /** The Spring properties that carry the flags. */
    static String[] settings(Path tokensFile, boolean readsNeedToken) {
        List<String> s = new ArrayList<>();
        if (tokensFile != null) {
            s.add("--capacity.tokens-file=" + tokensFile.toAbsolutePath());
        }
        s.add("--capacity.reads-need-token=" + readsNeedToken);
        return s.toArray(String[]::new);
    }
}
