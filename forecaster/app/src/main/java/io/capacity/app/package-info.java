/**
 * The application layer: one use case per job a user asks of the service (list series, read points, forecast,
 * backtest, the capacity of a cluster, plan, what-if, simulate, the book of action plans), each taking an immutable request record with its
 * defaults and returning a result record. Every front end (the command line, the REST API, the scheduled pipeline,
 * the weekly report, a Spark job) calls these and only renders: no Spring, no picocli, no output format here.
 * Problems with a request are {@link io.capacity.app.RequestProblem}s that name options by key, never by a front
 * end's spelling of them.
 */
package io.capacity.app;
