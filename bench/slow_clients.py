#!/usr/bin/env python3
"""Slow-loris attack against a running sandbox while normal clients keep using it.

    bench/slow_clients.py BASE_URL SERVER_PID     (bench/slow-clients.sh starts the server)

SLOW (1000) connections each send a request head one byte per second, so none ever completes
a head; one cut by the server reconnects at once, so the pressure lasts the whole ATTACK
(20) seconds. Meanwhile normal clients make sequential requests: KEEPALIVE (4) on keep-alive
connections and FRESH (2) opening a new connection per request (new connections must still be
accepted while a thousand slow ones are open). Normal traffic starts BASELINE (2) seconds before
the attack, as a reference, and goes on a second after it.

Reports the normal clients' successes, failures and latency per phase, and what happened to
the slow connections (answered 408 and closed after how long, refused with 503, reset, still
open at the end). Exits 1 when a normal request failed or normal clients were starved: a
request slower than MAX_LATENCY_MS (1000) or a normal client waiting longer than that for an
answer at any point of the attack, or fewer than MIN_RATE (10) requests a second per normal
client during the attack. Also exits 1 when the slow connections open from the start were not cut by
the header timeout (HEADER_TIMEOUT, 10 s, plus 3 s of slack) and the attack outlasted it.
Loopback only (BASE_URL is the sandbox the caller started); bounded in time.
"""
import asyncio
import os
import resource
import statistics
import sys
import time

BASE, PID = sys.argv[1], int(sys.argv[2])
HOST, PORT = BASE.split("//", 1)[1].rsplit(":", 1)
PORT = int(PORT)
env = lambda name, default: type(default)(os.environ.get(name, default))
SLOW = env("SLOW", 1000)
ATTACK = env("ATTACK", 20.0)
BASELINE = env("BASELINE", 2.0)
KEEPALIVE = env("KEEPALIVE", 4)
FRESH = env("FRESH", 2)
HEADER_TIMEOUT = env("HEADER_TIMEOUT", 10.0)
MAX_LATENCY_MS = env("MAX_LATENCY_MS", 1000.0)
MIN_RATE = env("MIN_RATE", 10.0)
TOKEN = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"  # the docs' demo token, seeded
PATHS = ["/rest/v1/users/MAG123456789?style=summary", "/rest/v1/products/packages/f4eacd72be",
         "/rest/v1/products/packages?limit=5"]

# 1,000 slow sockets plus the normal ones need more than the usual 1,024 descriptors.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
if hard == resource.RLIM_INFINITY or hard > soft:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536,) * 2)

T0 = time.monotonic()
ATTACK_START, ATTACK_END = BASELINE, BASELINE + ATTACK
END = ATTACK_END + 1.0
clock = lambda: time.monotonic() - T0


def rss_mib():
    try:
        for line in open(f"/proc/{PID}/status"):
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# ---------------------------------------------------------------- normal clients

normal = []          # (client, start, latency_s, ok, detail)


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    body = await reader.readexactly(length)
    return status, body


def request_bytes(path, close):
    return (f"GET {path} HTTP/1.1\r\nHost: {HOST}:{PORT}\r\nAuthorization: Bearer {TOKEN}\r\n"
            + ("Connection: close\r\n" if close else "") + "\r\n").encode()


async def normal_client(name, fresh):
    conn = None
    n = 0
    while clock() < END:
        path = PATHS[n % len(PATHS)]
        n += 1
        start = clock()
        try:
            async def one():
                nonlocal conn
                if conn is None:
                    conn = await asyncio.open_connection(HOST, PORT)
                reader, writer = conn
                writer.write(request_bytes(path, fresh))
                await writer.drain()
                status, _ = await read_response(reader)
                if fresh:
                    writer.close()
                    conn = None
                return status
            status = await asyncio.wait_for(one(), timeout=5)
            normal.append((name, start, clock() - start, status == 200, f"status {status}"))
        except Exception as e:  # timeouts, resets, refused connections: all failures
            normal.append((name, start, clock() - start, False, f"{type(e).__name__}: {e}"))
            if conn:
                conn[1].close()
            conn = None
            await asyncio.sleep(0.05)
    if conn:
        conn[1].close()


# ---------------------------------------------------------------- slow clients

SLOW_HEAD = request_bytes(PATHS[0], False)   # ~130 bytes: never completes at 1 byte/s
slow = {"opened": 0, "connect_failed": 0, "open_now": 0, "peak_open": 0}
cuts = []            # (how, seconds from first byte to the server's answer or close, initial?)


async def slow_connection(i):
    await asyncio.sleep(ATTACK_START - clock() + i * 0.001)   # ramp over ~1 s
    initial = True
    while clock() < ATTACK_END:
        try:
            reader, writer = await asyncio.open_connection(HOST, PORT)
        except OSError:
            slow["connect_failed"] += 1
            await asyncio.sleep(0.5)
            continue
        slow["opened"] += 1
        slow["open_now"] += 1
        slow["peak_open"] = max(slow["peak_open"], slow["open_now"])
        first_byte = clock()
        read = asyncio.ensure_future(reader.read(4096))
        how = None
        sent = 0
        try:
            while clock() < ATTACK_END:
                if sent < len(SLOW_HEAD):
                    writer.write(SLOW_HEAD[sent:sent + 1])
                    sent += 1
                done, _ = await asyncio.wait({read}, timeout=1.0)
                if done:
                    data = read.result()
                    if data.startswith(b"HTTP/1.1 408"):
                        how = "408"
                    elif data.startswith(b"HTTP/1.1 503"):
                        how = "503"
                    elif data:
                        how = "other:" + data[:12].decode("latin-1")
                    else:
                        how = "closed"
                    break
        except (ConnectionError, OSError):
            how = "reset"
        finally:
            slow["open_now"] -= 1
            if how is None:
                read.cancel()
            writer.close()
        if how is not None:
            cuts.append((how, clock() - first_byte, initial))
        initial = False


# ---------------------------------------------------------------- run and judge

async def main():
    rss = {"before": rss_mib(), "peak": 0.0}

    async def sample():
        while clock() < END:
            rss["peak"] = max(rss["peak"], rss_mib())
            await asyncio.sleep(0.5)

    tasks = [asyncio.ensure_future(normal_client(f"keepalive-{k}", False)) for k in range(KEEPALIVE)]
    tasks += [asyncio.ensure_future(normal_client(f"fresh-{k}", True)) for k in range(FRESH)]
    tasks += [asyncio.ensure_future(slow_connection(i)) for i in range(SLOW)]
    tasks.append(asyncio.ensure_future(sample()))
    await asyncio.gather(*tasks)
    rss["after"] = rss_mib()
    return rss


rss = asyncio.run(main())
failures = []


def phase(lo, hi):
    rows = [r for r in normal if lo <= r[1] < hi]
    ok = [r[2] * 1000 for r in rows if r[3]]
    return rows, ok


def describe(label, lo, hi):
    rows, ok = phase(lo, hi)
    q = statistics.quantiles(ok, n=100) if len(ok) >= 2 else [ok[0] if ok else 0] * 99
    print(f"{label:<14} {len(ok)} ok, {len(rows) - len(ok)} failed, {len(ok) / (hi - lo):.0f} req/s, "
          f"p50 {q[49]:.2f} ms, p99 {q[98]:.2f} ms, max {max(ok, default=0):.1f} ms")
    return rows, ok


clients = KEEPALIVE + FRESH
print(f"slow-client test ({os.cpu_count()} cores, shared; loopback): {SLOW} connections sending a request head "
      f"1 byte/s for {ATTACK:.0f} s, {KEEPALIVE} keep-alive + {FRESH} new-connection-per-request normal clients")
describe("normal before", 0, ATTACK_START)
rows, ok = describe("normal attack", ATTACK_START, ATTACK_END)
describe("normal after", ATTACK_END, END)

bad = [r for r in normal if not r[3]]
if bad:
    failures.append(f"{len(bad)} normal requests failed, first: {bad[0][0]} {bad[0][4]}")
slowest = max((r for r in rows if r[3]), key=lambda r: r[2], default=None)
if slowest and slowest[2] * 1000 > MAX_LATENCY_MS:
    failures.append(f"a normal request took {slowest[2] * 1000:.0f} ms during the attack (limit {MAX_LATENCY_MS:.0f} ms)")
if len(ok) < MIN_RATE * clients * ATTACK:
    failures.append(f"normal clients starved: {len(ok)} requests in {ATTACK:.0f} s "
                    f"(at least {MIN_RATE:.0f}/s per client expected)")
# Starvation: the longest wait, per normal client, between two answers (or from the attack's
# start to the first one, or from the last one to its end).
for name in sorted({r[0] for r in normal}):
    ends = sorted(r[1] + r[2] for r in rows if r[0] == name and r[3])
    marks = [ATTACK_START] + ends + [ATTACK_END]
    gap = max(b - a for a, b in zip(marks, marks[1:]))
    if gap * 1000 > MAX_LATENCY_MS:
        failures.append(f"normal client {name} went {gap:.1f} s without an answer during the attack")

by = {}
for how, secs, initial in cuts:
    by.setdefault(how, []).append(secs)
print(f"slow conns     {slow['opened']} opened ({SLOW} at first, the rest reconnects after a cut), "
      f"peak {slow['peak_open']} open at once, {slow['connect_failed']} connects failed")
for how, secs in sorted(by.items()):
    print(f"  {how:<12} {len(secs)} connections, after {min(secs):.1f}-{max(secs):.1f} s "
          f"(median {statistics.median(secs):.1f} s)")
print(f"  still open when the attack stopped: {slow['opened'] - len(cuts)} (closed by the client)")
print(f"server RSS     {rss['before']:.1f} MiB before, peak {rss['peak']:.1f} MiB, {rss['after']:.1f} MiB after")

initial_cut = [s for how, s, initial in cuts if initial and how == "408"]
if ATTACK >= HEADER_TIMEOUT + 4:
    late = [s for s in initial_cut if s > HEADER_TIMEOUT + 3]
    if len(initial_cut) < SLOW:
        failures.append(f"only {len(initial_cut)} of the first {SLOW} slow connections were answered 408")
    if late:
        failures.append(f"{len(late)} slow connections were cut only after {max(late):.1f} s (header timeout {HEADER_TIMEOUT:.0f} s)")

if failures:
    print("FAIL: " + "; ".join(failures))
    sys.exit(1)
print("PASS: normal clients served throughout; slow heads cut by the header timeout")
