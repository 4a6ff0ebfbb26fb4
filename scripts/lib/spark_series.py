"""Benchmark series for scripts/bench-spark.sh: windows of real M4 Hourly series, scaled and jittered, seeded.

python3 spark_series.py M4_HOURLY_CSV COUNT LENGTH SEED FORECAST_CSV IMPORT_CSV

Series k is a LENGTH-value window of M4 Hourly series (k mod 414), at a random start, times a random scale
(log-uniform over 0.1 to 100) plus Gaussian jitter of 1 % of the window's standard deviation, hourly from
2026-11-01T00:00:00Z. Written twice with the same decimal text, so both readers parse the same doubles:
FORECAST_CSV as ./capacity forecast --format csv reads it (series_id,timestamp,value; id s000001) and IMPORT_CSV
as ./capacity import reads long CSV (time,measurement,field,value,series: measurement bench, field value, tag
series=s000001).
"""
import csv
import datetime
import random
import statistics
import sys

m4_path, count, length, seed, forecast_csv, import_csv = sys.argv[1:7]
count, length, seed = int(count), int(length), int(seed)

series = []
with open(m4_path, newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for row in rows:
        values = [float(v) for v in row[1:] if v not in ("", "NA")]
        if len(values) >= length:
            series.append(values)

rng = random.Random(seed)
start = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
stamps = [(start + datetime.timedelta(hours=h)).strftime("%Y-%m-%dT%H:%M:%SZ") for h in range(length)]
with open(forecast_csv, "w") as fc, open(import_csv, "w") as ic:
    fc.write("series_id,timestamp,value\n")
    ic.write("time,measurement,field,value,series\n")
    for k in range(count):
        source = series[k % len(series)]
        offset = rng.randrange(0, len(source) - length + 1)
        window = source[offset:offset + length]
        scale = 10 ** rng.uniform(-1, 2)
        sd = 0.01 * max(statistics.pstdev(window), 1e-9)
        values = [(v + rng.gauss(0, sd)) * scale for v in window]
        sid = f"s{k:06d}"
        text = [f"{v:.6g}" for v in values]
        fc.write("".join(f"{sid},{t},{v}\n" for t, v in zip(stamps, text)))
        ic.write("".join(f"{t},bench,value,{v},{sid}\n" for t, v in zip(stamps, text)))
