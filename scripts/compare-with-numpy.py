#!/usr/bin/env python3
"""Backprop's benchmark beside the same workloads in numpy, in one run, as a table.

    python3 scripts/compare-with-numpy.py            # builds in release, then measures both

It builds the release binaries (`swift build -c release --static-swift-stdlib`, as the README's
quick start and scripts/install.sh build them), runs `backprop-bench --json`, runs
the same workloads with numpy (its default thread count: all cores), and prints for each
workload Backprop's figure, numpy's, and the ratio: how many times better Backprop is (its
throughput ÷ numpy's, or numpy's time or memory ÷ Backprop's), so > 1 favours Backprop.
Every figure is the median of several runs, timed the same way on both sides. numpy is only
the reference here; Backprop does not use it.

Options: --skip-build (use the binaries already built), --rounds N (run both sides N times,
alternating, and keep the median of each figure: steadier on a busy machine), --only
SUBSTRING (workloads whose id contains it).

numpy runs its best kernel for the host: these machines set OPENBLAS_CORETYPE (and
OPENBLAS_L2_SIZE), which hold OpenBLAS to an older kernel, so both are removed from the numpy
side's environment only (never from the tests' or CI's). The kernel numpy then runs is printed
(from threadpoolctl when it is installed: `pip install threadpoolctl`; Backprop never needs it),
with the host's vector ISA.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The build a learner runs: Swift's libraries linked in, which halves the REPL's start-up.
RELEASE_BUILD = ["-c", "release", "--static-swift-stdlib"]

# The matrix products, as in Sources/BackpropBench/ProductWorkloads.swift:
# id, m, k, n, transpose_left, transpose_right.
PRODUCTS = [
    ("matmul-64", 64, 64, 64, False, False),
    ("matmul-256", 256, 256, 256, False, False),
    ("matmul-1024", 1024, 1024, 1024, False, False),
    ("matmul-20x12288x209", 20, 12288, 209, False, False),
    ("matmul-20x209x12288", 20, 209, 12288, False, False),
    ("matmul-ABt-20x209x12288", 20, 209, 12288, False, True),
    ("matmul-AtB-12288x20x209", 12288, 20, 209, True, False),
]

# Training workloads (seconds per iteration), as in Sources/BackpropBench/TrainingWorkloads.swift,
# are run with the course's own numpy code for the same models: see numpy_training.

# Figures with no numpy counterpart.
NO_COUNTERPART = {"kernel-peak"}

# The targets (issue 15): the least ratio (> 1 favours Backprop) for each figure, against numpy's
# best kernel on the same host in the same run.
TARGETS = [
    ("matmul-1024", 1.1),
    ("matmul-1024-1thread", 1.1),
    ("matmul-64", 1.1),
    ("matmul-20x12288x209", 1.1),
    ("matmul-ABt-20x209x12288", 1.1),
    ("matmul-20x209x12288", 1.1),
    ("matmul-AtB-12288x20x209", 1.1),
    ("train-planar-2layer", 4.0),
    ("train-deep-12288-20-7-5-1", 2.5),
    ("peak-memory-bench", 1.0),
    # Issue 17: the notebook's planar nn_model as a Python file, whole process, ≤ 1/3 of python3's time.
    ("interpreted-planar-nn-model", 3.0),
    # Issue 15: the course's L-layer functions written in the language, ≤ 1/2 of python3's time.
    ("interpreted-deep-L-layer-model", 2.0),
]
# One thread's 1024 product against the kernel-only peak per core.
PEAK_FRACTION_TARGET = 0.9
# Start-up to the prompt on a terminal stays under this many milliseconds.
STARTUP_TARGET_MS = 10.0
# Targets for workloads the benchmark does not have yet.
NOT_YET = []
# The Python files backprop-bench runs with `backprop run`, timed here under python3.
PROGRAMS = {
    "interpreted-planar-nn-model": os.path.join(ROOT, "scripts", "workloads", "planar_nn_model.py"),
    "interpreted-deep-L-layer-model": os.path.join(ROOT, "scripts", "workloads", "deep_L_layer_model.py"),
}
# Variables that hold OpenBLAS to an older kernel than the host's best.
OPENBLAS_KERNEL_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def host_vector_isa():
    """The host's widest vector unit, read from /proc/cpuinfo (Linux)."""
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith(("flags", "Features")):
                    flags = set(line.split(":", 1)[1].split())
                    break
            else:
                flags = set()
    except OSError:
        flags = set()
    if "avx512f" in flags:
        return "AVX-512 (avx512f" + (", avx512vl" if "avx512vl" in flags else "") + ") with FMA"
    if "avx2" in flags:
        return "AVX2" + (" + FMA" if "fma" in flags else "") + ", no AVX-512"
    if "asimd" in flags:
        return "NEON (asimd)"
    if flags:
        return "SSE only (no AVX2)"
    return "unknown (no /proc/cpuinfo flags)"


def numpy_blas_kernel():
    """Which BLAS and kernel numpy runs, in this process (after numpy's import)."""
    try:
        import threadpoolctl
    except ImportError:
        return "unknown (pip install threadpoolctl to see it)"
    import numpy  # noqa: F401  (loads the BLAS that threadpoolctl inspects)
    pools = [pool for pool in threadpoolctl.threadpool_info() if pool.get("user_api") == "blas"]
    if not pools:
        return "no BLAS found by threadpoolctl"
    pool = pools[0]
    return (f"{pool.get('internal_api', '?')} {pool.get('version', '?')}, kernel "
            f"{pool.get('architecture', '?')}, {pool.get('num_threads', '?')} threads")


def seconds_per_call(body, minimum=0.05):
    """Like Measurement.secondsPerCall: enough calls to last `minimum` seconds."""
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            body()
        elapsed = time.perf_counter() - start
        if elapsed >= minimum or calls >= 1 << 20:
            return elapsed / calls
        calls = max(calls * 2, int(calls * minimum * 1.2 / elapsed)) if elapsed > 0 else calls * 8


def median_of_runs(measure, runs=7):
    measure()  # warm-up, as backprop-bench does
    return statistics.median(measure() for _ in range(runs))


def numpy_products(suffix, only):
    """GFLOPS of each product with numpy, in this process (its thread count set by the caller)."""
    import numpy as np

    results = {}
    rng = np.random.default_rng(42)
    for ident, m, k, n, transpose_left, transpose_right in PRODUCTS:
        ident += suffix
        if only and only not in ident:
            continue
        a = rng.random((k, m) if transpose_left else (m, k)) * 2 - 1
        b = rng.random((n, k) if transpose_right else (k, n)) * 2 - 1
        left = a.T if transpose_left else a
        right = b.T if transpose_right else b
        flops = 2.0 * m * n * k
        results[ident] = median_of_runs(lambda: flops / seconds_per_call(lambda: left @ right) / 1e9)
        del a, b, left, right
    return results


def numpy_training(only):
    """Seconds per iteration of the course's numpy code (nn_model and L_layer_model's loops)."""
    import numpy as np

    from course_model import planar_iteration, sigmoid

    def deep_iteration(parameters, X, Y):
        L = len(parameters) // 2
        caches = []
        A = X
        for l in range(1, L + 1):
            A_prev = A
            Z = np.dot(parameters["W" + str(l)], A_prev) + parameters["b" + str(l)]
            A = sigmoid(Z) if l == L else np.maximum(0, Z)
            caches.append((A_prev, parameters["W" + str(l)], Z, A))
        m = Y.shape[1]
        _ = np.squeeze((1. / m) * (-np.dot(Y, np.log(A).T) - np.dot(1 - Y, np.log(1 - A).T)))
        dA = - (np.divide(Y, A) - np.divide(1 - Y, 1 - A))
        for l in reversed(range(1, L + 1)):
            A_prev, W, Z, A_l = caches[l - 1]
            if l == L:
                s = 1 / (1 + np.exp(-Z))
                dZ = dA * s * (1 - s)
            else:
                dZ = np.array(dA, copy=True)
                dZ[Z <= 0] = 0
            dW = 1. / m * np.dot(dZ, A_prev.T)
            db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
            dA = np.dot(W.T, dZ)
            parameters["W" + str(l)] = parameters["W" + str(l)] - 0.0075 * dW
            parameters["b" + str(l)] = parameters["b" + str(l)] - 0.0075 * db

    results = {}
    if not only or only in "train-planar-2layer":
        np.random.seed(1)
        X = np.random.randn(2, 400)
        Y = (np.random.rand(1, 400) > 0.5) * 1.0
        np.random.seed(2)
        state = [np.random.randn(4, 2) * 0.01, np.zeros((4, 1)), np.random.randn(1, 4) * 0.01, np.zeros((1, 1))]

        def planar_thousand():
            start = time.perf_counter()
            for _ in range(1000):
                state[:] = planar_iteration(state, X, Y, 1.2)[0]
            return (time.perf_counter() - start) / 1000
        results["train-planar-2layer"] = median_of_runs(planar_thousand)
    if not only or only in "train-deep-12288-20-7-5-1":
        np.random.seed(1)
        X = np.random.randn(12288, 209)
        Y = (np.random.rand(1, 209) > 0.5) * 1.0
        dims = [12288, 20, 7, 5, 1]
        parameters = {}
        for l in range(1, len(dims)):
            parameters["W" + str(l)] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
            parameters["b" + str(l)] = np.zeros((dims[l], 1))

        def deep_ten():
            start = time.perf_counter()
            for _ in range(10):
                deep_iteration(parameters, X, Y)
            return (time.perf_counter() - start) / 10
        results["train-deep-12288-20-7-5-1"] = median_of_runs(deep_ten, runs=5)
    return results


def numpy_worker(arguments):
    """Runs in a child process whose BLAS thread count was fixed before numpy was imported."""
    results = numpy_products(arguments.suffix, arguments.only)
    if arguments.suffix == "":
        results.update(numpy_training(arguments.only))
    if arguments.suffix == "":
        results["peak-memory-bench"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results["blas-kernel"] = numpy_blas_kernel()
    print(json.dumps(results))


def run_numpy(threads, only):
    """numpy's product figures: all threads (its default) or one."""
    environment = dict(os.environ)
    # numpy's best kernel for this host, not the one these machines' environment holds it to.
    for variable in OPENBLAS_KERNEL_VARIABLES:
        environment.pop(variable, None)
    suffix = ""
    if threads == 1:
        suffix = "-1thread"
        for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            environment[variable] = "1"
    command = [sys.executable, os.path.abspath(__file__), "--numpy-worker", f"--suffix={suffix}"]
    if only:
        command += ["--only", only]
    output = subprocess.run(command, env=environment, check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def python_start_through_pipe():
    """The counterpart of `echo quit | backprop`: `python3 -c 'import numpy'` to exit, in ms."""
    def once():
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import numpy"], check=True, stdin=subprocess.DEVNULL)
        return (time.perf_counter() - start) * 1000
    return statistics.median(once() for _ in range(9))


def python_start_on_terminal():
    """The counterpart of the REPL's prompt on a terminal: `python3 -i` with numpy imported, from
    spawn to its `>>>` prompt on a pseudo-terminal, in ms."""
    import pty
    import select

    def once():
        start = time.perf_counter()
        pid, master = pty.fork()
        if pid == 0:
            os.execv(sys.executable, [sys.executable, "-q", "-i", "-c", "import numpy as np"])
        seen = b""
        elapsed = None
        try:
            while elapsed is None:
                ready, _, _ = select.select([master], [], [], 10)
                if not ready:
                    raise RuntimeError("no python prompt within 10 s")
                seen += os.read(master, 4096)
                if b">>> " in seen:
                    elapsed = (time.perf_counter() - start) * 1000
            os.write(master, b"quit()\r")
            while True:
                try:
                    if not os.read(master, 4096):
                        break
                except OSError:
                    break
        finally:
            os.waitpid(pid, 0)
            os.close(master)
        return elapsed
    return statistics.median(once() for _ in range(9))


def python_runs(program):
    """python3 on a Python file backprop-bench times `backprop run` on: spawn to exit, seconds."""
    def once():
        start = time.perf_counter()
        subprocess.run([sys.executable, program], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start
    return median_of_runs(once, runs=3)


def run_backprop(binary_directory, only):
    command = [os.path.join(binary_directory, "backprop-bench"), "--json"]
    if only:
        command += ["--only", only]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only")
    parser.add_argument("--numpy-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.numpy_worker:
        numpy_worker(arguments)
        return

    if not arguments.skip_build:
        print("building: swift build -c release --static-swift-stdlib", file=sys.stderr)
        subprocess.run(["swift", "build"] + RELEASE_BUILD, cwd=ROOT, check=True)
    binary_directory = subprocess.run(["swift", "build"] + RELEASE_BUILD + ["--show-bin-path"], cwd=ROOT,
                                      check=True, capture_output=True, text=True).stdout.strip()

    load_before = os.getloadavg()[0]
    backprop_rounds, numpy_rounds = [], []
    for round_index in range(arguments.rounds):
        print(f"round {round_index + 1}/{arguments.rounds}: backprop-bench", file=sys.stderr)
        backprop_rounds.append(run_backprop(binary_directory, arguments.only))
        print(f"round {round_index + 1}/{arguments.rounds}: numpy", file=sys.stderr)
        figures = {}
        figures.update(run_numpy(threads=0, only=arguments.only))
        figures.update(run_numpy(threads=1, only=arguments.only))
        if not arguments.only or arguments.only in "startup-pipe":
            figures["startup-pipe"] = python_start_through_pipe()
        if not arguments.only or arguments.only in "startup-pty":
            figures["startup-pty"] = python_start_on_terminal()
        for ident, program in PROGRAMS.items():
            if not arguments.only or arguments.only in ident:
                figures[ident] = python_runs(program)
        numpy_rounds.append(figures)

    # The median over rounds of each figure.
    report = backprop_rounds[0]
    for workload in report["workloads"]:
        values = [w["median"] for r in backprop_rounds for w in r["workloads"] if w["id"] == workload["id"]]
        workload["median"] = statistics.median(v for v in values if v is not None)
    blas_kernel = numpy_rounds[0].pop("blas-kernel", "unknown")
    for figures in numpy_rounds[1:]:
        figures.pop("blas-kernel", None)
    numpy_figures = {key: statistics.median(r[key] for r in numpy_rounds if key in r)
                     for key in numpy_rounds[0]}
    # How much each figure moved between rounds: the spread says how far to trust the medians.
    spread = {}
    for workload in report["workloads"]:
        values = [w["median"] for r in backprop_rounds for w in r["workloads"]
                  if w["id"] == workload["id"] and w["median"]]
        theirs = [r[workload["id"]] for r in numpy_rounds if workload["id"] in r]
        if len(values) > 1 and len(theirs) > 1:
            spread[workload["id"]] = max((max(v) - min(v)) / statistics.median(v) for v in (values, theirs))

    counterpart = {
        "startup-pipe": "numpy side: python3 -c 'import numpy', spawn to exit",
        "startup-pty": "numpy side: python3 -i with numpy imported, spawn to its >>> prompt on a terminal",
        "peak-memory-bench": "numpy side: the process that ran the numpy products",
        "interpreted-planar-nn-model": "numpy side: python3 scripts/workloads/planar_nn_model.py, spawn to exit",
        "interpreted-deep-L-layer-model": "numpy side: python3 scripts/workloads/deep_L_layer_model.py, spawn to exit",
    }
    print(f"Backprop ({report['threads']} threads, {report['kernels']} kernels) and numpy "
          f"{__import__('numpy').__version__}; ratio > 1 favours Backprop")
    cores = os.cpu_count()
    print(f"host vector ISA: {host_vector_isa()}")
    print(f"numpy's BLAS: {blas_kernel} ({', '.join(OPENBLAS_KERNEL_VARIABLES)} unset for numpy's side; "
          f"in this shell: " + ", ".join(f"{v}={os.environ.get(v, 'unset')}" for v in OPENBLAS_KERNEL_VARIABLES) + ")")
    print(f"rounds: {arguments.rounds} (sides alternating; medians; 'spread' is the largest (max − min) / median "
          "of either side over the rounds)")
    print(f"load average before / after: {load_before:.1f} / {os.getloadavg()[0]:.1f} on {cores} cores "
          "(figures taken on a busy machine are not comparable)\n")
    header = f"{'workload':<50} {'unit':<7} {'Backprop':>10} {'numpy':>10} {'ratio':>7} {'spread':>7}"
    print(header)
    print("-" * len(header))
    by_id = {}
    notes = []
    for workload in report["workloads"]:
        ident, value, unit = workload["id"], workload["median"], workload["unit"]
        by_id[ident] = value
        theirs = numpy_figures.get(ident)
        ratio = ""
        if theirs and value and ident not in NO_COUNTERPART:
            ratio = value / theirs if workload["higher_is_better"] else theirs / value
            ratio = f"{ratio:.2f}×"
        title = workload["title"]
        if ident in counterpart and theirs is not None:
            notes.append(counterpart[ident])
            title += f" [{len(notes)}]"
        if unit == "s" and value < 1:
            # Seconds per iteration are small: show them in milliseconds.
            unit, value = "ms", value * 1000
            theirs = theirs * 1000 if theirs is not None else None
        theirs_text = f"{theirs:.4g}" if theirs is not None and ident not in NO_COUNTERPART else "—"
        spread_text = f"{100 * spread[ident]:.0f} %" if ident in spread else ""
        print(f"{title:<50} {unit:<7} {value:>10.4g} {theirs_text:>10} {ratio:>7} {spread_text:>7}")
    for number, note in enumerate(notes, start=1):
        print(f"[{number}] {note}")

    peak = by_id.get("kernel-peak")
    print("\nTargets (ratio against numpy's best kernel on this host, in this run):")
    for ident, target in TARGETS:
        ours, theirs = by_id.get(ident), numpy_figures.get(ident)
        if ours is None or theirs is None or not ours:
            print(f"  {ident:<28} ≥ {target:.1f}×: not measured")
            continue
        higher = next(w["higher_is_better"] for w in report["workloads"] if w["id"] == ident)
        ratio = ours / theirs if higher else theirs / ours
        print(f"  {ident:<28} ≥ {target:.1f}×: {ratio:5.2f}×  {'met' if ratio >= target else 'not met'}")
    single = by_id.get("matmul-1024-1thread")
    if peak and single:
        fraction = single / peak
        print(f"  {'matmul-1024-1thread':<28} ≥ {100 * PEAK_FRACTION_TARGET:.0f} % of the kernel-only peak "
              f"({peak:.1f} GFLOPS): {100 * fraction:5.1f} %  {'met' if fraction >= PEAK_FRACTION_TARGET else 'not met'}")
    startup = by_id.get("startup-pty")
    if startup:
        print(f"  {'startup-pty':<28} < {STARTUP_TARGET_MS:.0f} ms: {startup:5.1f} ms  "
              f"{'met' if startup < STARTUP_TARGET_MS else 'not met'}")
    for title, reason in NOT_YET:
        print(f"  {title}: not measured ({reason})")

if __name__ == "__main__":
    main()
