/**
 * Benchmark main for the weekly report (not a unit test): generation time and memory of the report's figures and of
 * each format over the demo fleet regrouped into clusters of 100 hosts, for {@code scripts/bench-report.sh} and
 * docs/benchmarks.md.
 */
package io.capacity.bench.report;
