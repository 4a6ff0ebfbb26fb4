#!/usr/bin/env bash
# Collector benchmark: sustained points/s of the real agent pipeline (disk buffer with its default fsync policy,
# batching, InfluxLineProtocolSink) into influxd, next to a raw HTTP POST of the same batches to the same influxd
# in the same run; the agent's heap and GC under that load; CPU and wall time of one host sample.
# Regenerates the "collect" section of docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
POINTS=${POINTS:-1000000}
BATCH=${BATCH:-5000}     # the agent's default delivery.batch_size
ROUNDS=${ROUNDS:-3}      # peer and agent alternate, so drift in the machine's load hits both
JAVA_OPTS=${BENCH_JAVA_OPTS:-}

work=$(mktemp -d /tmp/capacity-bench-collect.XXXXXX)
trap 'stop_influxd; rm -rf "$work"' EXIT

(cd "$ROOT" && mvn -q -B -pl collectors -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime)
cp="$(ls "$ROOT"/collectors/target/capacity-collectors-*.jar | grep -v sources | head -1):$(cat "$ROOT/collectors/target/runtime-classpath.txt")"
bench() { java $JAVA_OPTS -cp "$cp" "io.capacity.collectors.bench.$1" "${@:2}" 2>"$work/$1.err"; }

load_before=$(load_note started)
start_influxd "$work/influx"
for r in $(seq 1 "$ROUNDS"); do
  dump=(); [ "$r" = 1 ] && dump=(--dump "$work/batches.lp")   # the Python peer's input, same lines
  bench RawPostBench --influx "$INFLUX_URL" --db "raw_jdk_$r" --points "$POINTS" --batch "$BATCH" "${dump[@]}" \
    > "$work/raw_$r.kv"
  bench PipelineBench --influx "$INFLUX_URL" --db "agent_$r" --points "$POINTS" --batch "$BATCH" \
    --buffer "$work/buffer_$r" > "$work/agent_$r.kv"
done
t0=$(now)
/usr/bin/python3 "$ROOT/scripts/lib/raw_post.py" "$INFLUX_URL" raw_py "$work/batches.lp" "$BATCH" > /dev/null
py_s=$(calc "$(now) - $t0")
py_n=$(influx_scalar "$INFLUX_URL" raw_py "SELECT count(v) FROM bench_load")
stop_influxd
bench HostSamplerBench --warmup 50 --samples 200 > "$work/host.kv"
load_after=$(load_note ended)

rows=""; ratios=""
for r in $(seq 1 "$ROUNDS"); do
  raw=$(kv "$work/raw_$r.kv" points_per_s); agent=$(kv "$work/agent_$r.kv" points_per_s)
  ratio=$(calc "$agent / $raw" | xargs printf '%.2f'); ratios="$ratios $ratio"
  rows+="| $r | raw HTTP POST, JDK HttpClient (peer) | $(kv "$work/raw_$r.kv" seconds) | $raw | 1.00 | $(kv "$work/raw_$r.kv" stored) |"$'\n'
  rows+="| $r | agent pipeline (collected → acknowledged) | $(kv "$work/agent_$r.kv" seconds) | $agent | $ratio | $(kv "$work/agent_$r.kv" stored) |"$'\n'
done
median_ratio=$(echo $ratios | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
py_rate=$(calc "$POINTS / $py_s" | xargs printf '%.0f')
heaprow() {
  local f="$work/agent_$1.kv"
  echo "| $1 | $(kv "$f" heap_max_mib) | $(kv "$f" heap_used_mean_mib) | $(kv "$f" heap_used_peak_mib) | $(kv "$f" heap_after_gc_peak_mib) | $(kv "$f" gc_count) | $(kv "$f" gc_ms) | $(kv "$f" peak_pending) | $(kv "$f" write_errors) / $(kv "$f" dropped) |"
}
h="$work/host.kv"

cat > "$work/section.md" <<MD
## Collect (\`scripts/bench-collect.sh\`)

$POINTS synthetic points (1,000 host-like series with the inventory tags, one integer field, distinct
timestamps; $(kv "$work/raw_1.kv" bytes) bytes of line protocol) into one \`influxd\` 1.6.7 on loopback, a fresh
database per run. The agent run is the real \`Agent\` with the default disk buffer (fsync \`interval\`, 1 s),
batches of $BATCH lines and \`InfluxLineProtocolSink\`, fed by a source that offers 5,000 points per 1 ms poll
(more than can leave, so the rate is the pipeline's); the clock runs from the first poll to the last batch
acknowledged by influxd, so it includes building the points, line protocol, the disk buffer and the HTTP writes.
The peer POSTs the same batches as the same bytes (each line ending in \`\\n\`, as the buffer holds them and the sink sends them) with the JDK's
HttpClient over one HTTP/1.1 keep-alive connection, bodies built before its clock starts. Peer and agent alternate,
$ROUNDS rounds. $(machine_line)

| round | writer | seconds | points/s | ratio to peer | points stored |
|---:|---|---:|---:|---:|---:|
${rows}
Median ratio agent / raw POST: **$median_ratio** (target ≥ 0.90). The Python peer (\`scripts/lib/raw_post.py\`,
http.client, one keep-alive connection, same batches) wrote $py_n points at $py_rate points/s after the rounds.

Agent heap and GC under that load (MemoryMXBean sampled every 50 ms; "after GC" is the heap left after each
collection, from GC notifications; JVM defaults${JAVA_OPTS:+, options \`$JAVA_OPTS\`}). The buffer absorbs what the
source offers beyond what influxd takes: "peak pending" points waited on disk, not in the heap.

| round | max heap (MiB) | used, mean (MiB) | used, peak (MiB) | after GC, peak (MiB) | GCs | GC time (ms) | peak pending | write errors / dropped |
|---:|---:|---:|---:|---:|---:|---:|---:|---|
$(for r in $(seq 1 "$ROUNDS"); do heaprow "$r"; done)

Host sampler (\`HostSampler\`, default config: total CPU, memory, system, every disk and NIC;
$(kv "$h" points_per_sample) points per sample here), $(kv "$h" samples) samples after 50 warm-up ones, CPU time of
the sampling thread from ThreadMXBean:

| | mean | p95 | max |
|---|---:|---:|---:|
| CPU time per sample (ms) | $(kv "$h" cpu_mean_ms) | $(kv "$h" cpu_p95_ms) | $(kv "$h" cpu_max_ms) |
| wall time per sample (ms) | $(kv "$h" wall_mean_ms) | $(kv "$h" wall_p95_ms) | $(kv "$h" wall_max_ms) |

Share of one core at the default $(kv "$h" interval_s) s interval: **$(kv "$h" core_share_percent) %** (target < 1 %).

$load_before $load_after
MD
replace_section collect "$work/section.md"
cat "$work/section.md"
