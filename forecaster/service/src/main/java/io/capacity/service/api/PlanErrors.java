package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.app.actions.RefusedTransition;
import io.capacity.app.actions.UnknownPlan;
import io.capacity.app.actions.apply.ApplyDisabled;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The plans API's own problems: an unknown plan or action is a 404, a transition the lifecycle refuses a 409 whose
 * {@code state} and {@code allowed} members list where the plan or action is and may go, a request that does not fit
 * the stored data a 422. Everything else is {@link ApiErrors}'.
 */
@RestControllerAdvice(assignableTypes = {PlansController.class, PlanApplyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanErrors {

    /** The plans API cannot serve in this configuration (no plan book, no inventory). */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    @ExceptionHandler(UnknownPlan.class)
    public ProblemDetail unknown(UnknownPlan e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler(RefusedTransition.class)
    public ProblemDetail refused(RefusedTransition e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "Transition refused", e.getMessage());
        p.setProperty("state", e.current());
        p.setProperty("allowed", e.allowed());
        return p;
    }

    @ExceptionHandler(ApplyDisabled.class)
    public ProblemDetail applyDisabled(ApplyDisabled e) {
        return Problems.of(HttpStatus.CONFLICT, "Apply runs dry only", e.getMessage()
                .replace("option apply_actions=true", "serve --apply-actions"));
    }

    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e) {
        return Problems.of(e, k -> "field " + k);
    }

    @ExceptionHandler(Unavailable.class)
    public ProblemDetail unavailable(Unavailable e) {
        return Problems.notConfigured(e.getMessage());
    }
}
