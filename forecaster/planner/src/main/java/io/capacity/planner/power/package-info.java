/**
 * Server power as a function of load: SPECpower-style piecewise-linear curves, standby draw when off, and a small
 * built-in catalogue of real curves with their source rows.
 */
package io.capacity.planner.power;
