package io.capacity.core.model.arima;

/** An ARIMA could not be estimated (non-finite likelihood everywhere the optimiser looked, too few observations). */
public final class ArimaFitException extends RuntimeException {
    public ArimaFitException(String message) {
        super(message);
    }
}
