package io.capacity.core.hint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core knows no front end: its messages name an option ({@code option model=NAME}, see {@link Hints}), never
 * a command-line flag such as {@code --model}, which each front end renders for itself.
 */
class NoFlagsInCoreTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern FLAG_IN_STRING = Pattern.compile("\"[^\"\\n]*(?<![\\w-])--[a-z][\\w-]*[^\"\\n]*\"");

    @Test
    void noStringLiteralOfTheCoreNamesAFlag() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains("/bench/")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = FLAG_IN_STRING.matcher(code);
                    if (m.find()) {
                        found.add(MAIN.relativize(f) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "name the option with Hints.option(key, value) instead");
    }
}
