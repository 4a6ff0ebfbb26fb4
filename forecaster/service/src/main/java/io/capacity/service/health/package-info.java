/** Actuator health contributions: the store's reachability and facts, and who may see health details. */
package io.capacity.service.health;
