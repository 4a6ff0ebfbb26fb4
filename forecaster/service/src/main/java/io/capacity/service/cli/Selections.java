package io.capacity.service.cli;

import io.capacity.app.series.SelectionText;
import io.capacity.store.SeriesFilter;

/**
 * Reads a series selection from the command line: {@code measurement[,tag=value...][ field]}, where the
 * measurement may be {@code *} for any, e.g. {@code cpu,host=web1 usage_idle} or {@code *,site=fra1}. A comma,
 * {@code =} or space inside a name or value is written with a backslash before it, as in the series
 * keys that {@code series} prints ({@code net,interface=bond0\,eth1}), so a printed key can be pasted back. The
 * syntax is {@link SelectionText}'s, which the REST API reads too.
 */
final class Selections {
    static final String HELP = "Series selection: measurement[,tag=value...][ field]; '*' as measurement "
            + "matches any (default: all series); a backslash escapes a comma, '=' or space in a value.";

    static final String SYNTAX = SelectionText.SYNTAX;

    private Selections() {
    }

    static SeriesFilter parse(String text) {
        try {
            return SelectionText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
