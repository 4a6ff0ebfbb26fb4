package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** HTTP calls of the read and what-if API tests, and their problem+json check. */
final class ApiCalls {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiCalls() {
    }

    static HttpResponse<String> get(String url) throws Exception {
        return get(url, null);
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts an RFC 9457 body with {@code status} whose detail holds {@code detail}. */
    static void problem(HttpResponse<String> r, int status, String detail) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        assertTrue(r.body().contains(detail), "'" + detail + "' in " + r.body());
    }
}
