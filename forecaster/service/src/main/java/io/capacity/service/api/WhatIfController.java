package io.capacity.service.api;

import io.capacity.app.StoreAccess;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.app.plan.PlanResult;
import io.capacity.app.plan.WhatIfVerdict;
import io.capacity.service.json.PlannerJson;
import io.capacity.store.MetricStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/what-if}: the inventory planned from the stored demand (as {@code ./capacity plan --from-store}
 * does) with and without the body's changes ({@link MakePlan} with a {@link io.capacity.app.plan.WhatIfSpec}), and
 * per cluster whether the demand fits and what to buy by when ({@link WhatIfVerdict}). The plans are written by the
 * same Jackson mapping as {@code plan -o} ({@link PlannerJson}). At most {@link #CONCURRENT} questions are planned
 * at once; more get a 429.
 */
@RestController
public class WhatIfController {
    static final int CONCURRENT = 2;

    private final MetricStore store;
    private final CapacityService capacity;
    private final Semaphore running = new Semaphore(CONCURRENT);

    public WhatIfController(MetricStore store, CapacityService capacity) {
        this.store = store;
        this.capacity = capacity;
    }

    /** A what-if is being planned for {@link #CONCURRENT} callers already (429). */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    @Operation(summary = "Ask what if the workload, the fleet or the costs changed",
            description = "Plans every cluster of the inventory (serve --inventory FILE, or the demo's) from the "
                    + "stored demand twice, as it is and with the changes (the CLI's plan --what-if-* options), and "
                    + "answers per cluster whether the demand fits, what to buy by when, and the difference in "
                    + "energy; 'what_if' holds both plans in full (docs/planner.md, Plan JSON). Needs a token of "
                    + "role operate or admin. Body: a JSON object of at most 1 MiB with any of workload_percent, "
                    + "extra_demand, add_hosts, remove_hosts, tariff, pue, lead_time, target_util, boot_time, and "
                    + "optionally horizon (at most 30d) and model.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = "{\"workload_percent\": 30, "
                    + "\"add_hosts\": [\"2:r640:c1\"], \"lead_time\": \"30d\"}"))))
    @ApiResponse(responseCode = "200", description = "the verdict per cluster and both plans")
    @ApiResponse(responseCode = "400", description = "a bad body or field (problem+json)")
    @ApiResponse(responseCode = "413", description = "a body over 1 MiB (problem+json)")
    @ApiResponse(responseCode = "415", description = "a body that is not application/json (problem+json)")
    @ApiResponse(responseCode = "422", description = "the changes do not fit the inventory or data (problem+json)")
    @ApiResponse(responseCode = "429", description = "two what-ifs are being planned already (problem+json)")
    @ApiResponse(responseCode = "503", description = "the service has no inventory (problem+json)")
    @PostMapping("/api/v1/what-if")
    public ResponseEntity<String> whatIf(HttpServletRequest request) throws IOException {
        WhatIfBody body = WhatIfBody.of(JsonBody.read(request, WhatIfBody.MAX_BYTES));
        Path inventory = capacity.template().inventory();
        PlanRequest r = PlanRequest.DEFAULTS.withInputs(inventory, DemandSource.Stored.DEFAULTS)
                .withWhatIf(body.spec());
        if (body.horizon() != null) {
            r = r.withGrid(body.horizon(), r.step());
        }
        if (body.model() != null) {
            r = r.withModel(body.model());
        }
        if (!running.tryAcquire()) {
            throw new Busy("two what-if questions are being planned already; ask again when one is answered");
        }
        PlanResult result;
        try {
            result = new MakePlan(StoreAccess.shared(store), Clock.systemUTC()).run(r);
        } finally {
            running.release();
        }
        List<WhatIfVerdict> verdicts = WhatIfVerdict.of(result.whatIf());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", result.whatIf().scenario().name());
        out.put("horizon", r.horizon());
        out.put("fits", verdicts.stream().allMatch(WhatIfVerdict::fits));
        out.put("clusters", verdicts.stream().map(WhatIfController::verdict).toList());
        out.put("what_if", result.whatIf());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PlannerJson.write(out));
    }

    private static Map<String, Object> verdict(WhatIfVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cluster", v.cluster());
        m.put("fits_base", v.fitsBase());
        m.put("fits", v.fits());
        m.put("shortfall_base", v.needBase());
        m.put("shortfall", v.need());
        m.put("kwh_delta", Math.round(v.kwhDelta() * 1000) / 1000.0);
        m.put("energy_cost_delta", Math.round(v.costDelta() * 100) / 100.0);
        return m;
    }
}
