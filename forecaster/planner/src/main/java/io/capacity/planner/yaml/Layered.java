package io.capacity.planner.yaml;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a field from the first layer that has it (a host, then its hardware model; or a single section), reporting
 * a bad value where it is written and a missing one at the first layer.
 */
public final class Layered {
    private final List<YamlMap> layers;

    public Layered(List<YamlMap> layers) {
        this.layers = layers;
    }

    /** The file's problems (every layer is of the same file). */
    public Problems problems() {
        return layers.get(0).problems();
    }

    public YamlMap ownerOf(String key) {
        return owner(key);
    }

    private YamlMap owner(String key) {
        return layers.stream().filter(l -> l.has(key)).findFirst().orElse(null);
    }

    public boolean has(String key) {
        return owner(key) != null;
    }

    public String text(String key) {
        YamlMap o = owner(key);
        return o == null ? null : o.text(key);
    }

    /** A number {@code > 0} (or {@code >= 0} when {@code zeroOk}); {@code dflt} when absent everywhere. */
    public Double number(String key, boolean zeroOk, Double dflt) {
        String expected = zeroOk ? "a number >= 0" : "a number > 0";
        return parse(key, Values::number, v -> zeroOk ? v >= 0 : v > 0, expected, dflt);
    }

    public Duration duration(String key, Duration dflt) {
        return parse(key, Values::duration, d -> !d.isNegative(), "a duration such as 90s, 5m, 2h or PT5M",
                dflt);
    }

    public <T> T parse(String key, Function<String, T> parser, java.util.function.Predicate<T> ok,
                       String expected, T dflt) {
        YamlMap o = owner(key);
        if (o == null) {
            if (dflt == null) {
                YamlMap first = layers.get(0);
                first.problems().add(first.node(), first.field(key), "(missing)", expected
                        + (layers.size() > 1 ? " (the hardware model has no default)" : ""));
            }
            return dflt;
        }
        String t = o.text(key);
        if (t == null) {
            return null;
        }
        T v = parser.apply(t);
        if (v == null || !ok.test(v)) {
            o.problems().add(o.raw(key), o.field(key), t.isEmpty() ? "(empty)" : t, expected);
            return null;
        }
        return v;
    }
}
