# Golden values for io.capacity.core.stats (STL, seasonal strength, KPSS) and auto-ARIMA's differencing choice,
# produced with R's stats::stl, forecast::nsdiffs / ndiffs (forecast 8.20) and urca::ur.kpss (urca 1.3).
# Run from forecaster/core:  Rscript src/test/R/stats.R [M4 Hourly-train.csv]
# Writes src/test/resources/golden/stats/{series/*.csv, stl.csv, differencing.csv}.
# M4 series (training part: last 48 values dropped, frequency 24, as the ArimaM4 bench) are chosen because they
# sit near nsdiffs' 0.64 threshold or were decided wrongly by the earlier classical decomposition.
suppressPackageStartupMessages({ library(forecast); library(urca) })
args <- commandArgs(trailingOnly = TRUE)
m4csv <- if (length(args) >= 1) args[1] else "../../../shared/data/m4/Hourly-train.csv"
out <- "src/test/resources/golden/stats"
dir.create(file.path(out, "series"), recursive = TRUE, showWarnings = FALSE)
fmt <- function(v) formatC(v, digits = 12, format = "g")

series <- list(usaccdeaths = USAccDeaths, nottem = nottem, gas = gas, wineind = wineind, woolyrnq = woolyrnq,
               austres = austres, ldeaths = ldeaths, log_airpassengers = log(AirPassengers),
               lynx = lynx, nile = Nile, wwwusage = WWWusage, lakehuron = LakeHuron)
raw <- read.csv(m4csv, stringsAsFactors = FALSE)
for (id in c("H247", "H73", "H135", "H414", "H84", "H222")) {
  v <- as.numeric(raw[raw[, 1] == id, -1]); v <- v[!is.na(v)]
  series[[paste0("m4_", tolower(id))]] <- ts(v[1:(length(v) - 48)], frequency = 24)
}
for (n in names(series)) {
  x <- series[[n]]
  writeLines(c(paste0("# frequency=", frequency(x), " source=R ", n),
               formatC(as.numeric(x), digits = 15, format = "g")), file.path(out, "series", paste0(n, ".csv")))
}

# STL components (s.window = 11, as forecast::mstl) at the ends and the middle of each seasonal series.
stl_rows <- "series,index,seasonal,trend,remainder"
# Differencing: seasonal strength and nsdiffs on the series, then KPSS statistic and ndiffs on the series after
# nsdiffs' seasonal differences (what auto.arima does).
diff_rows <- "series,m,strength,D,kpss_lag,kpss_stat,d"
for (n in names(series)) {
  x <- series[[n]]; m <- frequency(x)
  fs <- NA; D <- 0
  if (m > 1) {
    dec <- stl(x, s.window = 11)$time.series; len <- length(x)
    for (i in unique(c(1:3, len %/% 2, (len - 2):len))) {
      stl_rows <- c(stl_rows, paste(n, i, fmt(dec[i, "seasonal"]), fmt(dec[i, "trend"]), fmt(dec[i, "remainder"]),
                                    sep = ","))
    }
    fs <- forecast:::seas.heuristic(x); D <- nsdiffs(x)
  }
  dx <- if (D > 0) diff(x, lag = m, differences = D) else x
  lag <- trunc(3 * sqrt(length(dx)) / 13)
  k <- ur.kpss(dx, type = "mu", use.lag = lag)@teststat
  diff_rows <- c(diff_rows, paste(n, m, if (is.na(fs)) "NA" else fmt(fs), D, lag, fmt(k), ndiffs(dx), sep = ","))
}
writeLines(stl_rows, file.path(out, "stl.csv"))
writeLines(diff_rows, file.path(out, "differencing.csv"))
cat("wrote", length(stl_rows) - 1, "STL rows and", length(diff_rows) - 1, "differencing rows\n")
