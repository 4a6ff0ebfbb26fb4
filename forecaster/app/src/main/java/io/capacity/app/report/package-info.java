/**
 * The weekly capacity report: {@link io.capacity.app.report.WeeklyReport} reads a week's capacity, demand (summed
 * and summarised per week with Tablesaw), stored forecasts and their scorings, host CPU, the plan book's plans and
 * the planner's purchases and TCO, and returns an immutable {@link io.capacity.app.report.Report} of sections,
 * tables and charts that every format (HTML, PDF, CSV, in the service) renders as it is.
 * {@link io.capacity.app.report.FleetNow} and {@link io.capacity.app.report.OpenPlans} write the fleet as the service
 * holds it now (the pipeline's latest capacity run, the stored demand and forecasts, the plan book's open plans) as
 * the same sections and tables, for the service's web pages.
 */
package io.capacity.app.report;
