/**
 * The project's one way of reading YAML: {@link io.capacity.yaml.YamlFile} parses a document and collects every
 * problem as a {@link io.capacity.yaml.YamlProblem} (file, line, field path, value, what was expected);
 * {@link io.capacity.yaml.YamlMapping} walks SnakeYAML's node tree so each value keeps its line, with typed reads
 * that record problems instead of throwing, keys written twice reported, and the keys nobody read at hand. Readers
 * ({@code collectors.yaml}, the planner's inventory) add their own value types and word the problems in their own
 * line format. Depends on SnakeYAML only.
 */
package io.capacity.yaml;
