package io.capacity.collectors.power.state;

import io.capacity.collectors.source.CollectorException;
import java.util.List;
import java.util.Map;

/** Reads one BMC's host power states: one per host it reports on, each with the tags of its power points. */
public interface StateReader extends AutoCloseable {
    /** A host's state and the tags (besides the inventory's) its point carries. */
    record Reading(Map<String, String> tags, long code) {
        public Reading {
            tags = Map.copyOf(tags);
        }
    }

    /** The states now; throws when the BMC gives none (no answer, refused, an answer without a state). */
    List<Reading> read() throws CollectorException;

    /** Tags of the hosts the last successful read reported, for the unreachable points; empty before one. */
    List<Map<String, String>> lastTags();

    @Override
    void close();
}
