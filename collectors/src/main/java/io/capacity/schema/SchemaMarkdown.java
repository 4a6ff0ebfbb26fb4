package io.capacity.schema;

import java.util.stream.Collectors;

/**
 * Renders {@link MetricSchema} as the markdown table in {@code docs/schema.md}; a test compares the two so the
 * documentation cannot drift from the code.
 */
public final class SchemaMarkdown {
    private SchemaMarkdown() {
    }

    public static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("| measurement | tags (besides inventory) | field | kind | type | unit |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (MeasurementDef m : MetricSchema.ALL) {
            String tags = m.tagKeys().isEmpty() ? "" :
                    m.tagKeys().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
            for (FieldDef f : m.fields()) {
                sb.append("| `").append(m.name()).append("` | ").append(tags).append(" | `").append(f.name())
                        .append("` | ").append(f.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                        .append(f.type().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(f.unit()).append(" |\n");
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.print(render());
    }
}
