package io.capacity.app.demo;

import io.capacity.schema.MetricSchema;
import io.capacity.store.MetricStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the demo on a store: the data directory's fleet (or a new one), its inventory file, the missing history,
 * and the source for the live points after it.
 *
 * @param fleet     the simulated fleet
 * @param inventory the inventory file written for it
 * @param backfill  what the backfill wrote
 * @param source    the live points, for the agent
 */
public record DemoStart(DemoFleet fleet, Path inventory, DemoBackfill.Result backfill, DemoSource source) {
    private static final Logger LOG = LoggerFactory.getLogger(DemoStart.class);

    /** For the start-up line: the fleet, its label and its inventory. */
    public String describe() {
        return fleet.hosts() + " hosts in " + DemoFleet.Shape.GROWING.cluster() + ", "
                + DemoFleet.Shape.NIGHTLY.cluster() + " and " + DemoFleet.Shape.FLAT.cluster() + ", points tagged "
                + MetricSchema.TAG_ORIGIN + "=" + MetricSchema.ORIGIN_DEMO + ", inventory " + inventory;
    }

    public static DemoStart run(MetricStore store, Path dataDir, int hosts, long seed, Clock clock) {
        Instant now = clock.instant();
        DemoFleet fleet = DemoState.openOrCreate(dataDir, hosts, seed, now);
        Path inventory = DemoInventory.write(dataDir, fleet);
        DemoSignals signals = new DemoSignals(fleet, DemoProfile.builtIn());
        DemoBackfill.Result r = DemoBackfill.run(store, signals, now);
        LOG.info("demo: SIMULATED fleet of {} hosts (seed {}) in clusters {}, {}, {}; every point tagged origin=demo;"
                        + " inventory {}", fleet.hosts(), fleet.seed(), DemoFleet.Shape.GROWING.cluster(),
                DemoFleet.Shape.NIGHTLY.cluster(), DemoFleet.Shape.FLAT.cluster(), inventory);
        if (r.steps() == 0) {
            LOG.info("demo: the history up to {} was already stored; nothing to backfill", r.to());
        } else {
            LOG.info("demo: backfilled {} steps of {} ({} to {}): {} points in {} ms{}", r.steps(), DemoBackfill.STEP,
                r.from(), r.to(), r.points(), r.took().toMillis(),
                r.from().equals(fleet.historyStart()) ? "" : " (the rest of the history was already stored)");
        }
        return new DemoStart(fleet, inventory, r, new DemoSource(signals));
    }
}
