#!/usr/bin/env python3
"""How tight can a calibrated 95 % bound on the peak of the next window be? (docs/planner.md, "Why not 85 %")

For every 5-minute origin t (demand up to t-1 known) and window W (2 steps: the next decision plus the boot lead;
14: plus the minimum off time), a predictor gives the window's peak; the bound is that times the 95 % quantile of
realised / predicted over the trailing week of windows already over. Prints the mean bound / true peak (1.0 would
be the oracle) and how often the peak exceeded the bound. The last predictor peeks at the true level (a ceiling,
not a forecaster). Usage: peak-bounds.py [shared-data-dir]
"""
import csv
import sys

import numpy as np

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
DAY = 288


def traces():
    agg = DATA + "/datacenter-aggregates/"
    yield "Alibaba 2018", [float(r["cpu_util_percent"]) for r in
                           csv.DictReader(open(agg + "alibaba2018_machine_usage_days_1_to_8_300s.csv"))]
    yield "Azure 2019", [float(r["cpu_usage"]) for r in
                         csv.DictReader(open(agg + "azure2019_vm_cpu_mem_month_300s.csv"))]
    rows = list(csv.reader(open(DATA + "/azure-vm-cpu-2017-subset/microsoft_avg_100.csv")))
    yield "Azure 2017 fleet", [sum(float(v) for v in r[1:] if v) for r in rows[1:]]


def last_peak(x, t, w):
    return x[max(0, t - w):t].max()


def seasonal_shape(x, t, w, days=7, anchor=1):
    """SeasonalShapeSpec: the mean of the last `anchor` values moved along the mean same-time change."""
    def level(end):
        return x[end - anchor:end].mean()
    best = -np.inf
    for h in range(1, w + 1):
        moves = [x[t - 1 + h - k * DAY] - level(t - k * DAY) for k in range(1, days + 1) if t - k * DAY - anchor >= 0]
        best = max(best, level(t) + (np.mean(moves) if moves else 0))
    return best


def quarter_hour_shape(x, t, w):
    return seasonal_shape(x, t, w, anchor=3)


def hour_mean_plus_excess(x, t, w, days=7):
    excess = [x[s:s + w].max() - x[s - 12:s].mean() for s in (t - k * DAY for k in range(1, days + 1)) if s >= 12]
    return x[t - 12:t].mean() + (np.mean(excess) if excess else 0)


def hindsight_level(x, t, w, half=6):
    """Not a forecaster: the true centred-hour median over the window, future included. A bound built on it shows
    what is left of the gap when the level is known and only the 5-minute spikes are not."""
    return max(np.median(x[s - half:s + half]) for s in range(t, t + w))


def evaluate(x, w, predict, start=2 * DAY):
    origins = range(start, len(x) - w)
    truth = np.array([x[t:t + w].max() for t in origins])
    pred = np.array([predict(x, t, w) for t in origins])
    ratio = truth / pred
    tight, miss, n = 0.0, 0, 0
    for i in range(len(ratio)):
        past = ratio[max(0, i - 7 * DAY):max(0, i - w)]
        if len(past) < 19:
            continue
        bound = pred[i] * np.quantile(past, 0.95)
        tight += bound / truth[i]
        miss += truth[i] > bound
        n += 1
    return tight / n, miss / n


for name, values in traces():
    x = np.array(values)
    for w in (2, 14):
        for label, f in (("last peak", last_peak), ("seasonal shape", seasonal_shape),
                         ("seasonal shape, quarter-hour level", quarter_hour_shape),
                         ("last-hour mean + seasonal excess", hour_mean_plus_excess),
                         ("hindsight: true centred-hour median", hindsight_level)):
            tight, miss = evaluate(x, w, f)
            print(f"{name:17s} window {w:2d} steps  {label:33s} bound/peak {tight:.3f}  above bound {miss:.3f}")
