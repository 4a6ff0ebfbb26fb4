/**
 * Benchmark harness: measurement mains run by {@code scripts/bench-*.sh}, which regenerate
 * {@code docs/benchmarks.md}. Kept out of every product module's {@code src/main}.
 */
package io.capacity.bench;
