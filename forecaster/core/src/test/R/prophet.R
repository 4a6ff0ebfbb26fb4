# Golden values for ProphetGoldenTest: R's prophet on a clean synthetic hourly series.
# Regenerate from forecaster/core: Rscript src/test/R/prophet.R > src/test/resources/golden/prophet_synthetic.csv
# The series is defined by formula (no random numbers), so the Java test rebuilds it exactly.
suppressMessages(library(prophet))
n <- 24 * 28
t <- 0:(n - 1)
y <- 50 + 0.02 * t + 10 * sin(2 * pi * t / 24) + 4 * cos(2 * pi * t / 24) +
  5 * cos(2 * pi * t / 168) + 1.5 * sin(1.7 * t) + ifelse(t >= 400, 0.03 * (t - 400), 0)
ds <- as.POSIXct("2024-01-01 00:00:00", tz = "UTC") + 3600 * t
df <- data.frame(ds = ds, y = y)
m <- prophet(df, daily.seasonality = TRUE, weekly.seasonality = TRUE, yearly.seasonality = FALSE,
             uncertainty.samples = 0)
future <- make_future_dataframe(m, periods = 48, freq = 3600, include_history = FALSE)
fc <- predict(m, future)
cat(sprintf("# R %s, prophet %s; horizon 48 after %d hourly points; columns step,yhat,trend\n",
            getRversion(), packageVersion("prophet"), n))
cat("step,yhat,trend\n")
for (i in seq_len(nrow(fc))) cat(sprintf("%d,%.6f,%.6f\n", i - 1, fc$yhat[i], fc$trend[i]))
