package io.capacity.service.tokens;

import io.capacity.service.api.LoopbackHosts;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's {@link AccessRule}, from Spring properties: {@code capacity.tokens} (environment
 * {@code CAPACITY_TOKENS}), {@code capacity.tokens-file} ({@code CAPACITY_TOKENS_FILE}; {@code serve --tokens-file}),
 * {@code capacity.reads-need-token} ({@code CAPACITY_READS_NEED_TOKEN}) and the listening address. Logs what it
 * decided and how to change it; the token names only.
 */
@Configuration
public class TokenConfig {
    private static final Logger LOG = LoggerFactory.getLogger(TokenConfig.class);

    @Bean
    AccessRule accessRule(@Value("${capacity.tokens:}") String list, @Value("${capacity.tokens-file:}") String file,
                          @Value("${capacity.reads-need-token:false}") boolean readsNeedToken,
                          @Value("${server.address:}") String bind) {
        Tokens tokens = TokenSources.load("CAPACITY_TOKENS", list, "tokens file",
                file.isBlank() ? null : Path.of(file));
        AccessRule rule = new AccessRule(tokens, readsNeedToken, LoopbackHosts.isLoopback(bind));
        describe(rule);
        return rule;
    }

    private static void describe(AccessRule rule) {
        if (rule.tokens().isEmpty()) {
            LOG.info("tokens: none configured, so only reads are possible, from this machine (configure tokens with "
                    + "CAPACITY_TOKENS or --tokens-file)");
            return;
        }
        String reads = rule.readsNeedToken()
                ? "reads need a token (CAPACITY_READS_NEED_TOKEN=true or --reads-need-token)"
                : rule.loopbackOnly()
                ? "reads are open on loopback (require a token with CAPACITY_READS_NEED_TOKEN=true or "
                + "--reads-need-token)"
                : "reads need a token, as the service listens beyond loopback";
        LOG.info("tokens: {}; {}", rule.tokens().all(), reads);
    }
}
