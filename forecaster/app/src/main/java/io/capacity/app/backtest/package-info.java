/** Backtest models on a source's series: held-out accuracy per model, per series and overall. */
package io.capacity.app.backtest;
