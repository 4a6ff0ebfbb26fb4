package io.capacity.service.pipeline;

import io.capacity.app.pipeline.PipelineRun;
import io.capacity.app.pipeline.SeriesOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The {@code pipeline} section of {@code /actuator/info}: schedule and the last run's summary. */
@Component
public final class PipelineInfo implements InfoContributor {
    private final ObjectProvider<PipelineStatus> status;

    public PipelineInfo(ObjectProvider<PipelineStatus> status) {
        this.status = status;
    }

    @Override
    public void contribute(Info.Builder builder) {
        PipelineStatus s = status.getIfAvailable();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enabled", s != null && s.every().isPresent());
        if (s != null) {
            s.every().ifPresent(e -> out.put("every", e.toString()));
            s.last().ifPresent(r -> out.put("last_run", summary(r)));
            s.lastPlans().ifPresent(r -> out.put("last_plans", PlansInfo.summary(r)));
        }
        builder.withDetail("pipeline", out);
    }

    static Map<String, Object> summary(PipelineRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("started", r.started().toString());
        m.put("wall_seconds", r.wallSeconds());
        m.put("cpu_seconds", r.cpuSeconds());
        m.put("series", r.selected());
        m.put("forecast", r.count(SeriesOutcome.Status.FORECAST));
        m.put("chosen", r.chosen());
        m.put("cached", r.cached());
        m.put("failed", r.count(SeriesOutcome.Status.FAILED));
        m.put("skipped", r.count(SeriesOutcome.Status.SKIPPED));
        m.put("scored", r.scored());
        return m;
    }
}
