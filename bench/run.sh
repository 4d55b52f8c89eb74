#!/usr/bin/env bash
# Benchmarks the release binary against nginx serving the same bytes, on loopback, with wrk.
# Prints requests/s and p50/p99 latency at 64 connections and at 1, start-up time to first
# response, and RSS idle and after load; then our figures as ratios to nginx's.
#
#   bench/run.sh                 # 10 s per run
#   DURATION=30 bench/run.sh     # longer runs
#
# Loopback only, bounded in time: it never sends traffic anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
TOKEN=baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7
PATH_UNDER_TEST=${PATH_UNDER_TEST:-/rest/v1/users/MAG123456789?style=summary}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
  echo "installing wrk and nginx from Debian..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null) \
    || (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null)
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "building release binary..." >&2
swift build -c release --static-swift-stdlib --product eqp-sandbox >&2
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox

WORK=$(mktemp -d)
cleanup() {
  [ -n "${SANDBOX_PID:-}" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Start-up to first response, measured by a small Python harness (monotonic clock).
STARTUP_MS=$(python3 - "$BIN" "$PATH_UNDER_TEST" "$TOKEN" <<'PY'
import subprocess, sys, time, socket
bin_, path, token = sys.argv[1:4]
best = None
for _ in range(5):
    t0 = time.monotonic()
    p = subprocess.Popen([bin_, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = p.stdout.readline().decode()
    port = int(line.rsplit(":", 1)[1])
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\r\n".encode())
    s.recv(65536)
    t1 = time.monotonic()
    s.close(); p.terminate(); p.wait()
    ms = (t1 - t0) * 1000
    best = ms if best is None else min(best, ms)
print(f"{best:.1f}")
PY
)

"$BIN" --port 0 > "$WORK/ready" 2>"$WORK/stderr" &
SANDBOX_PID=$!
for _ in $(seq 1 200); do [ -s "$WORK/ready" ] && break; sleep 0.05; done
PORT=$(sed -E 's/.*:([0-9]+)$/\1/' "$WORK/ready")
URL="http://127.0.0.1:$PORT$PATH_UNDER_TEST"
rss() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
sleep 0.2
RSS_IDLE=$(rss $SANDBOX_PID)

# nginx serves the same response bytes from a file, behind the same bearer check.
curl -s -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/body.json"
BODY_BYTES=$(wc -c < "$WORK/body.json")
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$WORK/nginx.conf" <<NGX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon on;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      if (\$http_authorization != "Bearer $TOKEN") { return 401; }
      default_type application/json;
      alias $WORK/body.json;
    }
  }
}
NGX
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/"

run_wrk() { # connections threads url -> "rps p50ms p99ms"
  wrk -t"$2" -c"$1" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$3" > "$WORK/wrk.out"
  python3 - "$WORK/wrk.out" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
def ms(label):
    v, unit = re.search(label + r"\s+([\d.]+)(us|ms|s)", t).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errs = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"{rps:.0f} {ms('50%'):.3f} {ms('99%'):.3f} {errs.group(1) if errs else 0}")
PY
}

read -r S64 S64P50 S64P99 S64ERR <<<"$(run_wrk 64 2 "$URL")"
read -r S1 S1P50 S1P99 S1ERR <<<"$(run_wrk 1 1 "$URL")"
RSS_LOADED=$(rss $SANDBOX_PID)
read -r N64 N64P50 N64P99 _ <<<"$(run_wrk 64 2 "$NGINX_URL")"
read -r N1 N1P50 N1P99 _ <<<"$(run_wrk 1 1 "$NGINX_URL")"

ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
cat <<OUT
eqp-sandbox benchmark ($(nproc) cores, wrk on the same machine, ${DURATION}s per run)
endpoint: GET $PATH_UNDER_TEST (bearer check, $BODY_BYTES-byte JSON body)

                       eqp-sandbox     nginx     ratio
64 conns  req/s        $S64        $N64     $(ratio $S64 $N64)
64 conns  p50 ms       $S64P50        $N64P50     $(ratio $S64P50 $N64P50)
64 conns  p99 ms       $S64P99        $N64P99     $(ratio $S64P99 $N64P99)
1 conn    req/s        $S1        $N1     $(ratio $S1 $N1)
1 conn    p50 ms       $S1P50        $N1P50     $(ratio $S1P50 $N1P50)
1 conn    p99 ms       $S1P99        $N1P99     $(ratio $S1P99 $N1P99)
non-2xx responses      $((S64ERR + S1ERR))
start-up to first response   ${STARTUP_MS} ms (best of 5)
RSS idle                     ${RSS_IDLE} MiB
RSS after load               ${RSS_LOADED} MiB
OUT
