package io.capacity.store.io;

import java.util.ArrayList;
import java.util.List;

/**
 * How to import files.
 *
 * @param read        how to read each file
 * @param skipBad     import the good rows of a file with bad ones (and report the bad); by default a file with any
 *                    bad row is rejected whole, so a typo never leaves a half-imported series behind
 * @param batchSize   points per store write; large enough to amortise a round trip to InfluxDB, small enough to
 *                    keep memory flat (10,000 by default)
 * @param maxReported bad rows kept per file for the report (100 by default); all of them are counted
 */
public record ImportOptions(ReadOptions read, boolean skipBad, int batchSize, int maxReported) {
    public static final int DEFAULT_BATCH = 10_000;
    public static final int DEFAULT_MAX_REPORTED = 100;

    public ImportOptions {
        List<String> problems = new ArrayList<>();
        if (read == null) {
            problems.add("read options are required");
        }
        if (batchSize < 1 || batchSize > 1_000_000) {
            problems.add("batch size must be within 1..1000000, got " + batchSize);
        }
        if (maxReported < 0) {
            problems.add("number of reported bad rows must be >= 0, got " + maxReported);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid import options: " + String.join("; ", problems));
        }
    }

    public static ImportOptions of(ReadOptions read) {
        return new ImportOptions(read, false, DEFAULT_BATCH, DEFAULT_MAX_REPORTED);
    }

    public ImportOptions withSkipBad(boolean skip) {
        return new ImportOptions(read, skip, batchSize, maxReported);
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(read, skipBad, size, maxReported);
    }

    public ImportOptions withRead(ReadOptions r) {
        return new ImportOptions(r, skipBad, batchSize, maxReported);
    }
}
