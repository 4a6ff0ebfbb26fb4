package io.capacity.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDocTest {
    @Test
    void docsSchemaContainsTheTableRenderedFromTheCode() throws IOException {
        Path doc = Path.of("..", "docs", "schema.md");
        String text = Files.readString(doc);
        assertTrue(text.contains(SchemaMarkdown.render()),
                "docs/schema.md is out of date; regenerate its table with SchemaMarkdown.main and paste it in");
    }
}
