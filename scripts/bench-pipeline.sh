#!/usr/bin/env bash
# Pipeline benchmark: wall and CPU time of the scheduled pipeline (app.pipeline.ForecastPipeline, as serve runs it)
# over N series of four weeks read hourly, for each size N given: its first run (nothing cached: every model chosen
# by backtest) and the next hour's run (every cached choice refit), next to the command line's batch forecast
# (./capacity forecast --model auto, which chooses every time) of the same series in the same run; the next hours'
# runs twice from the first run's saved state, every refit started warm (from the last estimates) and then cold,
# the second refit's forecasts scored over the next 24 hours.
# The series are the demo fleet's (serve --demo --demo-hosts H: 26 series per host in the pipeline's scope,
# H = ceil(N / 26); each host also stores its NIC's link speed and BMC power state, which the pipeline leaves out and
# the command line's '*' forecasts) in an embedded store. Regenerates the "pipeline" section of docs/benchmarks.md.
# Usage: scripts/bench-pipeline.sh [N ...]   (default: 1000 10000; both took 33 to 48 minutes on 2 cores, 2026-12-03)
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
warm_note() { [ "$2" = "${2#warm}" ] || echo "; $(kv "$1" "$2_warm_kept") member refits warm, $(kv "$1" "$2_warm_fell_back") fell back cold"; }

rows=""
acc=""
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
  cli_series=$(( cli_rows / 24 ))
  echo "bench-pipeline: $series series: pipeline, first run and the next hour's..." >&2
  run_main io.capacity.bench.pipeline.PipelineBench run "$dir" "$hosts" "$end" "$THREADS" "$work/run-$n.txt" \
    2> "$work/run-$n.log"
  r="$work/run-$n.txt"
  rows+="| $series | \`./capacity forecast --model auto\` (chooses every stored series) | $(wall "$work/cli-$n.time") | $(cpu "$work/cli-$n.time") | $(per "$(cpu "$work/cli-$n.time")" "$cli_series") | $cli_series forecast |
"
  rows+="| $series | pipeline, first run (chooses every series) | $(kv "$r" first_wall) | $(kv "$r" first_cpu) | $(per "$(kv "$r" first_cpu)" "$series") | $(kv "$r" first_forecast) forecast, $(kv "$r" first_failed) failed, $(kv "$r" first_skipped) skipped |
"
  for mode in warm cold; do
    rows+="| $series | pipeline, the next hour, $mode starts (first refit of each choice, scores the last run) | $(kv "$r" ${mode}1_wall) | $(kv "$r" ${mode}1_cpu) | $(per "$(kv "$r" ${mode}1_cpu)" "$series") | $(kv "$r" ${mode}1_forecast) forecast: $(kv "$r" ${mode}1_cached) cached choices refit, $(kv "$r" ${mode}1_chosen) chosen again, $(kv "$r" ${mode}1_failed) failed$(warm_note "$r" ${mode}1) |
"
    rows+="| $series | pipeline, two hours on, $mode starts (every cached choice refit) | $(kv "$r" ${mode}2_wall) | $(kv "$r" ${mode}2_cpu) | $(per "$(kv "$r" ${mode}2_cpu)" "$series") | $(kv "$r" ${mode}2_forecast) forecast: $(kv "$r" ${mode}2_cached) cached choices refit, $(kv "$r" ${mode}2_chosen) chosen again, $(kv "$r" ${mode}2_failed) failed$(warm_note "$r" ${mode}2) |
"
    acc+="| $series | $mode | $(kv "$r" ${mode}2_cpu) | $(kv "$r" ${mode}2_scored) | $(kv "$r" ${mode}2_mase) | $(kv "$r" ${mode}2_cov80) | $(kv "$r" ${mode}2_cov95) |
"
  done
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

The series are the simulated demo fleet's (26 per host in the pipeline's scope: cpu, mem, net and ipmi_sensor
fields; the hosts of \`--demo-hosts\`), four weeks of 15-minute points in an embedded store, read hourly (window means,
counters as rates) as the pipeline reads them. Each host also stores its NIC's link speed (\`net.speed\`) and its
BMC power state (\`bmc_power_state\`), which the pipeline leaves out (equipment, not demand: docs/schema.md) and the
command line's \`*\` selection forecasts too (28 per host; its CPU per series is over its own count). Each size runs,
on $THREADS threads: the command line's batch forecast of every stored
series with \`--model auto\` (horizon 24, season 24, \`--non-negative\`); the pipeline's first run on the same
store (\`app.pipeline.ForecastPipeline\` with serve's settings, nothing cached, so every series' model is chosen by
backtest and cached); then, with the fleet's next 26 hours written (a run reads only the history up to its own
time), the next hourly run, which scores the first run's
forecasts and refits each cached choice, and the run an hour later; both twice from the first run's saved state,
once with every refit's optimiser started warm (from the last run's estimates: ARIMA coefficients,
ETS and MSTL smoothing weights) and then cold (so the JIT compilation left after the first run falls on the warm
runs). The first run, with serve's settings (warm starts off), saves no estimates, so the warm branch's next-hour
refit starts cold and saves its estimates; the run two hours on is each choice's first warm refit, which also fits
cold to check it (docs/architecture.md), so its CPU holds both fits: later, unchecked warm refits are not measured here. Wall and CPU are the command's process (JVM start and store reading
included) and the pipeline run's own (\`PipelineRun\`: process CPU over the run). Target: the hourly run over
10,000 series under 5 minutes wall, its cost linear in series.

| series | run | wall s | CPU s | CPU ms per series | outcome |
|---:|---|---:|---:|---:|---|
$rows
Accuracy of the run two hours on, cold against warm starts: its stored forecasts scored by the pipeline's own
scoring (\`ForecastScoring\`) over their 24 hours once the actuals are in (mean MASE over the series with a finite
one; coverage over every scored step).

| series | starts | CPU s | series scored | mean MASE | 80 % coverage | 95 % coverage |
|---:|---|---:|---:|---:|---:|---:|
$acc
MD
if [ -n "$not_run" ]; then
  echo "Not run in this run: ${not_run% } series (\`scripts/bench-pipeline.sh ${not_run% }\`; 1,000 and 10,000 series together took 33 minutes on 2 cores)." >> "$work/section.md"
fi
replace_section pipeline "$work/section.md"
cat "$work/section.md"
