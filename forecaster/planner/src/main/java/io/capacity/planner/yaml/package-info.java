/**
 * The inventory's reading on top of the shared YAML reader ({@code io.capacity.yaml}, which keeps every value's
 * line): {@link io.capacity.planner.yaml.Layered} reads a field from a host, then its hardware model;
 * {@link io.capacity.planner.yaml.Values} parses the inventory's numbers, durations and dates;
 * {@link io.capacity.planner.yaml.InventoryYaml} words problems as {@code file:line: field: value: expected ...},
 * so one run lists them all. Shared by the inventory and its {@code costs:} section.
 */
package io.capacity.planner.yaml;
