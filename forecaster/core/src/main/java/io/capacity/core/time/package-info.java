/**
 * Time as every input writes it: {@link io.capacity.core.time.TimestampParser}, the one parser of timestamps in
 * files and command-line flags, with its {@link io.capacity.core.time.EpochUnit}s; {@link
 * io.capacity.core.time.Civil}, the allocation-free calendar arithmetic it shares with the store's ISO formatter.
 * Pure {@code java.time}; no file formats.
 */
package io.capacity.core.time;
