#!/usr/bin/env bash
# Series-list benchmark: GET /api/v1/series of `./capacity serve` on a real influxd holding >= 2 M points, at a
# fixed 200 requests/s (an open-loop Python loader; plain wrk has no fixed rate) and at wrk's maximum throughput,
# next to the query every request ran before (SELECT count(*) FROM /.*/ GROUP BY *) run directly against the same
# influxd in the same run. Regenerates the "series" section of docs/benchmarks.md.
#
# Data: one series of 2,000,000 points (cpu usage_idle every 10 s, as in issue 12's report) and 100 hosts x 2 fields
# x 500 points, posted as line protocol in batches of 100,000 lines.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
RATE=${RATE:-200}
SECONDS_AT_RATE=${SECONDS_AT_RATE:-30}
WRK_SECONDS=${WRK_SECONDS:-20}
PEER_RUNS=${PEER_RUNS:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d /tmp/capacity-bench-series.XXXXXX)
serve_pid=
stop_serve() { [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true; serve_pid=; }
trap 'stop_serve; stop_influxd; rm -rf "$work"' EXIT

lp="$work/series.lp"
/usr/bin/python3 - "$lp" <<'PY'
import sys
base = 1_600_000_000
with open(sys.argv[1], "w") as f:
    for i in range(2_000_000):
        f.write(f"cpu,cpu=cpu-total,host=big usage_idle={(i * 7) % 1000 / 10} {(base + i * 10) * 10**9}\n")
    for h in range(100):
        for i in range(500):
            f.write(f"cpu,cpu=cpu-total,host=h{h:03d} usage_idle={i % 100},usage_user={(i * 3) % 100} "
                    f"{(base + i * 60) * 10**9}\n")
PY
points=$(( 2000000 + 100 * 500 * 2 ))

"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
start_influxd "$work/influx"
t0=$(now); /usr/bin/python3 "$ROOT/scripts/lib/raw_post.py" "$INFLUX_URL" bench "$lp" 100000 >/dev/null; t1=$(now)
load_s=$(calc "$t1 - $t0")
stored=$(influx_scalar "$INFLUX_URL" bench 'SELECT count(usage_idle) FROM cpu')
stored_user=$(influx_scalar "$INFLUX_URL" bench 'SELECT count(usage_user) FROM cpu')

# The peer: what every request cost before (the old listing query), and what the background refresh costs now.
/usr/bin/python3 "$ROOT/scripts/lib/query_latency.py" "$INFLUX_URL" bench "$PEER_RUNS" \
  'SELECT count(*) FROM /.*/ GROUP BY *' > "$work/old.txt"
/usr/bin/python3 "$ROOT/scripts/lib/query_latency.py" "$INFLUX_URL" bench "$PEER_RUNS" \
  'SELECT last(*) FROM /.*/ GROUP BY *' > "$work/last.txt"

port=$(free_port)
"$ROOT/capacity" serve --influx-url "$INFLUX_URL" --influx-db bench --port "$port" --no-collect \
  > "$work/serve.log" 2>&1 &
serve_pid=$!
url="http://127.0.0.1:$port/api/v1/series?limit=1000"
for _ in $(seq 1 1800); do
  grep -q "capacity serve: listening on" "$work/serve.log" && break
  kill -0 "$serve_pid" 2>/dev/null || { echo "serve exited:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "capacity serve: listening on" "$work/serve.log" || { echo "serve did not start:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
first_ms=$(curl -s -o "$work/series.json" -w '%{time_total}' "$url" | awk '{ printf "%.0f", $1 * 1000 }')
listed=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/series.json")

# wrk at its maximum throughput (2 threads, 16 connections); also warms the JIT before the fixed-rate run.
wrk -t2 -c16 -d"${WRK_SECONDS}s" --latency "$url" > "$work/wrk.txt"
wrk_rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
wrk_ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
  else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
  printf "%.2f", v }' "$work/wrk.txt"; }
wrk_p50=$(wrk_ms 50%); wrk_p99=$(wrk_ms 99%)
wrk_total=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
wrk_non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.txt"); wrk_non2xx=${wrk_non2xx:-0}
wrk_sock=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$work/wrk.txt"); wrk_sock=${wrk_sock:-0}

/usr/bin/python3 "$ROOT/scripts/lib/fixed_rate.py" "$url" "$RATE" "$SECONDS_AT_RATE" > "$work/rate.txt"
load_line=$(load_note "ended")

old_p50=$(kv "$work/old.txt" p50); rate_p50=$(kv "$work/rate.txt" p50); rate_p99=$(kv "$work/rate.txt" p99)
commas() { /usr/bin/python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "$1"; }
ratio=$(calc "$old_p50 / $rate_p50" | xargs printf '%.0f')

cat > "$work/section.md" <<MD
## Series list on InfluxDB (\`scripts/bench-series.sh\`)

Data: $(commas $(( stored + stored_user ))) points stored (counted back from influxd) in $(kv "$work/last.txt" series) InfluxDB series of
\`cpu\` on \`influxd\` 1.6.7 on loopback: one series of 2,000,000 points (every 10 s, as in issue 12's report) and
100 hosts x 2 fields x 500 points, loaded by raw POST in batches of 100,000 lines in $(printf '%.1f' "$load_s") s.
\`./capacity serve --influx-url ... --no-collect\` answers \`GET /api/v1/series\` (the whole list: $listed series, one per InfluxDB series and field)
from a list it keeps in memory and reads again every 30 s in the background (\`--influx-series-refresh\`). The
first request, which loads the list, took $first_ms ms. $(machine_line)

| what | requests | errors | achieved req/s | p50 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|---:|---:|---:|
| \`/api/v1/series\` at a fixed $RATE req/s for $SECONDS_AT_RATE s (open-loop Python loader, latency from when each request was due) | $(kv "$work/rate.txt" sent) | $(kv "$work/rate.txt" errors) | $(kv "$work/rate.txt" achieved) | $rate_p50 | $rate_p99 | $(kv "$work/rate.txt" max) |
| \`/api/v1/series\` at wrk's maximum (\`wrk -t2 -c16 -d${WRK_SECONDS}s\`) | $wrk_total | $(( wrk_non2xx + wrk_sock )) | $wrk_rps | $wrk_p50 | $wrk_p99 | |
| peer: the old per-request query \`SELECT count(*) FROM /.*/ GROUP BY *\`, directly on influxd, $PEER_RUNS runs in a row | $PEER_RUNS | 0 | | $old_p50 | $(kv "$work/old.txt" p99) | $(kv "$work/old.txt" max) |
| the background refresh's query \`SELECT last(*) FROM /.*/ GROUP BY *\`, directly on influxd, $PEER_RUNS runs | $PEER_RUNS | 0 | | $(kv "$work/last.txt" p50) | $(kv "$work/last.txt" p99) | $(kv "$work/last.txt" max) |

The median request at $RATE req/s takes 1/$ratio of one run of the old query, which every request used to run
(issue 12 measured 1.46 req/s and a p50 of 5.2 s for the old endpoint under load). Plain \`wrk\` (Debian's 4.1.0)
has no fixed-rate mode, hence the Python loader for the $RATE req/s row; wrk's row is closed-loop (16 connections,
each sending its next request when the last one answered), so its latencies include queueing at its own maximum
rate. $load_line
MD
replace_section series "$work/section.md"
cat "$work/section.md"
