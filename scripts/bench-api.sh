#!/usr/bin/env bash
# Forecasts API benchmark: `./capacity serve --demo` (the simulated fleet on the embedded store, its pipeline's first
# run awaited), then a cached GET /api/v1/forecasts of one series under wrk at an offered 500 requests/s for 60 s
# (wrk 4.1 has no rate flag: scripts/lib/paced.lua paces each thread), next to the same load in the same run against
# /actuator/info, which answers from memory through the same server, filters and JSON writer: the floor of any
# answer from memory on this server, so the difference is what serving a forecast costs. Regenerates the "api"
# section of docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
RATE=${RATE:-500}
SECONDS_AT_RATE=${SECONDS_AT_RATE:-60}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d /tmp/capacity-bench-api.XXXXXX)
serve_pid=
stop_serve() { [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true; serve_pid=; }
trap 'stop_serve; rm -rf "$work"' EXIT

"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
port=$(free_port)
base="http://127.0.0.1:$port"
t0=$(now)
"$ROOT/capacity" serve --demo --data-dir "$work/data" --port "$port" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 9000); do
  curl -s "$base/actuator/info" 2>/dev/null | grep -q '"last_run"' && break
  kill -0 "$serve_pid" 2>/dev/null || { echo "serve exited:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
curl -s "$base/actuator/info" > "$work/info.json"
grep -q '"last_run"' "$work/info.json" || { echo "the pipeline did not run within 15 min:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
ready_s=$(calc "$(now) - $t0")
read -r hosts series_run run_s <<<"$(/usr/bin/python3 -c 'import json,sys; i=json.load(open(sys.argv[1]))
r=i["pipeline"]["last_run"]; print(i["demo"]["hosts"], r["series"], round(r["wall_seconds"], 1))' "$work/info.json")"

# One host's CPU: the first cpu usage_idle series the service lists.
key=$(curl -s "$base/api/v1/series?measurement=cpu&field=usage_idle" \
  | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["key"])')
url="$base/api/v1/forecasts?series=$(/usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$key")"
source_of() { curl -s "$1" | /usr/bin/python3 -c 'import json,sys; f=json.load(sys.stdin)["forecasts"][0]; print(f["source"], len(f["points"]), f["grade"])'; }
read -r first_source points grade <<<"$(source_of "$url")"
read -r second_source _ _ <<<"$(source_of "$url")"
bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")

pace() {  # pace OUT URL SECONDS
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" --latency -s "$ROOT/scripts/lib/paced.lua" "$2" -- "$RATE" "$THREADS" > "$1"
}
# wrk_ms KEY COLUMN FILE: the value in COLUMN of the first line starting with KEY, in ms (wrk writes us, ms or s)
wrk_ms() { awk -v p="$1" -v c="$2" '$1 == p { v = $c; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
  else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
  printf "%.2f", v; exit }' "$3"; }
row() {  # row FILE LABEL
  local total rps non2xx sock
  total=$(awk '/requests in/ { print $1 }' "$1")
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$1"); non2xx=${non2xx:-0}
  sock=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$1"); sock=${sock:-0}
  echo "| $2 | $total | $(( non2xx + sock )) | $rps | $(wrk_ms 50% 2 "$1") | $(wrk_ms 90% 2 "$1") | $(wrk_ms 99% 2 "$1") | $(wrk_ms Latency 4 "$1") |"
}

# Warm-up: the JIT and connection pools, at the same paced rate, on both endpoints.
pace "$work/warm.txt" "$url" 10
pace "$work/warm-peer.txt" "$base/actuator/info" 10
load_before=$(cut -d' ' -f1 /proc/loadavg)
pace "$work/forecast.txt" "$url" "$SECONDS_AT_RATE"
pace "$work/peer.txt" "$base/actuator/info" "$SECONDS_AT_RATE"
load_line=$(load_note "ended")
read -r after_source _ _ <<<"$(source_of "$url")"

cat > "$work/section.md" <<MD
## Forecasts API (\`scripts/bench-api.sh\`)

\`./capacity serve --demo\` (simulated fleet: $hosts hosts, four weeks of history, embedded store, agent writing live
points) was ready with its pipeline's first run after $(printf '%.0f' "$ready_s") s (that run: $series_run series in $run_s s).
The request is \`GET /api/v1/forecasts?series=KEY\` for one host's CPU (\`$key\`), with the defaults (24 hourly
steps, 80 and 95 % intervals, model auto): the first answer came from the pipeline's stored forecast
(\`source: $first_source\`, $points points, grade $grade, $bytes bytes), every later one from memory (\`source: $second_source\`,
still \`$after_source\` after the load). wrk 4.1 on loopback, $THREADS threads, $CONNECTIONS connections, each thread paced by
\`scripts/lib/paced.lua\` so the offered load is $RATE req/s for $SECONDS_AT_RATE s, after 10 s of warm-up at the same rate. The peer
in the same run is \`GET /actuator/info\`: an answer from memory through the same server, filters (host check,
token rule, security headers) and JSON writer, so it is the floor of this server and the difference is what
serving a forecast adds. $(machine_line)

| what | requests | errors | achieved req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |
|---|---:|---:|---:|---:|---:|---:|---:|
$(row "$work/forecast.txt" "cached \`GET /api/v1/forecasts\`, offered $RATE req/s for $SECONDS_AT_RATE s")
$(row "$work/peer.txt" "peer: \`GET /actuator/info\`, offered $RATE req/s for $SECONDS_AT_RATE s")

Targets (issue 14): p99 under 50 ms with 0 errors at 500 req/s. wrk times each request from when it was sent; the
pacing holds the rate only while a connection is free, so a server that stalls delays later requests and wrk's
latencies leave that queueing out (coordinated omission); the achieved rate shows whether that happened. The
1-minute load average was $load_before before the measured runs. $load_line
MD
replace_section api "$work/section.md"
cat "$work/section.md"
