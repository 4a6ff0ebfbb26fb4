package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.planner.inventory.InventoryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the points and capacity reads: a request the use case refuses names its query parameter (400), one
 * that does not fit the stored data is a 422, an unknown series or cluster a 404, a service without an inventory a
 * 503 (as {@code POST /api/v1/plans}). Everything else is {@link ApiErrors}'.
 */
@RestControllerAdvice(assignableTypes = {SeriesPointsController.class, CapacityController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadErrors {

    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e) {
        return Problems.of(e, k -> "query parameter " + k);
    }

    @ExceptionHandler(NotFound.class)
    public ProblemDetail notFound(NotFound e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler(PlanErrors.Unavailable.class)
    public ProblemDetail unavailable(PlanErrors.Unavailable e) {
        return Problems.notConfigured(e.getMessage());
    }

    /** The service's own inventory cannot be read: the operator's to fix, not the client's (503, the file's problems). */
    @ExceptionHandler(InventoryException.class)
    public ProblemDetail inventory(InventoryException e) {
        return Problems.badInventory(e);
    }
}
