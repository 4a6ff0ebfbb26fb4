/** Benchmark scripts for the Prophet-style model (mains, not tests): M4 Hourly speed, accuracy and coverage. */
package io.capacity.bench.prophet;
