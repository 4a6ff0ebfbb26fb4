package io.capacity.store.influx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InfluxQlTest {
    @Test
    void quotesIdentifiersAndEscapesQuotesAndBackslashes() {
        assertEquals("\"cpu\"", InfluxQl.ident("cpu"));
        assertEquals("\"a \\\"b\\\" c\\\\d\"", InfluxQl.ident("a \"b\" c\\d"));
        assertEquals("'it\\'s, a=b ☃'", InfluxQl.literal("it's, a=b ☃"));
        assertEquals("'back\\\\slash'", InfluxQl.literal("back\\slash"));
    }

    @Test
    void buildsTagConditionsAndSources() {
        Map<String, String> tags = new TreeMap<>(Map.of("host", "web 1", "site", "o'hare"));
        assertEquals("\"host\"::tag = 'web 1' AND \"site\"::tag = 'o\\'hare'", InfluxQl.tagConditions(tags));
        assertEquals("\"autogen\".\"cpu\"", InfluxQl.source("autogen", "cpu"));
        assertEquals("\"cpu\"", InfluxQl.source(null, "cpu"));
    }

    @Test
    void writesDurationsInTheCoarsestExactUnit() {
        assertEquals("1h", InfluxQl.duration(Duration.ofHours(1)));
        assertEquals("90m", InfluxQl.duration(Duration.ofMinutes(90)));
        assertEquals("1500ms", InfluxQl.duration(Duration.ofMillis(1500)));
        assertEquals("7ns", InfluxQl.duration(Duration.ofNanos(7)));
    }
}
