#!/usr/bin/env bash
# Forecast benchmark: accuracy, 95 % interval coverage and wall time of every model and of the automatic choice on
# M4 Hourly (414 series, last 48 values held out, m = 24, second season 168) and on NAB realAWSCloudwatch
# (17 series, 5-minute steps, last 288 held out, m = 288), next to seasonal naive and the published M4 Hourly
# figures; then R's auto.arima and prophet against ours on a fixed 10-series M4 subset in the same run.
# Regenerates the "forecast" section of docs/benchmarks.md. Takes 20-40 minutes on 2 cores.
# Options (environment): MODELS (M4 model list), NAB_MODELS, R_LIMIT (seconds per R auto.arima series, 30),
# SKIP_R=1 to leave R out.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/forecast_peers.sh"
MODELS=${MODELS:-snaive,naive,drift,mean,snaive2,theta,ets,mstl,prophet,global,auto,ensemble}
# auto-arima runs on the daily season only (as R's auto.arima): with --season2 it searches weekly Fourier terms,
# which took over 15 minutes for the 414 series on a loaded 2-core machine.
ARIMA_MODELS=${ARIMA_MODELS:-auto-arima}
NAB_MODELS=${NAB_MODELS:-snaive,naive,theta,ets,mstl,prophet,global,auto,ensemble}
R_LIMIT=${R_LIMIT:-30}
M4="$SHARED/m4/Hourly-train.csv"
OFFICIAL="$SHARED/m4-official-results"

if [ -z "${SKIP_R:-}" ]; then
  ensure_r_peers || exit 2
fi
work=$(mktemp -d /tmp/capacity-bench-forecast.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$ROOT/capacity" --version >/dev/null   # build once, outside the timings
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# run_backtest NAME ARGS...: one ./capacity backtest run; keeps its table and the total wall time
run_backtest() {
  local name="$1"; shift
  local t0 t1
  t0=$(now)
  "$ROOT/capacity" backtest --no-progress "$@" -o "$work/$name-per-series.csv" > "$work/$name.txt" 2> "$work/$name.log"
  t1=$(now)
  calc "$t1 - $t0" | xargs printf '%.0f' > "$work/$name.wall"
}

run_backtest m4 --input "$M4" --format m4 --horizon 48 --season 24 --season2 168 --model "$MODELS"
run_backtest m4arima --input "$M4" --format m4 --horizon 48 --season 24 --model "$ARIMA_MODELS"
(echo series_id,timestamp,value
 for f in "$SHARED"/nab/realAWSCloudwatch/*.csv; do
   tail -n +2 "$f" | sed "s/^/$(basename "$f" .csv),/"
 done) > "$work/nab.csv"
run_backtest nab --input "$work/nab.csv" --format csv --step 5m --horizon 288 --season 288 --model "$NAB_MODELS"

r_rows=""
if [ -z "${SKIP_R:-}" ]; then
  r_rows=$(bench_forecast_r_peers "$M4" "$work" "$R_LIMIT")
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table() { awk -F'|' 'NR > 2 && NF > 8 { gsub(/ /, "", $1);
  printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $8, $6, $9, $10 }' "$1"; }
official=$(/usr/bin/python3 "$ROOT/scripts/lib/m4_official.py" "$OFFICIAL")

cat > "$work/section.md" <<MD
## Forecast accuracy (\`scripts/bench-forecast.sh\`)

Every figure below comes from one run of the script. $(machine_line) Load average (1, 5, 15 min) before the run
$load_before, after it $load_after: other work shared the machine, so wall times are upper bounds.

### M4 Hourly, validation split

414 series of \`m4/Hourly-train.csv\`, the last 48 values of each held out, season 24 (weekly 168 as a second
season where a model takes one); mean over series of MASE and sMAPE as M4 defines them, share of held-out values
inside the 95 % interval, MSIS at 95 %; seconds is the wall time of each model over all series on 2 threads.
\`global\` is one autoregression learnt across all 414 series (not a candidate of the automatic choice).
\`auto\` combines the three best candidates of a rolling-origin backtest by inverse MASE, \`ensemble\` by the median (see
\`docs/architecture.md\`); both include their backtests in their time. Whole command: $(cat "$work/m4.wall") s.

| model | MASE | sMAPE | 95 % coverage | MSIS | failed | seconds |
|---|---:|---:|---:|---:|---:|---:|
$(table "$work/m4.txt")
$(table "$work/m4arima.txt")

Published M4 Hourly figures on M4's own test split (the 48 values after these), for scale: our split is the 48
values before it, where seasonal naive scores 1.228 instead of 1.193. From
\`m4-official-results/m4_point_forecasts_by_frequency.csv\` and \`m4_prediction_intervals_by_frequency.csv\`
(extracts of the organisers' "Evaluation and Ranks.xlsx"; Makridakis, Spiliotis and Assimakopoulos, IJF 2020):

$official

### NAB realAWSCloudwatch

17 series (EC2/RDS CPU, network in, disk write, ELB requests), 5-minute steps, the last 288 values (one day)
held out, season 288; gaps in the training part are filled seasonally (as \`forecast\` does), and a series whose
held-out day has gaps has no score for it. Whole command: $(cat "$work/nab.wall") s.

| model | MASE | sMAPE | 95 % coverage | MSIS | failed | seconds |
|---|---:|---:|---:|---:|---:|---:|
$(table "$work/nab.txt")
MD
if [ -n "$r_rows" ]; then
  cat >> "$work/section.md" <<MD

### R peers on a fixed M4 Hourly subset

$r_rows
MD
else
  printf '\nR peers left out of this run (SKIP_R=1).\n' >> "$work/section.md"
fi
replace_section forecast "$work/section.md"
cat "$work/section.md"
