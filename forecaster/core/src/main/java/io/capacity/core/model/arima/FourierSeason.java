package io.capacity.core.model.arima;

/**
 * A second (or further) seasonal period modelled by {@code harmonics} pairs of Fourier regressors, e.g. weekly
 * (168) on hourly data while the ARIMA handles the daily 24. Future terms are generated at forecast time.
 */
public record FourierSeason(double period, int harmonics) {
    public FourierSeason {
        if (!(period > 2) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("Fourier period must be > 2, got " + period);
        }
        if (harmonics < 1 || harmonics > period / 2) {
            throw new IllegalArgumentException("Fourier harmonics must be in [1, period/2 = " + period / 2
                    + "], got " + harmonics);
        }
    }
}
