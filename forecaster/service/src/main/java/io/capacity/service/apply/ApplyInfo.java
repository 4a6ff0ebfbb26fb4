package io.capacity.service.apply;

import io.capacity.app.actions.apply.DueRun;
import io.capacity.app.actions.apply.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The {@code apply} section of {@code /actuator/info}: whether the executor runs, how often, and its last pass. */
@Component
public final class ApplyInfo implements InfoContributor {
    private final ApplyExecutor executor;

    public ApplyInfo(ApplyExecutor executor) {
        this.executor = executor;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("executor", executor.enabled());
        if (executor.enabled()) {
            out.put("every", executor.schedule().every().toString());
        }
        executor.last().ifPresent(r -> out.put("last_run", summary(r)));
        builder.withDetail("apply", out);
    }

    static Map<String, Object> summary(DueRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", r.started().toString());
        m.put("wall_seconds", r.wallSeconds());
        m.put("plans", r.plans());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            if (r.count(o) > 0) {
                outcomes.put(o.text(), r.count(o));
            }
        }
        m.put("outcomes", outcomes);
        m.put("failed_plans", r.failedPlans());
        return m;
    }
}
