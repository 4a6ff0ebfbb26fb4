/**
 * Multiple-seasonal decomposition then a non-seasonal model on what is left (in the spirit of R's {@code mstl} +
 * {@code stlf}): for hourly server metrics, a daily and a weekly profile are removed, the seasonally adjusted
 * series is forecast by exponential smoothing with its trend chosen by AICc, and the profiles are added back.
 * The profiles are phase means over the most recent cycles rather than STL's loess, which is cheaper and adapts to
 * a changed pattern within a few cycles; optionally on the log scale, where a season that grows with the level
 * becomes additive.
 */
package io.capacity.core.model.mstl;
