# R peers for bench-forecast.sh (sourced): R's auto.arima and prophet against ours on the fixed M4 Hourly subset
# of src/test/R/m4_subset_auto_arima.R (every 41st series from H1, 10 series), last 48 held out, one thread each.

# ensure_r_peers: R with the forecast and prophet packages, installed with apt-get when running as root;
# otherwise one line saying what to install (or to set SKIP_R=1) and a non-zero return, so the section never loses
# its peer without saying so.
ensure_r_peers() {
  source "$ROOT/scripts/lib/packages.sh"
  if have Rscript && Rscript -e 'suppressMessages({library(forecast); library(prophet)})' >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "bench-forecast: the R peers need R with forecast and prophet: sudo apt-get install -y r-base-core" \
      "r-cran-forecast r-cran-prophet (or SKIP_R=1 to leave them out)" >&2
    return 1
  fi
  echo "bench-forecast: installing R, forecast and prophet with apt-get (once)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    r-base-core r-cran-forecast r-cran-prophet >/dev/null
}

# bench_forecast_r_peers M4CSV WORKDIR LIMIT_SECONDS -> prints a markdown table on stdout
bench_forecast_r_peers() {
  local m4="$1" work="$2" limit="$3" rdir="$ROOT/forecaster/core/src/test/R" t0 t1
  awk -F, 'NR == 1 || (NR - 2) % 41 == 0 && NR <= 2 + 41 * 9' "$m4" > "$work/subset.csv"
  rm -f "$work/r_arima.csv"
  t0=$(now)
  for k in $(seq 10); do
    # R cannot interrupt arima's C code from inside, so each series runs in its own process under a hard limit.
    timeout $((limit + 30)) Rscript "$rdir/m4_subset_auto_arima.R" "$m4" "$work/r_arima.csv" "$limit" "$k" \
      >/dev/null 2>&1 || true
  done
  t1=$(now); calc "$t1 - $t0" > "$work/r_arima.wall"
  t0=$(now)
  Rscript "$rdir/m4_subset_prophet.R" "$work/subset.csv" 1 > "$work/r_prophet.txt" 2>/dev/null || true
  t1=$(now); calc "$t1 - $t0" > "$work/r_prophet.wall"
  t0=$(now)
  "$ROOT/capacity" backtest --no-progress --threads 1 --input "$work/subset.csv" --format m4 --horizon 48 \
    --season 24 --model auto-arima,prophet -o "$work/ours_subset.csv" > "$work/ours_subset.txt" 2>/dev/null
  "$ROOT/capacity" backtest --no-progress --threads 1 --input "$work/subset.csv" --format m4 --horizon 48 \
    --season 24 --season2 168 --model auto -o "$work/ours_auto_subset.csv" > "$work/ours_auto_subset.txt" 2>/dev/null
  /usr/bin/python3 "$ROOT/scripts/lib/forecast_peers.py" "$work" "$limit"
}
