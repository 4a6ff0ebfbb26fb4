/**
 * Bearer tokens and who may call what: {@link io.capacity.service.tokens.Tokens} (the configured tokens, each with a
 * name and a {@link io.capacity.service.tokens.Role}, matched in constant time), {@link
 * io.capacity.service.tokens.TokenSources} (environment, file, Spring property), {@link
 * io.capacity.service.tokens.AccessRule} (the rule) and {@link io.capacity.service.tokens.TokenGate} (the servlet
 * filter that applies it). docs/api.md, section Tokens, is the user's guide.
 */
package io.capacity.service.tokens;
