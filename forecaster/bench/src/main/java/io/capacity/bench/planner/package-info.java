/** Benchmark mains for the planner (not unit tests): replay figures and planner run time for docs/benchmarks.md. */
package io.capacity.bench.planner;
