#!/usr/bin/env bash
# Package list speed at scale (issue 4): loads N draft packages (default 100,000) into a
# release build through the real API (POST batches of 1,000), then measures a list with a
# substring filter, a two-key sort and a page of 20 with wrk on one connection, loopback only.
#
#   bench/packages.sh              # 100,000 packages, 5 s of queries
#   COUNT=20000 bench/packages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-100000}
DURATION=${DURATION:-5}
TOKEN=baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7
command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)

swift build -c release --static-swift-stdlib --product eqp-sandbox >&2
BIN=$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox
OUT=$(mktemp)
"$BIN" --port 0 --max-body-bytes 64M > "$OUT" 2>/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$OUT"' EXIT
for _ in $(seq 1 200); do [ -s "$OUT" ] && break; sleep 0.05; done
PORT=$(sed -E 's/.*:([0-9]+)$/\1/' "$OUT")

python3 - "$PORT" "$COUNT" "$TOKEN" <<'PY'
import http.client, json, sys, time
port, count, token = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
c = http.client.HTTPConnection("127.0.0.1", port)
t0 = time.monotonic()
for start in range(0, count, 1000):
    items = [{"action": {"technical": "draft", "marketing": "draft"}, "type": "extension", "platform": "M1",
              "sku": f"bench/extension-{i % 5000}", "version": f"1.{i // 5000}.0", "item_id": f"item-{i}",
              "name": f"Bench Extension {i}", "long_description": f"Package number {i} of the benchmark",
              "release_notes": f"notes {i}"} for i in range(start, min(start + 1000, count))]
    c.request("POST", "/rest/v1/products/packages", json.dumps(items),
              {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    r = c.getresponse(); body = json.loads(r.read())
    bad = [b for b in body if b["code"] != 200]
    if r.status != 200 or bad:
        sys.exit(f"load failed at {start}: {r.status} {bad[:1]}")
print(f"loaded {count} packages in {time.monotonic() - t0:.1f} s")
PY

QUERY="/rest/v1/products/packages?name=extension%2012&sort=-platform,%2Bname&limit=20"
curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$QUERY" | grep -i x-total-count
wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$QUERY" \
  | grep -E "Requests/sec|50%|99%"
echo "RSS with $COUNT packages: $(awk '/VmRSS/ {printf "%.1f MiB", $2/1024}' /proc/$PID/status)"
