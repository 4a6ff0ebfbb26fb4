/**
 * The collector agent: {@link io.capacity.collectors.agent.AgentConfigLoader} reads and validates
 * {@code collectors.yaml} (listing every problem with file:line at once), and {@link io.capacity.collectors.agent.Agent}
 * schedules the host sampler and every Redfish, IPMI and SNMP target on its own interval into one
 * disk-buffered delivery pipeline: the host sampler on a thread of its own, remote targets on a pool with one
 * thread per target at most, each poll under a hard deadline ({@link io.capacity.collectors.agent.RemotePoller}).
 * The CLI ({@code capacity collect --config FILE}) and the service both start
 * it; the service passes its own {@link io.capacity.collectors.delivery.PointSink}.
 */
package io.capacity.collectors.agent;
