/**
 * What the notebooks draw with (notebooks/*.ipynb load this module's jar and its dependencies): forecasts against
 * actuals with their bands ({@link io.capacity.notebooks.ForecastPlot}), plans side by side
 * ({@link io.capacity.notebooks.PlanPlot}), bars ({@link io.capacity.notebooks.Bars}), backtest scores and plans as
 * Tablesaw tables ({@link io.capacity.notebooks.BacktestTables}, {@link io.capacity.notebooks.PlanTables}) and a
 * table as HTML ({@link io.capacity.notebooks.HtmlTable}). The numbers come from the application layer's use cases,
 * called by the notebooks themselves; nothing here computes a forecast or a plan.
 */
package io.capacity.notebooks;
