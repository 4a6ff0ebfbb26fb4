package io.capacity.planner.cost;

import io.capacity.planner.json.Json;
import io.capacity.planner.json.JsonWritable;

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
public record CostLine(String item, double amount, String currency, String formula, Map<String, Object> inputs)
        implements JsonWritable {
    public CostLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(formula, "formula");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("cost line " + item + " has non-finite amount " + amount);
        }
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    @Override
    public Object jsonTree() {
        return Json.obj("item", item, "amount", round(amount), "currency", currency, "formula", formula,
                "inputs", inputs);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
