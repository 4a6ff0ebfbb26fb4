package io.capacity.service.api;

import io.capacity.app.StoreAccess;
import io.capacity.app.actions.ActionPlan;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.PlanFilter;
import io.capacity.app.actions.PlanState;
import io.capacity.app.actions.RecordPlans;
import io.capacity.app.actions.UnknownPlan;
import io.capacity.app.plan.DemandSource;
import io.capacity.app.plan.MakePlan;
import io.capacity.app.plan.PlanRequest;
import io.capacity.store.MetricStore;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/plans}: the action-plan book (docs/api.md, "Plans"). Reads list and show plans with their actions,
 * efficacy and audit trail; {@code approve}, {@code dismiss}, {@code cancel} and an action's {@code skip} move them
 * through the lifecycle ({@link io.capacity.app.actions.PlanState}); {@code POST /api/v1/plans} plans the
 * inventory from the stored demand and records the result as recommended. A transition is recorded under the
 * caller's name (the authenticated principal's, else {@code anonymous@ADDRESS}).
 */
@RestController
@RequestMapping("/api/v1/plans")
public class PlansController {
    private static final Set<String> REASON = Set.of("reason");
    private static final Set<String> PLAN_FIELDS = Set.of("cluster", "model", "reason");

    private final ObjectProvider<PlanBook> books;
    private final MetricStore store;
    private final String inventory;

    public PlansController(ObjectProvider<PlanBook> books, MetricStore store,
                           @Value("${capacity.inventory:}") String inventory) {
        this.books = books;
        this.store = store;
        this.inventory = inventory;
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(required = false) String state,
                                    @RequestParam(required = false) String cluster,
                                    @RequestParam(required = false) Integer offset,
                                    @RequestParam(required = false) Integer limit) {
        PlanFilter f = PlanFilter.DEFAULTS.with(state(state), cluster).page(
                offset == null ? PlanFilter.DEFAULTS.offset() : offset,
                limit == null ? PlanFilter.DEFAULTS.limit() : limit);
        return PlanViews.page(book().list(f));
    }

    @GetMapping("/{id}")
    public Map<String, Object> show(@PathVariable String id) {
        return detail(book().get(id(id)));
    }

    @PostMapping("/{id}/approve")
    public Map<String, Object> approve(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                       HttpServletRequest request) {
        return detail(book().approve(id(id), who(request), PlanBodies.text(body, REASON, "reason")));
    }

    @PostMapping("/{id}/dismiss")
    public Map<String, Object> dismiss(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                       HttpServletRequest request) {
        return detail(book().dismiss(id(id), who(request), PlanBodies.text(body, REASON, "reason")));
    }

    @PostMapping("/{id}/cancel")
    public Map<String, Object> cancel(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                      HttpServletRequest request) {
        return detail(book().cancel(id(id), who(request), PlanBodies.text(body, REASON, "reason")));
    }

    @PostMapping("/{id}/actions/{actionId}/skip")
    public Map<String, Object> skip(@PathVariable String id, @PathVariable String actionId,
                                    @RequestBody(required = false) JsonNode body, HttpServletRequest request) {
        long plan = id(id);
        int action = (int) Math.min(Integer.MAX_VALUE, number(actionId, "plan " + plan + " has no action "));
        return detail(book().skip(plan, action, who(request), PlanBodies.text(body, REASON, "reason")));
    }

    /**
     * Plans the inventory ({@code serve --inventory FILE}) from the stored demand, as {@code ./capacity plan
     * --from-store} does, and records one recommended plan per cluster, or only {@code cluster}'s.
     */
    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) JsonNode body,
                                                      HttpServletRequest request) {
        String cluster = PlanBodies.text(body, PLAN_FIELDS, "cluster");
        String model = PlanBodies.text(body, PLAN_FIELDS, "model");
        String reason = PlanBodies.text(body, PLAN_FIELDS, "reason");
        PlanBook book = book();
        if (inventory.isBlank()) {
            throw new PlanErrors.Unavailable("no inventory to plan: start the service with --inventory FILE");
        }
        PlanRequest r = PlanRequest.DEFAULTS.withInputs(Path.of(inventory), DemandSource.Stored.DEFAULTS);
        if (model != null) {
            r = r.withModel(model);
        }
        List<ActionPlan> made = new RecordPlans(new MakePlan(StoreAccess.shared(store), Clock.systemUTC()), book)
                .run(r, cluster, who(request), reason == null ? "requested through the API" : reason);
        ResponseEntity.BodyBuilder created = ResponseEntity.status(HttpStatus.CREATED);
        if (made.size() == 1) {
            created.header("Location", "/api/v1/plans/" + made.get(0).id());
        }
        return created.body(Map.of("plans", made.stream().map(PlanViews::summary).toList()));
    }

    private Map<String, Object> detail(ActionPlan p) {
        return PlanViews.detail(p, book().audit(p.id()));
    }

    private PlanBook book() {
        PlanBook b = books.getIfAvailable();
        if (b == null) {
            throw new PlanErrors.Unavailable("this service keeps no plan book (it is opened by capacity serve under "
                    + "--data-dir)");
        }
        return b;
    }

    private static long id(String text) {
        return number(text, "no plan ");
    }

    /** A positive id, else the thing is unknown: any text names nothing, so it is a 404 like a missing number. */
    static long number(String text, String unknown) {
        try {
            long v = Long.parseLong(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through: not an id this book gave
        }
        throw new UnknownPlan(unknown + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
    }

    private static PlanState state(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PlanState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query parameter state: '" + text + "' is not one of "
                    + Arrays.stream(PlanState.values()).map(PlanState::text).collect(Collectors.joining(", ")));
        }
    }

    static String who(HttpServletRequest request) {
        Principal p = request.getUserPrincipal();
        return p != null ? p.getName() : "anonymous@" + request.getRemoteAddr();
    }
}
