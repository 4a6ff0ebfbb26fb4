#!/usr/bin/env bash
# Import benchmark: points/s into each store for a real >= 1 M point line-protocol file, next to a raw HTTP POST of
# the same file to the same influxd in the same run. Regenerates the "import" section of docs/benchmarks.md.
#
# Data: Azure 2017 VM CPU subset (100 VMs x 8,004 five-minute steps x {avg, max} = 1,600,800 points), turned into
# line protocol with one field per line so lines = points.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
BATCH=${BATCH:-10000}

work=$(mktemp -d /tmp/capacity-bench-import.XXXXXX)
trap 'stop_influxd; rm -rf "$work"' EXIT

avg="$SHARED/azure-vm-cpu-2017-subset/microsoft_avg_100.csv"
max="$SHARED/azure-vm-cpu-2017-subset/microsoft_max_100.csv"
lp="$work/azure-vm-cpu.lp"
# Steps are numbered from 0; place them every 300 s from 2017-01-01T00:00:00Z.
paste -d, "$avg" "$max" | awk -F, -v base=1483228800 '
  NR == 1 { n = (NF - 2) / 2; for (i = 2; i <= n + 1; i++) vm[i] = $i; next }
  { ts = (base + $1 * 300) "000000000";
    for (i = 2; i <= n + 1; i++) {
      print "azure_vm_cpu,vm=" vm[i] " cpu_avg=" $i " " ts;
      print "azure_vm_cpu,vm=" vm[i] " cpu_max=" $(i + n + 1) " " ts } }' > "$lp"
points=$(wc -l < "$lp")
size_mb=$(du -m "$lp" | cut -f1)

"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
start_influxd "$work/influx"

t0=$(now); /usr/bin/python3 "$ROOT/scripts/lib/raw_post.py" "$INFLUX_URL" bench_raw "$lp" "$BATCH" >/dev/null; t1=$(now)
raw_s=$(calc "$t1 - $t0")

t0=$(now); "$ROOT/capacity" import --format lp --influx-url "$INFLUX_URL" --influx-db bench_capacity "$lp" > "$work/influx-import.txt"; t1=$(now)
influx_s=$(calc "$t1 - $t0")

t0=$(now); "$ROOT/capacity" import --format lp --data-dir "$work/embedded" "$lp" > "$work/embedded-import.txt"; t1=$(now)
embedded_s=$(calc "$t1 - $t0")

raw_n=$(influx_scalar "$INFLUX_URL" bench_raw 'SELECT count(cpu_avg) + count(cpu_max) FROM azure_vm_cpu' 2>/dev/null || echo "?")
cap_n=$(influx_scalar "$INFLUX_URL" bench_capacity 'SELECT count(cpu_avg) + count(cpu_max) FROM azure_vm_cpu' 2>/dev/null || echo "?")
emb_n=$("$ROOT/capacity" series --data-dir "$work/embedded" 'azure_vm_cpu' 2>/dev/null | wc -l)

rate() { calc "$points / $1" | xargs printf '%.0f'; }
raw_rate=$(rate "$raw_s"); influx_rate=$(rate "$influx_s"); embedded_rate=$(rate "$embedded_s")
ratio() { calc "$1 / $raw_rate" | xargs printf '%.2f'; }

cat > "$work/section.md" <<MD
## Import (\`scripts/bench-import.sh\`)

File: Azure 2017 VM CPU subset as line protocol, $points points (one field per line), $size_mb MB, batches of
$BATCH lines. Wall time of the whole command (JVM start, parse, validate, write) against a raw HTTP POST of the same
file in the same batch size over one keep-alive connection (Python's http.client) to the same \`influxd\` 1.6.7 on
loopback, in the same run. $(machine_line)

| writer | target | wall time (s) | points/s | ratio to raw POST | points stored |
|---|---|---:|---:|---:|---:|
| raw HTTP POST (peer) | influxd | $(printf '%.2f' "$raw_s") | $raw_rate | 1.00 | $raw_n |
| \`./capacity import --format lp\` | influxd | $(printf '%.2f' "$influx_s") | $influx_rate | $(ratio "$influx_rate") | $cap_n |
| \`./capacity import --format lp\` | embedded (DuckDB) | $(printf '%.2f' "$embedded_s") | $embedded_rate | $(ratio "$embedded_rate") | $emb_n series |

\`./capacity import\` validates the whole file before it writes (all-or-nothing per file), so it reads the file
twice; the raw POST neither validates nor reports bad lines.
MD
replace_section import "$work/section.md"
cat "$work/section.md"
