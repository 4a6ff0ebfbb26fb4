package io.capacity.service.api;

import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.apply.ActionOutcome;
import io.capacity.app.actions.apply.ApplyPlan;
import io.capacity.app.actions.apply.ApplyResult;
import io.capacity.app.actions.apply.ApplySettings;
import io.capacity.service.apply.ApplyUse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/plans/{id}/apply}: carries out an approved plan's power actions through the hosts' BMCs
 * ({@link ApplyPlan}), or with {@code dry_run=true} says what it would do and changes nothing. Real runs only when
 * {@code serve --apply-actions} ({@code capacity.apply.execute}); without it every apply is a dry run and
 * {@code dry_run=false} is refused (409). The BMCs are the Redfish and IPMI targets of {@code serve --collect-config}
 * ({@code capacity.apply.bmc-config}); the capacity check plans from {@code serve --inventory}. The use case is the
 * service's one ({@link ApplyUse}), shared with the executor that applies due actions on its own.
 */
@RestController
@RequestMapping("/api/v1/plans")
public class PlanApplyController {
    private final ObjectProvider<PlanBook> books;
    private final ApplyUse use;
    private final ApplySettings settings;

    public PlanApplyController(ObjectProvider<PlanBook> books, ApplyUse use) {
        this.books = books;
        this.use = use;
        this.settings = use.settings();
    }

    @PostMapping("/{id}/apply")
    public Map<String, Object> apply(@PathVariable String id,
                                     @RequestParam(name = "dry_run", required = false) String dryRun,
                                     @RequestParam(name = "action", required = false) String action,
                                     HttpServletRequest request) {
        long plan = PlansController.number(id, "no plan ");
        Integer only = action == null ? null
                : (int) Math.min(Integer.MAX_VALUE, PlansController.number(action, "plan " + plan + " has no action "));
        boolean dry = dryRun == null ? !settings.execute() : bool(dryRun);
        ApplyResult r = use().run(plan, only, dry, PlansController.who(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dry_run", r.dryRun());
        body.put("execution", settings.execute() ? "enabled" : "off: dry runs only (serve --apply-actions enables it)");
        body.put("outcomes", r.outcomes().stream().map(PlanApplyController::outcome).toList());
        body.put("next_due", PlanViews.text(r.nextDue().orElse(null)));
        body.put("plan", PlanViews.detail(r.plan(), books.getObject().audit(r.plan().id())));
        return body;
    }

    private static Map<String, Object> outcome(ActionOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", o.actionId());
        m.put("kind", o.kind());
        m.put("outcome", o.outcome().text());
        m.put("reason", o.reason());
        m.put("commands", o.commands());
        m.put("due_at", PlanViews.text(o.dueAt()));
        return m;
    }

    private ApplyPlan use() {
        return use.get().orElseThrow(() -> new PlanErrors.Unavailable("this service keeps no plan book (it is opened"
                + " by capacity serve under --data-dir)"));
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("query parameter dry_run: '"
                    + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "' is not true or false");
        };
    }
}
