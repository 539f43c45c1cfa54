#!/usr/bin/env bash
# The checks CI runs after `swift test`: numpy recomputes every number the lessons show or ask
# for (scripts/check-lesson-values.py) and the committed fixtures the replay tests read must
# agree with it; then a release build runs the programs of scripts/release-smoke/. Needs
# python3 with numpy; installs numpy with pip when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import numpy' 2>/dev/null; then
    echo "ci-checks: numpy is missing; installing it with pip" >&2
    python3 -m pip install --quiet numpy 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages numpy 2>/dev/null \
        || python3 -m pip install --quiet --user numpy 2>/dev/null \
        || { command -v apt-get >/dev/null && apt-get install -y -qq python3-numpy >/dev/null; }
fi
python3 -c 'import numpy, sys; print(f"ci-checks: python {sys.version.split()[0]}, numpy {numpy.__version__}")'

python3 scripts/check-lesson-values.py

scripts/release-smoke.sh
