#!/usr/bin/env bash
# The dashboard (GET /_sandbox/) in a real headless Chromium against the real debug binary with the
# bundled seed: ci-tools/dashboard_test.py loads the page, clicks its controls (step, hold, decide a
# review, reset a user, advance the clock, enter a control token) and waits, by bounded polling,
# for what the page shows to change.
#
# Usage: ci-tools/dashboard-test.sh            (from anywhere; builds the debug binary if needed)
#
# Installs what it needs when missing, quietly: chromium and chromium-driver from Debian (apt-get,
# as root or through sudo) and selenium from PyPI. Exits 0 when every check passed, non-zero
# otherwise; the sandboxes and the browser it starts are stopped either way.
#
# Environment (all optional):
#   EQP_SANDBOX_BIN       binary to test (default: $(swift build --show-bin-path)/eqp-sandbox, built first)
#   SELENIUM_VERSION      selenium version to use (default 4.51.0)
#   DASHBOARD_WAIT        longest wait for one condition, in seconds (default 20)
#   DASHBOARD_SCREENSHOT  save a PNG of the page after the first scenario here
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
export PATH="/opt/swift/usr/bin:$PATH"
PYTHON=${PYTHON:-python3}
SELENIUM_VERSION=${SELENIUM_VERSION:-4.51.0}

log() { echo "dashboard-test.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# --- Chromium and its WebDriver, from Debian -------------------------------------------------------
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    SUDO=()
    [[ $(id -u) -eq 0 ]] || SUDO=(sudo -n)
    log "installing chromium and chromium-driver from Debian"
    started=$(date +%s)
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 || log "apt-get update failed; trying the install anyway"
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
        || die "apt-get install chromium chromium-driver failed"
    log "installed in $(( $(date +%s) - started )) s"
fi

# --- selenium, from PyPI, at the pinned version --------------------------------------------------------
installed=$("$PYTHON" -c 'import selenium; print(selenium.__version__)' 2>/dev/null || true)
if [[ "$installed" != "$SELENIUM_VERSION" ]]; then
    log "installing selenium==$SELENIUM_VERSION (found: ${installed:-none})"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "selenium==$SELENIUM_VERSION" >&2 \
        || die "pip install selenium==$SELENIUM_VERSION failed"
fi

# --- the binary ----------------------------------------------------------------------------------------
if [[ -n "${EQP_SANDBOX_BIN:-}" ]]; then
    BIN=$EQP_SANDBOX_BIN
else
    cd "$ROOT"
    build_log=$(mktemp)
    swift build --product eqp-sandbox > "$build_log" 2>&1 || { cat "$build_log" >&2; rm -f "$build_log"; die "swift build failed"; }
    rm -f "$build_log"
    BIN="$(swift build --show-bin-path)/eqp-sandbox"
fi
[[ -x "$BIN" ]] || die "no executable at $BIN"

# Selenium must use the driver given to it, never fetch one (there is no network for that).
export SE_OFFLINE=true
exec "$PYTHON" "$HERE/dashboard_test.py" "$BIN" "$ROOT/seed-data"
