package io.capacity.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a form post comes from this service's own pages. The form's token is what guards a change (a page on
 * another site cannot know it); this check is the second guard, so that a token a browser remembered for the form
 * cannot be sent from another site's page: a post whose {@code Sec-Fetch-Site} says cross-site or same-site (another
 * host), or whose {@code Origin} (else {@code Referer}) names another host and port than the request's {@code Host},
 * is refused. A post with none of them (a script, a browser told to send no referrer) still needs its token.
 * Host and port only, not the scheme, so the check holds behind a proxy that ends TLS.
 */
final class FormOrigin {
    private FormOrigin() {
    }

    /** True when nothing says the post came from another site. */
    static boolean sameSite(HttpServletRequest request) {
        String fetch = request.getHeader("Sec-Fetch-Site");
        if (fetch != null && !fetch.equalsIgnoreCase("same-origin") && !fetch.equalsIgnoreCase("none")) {
            return false;
        }
        String host = request.getHeader("Host");
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameHost(origin, host);
        }
        String referer = request.getHeader("Referer");
        return referer == null || sameHost(referer, host);
    }

    private static boolean sameHost(String url, String host) {
        if (host == null || url.equals("null")) {
            return false;
        }
        try {
            URI u = URI.create(url.strip());
            if (u.getHost() == null) {
                return false;
            }
            String authority = (u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "")).toLowerCase(Locale.ROOT);
            String h = host.strip().toLowerCase(Locale.ROOT);
            return authority.equals(h) || authority.equals(withDefaultPort(h, u.getScheme()))
                    || withDefaultPort(authority, u.getScheme()).equals(h);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code host} with the scheme's default port when it names none ({@code example.org} → {@code :443}). */
    private static String withDefaultPort(String host, String scheme) {
        if (host.matches(".*:\\d+")) {
            return host;
        }
        return host + ("https".equalsIgnoreCase(scheme) ? ":443" : ":80");
    }
}
