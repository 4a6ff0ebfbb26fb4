"""Markdown table of R peers vs ours on the M4 subset (used by forecast_peers.sh).

Usage: forecast_peers.py WORK LIMIT. Reads WORK/r_arima.csv (m4_subset_auto_arima.R rows), WORK/r_prophet.txt
(m4_subset_prophet.R summary), WORK/*.wall (seconds), and our per-series CSVs and tables from ./capacity backtest.
MASE and coverage of auto.arima are compared on the series R finished within LIMIT seconds.
"""
import csv
import os
import re
import sys

work, limit = sys.argv[1], sys.argv[2]


def per_series(name, model):
    with open(os.path.join(work, name), newline="") as f:
        return {r["series_id"]: r for r in csv.DictReader(f) if r["model"] == model and r["mase"] not in ("", "NaN")}


def seconds(table, model):
    for line in open(os.path.join(work, table)):
        cells = [c.strip() for c in line.split("|")]
        if cells and cells[0] == model:
            return float(cells[-1])
    return float("nan")


def wall(name):
    return float(open(os.path.join(work, name + ".wall")).read())


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


r_rows = list(csv.DictReader(open(os.path.join(work, "r_arima.csv")))) if os.path.exists(
    os.path.join(work, "r_arima.csv")) else []
r_done = {r["id"]: r for r in r_rows if r["timed_out"] == "0"}
ours_arima = per_series("ours_subset.csv", "auto-arima")
ours_prophet = per_series("ours_subset.csv", "prophet")
ours_auto = per_series("ours_auto_subset.csv", "auto")
common = [i for i in r_done if i in ours_arima]
text = open(os.path.join(work, "r_prophet.txt")).read() if os.path.exists(os.path.join(work, "r_prophet.txt")) else ""
m = re.search(r"prophet: MASE ([0-9.]+)\s+sMAPE ([0-9.]+)\s+coverage95 ([0-9.]+)", text)
n_prophet = re.search(r": (\d+) series", text)
ra_s, rp_s = wall("r_arima"), wall("r_prophet")
oa_s, op_s, au_s = (seconds("ours_subset.txt", "auto-arima"), seconds("ours_subset.txt", "prophet"),
                    seconds("ours_auto_subset.txt", "auto"))
print(f"Series H1, H42, ..., H370 (every 41st, 10 series), last 48 held out, m = 24, one thread on each side; R's")
print(f"auto.arima runs each series in its own process with a {limit} s limit ({len(r_done)} of 10 finished), and")
print("both auto.arima rows are scored on the series R finished. Seconds are wall time for the whole subset, R")
print("including its start-up per process.")
print()
print("| side | model | series | MASE | 95 % coverage | seconds | R time / ours |")
print("|---|---|---:|---:|---:|---:|---:|")
print(f"| R forecast | auto.arima | {len(common)} | {mean(float(r_done[i]['mase']) for i in common):.3f} | "
      f"{mean(float(r_done[i]['coverage95']) for i in common):.3f} | {ra_s:.0f} | {ra_s / oa_s:.1f} |")
print(f"| ours | auto-arima | {len(common)} | {mean(float(ours_arima[i]['mase']) for i in common):.3f} | "
      f"{mean(float(ours_arima[i]['coverage_95']) for i in common):.3f} | {oa_s:.1f} | 1 |")
if m:
    print(f"| R prophet | prophet | {n_prophet.group(1) if n_prophet else '?'} | {float(m.group(1)):.3f} | "
          f"{float(m.group(3)):.3f} | {rp_s:.0f} | {rp_s / op_s:.1f} |")
print(f"| ours | prophet | {len(ours_prophet)} | {mean(float(r['mase']) for r in ours_prophet.values()):.3f} | "
      f"{mean(float(r['coverage_95']) for r in ours_prophet.values()):.3f} | {op_s:.1f} | 1 |")
print(f"| ours | auto | {len(ours_auto)} | {mean(float(r['mase']) for r in ours_auto.values()):.3f} | "
      f"{mean(float(r['coverage_95']) for r in ours_auto.values()):.3f} | {au_s:.1f} | |")
