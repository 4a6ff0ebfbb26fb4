# R's auto.arima on a fixed subset of M4 Hourly, the peer for io.capacity.bench.arima.ArimaM4 (module forecaster/bench).
# Usage (from forecaster/core):
#   Rscript src/test/R/m4_subset_auto_arima.R CSV OUT.csv [limit_seconds] [k]
# With k (1..10) only the k-th subset series runs and its row is appended to OUT.csv; R's setTimeLimit cannot
# interrupt arima's C code, so run each series in its own process under a hard limit, e.g.
#   for k in $(seq 10); do timeout 300 Rscript src/test/R/m4_subset_auto_arima.R CSV OUT.csv 300 $k; done
# (a series killed by timeout then has no row).
# Same split as the Java bench: last 48 values held out, frequency 24, default auto.arima settings
# (stepwise, approximation), 80/95 % intervals. The subset is every 41st series from H1 (10 series).
# MASE is scaled by the in-sample seasonal-naive MAE (M4 definition, m = 24).
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
csv <- if (length(args) >= 1) args[1] else "../../../shared/data/m4/Hourly-train.csv"
outfile <- if (length(args) >= 2) args[2] else "m4_subset_r.csv"
limit <- if (length(args) >= 3) as.numeric(args[3]) else 300
h <- 48; m <- 24
raw <- read.csv(csv, stringsAsFactors = FALSE)
subset <- seq(1, nrow(raw), by = 41)[1:10]
if (length(args) >= 4) subset <- subset[as.integer(args[4])]
rows <- if (length(args) >= 4 && file.exists(outfile)) readLines(outfile) else "id,n,order,seconds,mase,coverage95,timed_out"
for (i in subset) {
  id <- raw[i, 1]; v <- as.numeric(raw[i, -1]); v <- v[!is.na(v)]
  train <- ts(v[1:(length(v) - h)], frequency = m); test <- v[(length(v) - h + 1):length(v)]
  t0 <- proc.time()[["elapsed"]]
  setTimeLimit(elapsed = limit, transient = TRUE)
  fit <- tryCatch(auto.arima(train), error = function(e) NULL)
  setTimeLimit(elapsed = Inf)
  secs <- proc.time()[["elapsed"]] - t0
  if (is.null(fit)) { rows <- c(rows, paste(id, length(train), "NA", secs, "NA", "NA", 1, sep = ",")); next }
  fc <- forecast(fit, h = h, level = 95)
  scale <- mean(abs(diff(as.numeric(train), lag = m)))
  mase <- mean(abs(test - fc$mean)) / scale
  cover <- mean(test >= fc$lower[, 1] & test <= fc$upper[, 1])
  a <- fit$arma
  ord <- sprintf("(%d %d %d)(%d %d %d)", a[1], a[6], a[2], a[3], a[7], a[4])
  rows <- c(rows, paste(id, length(train), ord, round(secs, 3), round(mase, 5), round(cover, 4), 0, sep = ","))
  cat(id, ord, round(secs, 2), "s, MASE", round(mase, 3), "\n")
  writeLines(rows, outfile)
}
writeLines(rows, outfile)
