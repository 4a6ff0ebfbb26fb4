package io.capacity.planner.cost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One traceable cost figure: the amount, the formula that produced it and every input it used.
 *
 * @param item     what is costed, e.g. {@code energy}, {@code capex h1}, {@code bandwidth up1}
 * @param amount   amount in {@code currency}
 * @param currency ISO code
 * @param formula  the arithmetic, in words an auditor can redo
 * @param inputs   named inputs of the formula, in order
 */
public record CostLine(String item, double amount, String currency, String formula, Map<String, Object> inputs) {
    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(formula, "formula");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("cost line " + item + " has non-finite amount " + amount);
        }
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** Named inputs in the order given, from alternating names and values: {@code inputsOf("hosts", 3, ...)}. */
    public static Map<String, Object> inputsOf(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("inputs need name/value pairs, got " + namesAndValues.length
                    + " items");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return m;
    }
}
