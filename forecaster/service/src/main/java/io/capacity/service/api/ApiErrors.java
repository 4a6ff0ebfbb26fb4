package io.capacity.service.api;

import io.capacity.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps the domain's exceptions, and Spring MVC's own (through {@link ResponseEntityExceptionHandler}), to RFC 9457
 * problem+json responses. A store failure is logged here, one line; its text (which may hold the store's address)
 * is not sent to the client. Nor is an unexpected exception's, which is logged once with its stack trace.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail badRequest(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(StoreException.class)
    public ProblemDetail storeUnavailable(StoreException e) {
        LOG.warn("store unavailable: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable",
                "the metric store did not answer; the service log has the reason, /actuator/health/store its state");
    }

    /** A failure nothing above expected (a bug): logged once with its stack trace, never shown to the client. */
    @ExceptionHandler(RuntimeException.class)
    public ProblemDetail internalError(RuntimeException e, WebRequest request) {
        String what = request instanceof ServletWebRequest r
                ? r.getRequest().getMethod() + " " + r.getRequest().getRequestURI() : request.getDescription(false);
        LOG.error("{} failed", what, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "the service failed to answer; its log has the reason");
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest r ? r.getRequest().getRequestURI() : e.getResourcePath();
        ProblemDetail p = Problems.notFound("no such path: " + path);
        return handleExceptionInternal(e, p, headers, status, request);
    }
}
