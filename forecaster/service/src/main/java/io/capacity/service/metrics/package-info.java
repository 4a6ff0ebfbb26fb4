/**
 * The service's own meters on {@code /actuator/prometheus}: the built-in agent's delivery counters and the forecast
 * batches run inside the service.
 */
package io.capacity.service.metrics;
