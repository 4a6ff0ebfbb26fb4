/**
 * Writing files for every front end of the service: whole or not at all ({@link io.capacity.service.files.AtomicFiles}),
 * CSV cells quoted as RFC 4180 says ({@link io.capacity.service.files.CsvCells}).
 */
package io.capacity.service.files;
