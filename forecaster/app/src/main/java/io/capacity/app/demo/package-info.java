/**
 * {@code serve --demo}: a simulated fleet, labelled {@code origin=demo} on every point. {@link
 * io.capacity.app.demo.DemoFleet} lays out the hosts, {@link io.capacity.app.demo.DemoSignals} gives each host's
 * load as a pure function of (seed, host, time) over the real traces' shapes in {@code profile.csv}, {@link
 * io.capacity.app.demo.DemoPoints} turns it into the collectors' measurements, {@link
 * io.capacity.app.demo.DemoBackfill} writes the missing history and {@link io.capacity.app.demo.DemoSource} the live
 * points through the agent.
 */
package io.capacity.app.demo;
