/** Actuator health contributions: the store's reachability and facts. */
package io.capacity.service.health;
