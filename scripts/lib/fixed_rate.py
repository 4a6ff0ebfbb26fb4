"""Open-loop load at a fixed rate: GET URL at RATE requests/s for SECONDS over keep-alive connections, each request
timed from the moment it was due (not when a thread got to it), so a slow server cannot hide its queueing
(coordinated omission). Prints key=value lines: sent, ok, errors, rate achieved, p50/p90/p99/max in ms.

usage: fixed_rate.py URL RATE SECONDS [THREADS]
"""
import http.client
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

url, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
threads = int(sys.argv[4]) if len(sys.argv) > 4 else 32
u = urllib.parse.urlparse(url)
path = u.path + ("?" + u.query if u.query else "")
local = threading.local()
lock = threading.Lock()
latencies, errors = [], []


def connection():
    if getattr(local, "conn", None) is None:
        local.conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    return local.conn


def one(due):
    try:
        c = connection()
        c.request("GET", path)
        r = c.getresponse()
        r.read()
        ok = r.status == 200
    except Exception as e:  # a broken connection counts as an error and is replaced
        local.conn = None
        ok = False
    took = time.perf_counter() - due
    with lock:
        (latencies if ok else errors).append(took)


n = int(rate * seconds)
start = time.perf_counter() + 0.1
with ThreadPoolExecutor(max_workers=threads) as pool:
    for i in range(n):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        pool.submit(one, due)
elapsed = time.perf_counter() - start


def pct(p):
    if not latencies:
        return float("nan")
    s = sorted(latencies)
    return s[min(len(s) - 1, int(p / 100 * len(s)))] * 1000


print(f"sent={n}")
print(f"ok={len(latencies)}")
print(f"errors={len(errors)}")
print(f"achieved={n / elapsed:.1f}")
for p in (50, 90, 99):
    print(f"p{p}={pct(p):.2f}")
print(f"max={max(latencies) * 1000 if latencies else float('nan'):.2f}")
