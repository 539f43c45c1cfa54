"""The machine a fixture was generated on, for the fixtures' headers.

numpy's own SIMD loops (exp, log, tanh, sin, power; AVX-512 builds use different code than AVX2
ones) can give different last bits on different CPUs, so a fixture of numpy's values says where
they came from: the CPU model, its vector extensions, and the ones numpy dispatches to."""
import pathlib
import platform

import numpy as np


def cpu_model():
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cpu_flags():
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags") or line.startswith("Features"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def numpy_simd():
    """numpy's dispatch targets found on this CPU (np.show_runtime's simd_extensions)."""
    try:
        from numpy._core._multiarray_umath import __cpu_features__ as features  # numpy 2
    except ImportError:
        try:
            from numpy.core._multiarray_umath import __cpu_features__ as features  # numpy 1
        except ImportError:
            return "unknown"
    wanted = ["AVX512_SPR", "AVX512_ICL", "AVX512_SKX", "AVX512F", "AVX2", "FMA3", "SSE42", "ASIMD", "NEON"]
    found = [name for name in wanted if features.get(name)]
    return " ".join(found) or "none of " + " ".join(wanted)


def description():
    """`AMD EPYC (x86_64; AVX-512F, AVX2, FMA; numpy 2.4.6 dispatches to AVX512_ICL AVX512_SKX ...)`"""
    flags = cpu_flags()
    vector = [label for flag, label in (("avx512f", "AVX-512F"), ("avx2", "AVX2"), ("fma", "FMA"), ("asimd", "NEON")) if flag in flags]
    if "avx512f" not in flags and platform.machine() == "x86_64":
        vector.append("no AVX-512")
    return f"{cpu_model()} ({platform.machine()}; {', '.join(vector) or 'no flags read'}; numpy {np.__version__} dispatches to {numpy_simd()})"


if __name__ == "__main__":
    print(description())
