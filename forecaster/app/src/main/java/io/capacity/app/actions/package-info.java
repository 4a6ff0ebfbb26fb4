/**
 * The action-plan lifecycle: a plan per cluster made from the planner's recommendations, approved or dismissed by an
 * operator, carried out action by action, with a state that is derived from its actions' states and an audit trail
 * of every transition. {@link io.capacity.app.actions.PlanBook} is the use case every front end calls; the
 * allowed transitions are the tables in {@link io.capacity.app.actions.PlanState} and
 * {@link io.capacity.app.actions.ActionState}; {@link io.capacity.app.actions.PlanStates#derive} is the one place a
 * plan's state is computed. Where the book keeps its state is a {@link io.capacity.app.actions.PlanStore}
 * (DuckDB: {@code io.capacity.app.actions.state}).
 */
package io.capacity.app.actions;
