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
 */
package io.capacity.collectors.delivery;
