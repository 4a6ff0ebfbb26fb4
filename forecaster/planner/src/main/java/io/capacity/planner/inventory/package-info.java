/**
 * The fleet: hosts, hardware-model defaults, clusters with power budgets and uplinks, read from YAML with every
 * problem reported as {@code file:line: field: value: expected ...}.
 */
package io.capacity.planner.inventory;
