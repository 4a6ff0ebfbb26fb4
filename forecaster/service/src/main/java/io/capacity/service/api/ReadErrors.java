package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.planner.inventory.InventoryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
        return of(e, k -> "query parameter " + k);
    }

    @ExceptionHandler(NotFound.class)
    public ProblemDetail notFound(NotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not Found");
        return p;
    }

    @ExceptionHandler(PlanErrors.Unavailable.class)
    public ProblemDetail unavailable(PlanErrors.Unavailable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        p.setTitle("Not configured");
        return p;
    }

    /** The service's own inventory cannot be read: the operator's to fix, not the client's (503, the file's problems). */
    @ExceptionHandler(InventoryException.class)
    public ProblemDetail inventory(InventoryException e) {
        return badInventory(e);
    }

    static ProblemDetail badInventory(InventoryException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the service's inventory "
                + "cannot be read: " + String.join("; ", e.getMessage().strip().split("\\s*\\n\\s*")));
        p.setTitle("Not configured");
        return p;
    }

    /** A use case's problem with its options named by {@code names}: 400 when the request is wrong, else 422. */
    static ProblemDetail of(RequestProblem e, java.util.function.Function<String, String> names) {
        HttpStatus status = e.usage() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.render(names));
        p.setTitle(e.usage() ? "Invalid request" : "Request does not fit the data");
        return p;
    }
}
