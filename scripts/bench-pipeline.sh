#!/usr/bin/env bash
# Pipeline benchmark: wall and CPU time of the scheduled pipeline (app.pipeline.ForecastPipeline, as serve runs it)
# over N series of four weeks read hourly, for each size N given: its first run (nothing cached: every model chosen
# by backtest) and the next hour's run (every cached choice refit), next to the command line's batch forecast
# (./capacity forecast --model auto, which chooses every time) of the same series in the same run.
# The series are the demo fleet's (serve --demo --demo-hosts H: 26 series per host, H = ceil(N / 26)) in an
# embedded store. Regenerates the "pipeline" section of docs/benchmarks.md.
# Usage: scripts/bench-pipeline.sh [N ...]   (default: 1000 10000; both took 33 minutes on 2 cores, 2026-12-03)
# Options (environment): THREADS (series at once, for the pipeline and the command line; default 2).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
THREADS=${THREADS:-2}
PER_HOST=26

work=$(mktemp -d /tmp/capacity-bench-pipeline.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
bench_classpath
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
end=$(( $(date +%s) / 3600 * 3600 ))   # on the hour, so both runs read whole hours
cpu() { awk '{ printf "%.1f", $2 + $3 }' "$1"; }
wall() { awk '{ printf "%.1f", $1 }' "$1"; }
per() { awk "BEGIN { printf \"%.0f\", 1000 * $1 / $2 }"; }

rows=""
for n in "${SIZES[@]}"; do
  hosts=$(( (n + PER_HOST - 1) / PER_HOST )); [ "$hosts" -ge 6 ] || hosts=6
  dir="$work/store-$n"
  echo "bench-pipeline: $n series ($hosts demo hosts): writing the store..." >&2
  series=$(run_main io.capacity.bench.pipeline.PipelineBench setup "$dir" "$hosts" "$end" 2>"$work/setup-$n.log" \
    | sed -n 's/^series=//p')
  echo "bench-pipeline: $series series: ./capacity forecast --model auto..." >&2
  /usr/bin/time -f "%e %U %S" -o "$work/cli-$n.time" "$ROOT/capacity" forecast --from-store '*' --data-dir "$dir" \
    --horizon 24 --season 24 --non-negative --threads "$THREADS" --no-progress -o "$work/cli-$n.csv" \
    > "$work/cli-$n.out" 2> "$work/cli-$n.log"
  cli_rows=$(( $(wc -l < "$work/cli-$n.csv") - 1 ))
  echo "bench-pipeline: $series series: pipeline, first run and the next hour's..." >&2
  run_main io.capacity.bench.pipeline.PipelineBench run "$dir" "$hosts" "$end" "$THREADS" "$work/run-$n.txt" \
    2> "$work/run-$n.log"
  r="$work/run-$n.txt"
  rows+="| $series | \`./capacity forecast --model auto\` (chooses every series) | $(wall "$work/cli-$n.time") | $(cpu "$work/cli-$n.time") | $(per "$(cpu "$work/cli-$n.time")" "$series") | $(( cli_rows / 24 )) forecast |
"
  rows+="| $series | pipeline, first run (chooses every series) | $(kv "$r" first_wall) | $(kv "$r" first_cpu) | $(per "$(kv "$r" first_cpu)" "$series") | $(kv "$r" first_forecast) forecast, $(kv "$r" first_failed) failed, $(kv "$r" first_skipped) skipped |
"
  rows+="| $series | pipeline, the next hour (refits cached choices, scores the last run) | $(kv "$r" cached_wall) | $(kv "$r" cached_cpu) | $(per "$(kv "$r" cached_cpu)" "$series") | $(kv "$r" cached_forecast) forecast: $(kv "$r" cached_cached) cached choices refit, $(kv "$r" cached_chosen) chosen again, $(kv "$r" cached_failed) failed |
"
  rm -rf "$dir"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
not_run=""
for n in 1000 10000; do
  case " ${SIZES[*]} " in *" $n "*) ;; *) not_run+="$n ";; esac
done

cat > "$work/section.md" <<MD
## Scheduled pipeline (\`scripts/bench-pipeline.sh\`)

Every figure below comes from one run of \`scripts/bench-pipeline.sh ${SIZES[*]}\`. $(machine_line) Load average
(1, 5, 15 min) before the run $load_before, after it $load_after: the machine is shared, so wall times are upper
bounds and CPU seconds the steadier figure.

The series are the simulated demo fleet's (26 per host: cpu, mem, net and ipmi_sensor fields; the hosts of
\`--demo-hosts\`), four weeks of 15-minute points in an embedded store, read hourly (window means, counters as
rates) as the pipeline reads them. Each size runs, on $THREADS threads: the command line's batch forecast of every
series with \`--model auto\` (horizon 24, season 24, \`--non-negative\`); the pipeline's first run on the same
store (\`app.pipeline.ForecastPipeline\` with serve's settings, nothing cached, so every series' model is chosen by
backtest and cached); then, with the fleet's next hour written, the next hourly run, which scores the first run's
forecasts and refits each cached choice. Wall and CPU are the command's process (JVM start and store reading
included) and the pipeline run's own (\`PipelineRun\`: process CPU over the run). Target: the hourly run over
10,000 series under 5 minutes wall, its cost linear in series.

| series | run | wall s | CPU s | CPU ms per series | outcome |
|---:|---|---:|---:|---:|---|
$rows
MD
if [ -n "$not_run" ]; then
  echo "Not run in this run: ${not_run% } series (\`scripts/bench-pipeline.sh ${not_run% }\`; 1,000 and 10,000 series together took 33 minutes on 2 cores)." >> "$work/section.md"
fi
replace_section pipeline "$work/section.md"
cat "$work/section.md"
