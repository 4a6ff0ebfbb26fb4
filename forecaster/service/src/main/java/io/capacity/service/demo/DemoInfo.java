package io.capacity.service.demo;

import io.capacity.app.demo.DemoBackfill;
import io.capacity.app.demo.DemoFleet;
import io.capacity.app.demo.DemoStart;
import io.capacity.schema.MetricSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} says {@code "demo": {"simulated": true, ...}} while the service runs a demo fleet. */
@Component
public class DemoInfo implements InfoContributor {
    private final ObjectProvider<DemoStart> demo;

    public DemoInfo(ObjectProvider<DemoStart> demo) {
        this.demo = demo;
    }

    @Override
    public void contribute(Info.Builder builder) {
        DemoStart d = demo.getIfAvailable();
        if (d == null) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("simulated", true);
        m.put("label", MetricSchema.TAG_ORIGIN + "=" + MetricSchema.ORIGIN_DEMO);
        m.put("hosts", d.fleet().hosts());
        m.put("seed", d.fleet().seed());
        m.put("clusters", Arrays.stream(DemoFleet.Shape.values()).map(DemoFleet.Shape::cluster).toList());
        m.put("history_from", d.fleet().historyStart().toString());
        m.put("inventory", d.inventory().toString());
        DemoBackfill.Result r = d.backfill();
        m.put("backfill", Map.of("steps", r.steps(), "points", r.points(), "millis", r.took().toMillis()));
        builder.withDetail("demo", m);
    }
}
