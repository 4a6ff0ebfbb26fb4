#!/usr/bin/env python3
"""Derives the demo fleet's load shapes (serve --demo) from the real traces in ../shared/data.

Writes forecaster/app/src/main/resources/io/capacity/app/demo/profile.csv: 168 rows, one per hour of the week,
each value the trace's mean at that hour divided by the trace's overall mean (a shape around 1.0, no trace values):
  weekly_cpu  Azure 2019 whole-fleet CPU (datacenter-aggregates/azure2019_vm_cpu_mem_month_300s.csv, cpu_usage),
              hour of week counted from the trace's first timestamp (the trace gives no weekday), 30 days averaged
  daily_cpu   Alibaba 2018 cluster CPU (datacenter-aggregates/alibaba2018_machine_usage_days_1_to_8_300s.csv,
              cpu_util_percent), hour of day, repeated for each day of the week (8 days averaged)
  daily_net   Alibaba 2018 net_in + net_out, same file and averaging
Sources and licence: ../shared/data/datacenter-aggregates/SOURCE.md (DataCenter-Traces-Datasets, CC BY 4.0;
upstream Azure/AzurePublicDataset V2 and alibaba/clusterdata cluster-trace-v2018). Usage, from the repository root:
  python3 scripts/derive-demo-profile.py [../shared/data]
"""
import csv
import os
import sys

STEP = 300


def hourly_means(values, hours):
    sums, counts = [0.0] * hours, [0] * hours
    for i, v in enumerate(values):
        h = (i * STEP // 3600) % hours
        sums[h] += v
        counts[h] += 1
    means = [s / c for s, c in zip(sums, counts)]
    overall = sum(means) / len(means)
    return [m / overall for m in means]


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
    agg = os.path.join(data, "datacenter-aggregates")
    with open(os.path.join(agg, "azure2019_vm_cpu_mem_month_300s.csv")) as f:
        azure = [float(r["cpu_usage"]) for r in csv.DictReader(f)]
    with open(os.path.join(agg, "alibaba2018_machine_usage_days_1_to_8_300s.csv")) as f:
        rows = list(csv.DictReader(f))
    ali_cpu = [float(r["cpu_util_percent"]) for r in rows]
    ali_net = [float(r["net_in"]) + float(r["net_out"]) for r in rows]
    weekly = hourly_means(azure, 168)
    daily_cpu = hourly_means(ali_cpu, 24)
    daily_net = hourly_means(ali_net, 24)
    out = os.path.join("forecaster", "app", "src", "main", "resources", "io", "capacity", "app", "demo",
                       "profile.csv")
    with open(out, "w", newline="") as f:
        f.write("# Load shapes of the simulated demo fleet (serve --demo): trace mean per hour / overall mean.\n")
        f.write("# Derived by scripts/derive-demo-profile.py from ../shared/data/datacenter-aggregates (CC BY 4.0;\n")
        f.write("# Azure 2019 public dataset V2 cpu_usage for weekly_cpu, Alibaba cluster-trace-v2018 cpu_util_percent\n")
        f.write("# and net_in+net_out for daily_cpu and daily_net). Hour 0 is the traces' first hour.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hour_of_week", "weekly_cpu", "daily_cpu", "daily_net"])
        for h in range(168):
            w.writerow([h, f"{weekly[h]:.4f}", f"{daily_cpu[h % 24]:.4f}", f"{daily_net[h % 24]:.4f}"])
    print(f"wrote {out}: 168 hours; weekly_cpu {min(weekly):.3f}..{max(weekly):.3f}, "
          f"daily_cpu {min(daily_cpu):.3f}..{max(daily_cpu):.3f}, daily_net {min(daily_net):.3f}..{max(daily_net):.3f}")


if __name__ == "__main__":
    main()
