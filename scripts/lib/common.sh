# Shared helpers for the benchmark scripts (sourced, not run).
# Every benchmark starts its own servers on free loopback ports and removes them on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="${CAPACITY_SHARED_DATA:-$ROOT/../shared/data}"

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

now() { date +%s.%N; }

# start_influxd DIR -> sets INFLUX_URL and INFLUXD_PID
start_influxd() {
  local dir="$1" http rpc
  command -v influxd >/dev/null || { echo "influxd is missing: apt-get install -y influxdb" >&2; exit 2; }
  http=$(free_port); rpc=$(free_port)
  mkdir -p "$dir"
  cat > "$dir/influxd.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$rpc"
[meta]
  dir = "$dir/meta"
[data]
  dir = "$dir/data"
  wal-dir = "$dir/wal"
  query-log-enabled = false
[monitor]
  store-enabled = false
[http]
  bind-address = "127.0.0.1:$http"
  log-enabled = false
CONF
  influxd -config "$dir/influxd.conf" > "$dir/influxd.log" 2>&1 &
  INFLUXD_PID=$!
  INFLUX_URL="http://127.0.0.1:$http"
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null -w '%{http_code}' "$INFLUX_URL/ping" 2>/dev/null | grep -q 204; then return 0; fi
    sleep 0.1
  done
  echo "influxd did not answer /ping; log:" >&2; tail -20 "$dir/influxd.log" >&2; exit 1
}

stop_influxd() {
  [ -n "${INFLUXD_PID:-}" ] && kill "$INFLUXD_PID" 2>/dev/null && wait "$INFLUXD_PID" 2>/dev/null || true
  INFLUXD_PID=
}

# influx_count URL DB QUERY -> prints the first value of the first series
influx_scalar() {
  curl -s -G "$1/query" --data-urlencode "db=$2" --data-urlencode "q=$3" \
    | /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin)["results"][0]; print(r["series"][0]["values"][0][1] if "series" in r else 0)'
}

# replace_section NAME FILE: replaces the block between <!-- BEGIN NAME --> and <!-- END NAME --> in
# docs/benchmarks.md with FILE's content (appending the block when it is new), so each script owns its section.
replace_section() {
  /usr/bin/python3 "$ROOT/scripts/lib/replace_section.py" "$ROOT/docs/benchmarks.md" "$1" "$2"
}

machine_line() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)."
}

# calc EXPR: floating-point arithmetic without bc (not on every machine)
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# bench_classpath: builds the benchmark module (forecaster/bench) and the modules it uses, once per script, and sets
# BENCH_CP to its jar and runtime class path. The harness is not in the service jar.
bench_classpath() {
  [ -n "${BENCH_CP:-}" ] && return 0
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -pl forecaster/bench -am package dependency:build-classpath \
    -DskipTests -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime) >&2
  BENCH_CP="$(ls "$ROOT"/forecaster/bench/target/capacity-bench-*.jar | head -1):$(cat "$ROOT/forecaster/bench/target/runtime-classpath.txt")"
}

# run_main CLASS ARGS...: runs a measurement main of the benchmark module (io.capacity.bench.*)
run_main() {
  local cls="$1"; shift
  bench_classpath
  java ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" "$cls" "$@"
}

# load_note: one sentence on how busy the machine was (1-minute load against the core count), because a
# benchmark sharing two cores with other work measures the sharing as much as the code.
load_note() {
  local load cores
  load=$(cut -d' ' -f1 /proc/loadavg); cores=$(nproc)
  if awk "BEGIN { exit !($load > $cores * 0.5) }"; then
    echo "Other work was loading the machine: 1-minute load average $load on $cores cores when the run $1."
  else
    echo "The machine was otherwise idle: 1-minute load average $load on $cores cores when the run $1."
  fi
}

# kv FILE KEY: the value of KEY in a key=value file written by a benchmark main
kv() { sed -n "s/^$2=//p" "$1" | head -1; }
