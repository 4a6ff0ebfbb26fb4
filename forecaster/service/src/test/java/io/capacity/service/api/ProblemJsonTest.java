package io.capacity.service.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemJsonTest {
    @Test
    void membersInSpringsOrderAndANullInstanceLeftOut() {
        assertEquals("{\"detail\":\"no such path: /x\",\"instance\":\"/x\",\"status\":404,\"title\":\"Not Found\"}",
                ProblemJson.body(404, "Not Found", "no such path: /x", "/x"));
        assertEquals("{\"detail\":\"bad\",\"status\":400,\"title\":\"Bad Request\"}",
                ProblemJson.body(400, "Bad Request", "bad", null));
    }

    @Test
    void aDetailQuotingTheRequestCannotBeReadAsMarkupAndReadsBackAsWritten() {
        String detail = "value '<script>a&b</script>' \"q\" \\ line\nbreak\ttab \u007f \u2028 \u2029 \u0001 é";
        String body = ProblemJson.body(400, "Invalid request", detail, "/api");
        for (String raw : new String[] {"<", ">", "&", "\n", "\t", "\u007f", "\u2028", "\u2029", "\u0001"}) {
            assertFalse(body.contains(raw), "unescaped " + (int) raw.charAt(0) + " in " + body);
        }
        JsonNode read = JsonMapper.builder().build().readTree(body);
        assertEquals(detail, read.get("detail").asString());
        assertEquals(400, read.get("status").asInt());
    }
}
