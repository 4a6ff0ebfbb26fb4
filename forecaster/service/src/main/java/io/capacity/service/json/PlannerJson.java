package io.capacity.service.json;

import tools.jackson.databind.json.JsonMapper;

/** The planner's results as JSON text: what {@code plan -o} and {@code simulate -o} write. */
public final class PlannerJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new PlannerJsonModule()).build();

    private PlannerJson() {
    }

    /** A plan, what-if or simulation result as one line of JSON. */
    public static String write(Object result) {
        return MAPPER.writeValueAsString(result);
    }
}
