package io.capacity.app.query;

/** A query's selection matches no stored series (a front end's 404). */
public final class NoSuchSeries extends RuntimeException {
    public NoSuchSeries(String message) {
        super(message);
    }
}
