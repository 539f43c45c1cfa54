#!/usr/bin/env bash
# Runs the programs in scripts/release-smoke/ through a release build, the build the README's
# quick start runs, and compares what they print with what python3 printed for them (the
# .expected files, made once). The tests run a debug build, where the optimiser moves less:
# a bug only the release build shows (a hang, a crash) is caught here. A program may fail as
# long as it fails as Python does: cleanly, with an error, and with the same printed lines.
# BACKPROP_BINARY=path checks another build (it is still built first).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product backprop >/dev/null
binary=${BACKPROP_BINARY:-.build/release/backprop}
failed=0
for program in scripts/release-smoke/*.py; do
    expected="${program%.py}.expected"
    status=0
    actual=$(timeout 60 "$binary" run "$program" 2>/dev/null) || status=$?
    if [ "$status" -gt 1 ]; then
        echo "release-smoke: $program ended with status $status (124: it hung)" >&2
        failed=1
    elif [ "$actual" != "$(cat "$expected")" ]; then
        echo "release-smoke: $program printed something else:" >&2
        diff <(echo "$actual") "$expected" >&2 || true
        failed=1
    fi
done
# `backprop` and `backprop run FILE` start without the argument parser (main.swift); the rest go through it.
check() {  # description, expected output, expected status, command...
    local description=$1 expected=$2 expectedStatus=$3 status=0 actual
    shift 3
    actual=$("$@" 2>&1) || status=$?
    if [ "$status" -ne "$expectedStatus" ] || [[ "$actual" != *"$expected"* ]]; then
        echo "release-smoke: $description gave status $status and printed: $actual" >&2
        failed=1
    fi
}
check "a piped script" "42" 0 bash -c "echo 'print(6 * 7)' | $binary"
check "a missing script" "cannot open 'no-such-file.py'" 2 "$binary" run no-such-file.py
check "a failing script" "division by zero" 1 bash -c "echo 'x = 1 / 0' > \"\${TMPDIR:-/tmp}/release-smoke-fails.py\" && $binary run \"\${TMPDIR:-/tmp}/release-smoke-fails.py\""
check "--version, through the argument parser" "." 0 "$binary" --version
check "run without a file, through the argument parser" "Missing expected argument" 64 "$binary" run
[ "$failed" -eq 0 ] && echo "release-smoke: $(ls scripts/release-smoke/*.py | wc -l) programs print what python3 printed; the command line starts as it should"
exit "$failed"
