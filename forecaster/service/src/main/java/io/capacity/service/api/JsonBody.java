package io.capacity.service.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request's JSON body with a size bound, strictly: at most {@code max} bytes (else 413), content type JSON or
 * none (else 415), a key given twice is refused, NaN and Infinity are not JSON. Each refusal is one line for the
 * client.
 */
final class JsonBody {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The body is larger than the endpoint takes (413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** The body is not JSON by its content type (415). */
    static final class WrongType extends RuntimeException {
        WrongType(String message) {
            super(message);
        }
    }

    private JsonBody() {
    }

    /** The body as a tree; a missing or empty body is a missing node. */
    static JsonNode read(HttpServletRequest request, int max) throws IOException {
        String type = request.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new WrongType("request body: Content-Type " + QueryText.printable(type)
                    + " is not taken; send application/json");
        }
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw new TooLarge(tooLarge(max));
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(max + 1);
        }
        if (bytes.length > max) {
            throw new TooLarge(tooLarge(max));
        }
        if (bytes.length == 0) {
            return STRICT.missingNode();
        }
        try {
            return STRICT.readTree(bytes);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException("request body: not valid JSON" + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + " (NaN and Infinity are not JSON numbers; each key once)");
        }
    }

    private static String tooLarge(int max) {
        return "request body: more than " + max + " bytes; this endpoint takes at most " + max
                + " (send fewer or shorter series)";
    }
}
