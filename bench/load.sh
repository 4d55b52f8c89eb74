#!/usr/bin/env bash
# Proof under load (issue 6): the release binary on loopback, CONNECTIONS (500) concurrent
# keep-alive connections doing a realistic EQP mix for DURATION (60) seconds with wrk and
# bench/load.lua (list/get packages, profiles, draft updates, batch submits, multipart uploads,
# and the per-user resets that keep the data bounded: see the comment at the top of load.lua).
#
# Requirements, each checked; the script exits 1 when one fails:
#   - no socket errors (wrk's connect, read, write, timeout all 0; timeout is TIMEOUT, 5 s)
#   - every answer 2xx (counted per status by load.lua's response hook)
#   - the server still answers /_sandbox/health afterwards and logged no unexpected error
#   - memory levels off: VmRSS is sampled every second; over the last third of the run it may
#     grow by at most RSS_GROWTH_LIMIT_MIB (8) from where that third started
#
#   bench/load.sh                                   # the full run: 60 s, 500 connections
#   DURATION=15 bench/load.sh                       # CI's form
#   DURATION=300 CONNECTIONS=1000 bench/load.sh     # longer, wider
#
# Loopback only, bounded in time: it never sends traffic anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-500}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-5}
USERS=${USERS:-10}
RSS_GROWTH_LIMIT_MIB=${RSS_GROWTH_LIMIT_MIB:-8}
export RESET_EVERY=${RESET_EVERY:-250}

command -v wrk >/dev/null 2>&1 || {
  echo "installing wrk from Debian..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
}
# wrk holds CONNECTIONS sockets; the server raises its own limit at start.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((CONNECTIONS + 100)) ]; then
  echo "ulimit -n is $(ulimit -n), too low for $CONNECTIONS connections" >&2; exit 1
fi

echo "building release binary..." >&2
swift build -c release --static-swift-stdlib --product eqp-sandbox >&2
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox

WORK=$(mktemp -d)
cleanup() {
  [ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "${SANDBOX_PID:-}" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Access lines off (warn): at thousands of requests a second they would measure the disk.
"$BIN" --port 0 --log-level warn > "$WORK/ready" 2> "$WORK/stderr" &
SANDBOX_PID=$!
for _ in $(seq 1 200); do [ -s "$WORK/ready" ] && break; sleep 0.05; done
BASE=$(sed -E 's/^eqp-sandbox listening on //' "$WORK/ready" | head -1)
[ -n "$BASE" ] || { echo "the sandbox did not start:"; cat "$WORK/stderr"; exit 1; }

python3 bench/load_world.py "$BASE" "$WORK/world.lua" "$USERS"
export LOAD_WORLD="$WORK/world.lua"

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$SANDBOX_PID/status" 2>/dev/null || echo 0; }
RSS_IDLE=$(rss_kib)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SANDBOX_PID/stat" 2>/dev/null || echo 0; }
CPU_BEFORE=$(cpu_ticks)
( while kill -0 "$SANDBOX_PID" 2>/dev/null; do rss_kib; sleep 1; done ) > "$WORK/rss" &
SAMPLER_PID=$!

echo "load: $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s, $USERS users, reset every $RESET_EVERY requests per thread" >&2
wrk_status=0
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" -s bench/load.lua "$BASE" \
  > "$WORK/wrk.out" 2>&1 || wrk_status=$?
kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
CPU_SECONDS=$(python3 -c "print(f'{($(cpu_ticks) - $CPU_BEFORE) / $(getconf CLK_TCK):.1f}')")
HEALTH=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/_sandbox/health" || true)
ALIVE=yes; kill -0 "$SANDBOX_PID" 2>/dev/null || ALIVE=no

python3 - "$WORK/wrk.out" "$WORK/rss" "$RSS_IDLE" "$RSS_GROWTH_LIMIT_MIB" "$wrk_status" "$HEALTH" "$ALIVE" \
  "$WORK/stderr" "$CONNECTIONS" "$DURATION" "$(nproc)" "$CPU_SECONDS" <<'PY'
import re, sys
out_path, rss_path, idle, limit, wrk_status, health, alive, stderr_path, conns, duration, cores, cpu = sys.argv[1:13]
out = open(out_path).read()
failures = []
m = re.search(r"^LOAD_RESULT (.*)$", out, re.M)
if not m or wrk_status != "0":
    print(out)
    sys.exit(f"FAIL: wrk did not finish (exit {wrk_status})")
r = dict(kv.split("=", 1) for kv in m.group(1).split())
mib = lambda kib: int(kib) / 1024
rss = [int(x) for x in open(rss_path).read().split() if x.strip().isdigit() and int(x) > 0]
if len(rss) < 6:
    failures.append(f"only {len(rss)} RSS samples")
    rss = rss or [0]
third = rss[len(rss) * 2 // 3:]
growth = (max(third) - third[0]) / 1024

for key in ("connect", "read", "write", "timeout"):
    if int(r[key]) != 0:
        failures.append(f"{r[key]} socket {key} errors")
if int(r["non2xx"]) != 0:
    failures.append(f"{r['non2xx']} non-2xx answers")
if int(r["requests"]) == 0:
    failures.append("no requests completed")
if growth > float(limit):
    failures.append(f"RSS grew {growth:.1f} MiB over the last third of the run (limit {limit} MiB)")
if alive != "yes" or health != "200":
    failures.append(f"server after the run: alive={alive}, health={health}")
errors = [l for l in open(stderr_path) if "unexpected error" in l or "ERROR" in l]
if errors:
    failures.append(f"the server logged {len(errors)} errors, first: {errors[0].strip()}")

print(f"""eqp-sandbox load test ({cores} cores shared with the load generator; loopback; {conns} connections, {duration} s)
requests      {r['requests']} in {r['seconds']} s = {float(r['rps']):.0f} req/s
latency       p50 {float(r['p50_ms']):.2f} ms, p99 {float(r['p99_ms']):.2f} ms, max {float(r['max_ms']):.1f} ms
server CPU    {cpu} s of {int(cores) * float(r['seconds']):.0f} core-seconds (the rest: wrk, other processes)
statuses      {r['statuses']}
socket errors connect {r['connect']}, read {r['read']}, write {r['write']}, timeout {r['timeout']}
RSS           idle {mib(idle):.1f} MiB, start {mib(rss[0]):.1f}, peak {mib(max(rss)):.1f}, end {mib(rss[-1]):.1f} MiB ({len(rss)} samples)
last third    {mib(third[0]):.1f} -> max {mib(max(third)):.1f} MiB: growth {growth:.1f} MiB (limit {limit} MiB)""")
for line in out.splitlines():
    if line.startswith("UNEXPECTED "):
        print(line)
if failures:
    print("FAIL: " + "; ".join(failures))
    sys.exit(1)
print("PASS: no errors, every answer 2xx, memory levels off")
PY
