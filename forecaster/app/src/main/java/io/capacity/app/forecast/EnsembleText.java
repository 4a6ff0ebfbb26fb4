package io.capacity.app.forecast;

import io.capacity.app.RequestProblem;
import io.capacity.core.select.Ensemble;
import java.util.Locale;

/** Reads an ensemble as users write it: {@code none}, {@code median} or {@code inverse-error}, optionally {@code :K}. */
public final class EnsembleText {
    /** Candidates combined when no {@code :K} is given. */
    public static final int DEFAULT_K = 3;

    private EnsembleText() {
    }

    public static Ensemble parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        int k;
        try {
            k = colon < 0 ? DEFAULT_K : Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw RequestProblem.of("ensemble", "'" + text + "'", "K after ':' must be a whole number");
        }
        return switch (kind) {
            case "none" -> Ensemble.NONE;
            case "median" -> new Ensemble(Ensemble.Kind.MEDIAN, k);
            case "inverse-error" -> new Ensemble(Ensemble.Kind.INVERSE_ERROR, k);
            default -> throw RequestProblem.of("ensemble", "'" + text + "'",
                    "expected none, median or inverse-error, optionally with :K");
        };
    }
}
