#!/usr/bin/env bash
# Regenerates the README's page of the weekly report (docs/images/report-cluster-page.png) from the report's
# end-to-end test render: the test serves the demo fleet, records its plans, fetches the running week's PDF and
# leaves it in forecaster/service/target/report-render/week.pdf; this script turns its first page with charts (the
# first cluster's demand against its usable capacity) into a PNG with pdftoppm.
#   scripts/report-screenshot.sh            run the test, then render
#   scripts/report-screenshot.sh --no-test  render the PDF the last test run left
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/lib/packages.sh"
ensure_packages report-screenshot mvn:maven pdftoppm:poppler-utils chromium:chromium || exit 1
pdf="$root/forecaster/service/target/report-render/week.pdf"
if [ "${1:-}" != "--no-test" ]; then
  (cd "$root" && mvn -B -ntp -q -pl forecaster/service -am verify -Dtest=ReportEndToEndTest \
    -Dsurefire.failIfNoSpecifiedTests=false)
fi
[ -f "$pdf" ] || { echo "report-screenshot: no $pdf; run without --no-test" >&2; exit 1; }
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
page=""
for ((i = 1; i <= pages; i++)); do
  if [ "$(pdfimages -list -f "$i" -l "$i" "$pdf" | tail -n +3 | wc -l)" -gt 0 ]; then
    page=$i
    break
  fi
done
[ -n "$page" ] || { echo "report-screenshot: no page of $pdf holds a chart" >&2; exit 1; }
mkdir -p "$root/docs/images"
pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "$root/docs/images/report-cluster-page"
echo "report-screenshot: page $page of $pages -> docs/images/report-cluster-page.png"
