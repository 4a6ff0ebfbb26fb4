package io.capacity.service.api;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * The {@code cursor} of {@code GET /api/v1/series}: the last canonical key of a page, base64url-encoded so that the
 * client treats it as opaque and it travels in a query string untouched. Only a cursor this endpoint made decodes.
 */
final class SeriesCursor {
    private static final String PREFIX = "k1:";

    private SeriesCursor() {
    }

    static String after(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key the cursor follows; null when no cursor is given. */
    static String key(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor.trim()))).toString();
            if (text.startsWith(PREFIX) && text.length() > PREFIX.length()) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // refused below
        }
        throw QueryValues.bad("cursor", cursor, "a cursor this endpoint gave: take it from the Link header's "
                + "rel=\"next\" of the previous page, or leave it out for the first page");
    }
}
