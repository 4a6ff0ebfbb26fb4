/**
 * Getting points to the store without losing them.
 *
 * <p>Every collected point is first appended, as line protocol, to a {@link io.capacity.collectors.delivery.DiskBuffer}
 * (append-only segment files plus an acknowledged-offset cursor). A single {@link io.capacity.collectors.delivery.BatchSender}
 * reads batches from the cursor, hands them to a {@link io.capacity.collectors.delivery.PointSink} with
 * exponential backoff and jitter, and moves the cursor only after the sink accepted the batch. A crash or restart
 * between "sink accepted" and "cursor saved" replays that batch: this is safe because InfluxDB (and the embedded
 * store) treat a point with the same measurement, tag set, field and timestamp as an overwrite, so delivery is
 * at-least-once on the wire and exactly-once in the database. Sinks must keep that idempotence.
 *
 * <p>No I/O error stops delivery: an append that fails (a full disk) is cut back to the last whole line and its
 * points counted in {@link io.capacity.collectors.delivery.Dropped}; failed cursor saves, fsyncs and reads are
 * retried; each kind of failure is logged once per {@link io.capacity.collectors.delivery.Episode}.
 */
package io.capacity.collectors.delivery;
