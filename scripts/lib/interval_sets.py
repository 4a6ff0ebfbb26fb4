"""Writes the data sets of scripts/bench-intervals.sh as series_id,timestamp,value CSV files (5-minute steps).

Usage: interval_sets.py SHARED_DATA OUT_DIR AZURE_EVERY
  nab.csv    NAB realAWSCloudwatch, 17 series with their own timestamps (the CLI resamples them to 5 minutes)
  azure.csv  Azure 2017 VM CPU subset, microsoft_avg_100.csv, every AZURE_EVERY-th VM (1: all 100); no timestamps
             in the file, so row i is 2017-01-01 00:00 UTC + i x 5 minutes
  dc.csv     datacenter aggregates: Alibaba 2018's five columns (row i = the i-th 5-minute step from 2018-01-01) and
             Azure 2019's cpu_usage and assigned_mem (its timestamps are
             0, 300, ... seconds, so row i is 2019-01-01 00:00 UTC + i x 5 minutes)
"""
import csv
import datetime
import os
import sys

shared, out, every = sys.argv[1], sys.argv[2], int(sys.argv[3])
FIVE = datetime.timedelta(minutes=5)


def stamp(anchor, i):
    return (anchor + i * FIVE).strftime("%Y-%m-%dT%H:%M:%SZ")


with open(os.path.join(out, "nab.csv"), "w") as w:
    w.write("series_id,timestamp,value\n")
    folder = os.path.join(shared, "nab", "realAWSCloudwatch")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            rows = csv.reader(f)
            next(rows)
            for t, v in rows:
                w.write(f"{name[:-4]},{t},{v}\n")


def wide(writer, path, prefix, anchor, skip_first, keep):
    with open(path) as f:
        rows = list(csv.reader(f))
    head = rows[0]
    first = 1 if skip_first else 0
    for c in range(first, len(head)):
        if not keep(c - first):
            continue
        for i, row in enumerate(rows[1:]):
            if c < len(row) and row[c].strip():
                writer.write(f"{prefix}{head[c]},{stamp(anchor, i)},{row[c]}\n")


with open(os.path.join(out, "azure.csv"), "w") as w:
    w.write("series_id,timestamp,value\n")
    wide(w, os.path.join(shared, "azure-vm-cpu-2017-subset", "microsoft_avg_100.csv"), "vm",
         datetime.datetime(2017, 1, 1), True, lambda k: k % every == 0)

with open(os.path.join(out, "dc.csv"), "w") as w:
    w.write("series_id,timestamp,value\n")
    agg = os.path.join(shared, "datacenter-aggregates")
    wide(w, os.path.join(agg, "alibaba2018_machine_usage_days_1_to_8_300s.csv"), "alibaba2018_",
         datetime.datetime(2018, 1, 1), False, lambda k: True)
    wide(w, os.path.join(agg, "azure2019_vm_cpu_mem_month_300s.csv"), "azure2019_",
         datetime.datetime(2019, 1, 1), True, lambda k: True)
