package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.app.query.NoSuchSeries;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The forecasts API's own problems: a selection matching nothing is a 404, a body over the limit a 413, a request
 * the use case refuses a 400 naming the parameter as the caller wrote it (a query parameter of a GET; a body field
 * or query parameter of a POST), or a 422 when it does not fit the data. Everything else is {@link ApiErrors}'.
 */
@RestControllerAdvice(assignableTypes = ForecastsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ForecastErrors {

    @ExceptionHandler(NoSuchSeries.class)
    public ProblemDetail unknown(NoSuchSeries e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler(ForecastBodies.TooLarge.class)
    public ProblemDetail tooLarge(ForecastBodies.TooLarge e) {
        return Problems.tooLarge(e.getMessage());
    }

    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e, HttpServletRequest request) {
        boolean get = request.getMethod().equals("GET");
        return Problems.of(e, k -> get ? "query parameter " + k : k);
    }
}
