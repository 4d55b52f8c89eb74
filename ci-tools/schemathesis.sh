#!/usr/bin/env bash
# Checks a running eqp-sandbox against its OpenAPI contract with schemathesis (issue 5, "OpenAPI
# contract"): no request may produce a 5xx, and every response must match the document (status
# code, content type, headers such as X-Total-Count, body schema).
#
# Usage: ci-tools/schemathesis.sh BASE_URL        e.g. ci-tools/schemathesis.sh http://127.0.0.1:8080
#
# The sandbox must already be running with the bundled seed data (the run changes its state: it
# edits the docs user's profile, creates and deletes keys, uploads files, submits packages). Exits
# 0 when every check passed, non-zero on any failure, on a time-out, or when it cannot start.
#
# Environment (all optional):
#   SCHEMATHESIS_VERSION   schemathesis version to use (default 4.32.5; the CLI of 3.x differs)
#   EQP_OPENAPI            schema to test with: a file or URL (default: BASE_URL/_sandbox/openapi.json,
#                          or openapi/eqp-sandbox.openapi.json of this repo if the server does not serve it)
#   EQP_APP_ID, EQP_APP_SECRET   API access key for the session token (default: the seeded docs key)
#   SCHEMATHESIS_MAX_EXAMPLES    test cases per operation and phase (default 25)
#   SCHEMATHESIS_SEED            random seed, for reproducible runs (default 5)
#   SCHEMATHESIS_TIME_LIMIT      hard limit in seconds for the whole run (default 1200)
#   SCHEMATHESIS_REPORTS         report formats (default junit; e.g. junit,har to keep every request)
#   SCHEMATHESIS_REPORT_DIR      where the reports go (default: a temporary directory, kept on failure)
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
    echo "usage: $0 BASE_URL   (for example http://127.0.0.1:8080)" >&2
    exit 2
fi
BASE_URL=${1%/}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_SCHEMA="$HERE/../openapi/eqp-sandbox.openapi.json"

SCHEMATHESIS_VERSION=${SCHEMATHESIS_VERSION:-4.32.5}
APP_ID=${EQP_APP_ID:-AQ17NZ49WC}
APP_SECRET=${EQP_APP_SECRET:-8820c99614d65f923df7660276f20e029d73e2ca}
MAX_EXAMPLES=${SCHEMATHESIS_MAX_EXAMPLES:-25}
SEED=${SCHEMATHESIS_SEED:-5}
TIME_LIMIT=${SCHEMATHESIS_TIME_LIMIT:-1200}
REPORTS=${SCHEMATHESIS_REPORTS:-junit}
PYTHON=${PYTHON:-python3}

log() { echo "schemathesis.sh: $*" >&2; }
die() { log "$*"; exit 1; }

command -v "$PYTHON" >/dev/null || die "$PYTHON is needed"
command -v curl >/dev/null || die "curl is needed"

# --- schemathesis, from PyPI, at the pinned version ---------------------------------------------
installed=$("$PYTHON" -c 'import schemathesis; print(schemathesis.__version__)' 2>/dev/null || true)
if [[ "$installed" != "$SCHEMATHESIS_VERSION" ]]; then
    log "installing schemathesis==$SCHEMATHESIS_VERSION (found: ${installed:-none})"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION" >&2 \
        || die "pip install schemathesis==$SCHEMATHESIS_VERSION failed"
fi
st() { "$PYTHON" -m schemathesis.cli "$@"; }
log "using $(st --version)"

# --- the sandbox must be up ------------------------------------------------------------------------
for _ in $(seq 1 60); do
    if curl -fsS -o /dev/null "$BASE_URL/_sandbox/health"; then break; fi
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE_URL/_sandbox/health" || die "no healthy sandbox at $BASE_URL (GET /_sandbox/health)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/eqp-schemathesis.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
REPORT_DIR=${SCHEMATHESIS_REPORT_DIR:-$WORK/report}
mkdir -p "$REPORT_DIR"

# --- which document -------------------------------------------------------------------------------
if [[ -n "${EQP_OPENAPI:-}" ]]; then
    if [[ "$EQP_OPENAPI" == http://* || "$EQP_OPENAPI" == https://* ]]; then
        curl -fsS -o "$WORK/given.json" "$EQP_OPENAPI" || die "cannot fetch $EQP_OPENAPI"
        SCHEMA="$WORK/given.json"   # a file, for the reason given below
    else
        [[ -f "$EQP_OPENAPI" ]] || die "no such file: $EQP_OPENAPI"
        SCHEMA=$(cd "$(dirname "$EQP_OPENAPI")" && pwd)/$(basename "$EQP_OPENAPI")
    fi
elif curl -fsS -o "$WORK/served.json" "$BASE_URL/_sandbox/openapi.json"; then
    # The served document, saved to a file: loaded from its URL, schemathesis would leave out the
    # operation that serves it (GET /_sandbox/openapi.json), and every operation is to be tested.
    SCHEMA="$WORK/served.json"
    if [[ -f "$REPO_SCHEMA" ]] && ! cmp -s "$WORK/served.json" "$REPO_SCHEMA"; then
        log "WARNING: the served /_sandbox/openapi.json differs from openapi/eqp-sandbox.openapi.json (stale build?); testing the served one"
    fi
else
    [[ -f "$REPO_SCHEMA" ]] || die "the server does not serve /_sandbox/openapi.json and $REPO_SCHEMA is missing"
    log "NOTE: the server does not serve /_sandbox/openapi.json; testing against the repository's openapi/eqp-sandbox.openapi.json"
    SCHEMA=$(cd "$(dirname "$REPO_SCHEMA")" && pwd)/$(basename "$REPO_SCHEMA")
fi
log "schema: $SCHEMA$([[ "$SCHEMA" == "$WORK/served.json" ]] && echo " (from $BASE_URL/_sandbox/openapi.json)")"

# --- a real session token, as a client gets one (auth.md) -------------------------------------------
token_json=$(curl -sS -u "$APP_ID:$APP_SECRET" -H 'Content-Type: application/json' \
    -d '{"grant_type":"session"}' "$BASE_URL/rest/v1/app/session/token") \
    || die "POST /rest/v1/app/session/token failed"
EQP_SESSION_TOKEN=$(printf '%s' "$token_json" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["ust"])' 2>/dev/null) \
    || die "no session token from POST /rest/v1/app/session/token: $token_json"
export EQP_SESSION_TOKEN EQP_APP_ID="$APP_ID" EQP_APP_SECRET="$APP_SECRET"

# --- configuration --------------------------------------------------------------------------------
# Credentials per security scheme of the document: the token endpoint gets HTTP Basic with the
# access key, every other /rest/v1 operation `Authorization: Bearer <token>`, and the operations
# with `security: []` (health, readiness, the OpenAPI document, file links) nothing; the other
# control operations take an optional `controlToken`, which this sandbox (started without
# --control-token) does not need, so they are sent none.
printf 'hooks = "%s"\n' "$WORK/hooks.py" > "$WORK/schemathesis.toml"
cat >> "$WORK/schemathesis.toml" <<'TOML'

# Stateful testing infers links by dependency analysis only. The other algorithm scans every 2xx
# JSON body for same-origin URLs, and schemathesis 4.32.5 stops the whole run with "ValueError:
# Invalid IPv6 URL" (urllib's urlsplit) when a body holds a string such as "http://[x" - which a
# profile URL the fuzzer has just stored can be. The EQP API sends no Location headers, and the
# only URLs in its bodies are file download links, which no operation of the document takes.
[phases.stateful.inference]
algorithms = ["dependency-analysis"]

[auth.openapi.basicAuth]
username = "${EQP_APP_ID}"
password = "${EQP_APP_SECRET}"

[auth.openapi.bearerAuth]
bearer = "${EQP_SESSION_TOKEN}"
TOML

# Callback URLs stay on this machine. PUT /rest/v1/users/{mage_id} registers `api_callbacks`, and
# the sandbox POSTs to every registered URL when a malware scan or a review state changes; the
# fuzzer would otherwise register arbitrary hosts and make the sandbox call them. The URL keeps its
# path and query but goes to the discard port of the loopback address. Nothing else is changed.
cat > "$WORK/hooks.py" <<'PY'
import re
import schemathesis

_ORIGIN = re.compile(r"^(?i:https?)://[^/?#]*")


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.method.upper() != "PUT" or case.operation.path != "/rest/v1/users/{mage_id}":
        return
    callbacks = case.body.get("api_callbacks") if isinstance(case.body, dict) else None
    if not isinstance(callbacks, list):
        return
    for callback in callbacks:
        if isinstance(callback, dict) and isinstance(callback.get("url"), str):
            callback["url"] = _ORIGIN.sub("http://127.0.0.1:9", callback["url"], count=1)
PY

# --- the run --------------------------------------------------------------------------------------
# Checks: all of schemathesis's checks but two. Among them the contract's own:
#   not_a_server_error            no 5xx, whatever the input
#   status_code_conformance       every status is one the operation documents
#   content_type_conformance      every body has the documented media type
#   response_headers_conformance  documented required headers (X-Total-Count on lists, WWW-Authenticate on 401s)
#   response_schema_conformance   every body matches its schema
# and ignored_auth (operations with a security scheme refuse requests without valid credentials),
# unsupported_method and allow_header_conformance (405 with a correct Allow header for methods a
# path does not document), missing_required_header, use_after_free and
# ensure_resource_availability (deleted resources are gone, created ones can be read).
# object_level_authorization is on too but idle: it needs the credentials of several users (a
# Web Fuzzing Commons auth file); cross-user isolation is tested end to end by the Swift tests.
# Excluded, and why:
#   positive_data_acceptance  it wants a 2xx for every schema-valid request, but schema-valid IDs of
#                             resources that do not exist or belong to another user correctly get 404,
#                             and what the API checks against its state (a uid that is not one of your
#                             organizations, an action the package's state forbids) correctly gets 4xx
#   negative_data_rejection   it wants a 4xx for every schema-violating request, but the batch endpoints
#                             (package POST/PUT, key creation, file uploads) report an invalid item
#                             inside a 200 response, as rest-api.md "Batch response" requires
CHECKS=all
EXCLUDED_CHECKS=positive_data_acceptance,negative_data_rejection

# Operations that change the whole sandbox under the run's feet run in a second pass of their
# own, after every other operation: in the main pass they would break the operations fuzzed after
# them without any fault of those operations.
#   POST /_sandbox/reset, POST /_sandbox/users/{mage_id}/reset   end the session token the run uses
#   PUT /_sandbox/state                                         replaces every user (a fuzzed `{}` is a valid, empty state)
#   PUT /_sandbox/clock, POST /_sandbox/clock/advance           move the clock past the token's expiry
#   POST /_sandbox/faults                                       injects 5xx answers and dropped connections
#                                                               into later /rest/v1 requests (faults never apply
#                                                               to /_sandbox/, so the second pass is unaffected)
# Every check still applies to them in the second pass.
DISRUPTIVE=(sandboxReset sandboxResetUser sandboxImportState sandboxSetClock sandboxAdvanceClock sandboxInjectFault)
MAIN_FILTER=() LATE_FILTER=()
for id in "${DISRUPTIVE[@]}"; do
    MAIN_FILTER+=(--exclude-operation-id "$id")
    LATE_FILTER+=(--include-operation-id "$id")
done

cd "$WORK"   # schemathesis keeps a cache directory in the working directory: keep it out of the repo
START=$(date +%s)
run_pass() {   # run_pass NAME REPORT_SUBDIR FILTER...
    local name=$1 sub=$2; shift 2
    local left=$((TIME_LIMIT - ($(date +%s) - START)))
    (( left > 30 )) || return 124
    log "$name: running schemathesis against $BASE_URL (at most $MAX_EXAMPLES cases per operation and phase, seed $SEED, ${left}s left)"
    mkdir -p "$REPORT_DIR/$sub"
    timeout --kill-after=30 "$left" "$PYTHON" -m schemathesis.cli --no-color \
        --config-file "$WORK/schemathesis.toml" \
        run "$SCHEMA" \
        --url "$BASE_URL" \
        "$@" \
        --checks "$CHECKS" \
        --exclude-checks "$EXCLUDED_CHECKS" \
        --max-examples "$MAX_EXAMPLES" \
        --seed "$SEED" \
        --workers 1 \
        --request-timeout 10 \
        --generation-database none \
        --report "$REPORTS" --report-dir "$REPORT_DIR/$sub"
}
set +e
run_pass "main pass" main "${MAIN_FILTER[@]}"
status=$?
if [[ $status -eq 0 ]]; then
    run_pass "second pass (state-wide control operations)" late "${LATE_FILTER[@]}"
    status=$?
fi
set -e
if [[ $status -eq 124 || $status -eq 137 ]]; then
    log "FAILED: the run did not finish within ${TIME_LIMIT}s"
    exit 1
fi
if [[ $status -ne 0 ]]; then
    if [[ -z "${SCHEMATHESIS_REPORT_DIR:-}" ]]; then
        kept="${TMPDIR:-/tmp}/eqp-schemathesis-report-$$"
        cp -r "$REPORT_DIR" "$kept" && REPORT_DIR=$kept
    fi
    log "FAILED (exit $status): see the failures above; reports ($REPORTS) in $REPORT_DIR"
    exit "$status"
fi
log "passed"
