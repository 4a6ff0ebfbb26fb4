package io.capacity.app.plan;

import io.capacity.app.RequestProblem;
import io.capacity.store.ClusterDemand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Where a plan's demand history comes from: a CSV file, or summed per cluster from its hosts' stored metrics. */
public sealed interface DemandSource {
    /** {@code series_id,timestamp,value} rows with ids {@code CLUSTER:cpu|memory|bandwidth} (cores, GB, Mbps). */
    record File(Path path) implements DemandSource {
        public File {
            if (path == null) {
                throw RequestProblem.of("demand", "must be given");
            }
        }
    }

    /**
     * The hosts' stored cpu, mem and net, from {@code history} before now.
     *
     * @param bandwidthExclude interfaces left out of a cluster's bandwidth; null for loopback and container/VM
     *                         bridges ({@link ClusterDemand#VIRTUAL_INTERFACES})
     */
    record Stored(Duration history, Pattern bandwidthExclude) implements DemandSource {
        /** Four weeks of history, virtual interfaces left out. */
        public static final Stored DEFAULTS = new Stored(Duration.ofDays(28), null);

        public Stored {
            if (history == null || history.isZero() || history.isNegative()) {
                throw RequestProblem.of("history", "duration must be positive, got '" + history + "'");
            }
        }

        /** {@code text} as the interfaces to leave out; a pattern that does not compile names the option. */
        public static Pattern exclude(String text) {
            try {
                return Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                throw RequestProblem.of("bandwidth_exclude", "'" + text + "' is not a regular expression ("
                        + e.getDescription() + " at index " + e.getIndex() + ")");
            }
        }
    }
}
