package io.capacity.service.api;

import io.capacity.app.RequestProblem;
import io.capacity.planner.inventory.InventoryException;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem bodies (RFC 9457) the API's error handlers answer with, built in one place. */
final class Problems {
    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return p;
    }

    /** A use case's problem with its options named by {@code names}: 400 when the request is wrong, else 422. */
    static ProblemDetail of(RequestProblem e, Function<String, String> names) {
        return e.usage() ? of(HttpStatus.BAD_REQUEST, "Invalid request", e.render(names))
                : of(HttpStatus.UNPROCESSABLE_CONTENT, "Request does not fit the data", e.render(names));
    }

    static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "Not Found", detail);
    }

    /** Something the service needs is not set up (an inventory, the plan book): the operator's to fix. */
    static ProblemDetail notConfigured(String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "Not configured", detail);
    }

    /** The service's own inventory cannot be read: the operator's to fix, not the client's (503, its problems). */
    static ProblemDetail badInventory(InventoryException e) {
        return notConfigured("the service's inventory cannot be read: "
                + String.join("; ", e.getMessage().strip().split("\\s*\\n\\s*")));
    }

    static ProblemDetail tooLarge(String detail) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", detail);
    }
}
