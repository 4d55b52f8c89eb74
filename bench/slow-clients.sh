#!/usr/bin/env bash
# Slow-client (slow-loris) test (issue 6): the release binary on loopback with its default
# limits (header timeout 10 s, 10,000 connections); bench/slow_clients.py holds SLOW (1000)
# connections sending request heads one byte per second for ATTACK (20) seconds while normal
# clients keep making requests, then reports both sides. Exits 1 when normal clients fail or
# are starved, when the slow heads are not cut by the header timeout, or when the server is
# not healthy afterwards.
#
#   bench/slow-clients.sh                  # 1,000 slow connections for 20 s (~25 s in all)
#   ATTACK=16 bench/slow-clients.sh        # CI's form
#   SLOW=3000 ATTACK=40 bench/slow-clients.sh
#   MAX_CONNECTIONS=800 bench/slow-clients.sh   # more slow connections than the limit: fails,
#                                              # new connections get 503 until heads time out
#
# Loopback only, bounded in time: it never sends traffic anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
export SLOW=${SLOW:-1000} ATTACK=${ATTACK:-20} HEADER_TIMEOUT=${HEADER_TIMEOUT:-10}
MAX_CONNECTIONS=${MAX_CONNECTIONS:-10000}
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true

echo "building release binary..." >&2
swift build -c release --static-swift-stdlib --product eqp-sandbox >&2
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox

WORK=$(mktemp -d)
cleanup() {
  [ -n "${SANDBOX_PID:-}" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" --port 0 --log-level warn --header-timeout "$HEADER_TIMEOUT" \
  --max-connections "$MAX_CONNECTIONS" > "$WORK/ready" 2> "$WORK/stderr" &
SANDBOX_PID=$!
for _ in $(seq 1 200); do [ -s "$WORK/ready" ] && break; sleep 0.05; done
BASE=$(sed -E 's/^eqp-sandbox listening on //' "$WORK/ready" | head -1)
[ -n "$BASE" ] || { echo "the sandbox did not start:"; cat "$WORK/stderr"; exit 1; }

status=0
python3 bench/slow_clients.py "$BASE" "$SANDBOX_PID" || status=$?
HEALTH=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/_sandbox/health" || true)
if [ "$HEALTH" != 200 ]; then echo "FAIL: the server is not healthy after the attack (health: $HEALTH)"; status=1; fi
if grep -E "unexpected error|ERROR" "$WORK/stderr" >/dev/null; then
  echo "FAIL: the server logged errors:"; grep -E "unexpected error|ERROR" "$WORK/stderr" | head -5; status=1
fi
exit "$status"
