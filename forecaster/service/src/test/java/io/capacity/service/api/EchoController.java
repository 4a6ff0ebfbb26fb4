package io.capacity.service.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: a handler for every method at {@code /api/v1/test-echo}, answering the method and the caller's
 * principal, so the token rule can be tried on real mutating requests before the API has its own. Present only in
 * contexts started with {@code --capacity.test.echo=true}.
 */
@RestController
@ConditionalOnProperty(name = "capacity.test.echo", havingValue = "true")
class EchoController {
    @RequestMapping("/api/v1/test-echo")
    Map<String, String> echo(HttpServletRequest request) {
        return Map.of("method", request.getMethod(),
                "who", request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName());
    }
}
