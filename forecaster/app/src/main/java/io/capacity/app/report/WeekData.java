package io.capacity.app.report;

import io.capacity.app.capacity.CapacityBoard;
import io.capacity.core.forecast.Forecast;
import io.capacity.core.series.TimeSeries;
import io.capacity.planner.inventory.HardwareInventory;
import io.capacity.planner.model.Dimension;
import io.capacity.planner.plan.Plan;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a report is written from, gathered by {@link WeeklyReport} before any text is: kept apart so the
 * sections are built from figures alone.
 *
 * @param request     the request, its week resolved
 * @param week        the week
 * @param from        its start
 * @param to          its end
 * @param asOf        what capacity, plans and forecasts are read as of
 * @param inventory   the inventory; null without one
 * @param clusters    the clusters reported, in the inventory's order
 * @param capacity    their capacity as of {@code asOf}
 * @param demand      each cluster's demand per dimension over the four weeks to {@code asOf}
 * @param forecasts   each cluster's stored demand forecast per dimension
 * @param weeks       week and week-before summaries per cluster dimension
 * @param hosts       each host's CPU over the week
 * @param plans       the book's plans of the week
 * @param plan        the planner's plan as of {@code asOf} (purchases, TCO); null when none could be made
 * @param planProblem why there is no plan; null with one
 * @param accuracy    the week's scorings per cluster dimension
 * @param bookKept    whether a plan book was given
 */
record WeekData(ReportRequest request, ReportWeek week, Instant from, Instant to, Instant asOf,
                HardwareInventory inventory, List<String> clusters, CapacityBoard.Overview capacity,
                Map<String, Map<Dimension, TimeSeries>> demand, Map<String, Map<Dimension, Forecast>> forecasts,
                List<WeekStats.DimensionWeek> weeks, List<HostWeeks.HostWeek> hosts, PlanActivity plans, Plan plan,
                String planProblem, List<Accountability> accuracy, boolean bookKept) {
    String currency() {
        return plan != null ? plan.currency() : inventory != null ? inventory.currency() : "EUR";
    }
}
