#!/usr/bin/env bash
# The reliability probes of issue 14 at a larger scale than CI's: kill -9 during progress saves
# (50 × SCALE rounds), 2,000 × SCALE random stepper sequences, and every other probe family once
# (odd and damaged progress files, history under SIGTERM/SIGHUP, FIFO/device/NUL inputs,
# unwritable output, a memory limit, endless lesson blocks, Ctrl-C during a product).
# CI runs the same tests at SCALE 1 as part of `swift test`; this script is for a closing count.
#
#   scripts/reliability-probes.sh [SCALE]      (default 5: 250 kill rounds, 10,000 sequences)
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${1:-5}"
BACKPROP_PROBE_SCALE="$scale" swift test \
  --filter 'ProgressProbeTests|HistoryProbeTests|InputProbeTests|UnstoppableComputationTests|StepperFuzzTests|ProgressStoreTests|LessonReliabilityTests|TruthfulMessageTests|LineHistoryTests' \
  2>&1 | grep -E '^probe |✘|Test run with|Fatal error'
