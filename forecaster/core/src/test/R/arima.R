# Golden values for io.capacity.core.model.arima tests, produced with R's forecast package.
# Run from forecaster/core:  Rscript src/test/R/arima.R
# Writes src/test/resources/golden/arima/{series/*.csv, arima_fits.csv, auto_arima.csv}.
# Literals are written with 12 significant digits; the Java tests state their own tolerances, which
# are looser where two optimisers legitimately stop at slightly different points of a flat likelihood.
suppressPackageStartupMessages(library(forecast))
out <- "src/test/resources/golden/arima"
dir.create(file.path(out, "series"), recursive = TRUE, showWarnings = FALSE)

write_series <- function(name, x) {
  f <- file.path(out, "series", paste0(name, ".csv"))
  v <- ifelse(is.na(x), "NA", formatC(as.numeric(x), digits = 15, format = "g"))
  writeLines(c(paste0("# frequency=", frequency(x), " source=R datasets/forecast ", name), v), f)
}
fmt <- function(v) formatC(v, digits = 12, format = "g")

lynx_na <- lynx; lynx_na[c(10, 50, 51)] <- NA
series <- list(
  log_airpassengers = log(AirPassengers), usaccdeaths = USAccDeaths, lynx = lynx,
  lakehuron = LakeHuron, wwwusage = WWWusage, wineind = wineind, lynx_na = lynx_na,
  nile = Nile, nottem = nottem, ldeaths = ldeaths, austres = austres,
  sunspot_year = sunspot.year, gas = gas, woolyrnq = woolyrnq)
for (n in names(series)) write_series(n, series[[n]])

# case name, series, order, seasonal, mean, drift, xreg (in-sample), future xreg, horizon
cases <- list(
  list("airline", "log_airpassengers", c(0,1,1), c(0,1,1), FALSE, FALSE, NULL, NULL, 24),
  list("usacc_airline", "usaccdeaths", c(0,1,1), c(0,1,1), FALSE, FALSE, NULL, NULL, 12),
  list("lynx_ar2", "lynx", c(2,0,0), c(0,0,0), TRUE, FALSE, NULL, NULL, 10),
  list("lakehuron_xreg", "lakehuron", c(2,0,0), c(0,0,0), TRUE, FALSE,
       matrix(as.numeric(time(LakeHuron)) - 1920, ncol = 1), matrix(1973:1977 - 1920, ncol = 1), 5),
  list("www_drift", "wwwusage", c(1,1,1), c(0,0,0), FALSE, TRUE, NULL, NULL, 10),
  list("www_d2", "wwwusage", c(0,2,2), c(0,0,0), FALSE, FALSE, NULL, NULL, 10),
  list("wineind_sarima", "wineind", c(1,1,1), c(0,1,1), FALSE, FALSE, NULL, NULL, 12),
  list("lynx_na_ar2", "lynx_na", c(2,0,0), c(0,0,0), TRUE, FALSE, NULL, NULL, 10),
  list("nile_arma11", "nile", c(1,0,1), c(0,0,0), TRUE, FALSE, NULL, NULL, 10),
  list("nottem_sar", "nottem", c(1,0,0), c(2,1,0), FALSE, FALSE, NULL, NULL, 12),
  list("ldeaths_mixed", "ldeaths", c(1,0,1), c(1,0,1), TRUE, FALSE, NULL, NULL, 12)
)
rows <- c("case,key,value")
add <- function(case, key, v) rows <<- c(rows, paste(case, key, fmt(v), sep = ","))
for (cs in cases) {
  name <- cs[[1]]; x <- series[[cs[[2]]]]
  args <- list(y = x, order = cs[[3]], seasonal = list(order = cs[[4]], period = frequency(x)),
               include.mean = cs[[5]], include.drift = cs[[6]], method = "CSS-ML")
  if (!is.null(cs[[7]])) { xr <- cs[[7]]; colnames(xr) <- "xreg1"; args$xreg <- xr }
  fit <- do.call(Arima, args)
  for (k in names(coef(fit))) add(name, paste0("coef.", k), coef(fit)[[k]])
  for (k in names(coef(fit))) add(name, paste0("se.", k), sqrt(diag(fit$var.coef))[[k]])
  add(name, "loglik", fit$loglik); add(name, "aic", fit$aic); add(name, "aicc", fit$aicc)
  add(name, "bic", fit$bic); add(name, "sigma2", fit$sigma2)
  res <- residuals(fit); nres <- length(res)
  for (i in (nres - 4):nres) add(name, paste0("resid.", i), res[i])
  fx <- NULL
  if (!is.null(cs[[8]])) { fx <- cs[[8]]; colnames(fx) <- "xreg1" }
  fc <- forecast(fit, h = cs[[9]], level = c(80, 95), xreg = fx)
  for (i in seq_len(cs[[9]])) {
    add(name, paste0("mean.", i), fc$mean[i])
    add(name, paste0("lo80.", i), fc$lower[i, 1]); add(name, paste0("hi80.", i), fc$upper[i, 1])
    add(name, paste0("lo95.", i), fc$lower[i, 2]); add(name, paste0("hi95.", i), fc$upper[i, 2])
  }
}
writeLines(rows, file.path(out, "arima_fits.csv"))

# auto.arima with its defaults (stepwise, approximation when n > 150 or m > 12).
auto_rows <- c("series,p,d,q,P,D,Q,m,constant,aicc,loglik,seconds")
for (n in names(series)) {
  if (n == "lynx_na") next
  x <- series[[n]]
  t0 <- proc.time()[["elapsed"]]
  fit <- auto.arima(x)
  secs <- proc.time()[["elapsed"]] - t0
  a <- fit$arma  # p, q, P, Q, m, d, D
  constant <- any(c("intercept", "drift") %in% names(coef(fit)))
  auto_rows <- c(auto_rows, paste(n, a[1], a[6], a[2], a[3], a[7], a[4], a[5], as.integer(constant),
                                  fmt(fit$aicc), fmt(fit$loglik), fmt(secs), sep = ","))
}
writeLines(auto_rows, file.path(out, "auto_arima.csv"))
cat("wrote", length(rows) - 1, "fit literals and", length(auto_rows) - 1, "auto.arima rows\n")
