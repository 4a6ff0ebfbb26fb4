package io.capacity.service.api;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets a percent-encoded slash ({@code %2F}) through to Spring, still encoded, so that a series key holding a slash
 * (an SNMP interface name such as {@code Gi1/0/1}) can be read at {@code GET /api/v1/series/{key}/points}: Tomcat
 * refuses such a URI by default (400), and decoding it instead would split the key into path segments. Left
 * encoded, {@code %2F} is part of one segment: routes match on the literal slashes only, and the path variable is
 * decoded after matching, so it cannot climb out of its segment ({@code ..%2F} is a key that does not parse, never a
 * path).
 */
@Component
public class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(c -> c.setEncodedSolidusHandling(
                EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
