/**
 * The plan book's durable state: plans, actions and the audit trail in a DuckDB file ({@code state.duckdb} under
 * the data directory), whichever store holds the metrics. Versioned schema ({@link StateSchema}); every save is one
 * transaction.
 */
package io.capacity.app.actions.state;
