# Golden values for io.capacity.core.model.theta (ThetaGoldenTest) and io.capacity.core.model.ets (EtsGoldenTest).
# Run: Rscript forecaster/core/src/test/R/theta_ets.R   (R 4.x, forecast 8.20)
# Series: AirPassengers (monthly, n = 144, m = 12: seasonal test passes, multiplicative decomposition) and
# WWWusage (n = 100, non-seasonal), both from R's datasets package.
# Every literal in the two tests is printed below, labelled as it is named in the tests.
suppressMessages(library(forecast))
options(digits = 15)
steps <- c(1, 2, 12, 24)
show <- function(label, fc) {
  cat(label, "\n")
  cat("  mean     ", format(as.numeric(fc$mean)[steps], digits = 15), "\n")
  cat("  lower80  ", format(as.numeric(fc$lower[, 1])[steps], digits = 15), "\n")
  cat("  upper95  ", format(as.numeric(fc$upper[, 2])[steps], digits = 15), "\n")
}
cat("steps reported: 1 2 12 24 (1-based)\n")
show("thetaf(AirPassengers)", thetaf(AirPassengers, h = 24))
show("thetaf(WWWusage)", thetaf(WWWusage, h = 24))
fit <- ets(WWWusage, model = "ANN")
cat("ets ANN WWWusage alpha", fit$par["alpha"], "\n")
show("ets ANN WWWusage", forecast(fit, h = 24))
fit <- ets(WWWusage, model = "AAN", damped = TRUE)
cat("ets AAdN WWWusage alpha beta phi", fit$par[c("alpha", "beta", "phi")], "\n")
cat("ets AAdN WWWusage sse", format(sum(residuals(fit)^2), digits = 15), "\n")
show("ets AAdN WWWusage", forecast(fit, h = 24))
