#!/usr/bin/env bash
# Builds the HTTP/1.1 parser fuzzer (libFuzzer + AddressSanitizer) and runs it.
# Usage: fuzz/run.sh [SECONDS]   (default 30). Exits non-zero on a crash, leak or hang.
set -euo pipefail

duration="${1:-30}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build-fuzz"
corpus="$root/fuzz/corpus"   # git-ignored; grows across runs
mkdir -p "$out" "$corpus"

swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name HTTP1Fuzz \
    "$root"/Sources/HTTP1/*.swift "$root/fuzz/HTTPParserFuzzer.swift" \
    -o "$out/http-parser-fuzzer"

cp -n "$root"/fuzz/seeds/* "$corpus"/ 2>/dev/null || true

"$out/http-parser-fuzzer" -max_total_time="$duration" -max_len=2048 -timeout=10 \
    -dict="$root/fuzz/http.dict" -artifact_prefix="$out/" "$corpus"
