/**
 * Import and export of metric files: the code under {@code ./capacity import} and {@code ./capacity export}.
 *
 * <h2>Reading</h2>
 * {@link io.capacity.store.io.PointReader#of(io.capacity.store.io.ReadOptions)} streams a file line by line into
 * {@link io.capacity.schema.Point}s and {@link io.capacity.store.io.BadRow}s ({@code file:line: reason (value)}).
 * One reader per format: {@code CsvReader} (long CSV, the convention is in its javadoc), {@code NabReader}
 * ({@code timestamp,value}), {@code LineProtocolReader} (InfluxDB line protocol, parsed by
 * {@link io.capacity.schema.LineProtocolParser}, which the agent's buffer reader shares). They share the
 * hand-written {@link io.capacity.core.time.TimestampParser} (the core's, shared by every input) and
 * {@link io.capacity.schema.Numbers} parsers, which avoid regexes and
 * {@code DateTimeFormatter} because the parse path must keep up with a million rows a second, and a per-series
 * cache of immutable tag maps so every point of a series shares one.
 *
 * <h2>Importing</h2>
 * {@link io.capacity.store.io.Importer#importFiles} validates each file completely before writing any of it
 * (unless {@code skipBad}), writes in batches (one transaction per file where the store has them), and returns a
 * {@link io.capacity.store.io.FileResult} per file; each file may have its own options, such as its detected
 * {@link io.capacity.store.io.Format}.
 *
 * <h2>Exporting</h2>
 * {@link io.capacity.store.io.Exporter#export} writes a selection as CSV or line protocol in a deterministic
 * order, through a temporary file renamed into place. Import then export gives back the same times and values,
 * integers exactly ({@link io.capacity.store.MetricStore#readIntegers}).
 *
 * <p>Errors: row problems are data ({@code BadRow}); file-level problems are the one exception type,
 * {@link io.capacity.store.io.ImportException}; option records throw {@code IllegalArgumentException} listing
 * every problem.
 */
package io.capacity.store.io;
