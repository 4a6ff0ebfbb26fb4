package io.capacity.service.cli;

import java.util.Locale;

/** The {@code --packing} option of {@code plan} and {@code simulate}: whether hosts may be powered to save energy. */
final class Packings {
    static final String DESCRIPTION = "efficient: power another host while that lowers the draw at the expected"
            + " demand (hosts whose most efficient load is below the target, e.g. an R640 at 70 %%); target: only what"
            + " the bound under the target needs (default: ${DEFAULT-VALUE}).";

    private Packings() {
    }

    static boolean efficient(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "efficient" -> true;
            case "target" -> false;
            default -> throw new IllegalArgumentException("--packing: expected efficient or target, got '" + text
                    + "'");
        };
    }
}
