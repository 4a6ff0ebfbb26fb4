package io.capacity.service.api;

/** The thing a read endpoint's path or parameter names does not exist (a series, a cluster): a 404 problem. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
