package io.capacity.service.cli;

import io.capacity.app.actions.BookSettings;
import io.capacity.app.actions.PlanBook;
import io.capacity.app.actions.state.DuckPlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The plan book {@code serve} keeps in {@code state.duckdb} under the data directory of the store options, as the
 * {@code plans} commands open it while no service holds the file.
 *
 * @param file the state file
 */
record PlanBookFile(Path file) {
    static PlanBookFile of(StoreOptions store) {
        return new PlanBookFile(store.config().dataDir().resolve(DuckPlanStore.FILE));
    }

    /** Whether a service has recorded plans there yet. */
    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The book on the file, on the system clock with the default settings; the caller closes it. */
    PlanBook open() {
        return new PlanBook(DuckPlanStore.open(file.getParent()), Clock.systemUTC(), BookSettings.DEFAULTS);
    }
}
