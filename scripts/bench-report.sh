#!/usr/bin/env bash
# Weekly report benchmark: time and memory of the report (app.report.WeeklyReport, rendered by service.report as
# ./capacity report and serve do) for the demo fleet regrouped into clusters of 100 hosts, at each size given (in
# clusters), in one run so growth with size shows: the report's figures once (store reads, capacity, plan, Tablesaw
# summaries), then each format (HTML, PDF, CSV) rendered from them. The store is set up first and timed apart: an
# embedded store with four weeks of the hosts' demo points on the hour (the report, capacity and plans read hourly),
# written as the demo writes them, and two runs of the pipeline's cluster plans in the week's last day, so the
# plan, forecast and accountability sections have their data. Regenerates the "report" section of
# docs/benchmarks.md.
# Usage: scripts/bench-report.sh [CLUSTERS ...]   (default: 1 10 100, that is 100, 1,000 and 10,000 hosts)
# Options (environment): BENCH_MVN_OPTS (extra Maven options for the build, e.g. -o), BENCH_JAVA_OPTS.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1 10 100)
FORMATS=(html pdf csv)

work=$(mktemp -d /tmp/capacity-bench-report.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The benchmark module and the service's classes and runtime class path (its renderer: Thymeleaf, JFreeChart,
# openhtmltopdf), built once in one reactor, outside the timings. The service's jar is Spring Boot's executable
# jar, so its classes directory is what goes on the class path.
(cd "$ROOT" && mvn -q -B -Dstyle.color=never ${BENCH_MVN_OPTS:-} -pl forecaster/bench,forecaster/service -am \
  package dependency:build-classpath -DskipTests -Dmdep.outputFile=target/runtime-classpath.txt \
  -DincludeScope=runtime) >&2
BENCH_CP="$(ls "$ROOT"/forecaster/bench/target/capacity-bench-*.jar | head -1):$(cat \
  "$ROOT/forecaster/bench/target/runtime-classpath.txt"):$ROOT/forecaster/service/target/classes:$(cat \
  "$ROOT/forecaster/service/target/runtime-classpath.txt")"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# The week reported is the last one that has ended: it ends this Monday 00:00 UTC.
end=$(date -u -d "$(date -u +%F) -$(( $(date -u +%u) - 1 )) days" +%s)
timed() { local t="$1"; shift; /usr/bin/time -f "%e %U %S %M" -o "$t" "$@"; }
wall() { awk '{ printf "%.1f", $1 }' "$1"; }
cpu() { awk '{ printf "%.1f", $2 + $3 }' "$1"; }
rss() { awk '{ printf "%.0f", $4 / 1024 }' "$1"; }
size() { awk "BEGIN { b = $1; if (b >= 1048576) printf \"%.1f MiB\", b / 1048576; else printf \"%.0f KiB\", b / 1024 }"; }
grouped() { /usr/bin/python3 -c 'import sys; print(f"{int(sys.argv[1] or 0):,}")' "$1"; }
# shellcheck disable=SC2206
bench=(java ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" io.capacity.bench.report.ReportBench)

setup_rows=""
rows=""
shape=""
for c in "${SIZES[@]}"; do
  dir="$work/store-$c"
  echo "bench-report: $c cluster(s): writing the store and running the cluster plans..." >&2
  timed "$work/setup-$c.time" "${bench[@]}" setup "$dir" "$c" "$end" \
    "$work/setup-$c.txt" 2> "$work/setup-$c.log" || { tail -30 "$work/setup-$c.log" >&2; exit 1; }
  s="$work/setup-$c.txt"
  hosts=$(kv "$s" hosts)
  setup_rows+="| $c | $(grouped "$hosts") | store: $(grouped "$(kv "$s" series)") series, $(grouped "$(kv "$s" values)") values on the hour | $(kv "$s" write_wall) | $(kv "$s" write_cpu) | $(kv "$s" write_rss_peak_mib) |
| $c | $(grouped "$hosts") | pipeline: two cluster-plan runs (clusters planned: $(kv "$s" planned | sed 's/,/ and /')) | $(kv "$s" plans_wall) | $(kv "$s" plans_cpu) | $(kv "$s" plans_rss_peak_mib) |
"
  echo "bench-report: $c cluster(s): the report and its formats..." >&2
  timed "$work/run-$c.time" "${bench[@]}" run "$dir" "$end" "$work/run-$c.txt" \
    "${FORMATS[@]}" 2> "$work/run-$c.log" || { tail -30 "$work/run-$c.log" >&2; exit 1; }
  r="$work/run-$c.txt"
  rows+="| $c | $(grouped "$hosts") | figures (\`WeeklyReport\`) | $(kv "$r" figures_wall) | $(kv "$r" figures_cpu) | $(kv "$r" figures_heap_after_gc_peak_mib) | $(kv "$r" figures_heap_kept_mib) | $(kv "$r" figures_rss_peak_mib) | $(kv "$r" sections) sections, $(kv "$r" charts) charts, $(grouped "$(kv "$r" table_rows)") table rows |
"
  pages=""
  for f in "${FORMATS[@]}"; do
    out="$f file"
    if [ "$f" = pdf ] && command -v pdfinfo >/dev/null; then
      pages=$(pdfinfo "$dir/report.pdf" | sed -n 's/^Pages: *//p')
      out="$out, $pages pages"
    fi
    rows+="| $c | $(grouped "$hosts") | $f | $(kv "$r" ${f}_wall) | $(kv "$r" ${f}_cpu) | $(kv "$r" ${f}_heap_after_gc_peak_mib) | $(kv "$r" ${f}_heap_kept_mib) | $(kv "$r" ${f}_rss_peak_mib) | $(size "$(kv "$r" ${f}_bytes)") $out |
"
  done
  rows+="| $c | $(grouped "$hosts") | whole process (JVM start, store open, figures, three formats) | $(wall "$work/run-$c.time") | $(cpu "$work/run-$c.time") | | | $(rss "$work/run-$c.time") | |
"
  shape+="$c cluster(s): week $(kv "$r" week), $(kv "$r" host_rows) host rows in the reclaim tables, $(kv "$r" no_data) section(s) without data. "
  rm -rf "$dir"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cat > "$work/section.md" <<MD
## Weekly report (\`scripts/bench-report.sh\`)

Every figure below comes from one run of \`scripts/bench-report.sh ${SIZES[*]}\`. $(machine_line) Load average
(1, 5, 15 min) before the run $load_before, after it $load_after: the machine is shared, so wall times are upper
bounds and CPU seconds the steadier figure.

The fleet is the demo's (\`serve --demo\`, seed 1) regrouped into clusters of 100 hosts, each cluster from one of
the demo's shapes (growing, nightly, flat) in turn, so each has one model: the bench's inventory says which hosts a
cluster holds, and the points are the demo's own for those hosts (the report matches hosts by their host tag). The
store is the embedded one (DuckDB): four weeks of every demo series of those hosts (cpu, mem, net, ipmi_sensor: 26
values per host and hour), on the hour because the report, the capacity and the plans read hourly, written time
after time as the demo's backfill and agent write them; then the pipeline's cluster plans
(\`app.pipeline.cluster.ClusterPlans\`, as \`serve\` runs them) twice in the week's last day, so the report has plans,
stored demand forecasts and their scorings. That setup is timed apart:

| clusters | hosts | setup | wall s | CPU s | peak RSS MiB |
|---:|---:|---|---:|---:|---:|
$setup_rows
The report is the week that ended this Monday 00:00 UTC, made as the schedule makes it (Monday 06:00, every
cluster, the plan book read): first its figures (\`app.report.WeeklyReport\`: the hosts' demand, capacity as of the
week's end, the planner's plan, Tablesaw summaries), then each format rendered from them by \`service.report\` as
\`./capacity report\` and \`serve\` do, all in one process. Per phase: wall and process CPU seconds (GC and JIT
included); the largest heap left after a collection during the phase (its live set); the heap still held after it
(a full collection with its result referenced: the report's figures, then each output's bytes); the process's peak
resident set so far (\`VmHWM\`, DuckDB's native memory included); the whole process as \`/usr/bin/time\` saw it.

| clusters | hosts | phase | wall s | CPU s | heap after GC, peak MiB | heap kept MiB | peak RSS so far MiB | output |
|---:|---:|---|---:|---:|---:|---:|---:|---|
$rows
$shape
MD
not_run=""
for n in 1 10 100; do
  case " ${SIZES[*]} " in *" $n "*) ;; *) not_run+="$n ";; esac
done
if [ -n "$not_run" ]; then
  echo "Not run in this run: ${not_run% } cluster(s) (\`scripts/bench-report.sh ${not_run% }\`)." >> "$work/section.md"
fi
replace_section report "$work/section.md"
cat "$work/section.md"
