#!/usr/bin/env python3
"""Writes Tests/BackpropLanguageTests/PythonFormatFixtures.swift: what CPython gives for
float repr, format(), printf-style %, str.format templates and f-string bodies over many
random cases (seeded, so reruns give the same file). Run once with the CPython the project
follows; the tests never run Python.

Each fixture line is tab-separated; text fields use the escapes \\t \\n \\\\ \\| and \\u{hex}
for anything outside printable ASCII. Expected results are '=text' or '!Kind: message'.
"""
import math
import re
import random
import struct
import sys
from pathlib import Path

rng = random.Random(20261202)
OUT = Path(__file__).resolve().parent.parent / "Tests/BackpropLanguageTests/PythonFormatFixtures.swift"


def esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "|":
            out.append("\\|")
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % o)
    return "".join(out)


def bits(x):
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", x))[0]


# Objects without __format__ of their own, known by name to the test as well.
class Obj:
    def __init__(self, name, value):
        self.name, self.value = name, value


OBJECTS = {"list": [1, 2], "none": None, "tuple": (1, 'a'), "dict": {'k': 1.5}}


def enc_value(v):
    if isinstance(v, Obj):
        return "o:" + v.name
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + esc(v)
    raise TypeError(v)


def py(v):
    return OBJECTS[v.name] if isinstance(v, Obj) else v


def outcome(fn):
    try:
        return "=" + esc(fn())
    except Exception as e:  # noqa: BLE001 - the message is the fixture
        msg = str(e) if not isinstance(e, KeyError) else repr(e.args[0])
        return "!" + type(e).__name__ + ": " + esc(msg)


# ---- values -------------------------------------------------------------------------------

def random_double():
    kind = rng.random()
    if kind < 0.25:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind < 0.35:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0] * rng.choice([1, -1])  # subnormal
    if kind < 0.55:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind < 0.65:
        # round-half cases: k + 0.5 at some decimal place, and x.xx5
        return rng.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1.25, 3.14159, 2.5e-5, 1e-5, 9.995, 0.0005])
    if kind < 0.75:
        return float(rng.choice(["1e16", "1e15", "9999999999999998", "1e-4", "1e-5", "0.0001", "123456789012345678",
                                 "1e22", "1e23", "5e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "100",
                                 "0.1", "0.3", "2e16", "-0.0", "0.0", "inf", "-inf", "nan"]))
    if kind < 0.9:
        return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)
    return float(rng.randint(-10**6, 10**6))


def random_int():
    k = rng.random()
    if k < 0.5:
        return rng.randint(-1000, 100000)
    if k < 0.7:
        return rng.randint(-2**63, 2**63)
    if k < 0.8:
        return rng.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, 10**20, -(10**20), 2**64, 2**1023, 2**1024, 10**400])
    return rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))


def random_string():
    return rng.choice(["", "a", "hello", "Hello, World", "x" * 12, "café", "日本", "tab\there", "it's", '"q"', "😀ok", "a{b}"])


def random_value():
    k = rng.random()
    if k < 0.4:
        return random_double()
    if k < 0.75:
        return random_int()
    if k < 0.9:
        return random_string()
    return rng.random() < 0.5


def random_spec(for_value=None):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice("*x0 -_.="))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.08:
        parts.append("z")
    if rng.random() < 0.15:
        parts.append("#")
    if rng.random() < 0.15:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.2:
        parts.append(rng.choice([",", "_", ",", "_", ",_"]))
    if rng.random() < 0.5:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 10, 17, 20, 30, rng.randint(0, 60)])))
    elif rng.random() < 0.02:
        parts.append(".")
    if rng.random() < 0.8:
        if isinstance(for_value, float):
            pool = "eEfFgGn%" * 4 + "dsxcb"
        elif isinstance(for_value, str):
            pool = "s" * 10 + "dfx"
        else:
            pool = "bcdoxXneEfFgG%" * 2 + "s"
        parts.append(rng.choice(pool))
    if rng.random() < 0.01:
        parts.append("q")
    return "".join(parts)


# ---- float repr ---------------------------------------------------------------------------

def repr_cases():
    lines = []
    seen = set()
    for _ in range(3000):
        x = random_double()
        b = bits(x)
        if b in seen:
            continue
        seen.add(b)
        lines.append("R\t%s\t%s" % (b, esc(repr(x))))
    for e in range(-20, 25):
        for x in (10.0 ** e, 10.0 ** e * 1.5, -(10.0 ** e)):
            if bits(x) not in seen:
                seen.add(bits(x))
                lines.append("R\t%s\t%s" % (bits(x), esc(repr(x))))
    return lines


# ---- format() -----------------------------------------------------------------------------

def format_cases():
    lines = []
    hand = [(2.5, ".0f"), (0.125, ".2f"), (2.675, ".2f"), (1234567, ","), (1234567.891, ",.2f"), (1234, "010,"),
            (255, "#X"), (255, "#010b"), (-255, "#x"), (True, "d"), (True, ""), (False, ">5"), (1.0, ".3"),
            (100.0, ".3"), (1e16, ""), (1e16, ".17"), (float("nan"), "010"), (float("-inf"), "+010.2f"),
            (-0.0, "z.1f"), (-0.0001, "z.2f"), (-0.0001, ".2f"), (65, "c"), (3, ".2"), ("abc", "+"),
            ("abc", "^9"), ("abc", ".2"), (1.5, "d"), ("x", "d"), (12345678, "_x"), (12345678, "_d"),
            (0.5, "%"), (1e-7, ".1%"), (1e300 * 10, "%"), (123.456, "e"), (0.000123456, "g"), (123456789.0, "g"),
            (1.0, "#g"), (1.0, "#.0f"), (1.0, "#.0e"), (1e20, "#"), (10**400, "e"), (10**400, ","), (10**20, ".3g"),
            (-5, "=+8"), (5, " "), (1.5, "="), ("s", "="), (0x110000, "c"), (-1, "c"), (2**70, "c"), (1.25, ".1f"),
            (1.35, ".1f"), (1e22, "f"), (5e-324, ".1000f"), (1.7976931348623157e308, "f"), (123, "n"), (1234.5, "n"),
            (12, "x<10"), (12, "\u00e9^7"), (1.5, ",.3e"), (1, ",c"), (1.5, "_n"), (3.0, "10.3"), (0.0, ".0e"),
            (9.5, ".0f"), (9.5, ".0e"), (0.95, ".1f"), (99.5, ".3"), (0.0001, ""), (0.00001, ""), (1e-5, ".3")]
    cases = hand + [(v, random_spec(v)) for v in (random_value() for _ in range(6000))]
    for v, spec in cases:
        lines.append("F\t%s\t%s\t%s" % (enc_value(v), esc(spec), outcome(lambda: format(v, spec))))
    for name in OBJECTS:
        for spec in ("", ">5", "s"):
            lines.append("F\t%s\t%s\t%s" % (enc_value(Obj(name, None)), esc(spec),
                                            outcome(lambda: format(OBJECTS[name], spec))))
    return lines


# ---- printf-style % -----------------------------------------------------------------------

def random_conversion():
    flags = "".join(rng.choice("-+ 0#") for _ in range(rng.choice([0, 0, 1, 1, 2])))
    width = rng.choice(["", "", str(rng.randint(0, 15)), "*"])
    precision = rng.choice(["", "", "." + str(rng.randint(0, 12)), ".*", "."])
    conv = rng.choice("dddiufffeEgGxXoscrra%" + ("y" if rng.random() < 0.05 else "f"))
    return "%" + flags + width + precision + conv


def percent_value():
    k = rng.random()
    if k < 0.1:
        return Obj(rng.choice(list(OBJECTS)), None)
    v = random_value()
    return v


def percent_cases():
    lines = []
    hand = [("%d", 5), ("%5.2f", 3.14159), ("%.4f", 2.675), ("%e", 12345.678), ("%g", 0.0001), ("%s", "hi"),
            ("%r", "hi"), ("%x", 255), ("%#x", 255), ("%#o", 8), ("%%", ()), ("%05d", -42), ("%-5d|", 42),
            ("%+d", 5), ("% d", 5), ("%*d", (6, 42)), ("%-*d|", (6, 42)), ("%.*f", (2, 3.14159)), ("%c", 65),
            ("%c", "z"), ("%c", "zz"), ("%d", "5"), ("%f", "5"), ("%x", 3.5), ("%d", 3.99), ("%d", -3.99),
            ("%d", float("nan")), ("%d", float("inf")), ("%s %s", (1,)), ("%s", (1, 2)), ("hello", 5),
            ("hello", ()), ("%d%%", 50), ("%i", True), ("%s", True), ("%r", 1.0), ("%.3s", "abcdef"),
            ("%10.3s|", "abcdef"), ("%(a)s-%(b)d", {"a": "x", "b": 2}), ("%(a)s", (1,)), ("%(c)s", {"a": 1}),
            ("%s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a", {"a": 1}), ("%5%", (1,)), ("%", ()), ("abc%", 1),
            ("%.0f", 0.5), ("%.0f", 1.5), ("%#.0f", 1.0), ("%#g", 1.0), ("%.0g", 123.0), ("%G", 1e-10),
            ("%f", float("inf")), ("%05f", float("-inf")), ("%X", -255), ("%#X", 255), ("%.5d", 42), ("%#.5x", 255),
            ("%+.3e", 0.0), ("%s", Obj("none", None)), ("%d", Obj("none", None)), ("%f", Obj("list", None)), ("%a", "café"), ("%c", 0x110000),
            ("%c", 1.5), ("%ld", 5), ("%hd %Lf", (5, 1.5)), ("%f", 10**400), ("%d", 10**30), ("%e", 2**1023),
            ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("% 05.1f", 2.25), ("%+05d", 7), ("%-+8.2f|", 3.14159)]
    cases = list(hand)
    for _ in range(2500):
        n = rng.choice([1, 1, 2, 3])
        template = "".join(rng.choice(["", "x", " a=", ": "]) + random_conversion() for _ in range(n)) + rng.choice(["", "!", " end"])
        need = template.count("%") - template.count("%%") * 2 + template.count("*")
        count = max(0, need + rng.choice([0, 0, 0, 0, -1, 1]))
        args = tuple(percent_value() for _ in range(count))
        # A lone tuple or dict object would be read as the argument tuple or mapping itself.
        if count == 1 and rng.random() < 0.5 and not (isinstance(args[0], Obj) and args[0].name in ("tuple", "dict")):
            args = args[0]
        cases.append((template, args))
    for template, args in cases:
        if isinstance(args, dict):
            enc = "M:" + " | ".join(k + "=" + enc_value(v) for k, v in args.items())
        elif isinstance(args, tuple):
            enc = "T:" + " | ".join(enc_value(v) for v in args)
        else:
            enc = "1:" + enc_value(args)
        pyargs = tuple(py(a) for a in args) if isinstance(args, tuple) else (args if isinstance(args, dict) else py(args))
        lines.append("P\t%s\t%s\t%s" % (esc(template), enc, outcome(lambda: template % pyargs)))
    return lines


# ---- str.format ---------------------------------------------------------------------------

def template_cases():
    lines = []
    hand = [("{} and {}", (1, 2), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{name}!", (), {"name": "Ann"}),
            ("{:>{width}.{prec}f}", (3.14159,), {"width": 10, "prec": 2}), ("{{}} {}", (5,), {}),
            ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("}", (), {}), ("{", (), {}), ("{0", (1,), {}),
            ("{!r}", ("x",), {}), ("{!s:>5}", (1.5,), {}), ("{!a}", ("café",), {}), ("{!x}", (1,), {}),
            ("{!}", (1,), {}), ("{!r", (1,), {}), ("{0!rx}", (1,), {}), ("{:{}}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}),
            ("{5}", (1,), {}), ("{x}", (1,), {}), ("{0[0]}", (Obj("list", None),), {}), ("{0.real}", (1,), {}),
            ("{:d}", (1.5,), {}), ("{a{b}", (), {}), ("{:5}|{:<5}|{:^5}", ("a", 1, 2.5), {}), ("{0:{1}}", (3.5, ".2f"), {}),
            ("{:.2%}", (0.1234,), {}), ("x{}y}}", (1,), {}), ("{}", (Obj("list", None),), {}),
            ("{:>8}", (Obj("list", None),), {}), ("{!r:>8}", (Obj("list", None),), {}), ("{0:}", (7,), {}),
            ("{:,}", (10**30,), {}), ("{ 0}", (1,), {" 0": 2}), ("{0[}", (1,), {}), ("{0.}", (1,), {}),
            ("{0]x}", (1,), {"0]x": 9}), ("{}", (), {}), ("{:{}}{}", (1.5, "8.3f", "tail"), {})]
    cases = list(hand)
    pieces = ["{}", "{0}", "{1}", "{x}", "{:>6}", "{:.3f}", "{!r}", "{0!s:^7}", "{:{}}", "{x:{w}.{p}}", "{{", "}}",
              "lit", " ", "{:e}", "{:+d}", "{:,}", "{y!a}", "}", "{", "{:z}", "{:#x}"]
    for _ in range(1500):
        template = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        pos = tuple(percent_value() for _ in range(rng.randint(0, 4)))
        kw = {k: percent_value() for k in ("x", "y") if rng.random() < 0.7}
        if rng.random() < 0.8:
            kw["w"] = rng.randint(0, 12)
            kw["p"] = rng.randint(0, 6)
        cases.append((template, pos, kw))
    for template, pos, kw in cases:
        enc_pos = " | ".join(enc_value(v) for v in pos)
        enc_kw = " | ".join(k + "=" + enc_value(v) for k, v in kw.items())
        pypos = tuple(py(v) for v in pos)
        pykw = {k: py(v) for k, v in kw.items()}
        lines.append("T\t%s\t%s\t%s\t%s" % (esc(template), enc_pos, enc_kw, outcome(lambda: template.format(*pypos, **pykw))))
    return lines


# ---- f-strings ----------------------------------------------------------------------------

FSTRING_ENV = {"x": 3.14159, "n": 42, "s": "hi", "big": 10**25, "neg": -0.5, "w": 8, "p": 3, "t": True,
               "d": {"a": 1.5}, "L": [1, 2, 3], "fmt": ".2f"}
# Expressions the bodies use, each evaluated once here; the test looks them up by source text.
FSTRING_EXPRESSIONS = ["x", "n", "s", "big", "neg", "w", "p", "t", "d['a']", "L[1:2]", "L", "n + 1", "x * 2",
                       "n != 3", "n == 42", "x < 3", "n > 10", "s.upper()", "fmt", "(n, s)", "d", "{'k': 1}", "-n",
                       "n // 5", "'a:b'", "[1, 2][0]", "x if t else n", "{1, 2} == {2, 1}", "{w}"]


def fstring_cases():
    lines = []
    values = {}
    for e in FSTRING_EXPRESSIONS:
        v = eval(e, {}, dict(FSTRING_ENV))  # noqa: S307 - fixed expressions
        values[e] = v
    for e, v in values.items():
        if isinstance(v, (bool, int, float, str)):
            enc = enc_value(v)
        else:
            enc = "x:" + " | ".join([esc(type(v).__name__), esc(str(v)), esc(repr(v))])
        lines.append("E\t%s\t%s" % (esc(e), enc))
    hand = ["{x}", "{x:.2f}", "{x=}", "{x = :.2f}", "{ n = }", "{s!r}", "{s=!s:>5}", "{d['a']}", "{L[1:2]}",
            "{n != 3}", "{x:{w}.{p}f}", "{x:{fmt}}", "{n:{w}}|", "{{lit}} {n}", "}}", "{n}}}", "{", "}", "{}",
            "{ }", "{!r}", "{:x}", "{x!}", "{x!z}", "{x!r }", "{x", "{x:", "{x:{p}", "{x:{w:{p}}}", "a}b",
            "{x)}", "{(x]}", "{L[}", "{'a}", "{n#}", "{n\\n}", "{x=!r:>9}", "{n:=5}", "{x!r=}", "{s.upper()!r}",
            "{'a:b'}", "{[1, 2][0]:>4}", "{(n, s)}", "{(n, s)!r:>12}", "{d}", "{d:>5}", "{{'k': 1}}", "{ {'k': 1} }",
            "\\N{DEGREE SIGN}{n}", "{n:}", "{x if t else n:.1f}", "{-n:+05d}", "{n // 5:b}", "{big:,}", "{neg:z.0f}",
            "{t}", "{t:d}", "{{1, 2} == {2, 1}}", "{ {1, 2} == {2, 1} }", "{x:}}", "{x:{{w}}}", "{n:{w}{p}}"]
    pieces = ["{x}", "{n:>{w}}", "{s!r:^9}", "{x=}", "{n = :#x}", "{d['a']:.1%}", "{L[1:2]!s}", "{n != 3}", "lit ",
              "{{", "}}", "{x:{w}.{p}e}", "{big:_}", "{neg:+.3g}", "{t!r}", "{fmt}", "{n + 1:03}"]
    bodies = list(hand) + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(600)]
    for body in bodies:
        src = 'f"' + body + '"'
        try:
            code = compile(src, "<fstring>", "eval")
        except SyntaxError as e:
            lines.append("S\t%s\t!SyntaxError: %s" % (esc(body), esc(e.msg)))
            continue
        lines.append("S\t%s\t%s" % (esc(body), outcome(lambda: eval(code, {}, dict(FSTRING_ENV)))))  # noqa: S307
    return lines


def main():
    lines = repr_cases() + format_cases() + percent_cases() + template_cases() + fstring_cases()
    # Random '*' widths can be huge; such cases test nothing new and bloat the file.
    lines = [line for line in lines if len(line) <= 600 and "!MemoryError" not in line]
    # Swift strings cannot hold a lone surrogate (format(0xDD61, 'c')).
    lines = [line for line in lines if not re.search(r"\\u\{d[89a-f][0-9a-f]{2}\}", line)]
    text = "\n".join(lines)
    assert '"""##' not in text and "\\##" not in text
    header = ("// Generated by scripts/generate-python-format-fixtures.py from CPython %s; do not edit by hand.\n"
              "// One case a line, tab-separated: R float repr, F format(), P printf-style %%, T str.format,\n"
              "// E an f-string test expression's value, S an f-string body. See the script for the encoding.\n\n"
              % sys.version.split()[0])
    swift = header + "enum PythonFormatFixtures {\n    static let lines = ##\"\"\"\n" + text + "\n\"\"\"##\n}\n"
    OUT.write_text(swift)
    print("wrote %d cases to %s" % (len(lines), OUT))


main()
