/**
 * The automatic choice's experiments on M4 Hourly (run by hand, not by a script): {@link
 * io.capacity.bench.select.CandidateWindows} writes every candidate's backtest windows and held-out forecast per
 * series, so combination and calibration schemes can be compared on the same fits without refitting.
 */
package io.capacity.bench.select;
