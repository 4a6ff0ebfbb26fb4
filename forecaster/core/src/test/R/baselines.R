# Golden values for io.capacity.core.model.baseline (BaselineGoldenTest).
# Run: Rscript forecaster/core/src/test/R/baselines.R   (R 4.x, forecast 8.20)
# Series: AirPassengers (datasets package, monthly 1949-1960, n = 144, m = 12).
# Every literal in BaselineGoldenTest is printed below, labelled as it is named in the test.
suppressMessages(library(forecast))
options(digits = 15)
y <- AirPassengers
h <- 24
show <- function(label, fc) {
  steps <- c(1, 2, 12, 13, 24)
  cat(label, "\n")
  cat("  mean     ", format(as.numeric(fc$mean)[steps], digits = 15), "\n")
  cat("  lower80  ", format(as.numeric(fc$lower[, 1])[steps], digits = 15), "\n")
  cat("  upper95  ", format(as.numeric(fc$upper[, 2])[steps], digits = 15), "\n")
  cat("  fitted[14], fitted[144]  ", format(as.numeric(fc$fitted)[c(14, 144)], digits = 15), "\n")
}
cat("steps reported: 1 2 12 13 24 (1-based)\n")
show("naive", naive(y, h = h))
show("snaive", snaive(y, h = h))
show("drift", rwf(y, h = h, drift = TRUE))
show("mean", meanf(y, h = h))
