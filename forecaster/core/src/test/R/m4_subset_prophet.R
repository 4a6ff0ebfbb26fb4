# R's prophet on a fixed subset of M4 Hourly, last 48 values held out: the peer figures for M4HourlyBench.
# Usage (from forecaster/core): Rscript src/test/R/m4_subset_prophet.R [csv] [every]
# Subset: every K-th series (H1, H(1+K), ...), default K = 10 (42 series); compare with
#   java ... M4HourlyBench CSV 2 1000 every=10            (our defaults)
#   java ... M4HourlyBench CSV 2 1000 every=10 no-ar in-sample   (Prophet's model and intervals)
# Series have no timestamps; like the Java side they are placed hourly from the epoch, so seasonal phases agree.
suppressMessages(library(prophet))
args <- commandArgs(trailingOnly = TRUE)
csv <- if (length(args) >= 1) args[1] else "../../../shared/data/m4/Hourly-train.csv"
every <- if (length(args) >= 2) as.integer(args[2]) else 10L
h <- 48; m <- 24
raw <- read.csv(csv, stringsAsFactors = FALSE)
rows <- seq(1, nrow(raw), by = every)
res <- data.frame()
t0 <- proc.time()[["elapsed"]]
for (r in rows) {
  v <- as.numeric(raw[r, -1]); v <- v[!is.na(v)]
  n <- length(v) - h
  train <- v[1:n]; actual <- v[(n + 1):(n + h)]
  ds <- as.POSIXct(0, origin = "1970-01-01", tz = "UTC") + 3600 * (0:(n - 1))
  fit <- suppressMessages(prophet(data.frame(ds = ds, y = train), daily.seasonality = TRUE,
                                  weekly.seasonality = TRUE, yearly.seasonality = FALSE, interval.width = 0.95))
  fut <- make_future_dataframe(fit, periods = h, freq = 3600, include_history = FALSE)
  fc <- predict(fit, fut)
  scale <- mean(abs(diff(train, lag = m)))
  naive <- rep(tail(train, m), length.out = h)
  res <- rbind(res, data.frame(
    id = raw[r, 1],
    mase = mean(abs(actual - fc$yhat)) / scale,
    smape = mean(200 * abs(actual - fc$yhat) / (abs(actual) + abs(fc$yhat))),
    cover95 = mean(actual >= fc$yhat_lower & actual <= fc$yhat_upper),
    snaive_mase = mean(abs(actual - naive)) / scale))
}
elapsed <- proc.time()[["elapsed"]] - t0
cat(sprintf("R prophet %s: %d series (every %d), %.1f s (%.2f s/series, 1 thread)\n",
            packageVersion("prophet"), nrow(res), every, elapsed, elapsed / nrow(res)))
cat(sprintf("prophet: MASE %.3f  sMAPE %.2f  coverage95 %.3f\n", mean(res$mase), mean(res$smape), mean(res$cover95)))
cat(sprintf("seasonal naive: MASE %.3f\n", mean(res$snaive_mase)))
