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
 * {@code POST /api/v1/what-if}'s problems: the use case's refusals name the body's fields (400, or 422 when the
 * changes do not fit the inventory or the stored data), a body too large is a 413, one of another type a 415, a
 * third concurrent question a 429, a service without an inventory a 503.
 */
@RestControllerAdvice(assignableTypes = WhatIfController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WhatIfErrors {

    @ExceptionHandler(RequestProblem.class)
    public ProblemDetail problem(RequestProblem e) {
        return Problems.of(e, WhatIfBody::field);
    }

    @ExceptionHandler(JsonBody.TooLarge.class)
    public ProblemDetail tooLarge(JsonBody.TooLarge e) {
        return Problems.tooLarge(e.getMessage());
    }

    @ExceptionHandler(JsonBody.WrongType.class)
    public ProblemDetail wrongType(JsonBody.WrongType e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", e.getMessage());
    }

    @ExceptionHandler(WhatIfController.Busy.class)
    public ProblemDetail busy(WhatIfController.Busy e) {
        return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e.getMessage());
    }

    @ExceptionHandler(InventoryException.class)
    public ProblemDetail inventory(InventoryException e) {
        return Problems.badInventory(e);
    }

    @ExceptionHandler(PlanErrors.Unavailable.class)
    public ProblemDetail unavailable(PlanErrors.Unavailable e) {
        return Problems.notConfigured(e.getMessage());
    }
}
