/**
 * Readers for series files: the M4 competition's wide layout and the CSV the {@code forecast} CLI accepts
 * ({@code series_id,timestamp,value} or {@code timestamp,value}). Every error is an {@link
 * io.capacity.core.input.InputFormatException} reading {@code file:line: reason (value)}.
 */
package io.capacity.core.input;
