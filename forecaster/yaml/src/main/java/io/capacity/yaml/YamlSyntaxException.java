package io.capacity.yaml;

/** The text is not well-formed YAML: the line where the parser gave up and its reason in the parser's words. */
public final class YamlSyntaxException extends Exception {
    private final int line;
    private final String reason;

    YamlSyntaxException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
