/**
 * JSON at the edge: Jackson serializers for the planner's results, so the domain records stay plain. The command
 * line writes with {@link io.capacity.service.json.PlannerJson}; a Spring front end registers
 * {@link io.capacity.service.json.PlannerJsonModule} on its own mapper and serves the same documents.
 */
package io.capacity.service.json;
