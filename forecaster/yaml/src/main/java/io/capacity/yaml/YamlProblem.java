package io.capacity.yaml;

/**
 * One thing wrong in a YAML file, as data: the file, the line (0 when no line applies, such as a key that is absent
 * from an absent section), the dotted field path ({@code hosts[2].cores}), the value found (null when there is
 * none; never a secret) and what was expected. Each reader words it in its own line format.
 */
public record YamlProblem(String file, int line, String field, String value, String expected) {
}
