package io.capacity.service.cli;

import io.capacity.core.select.Ensemble;
import java.util.Locale;

/** Reads {@code --ensemble none|median|inverse-error[:K]}. */
final class Ensembles {
    private Ensembles() {
    }

    static Ensemble parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        int k;
        try {
            k = colon < 0 ? 3 : Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UsageError("--ensemble '" + text + "': K after ':' must be a whole number");
        }
        return switch (kind) {
            case "none" -> Ensemble.NONE;
            case "median" -> new Ensemble(Ensemble.Kind.MEDIAN, k);
            case "inverse-error" -> new Ensemble(Ensemble.Kind.INVERSE_ERROR, k);
            default -> throw new UsageError("--ensemble '" + text
                    + "': expected none, median or inverse-error, optionally with :K");
        };
    }
}
