/**
 * Benchmark main for the scheduled pipeline (not a unit test): wall and CPU time of a choosing and a cached run over
 * the demo fleet's series, for {@code scripts/bench-pipeline.sh} and docs/benchmarks.md.
 */
package io.capacity.bench.pipeline;
