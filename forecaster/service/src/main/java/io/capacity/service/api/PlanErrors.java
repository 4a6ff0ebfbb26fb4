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
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not Found");
        return p;
    }

    @ExceptionHandler(RefusedTransition.class)
    public ProblemDetail refused(RefusedTransition e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Transition refused");
        p.setProperty("state", e.current());
        p.setProperty("allowed", e.allowed());
        return p;
    }

    @ExceptionHandler(ApplyDisabled.class)
    public ProblemDetail applyDisabled(ApplyDisabled e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()
                .replace("option apply_actions=true", "serve --apply-actions"));
        p.setTitle("Apply runs dry only");
        return p;
    }

    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e) {
        HttpStatus status = e.usage() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.render(k -> "field " + k));
        p.setTitle(e.usage() ? "Invalid request" : "Request does not fit the data");
        return p;
    }

    @ExceptionHandler(Unavailable.class)
    public ProblemDetail unavailable(Unavailable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("Not configured");
        return p;
    }
}
