package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reports' problems: a bad week (its path segment) or format (its query parameter) is a 400, a week that has
 * not begun a 422. Everything else is {@link ApiErrors}'.
 */
@RestControllerAdvice(assignableTypes = ReportsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReportErrors {
    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e) {
        return Problems.of(e, ReportsController::name);
    }
}
