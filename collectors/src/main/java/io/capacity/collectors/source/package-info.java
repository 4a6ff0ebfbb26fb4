/**
 * What every collector shares: the {@link io.capacity.collectors.source.Source} contract the agent schedules, and
 * the {@link io.capacity.collectors.source.InventoryTags} stamped on every point.
 */
package io.capacity.collectors.source;
