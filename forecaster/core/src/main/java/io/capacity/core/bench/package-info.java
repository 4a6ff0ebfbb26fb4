/** Measurement entry points called by the benchmark scripts; not tests, and not used by the service. */
package io.capacity.core.bench;
