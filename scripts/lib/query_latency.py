"""Times one InfluxQL query run N times in a row against influxd's /query (one keep-alive connection). Prints
key=value lines: runs, p50, p99 and max in ms, and the number of series in the last answer.

usage: query_latency.py URL DB N QUERY
"""
import http.client
import json
import sys
import time
import urllib.parse

url, db, n, q = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
target = "/query?" + urllib.parse.urlencode({"db": db, "q": q})
times, series = [], 0
for _ in range(n):
    t0 = time.perf_counter()
    conn.request("GET", target)
    r = conn.getresponse()
    body = r.read()
    times.append(time.perf_counter() - t0)
    if r.status != 200:
        sys.exit(f"query failed: HTTP {r.status} {body[:200]!r}")
    series = len(json.loads(body)["results"][0].get("series", []))
times.sort()
print(f"runs={n}")
print(f"p50={times[len(times) // 2] * 1000:.1f}")
print(f"p99={times[min(n - 1, int(0.99 * n))] * 1000:.1f}")
print(f"max={times[-1] * 1000:.1f}")
print(f"series={series}")
