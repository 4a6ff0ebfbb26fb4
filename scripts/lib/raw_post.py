"""The peer for import benchmarks: POST a line-protocol file to InfluxDB's /write in fixed-size batches over one
keep-alive connection, the way a lean client would. Prints the number of lines posted.

usage: raw_post.py URL DB FILE BATCH_LINES
"""
import http.client
import sys
import urllib.parse

url, db, path, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port)
conn.request("POST", "/query?" + urllib.parse.urlencode({"q": f'CREATE DATABASE "{db}"'}))
conn.getresponse().read()
target = "/write?" + urllib.parse.urlencode({"db": db, "precision": "ns"})
lines, buf = 0, []


def flush():
    conn.request("POST", target, body="".join(buf).encode())
    r = conn.getresponse()
    body = r.read()
    if r.status != 204:
        sys.exit(f"write failed: HTTP {r.status} {body[:200]!r}")
    buf.clear()


with open(path) as f:
    for line in f:
        buf.append(line)
        lines += 1
        if len(buf) == batch:
            flush()
if buf:
    flush()
print(lines)
