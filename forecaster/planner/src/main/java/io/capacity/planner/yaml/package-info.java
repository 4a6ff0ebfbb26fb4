/**
 * YAML read through SnakeYAML's node API so every value keeps its line: typed getters that collect problems as
 * {@code file:line: field: value: expected ...} instead of throwing, so one run lists them all. Shared by the
 * inventory and its {@code costs:} section.
 */
package io.capacity.planner.yaml;
