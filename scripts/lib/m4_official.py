"""Prints the published M4 Hourly figures as a markdown table (used by bench-forecast.sh).

Usage: m4_official.py DIR, where DIR holds the organisers' extracts m4_point_forecasts_by_frequency.csv and
m4_prediction_intervals_by_frequency.csv. Rows: the three best hourly MASE entries and the benchmarks sNaive,
Naive2, SES, Theta; then MSIS and ACD (|coverage - 0.95|) of every entry with interval scores, best MSIS first.
"""
import csv
import os
import sys

d = sys.argv[1]
with open(os.path.join(d, "m4_point_forecasts_by_frequency.csv"), newline="") as f:
    points = [r for r in csv.DictReader(f) if r["mase_hourly"] not in ("", "NA")]
best = sorted(points, key=lambda r: float(r["mase_hourly"]))[:3]
bench = [r for r in points if r["method_id"] in ("sNaive", "Naive2", "SES", "Theta")]
print("| M4 entry (test split) | MASE | sMAPE |")
print("|---|---:|---:|")
for r in best + [r for r in bench if r not in best]:
    who = r["method_id"] + ("" if r["first_author"].startswith("-") else " (" + r["first_author"] + ")")
    print(f"| {who} | {float(r['mase_hourly']):.3f} | {float(r['smape_hourly']):.3f} |")
with open(os.path.join(d, "m4_prediction_intervals_by_frequency.csv"), newline="") as f:
    pis = [r for r in csv.DictReader(f) if r["msis_hourly"] not in ("", "NA")]
print()
print("| M4 interval entry (test split) | MSIS | ACD = abs(coverage - 0.95) |")
print("|---|---:|---:|")
for r in sorted(pis, key=lambda r: float(r["msis_hourly"]))[:5]:
    print(f"| {r['method_id']} | {float(r['msis_hourly']):.3f} | {float(r['acd_hourly']):.3f} |")
