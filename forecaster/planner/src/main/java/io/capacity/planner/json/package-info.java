/**
 * A small JSON writer for planner results, so the core stays free of a JSON library while the CLI and REST layers
 * can print the planner's records verbatim.
 */
package io.capacity.planner.json;
