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
# `backprop`, `backprop repl` and `backprop run FILE` start without the argument parser
# (main.swift); everything else goes through it. Each line: what, printed text, exit status, command.
check() {
    local description=$1 expected=$2 expectedStatus=$3 status=0 actual
    shift 3
    actual=$("$@" 2>&1) || status=$?
    if [ "$status" -ne "$expectedStatus" ] || [[ "$actual" != *"$expected"* ]]; then
        echo "release-smoke: $description gave status $status and printed: $actual" >&2
        failed=1
    fi
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo 'print(6 * 7)' > "$scratch/answer.py"
echo 'x = 1 / 0' > "$scratch/fails.py"
check "a piped script" "42" 0 bash -c 'echo "print(6 * 7)" | "$0"' "$binary"
check "a piped script to repl" "42" 0 bash -c 'echo "print(6 * 7)" | "$0" repl' "$binary"
check "run FILE" "42" 0 "$binary" run "$scratch/answer.py"
check "a failing script" "division by zero" 1 "$binary" run "$scratch/fails.py"
check "a missing script" "cannot open '$scratch/missing.py'" 2 "$binary" run "$scratch/missing.py"
check "a directory" "it is a directory" 2 "$binary" run "$scratch"
version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/Terminal/Version.swift)
check "--version, through the argument parser" "$version" 0 "$binary" --version
check "run --help, through the argument parser" "USAGE: backprop run <file>" 0 "$binary" run --help
check "run without a file, through the argument parser" "Missing expected argument" 64 "$binary" run
[ "$failed" -eq 0 ] && echo "release-smoke: $(ls scripts/release-smoke/*.py | wc -l) programs print what python3 printed; the command line starts as it should"
exit "$failed"
