/**
 * Behaviour written once and shared by both adapters: epoch-nanosecond time conversions, InfluxDB's nearest-rank
 * percentile, counter rates with wrap/reset rules, Java-side windowing (for rates), and the forecast layout in the
 * schema's forecast measurement with its reader. Adapters call these; nothing here talks to a database directly,
 * so the contract tests see the same numbers from either store.
 */
package io.capacity.store.common;
