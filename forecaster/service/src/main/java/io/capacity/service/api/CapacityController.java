package io.capacity.service.api;

import io.capacity.app.capacity.AssessCapacity;
import io.capacity.app.capacity.CapacityBoard;
import io.capacity.app.capacity.CapacityRequest;
import io.capacity.planner.model.Dimension;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.propertyeditors.StringArrayPropertyEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/capacity}: each cluster of the service's inventory per dimension ({@link AssessCapacity}
 * through the {@link CapacityBoard}, which keeps recent assessments), ranked by conservative time remaining.
 */
@RestController
public class CapacityController {
    /** Clusters one request may name. */
    static final int MAX_CLUSTERS = 100;
    static final Duration MAX_HORIZON = Duration.ofDays(90);
    static final Duration MAX_HISTORY = Duration.ofDays(365);

    private final CapacityService capacity;

    public CapacityController(CapacityService capacity) {
        this.capacity = capacity;
    }

    /** A single value stays whole: Spring would otherwise split it at commas. */
    @InitBinder
    void wholeValues(WebDataBinder binder) {
        binder.registerCustomEditor(String[].class, new StringArrayPropertyEditor(null, false, false));
    }

    @Operation(summary = "Capacity per cluster and dimension, ranked by time remaining",
            description = "For each cluster of the inventory (serve --inventory FILE, or the demo's): per dimension "
                    + "(cpu, memory, bandwidth, and power where the cluster has a budget and its hosts' watts are "
                    + "stored) usage now, capacity, usable capacity (less the N+K spares, at the target utilisation), "
                    + "headroom, the time remaining until the forecast's upper band crosses the usable capacity "
                    + "(conservative) and until its mean does (aggressive), each as a time and in days (null when not "
                    + "within the horizon), the recommended size, and a criticality from the service's thresholds. "
                    + "Clusters are ranked by conservative time remaining. When the scheduled pipeline plans the "
                    + "inventory, each run assesses every cluster from its demand forecasts over the default horizon "
                    + "and history, and a request for those (any cluster and dimension filter) is answered from the "
                    + "latest run while it is fresh (source: pipeline); other requests, and any before the first run, "
                    + "are assessed on demand (source: on_demand), kept a while and refreshed in the background. "
                    + "computed_at says when each was made.")
    @ApiResponse(responseCode = "200", description = "the clusters, ranked; clusters without data under failed")
    @ApiResponse(responseCode = "400", description = "a bad parameter (problem+json)")
    @ApiResponse(responseCode = "404", description = "a cluster the inventory does not have (problem+json)")
    @ApiResponse(responseCode = "422", description = "the one cluster asked for has no stored data (problem+json)")
    @ApiResponse(responseCode = "503", description = "the service has no inventory (problem+json)")
    @GetMapping("/api/v1/capacity")
    public Map<String, Object> capacity(
            @Parameter(description = "only this cluster; repeatable, at most " + MAX_CLUSTERS + " (default: every "
                    + "cluster of the inventory)") @RequestParam(required = false) String[] cluster,
            @Parameter(description = "only this dimension: cpu, memory, bandwidth or power; repeatable (default: "
                    + "all with data)") @RequestParam(required = false) String[] dimension,
            @Parameter(description = "how far ahead time remaining is looked for, 1h to 90d (default: serve "
                    + "--capacity-horizon, 14d)")
            @RequestParam(required = false) String horizon,
            @Parameter(description = "demand history read before now, 1d to 365d (default 28d)")
            @RequestParam(required = false) String history) {
        CapacityRequest template = capacity.template();
        Duration h = within("horizon", horizon, Duration.ofHours(1), MAX_HORIZON);
        Duration past = within("history", history, Duration.ofDays(1), MAX_HISTORY);
        if (h != null || past != null) {
            template = template.withWindow(past == null ? template.history() : past, template.step(),
                    h == null ? template.horizon() : h);
        }
        List<String> known = capacity.clusters(template.inventory());
        List<String> asked = clusters(cluster, known);
        Set<Dimension> only = dimensions(dimension);
        CapacityBoard.Overview o = capacity.assess(template, asked);
        if (cluster != null && o.ranked().isEmpty() && !o.failed().isEmpty()) {
            throw io.capacity.app.RequestProblem.text(String.join("; ", o.failed().values()), false);
        }
        return CapacityView.of(o, template, only);
    }

    private static List<String> clusters(String[] given, List<String> known) {
        if (given == null) {
            if (known.size() > MAX_CLUSTERS) {
                throw new IllegalArgumentException("the inventory has " + known.size() + " clusters; name at most "
                        + MAX_CLUSTERS + " with cluster=ID (repeatable)");
            }
            return known;
        }
        Set<String> asked = new LinkedHashSet<>(Arrays.asList(given));
        if (asked.size() > MAX_CLUSTERS) {
            throw new IllegalArgumentException("query parameter cluster: " + asked.size() + " clusters given; at most "
                    + MAX_CLUSTERS + " per request");
        }
        List<String> unknown = asked.stream().filter(c -> !known.contains(c)).map(QueryText::printable).toList();
        if (!unknown.isEmpty()) {
            throw new NotFound("no cluster " + String.join(", ", unknown) + " in the inventory; its clusters are "
                    + known);
        }
        return new ArrayList<>(asked);
    }

    private static Set<Dimension> dimensions(String[] given) {
        Set<Dimension> out = EnumSet.noneOf(Dimension.class);
        for (String d : given == null ? new String[0] : given) {
            try {
                out.add(Dimension.valueOf(d.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw QueryValues.bad("dimension", d, "one of " + Arrays.stream(Dimension.values())
                        .map(x -> x.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
        return out;
    }

    private static Duration within(String name, String text, Duration min, Duration max) {
        Duration d = QueryValues.duration(name, text);
        if (d != null && (d.compareTo(min) < 0 || d.compareTo(max) > 0)) {
            throw QueryValues.bad(name, text, "a duration from " + io.capacity.app.DurationText.of(min) + " to "
                    + io.capacity.app.DurationText.of(max));
        }
        return d;
    }
}
