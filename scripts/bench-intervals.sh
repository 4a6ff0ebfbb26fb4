#!/usr/bin/env bash
# Interval coverage benchmark (issue 19, item 3): day-ahead forecasts at 5-minute resolution (the last 288 values of
# each series held out, season 288) on NAB realAWSCloudwatch, the Azure 2017 VM CPU subset and the datacenter
# aggregates (Alibaba 2018, Azure 2019), scored by `./capacity backtest`: the automatic choice's 80 % and 95 %
# interval coverage per data set next to seasonal naive's in the same run, and whether each lies within 3 points of
# nominal. Then the Prophet-style model with and without trend damping (prophet, prophet-damped) on M4 Hourly's
# validation split and the same data sets, to say whether damping by default helps. Regenerates the "intervals"
# section of docs/benchmarks.md. Takes 15-40 minutes on 2 cores.
# Options (environment): MODELS (snaive,auto), SETS (nab,azure,dc), AZURE_EVERY (1 = all 100 VMs; 4 = every 4th),
# OWN=1 adds a row of the automatic choice with its models' own intervals (--no-conformal), SKIP_DAMPING=1 leaves
# the damping table out.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
MODELS=${MODELS:-snaive,auto}
SETS=${SETS:-nab,azure,dc}
AZURE_EVERY=${AZURE_EVERY:-1}
work=$(mktemp -d /tmp/capacity-bench-intervals.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
/usr/bin/python3 "$ROOT/scripts/lib/interval_sets.py" "$SHARED" "$work" "$AZURE_EVERY"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# run_set SET NAME ARGS...: one ./capacity backtest of a data set; keeps its table and wall time
run_set() {
  local set="$1" name="$2"; shift 2
  local t0 t1
  t0=$(now)
  "$ROOT/capacity" backtest --no-progress --input "$work/$set.csv" --format csv --step 5m --horizon 288 \
    --season 288 --levels 80,95 --non-negative "$@" -o "$work/$name-per-series.csv" > "$work/$name.txt" \
    2> "$work/$name.log"
  t1=$(now)
  calc "$t1 - $t0" | xargs printf '%.0f' > "$work/$name.wall"
}

label() { case "$1" in nab) echo "NAB realAWSCloudwatch";; azure) echo "Azure 2017 VM CPU";;
  dc) echo "datacenter aggregates";; esac; }

rows=""
IFS=, read -ra sets <<< "$SETS"
for set in "${sets[@]}"; do
  run_set "$set" "$set" --model "$MODELS"
  if [ -n "${OWN:-}" ]; then
    run_set "$set" "$set-own" --model auto --no-conformal
  fi
  for name in "$set" ${OWN:+"$set-own"}; do
    n=$(awk 'NR == 1 { print $1 }' "$work/$name.txt")
    suffix=""; [ "$name" != "$set" ] && suffix=" (models' own intervals, --no-conformal)"
    rows+=$(awk -F'|' -v set="$(label "$set")" -v n="$n" -v suffix="$suffix" 'NR > 2 && NF > 8 {
      gsub(/ /, "", $1); gsub(/ /, "", $7); gsub(/ /, "", $8);
      ok = ($7 >= 0.77 && $7 <= 0.83 && $8 >= 0.92 && $8 <= 0.98) ? "yes" : "no";
      printf "| %s | %s%s | %s | %s | %s | %s | %s | %s | %s |\n", set, $1, suffix, n, $2, $7, $8, $6, ok, $10 }' \
      "$work/$name.txt")$'\n'
  done
done
damping_rows=""
if [ -z "${SKIP_DAMPING:-}" ]; then
  t0=$(now)
  "$ROOT/capacity" backtest --no-progress --input "$SHARED/m4/Hourly-train.csv" --format m4 --horizon 48 --season 24 \
    --season2 168 --levels 80,95 --model prophet,prophet-damped > "$work/m4-damping.txt" 2> "$work/m4-damping.log"
  calc "$(now) - $t0" | xargs printf '%.0f' > "$work/m4-damping.wall"
  for set in "${sets[@]}"; do
    run_set "$set" "$set-damping" --model prophet,prophet-damped
  done
  for name in m4 "${sets[@]}"; do
    case "$name" in m4) label_text="M4 Hourly (validation split, h 48, season 24 and 168)";;
      *) label_text="$(label "$name") (h 288, season 288)";; esac
    damping_rows+=$(awk -F'|' -v set="$label_text" 'NR > 2 && NF > 8 { gsub(/ /, "", $1);
      printf "| %s | %s | %s | %s | %s | %s | %s |\n", set, $1, $2, $3, $7, $8, $6 }' \
      "$work/$name-damping.txt")$'\n'
  done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

azure_note="all 100 VMs of \`microsoft_avg_100.csv\`"
[ "$AZURE_EVERY" != 1 ] && azure_note="every ${AZURE_EVERY}th VM of \`microsoft_avg_100.csv\`"
cat > "$work/section.md" <<MD
## Interval coverage, day-ahead at 5 minutes (\`scripts/bench-intervals.sh\`)

Every figure below comes from one run of the script. $(machine_line) Load average (1, 5, 15 min) before the run
$load_before, after it $load_after: other work shared the machine, so seconds are upper bounds.

Each series' last 288 values (one day) are held out once and forecast from the rest at 5-minute steps, season 288,
\`--non-negative\`; \`./capacity backtest\` scores them (a series whose held-out day has gaps has no score). Data
sets: NAB realAWSCloudwatch (17 series, resampled to 5 minutes, gaps filled seasonally), the Azure 2017 VM CPU
subset ($azure_note, 27.8 days each), the datacenter aggregates (Alibaba 2018's five
columns over 8 days, Azure 2019's total CPU and memory over 30 days). Coverage is the mean over series of the share
of held-out values inside the interval; target (issue 19): within 3 points of nominal, 0.77-0.83 at 80 % and
0.92-0.98 at 95 %. MSIS at 95 %; seconds is the wall time of each model over the data set on 2 threads.

| data set | model | series | MASE | 80 % coverage | 95 % coverage | MSIS | within 3 points | seconds |
|---|---|---:|---:|---:|---:|---:|---|---:|
$rows
MD
if [ -n "$damping_rows" ]; then
  cat >> "$work/section.md" <<MD

### Prophet-style model: trend damping

\`prophet\` extends the trend's last rate (the default); \`prophet-damped\` multiplies it by 1 - 1/season each step
past the history, so the trend levels off after about one season (\`trendDamping\`, docs/architecture.md). Same
splits as above (M4 Hourly: the last 48 values of each of its 414 training series held out); no bounds on M4.

| data set | model | MASE | sMAPE | 80 % coverage | 95 % coverage | MSIS |
|---|---|---:|---:|---:|---:|---:|
$damping_rows
MD
fi
replace_section intervals "$work/section.md"
cat "$work/section.md"
