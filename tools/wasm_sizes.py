#!/usr/bin/env python3
"""Where the bytes of a wasm module go: section sizes, and code bytes per Rust crate.

    python3 tools/wasm_sizes.py FILE.wasm [TOP]

Reads the `name` section for function names (keep it: run on wasm-bindgen's output before
wasm-opt strips names) and groups function bodies by the crate their mangled name starts with.
Standard library only; a rough map, not a profiler (twiggy is the full tool).
"""
import re
import sys
from collections import Counter

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
            6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
            12: "datacount"}


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def name_of(buf, i):
    n, i = leb(buf, i)
    return buf[i:i + n].decode("utf-8", "replace"), i + n


def crate_of(name):
    """The crate a (possibly mangled) Rust symbol belongs to."""
    m = re.match(r"_ZN(\d+)", name)
    if m:
        n = int(m.group(1))
        start = m.end()
        crate = name[start:start + n]
        if crate.startswith("_$LT$"):  # <T as Trait>::f: name the impl'd type's crate
            inner = re.search(r"_\$LT\$([A-Za-z_][A-Za-z0-9_]*)", name)
            crate = inner.group(1) if inner else crate
        return crate
    m = re.match(r"_R\w*?C\w*?\d+([a-z_][a-z0-9_]*)", name)
    if m:
        return m.group(1)
    bare = name.lstrip("<&*").removeprefix("mut ").removeprefix("dyn ")
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::", bare)
    if m:
        return m.group(1)
    if re.match(r"(str|\[|[ui](8|16|32|64|size)|f(32|64)|char|bool)\b", bare):
        return "core/alloc (primitive impls)"
    if name.startswith("__wbg") or name.startswith("__wbindgen"):
        return "wasm_bindgen (glue)"
    return "(other)"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    buf = open(path, "rb").read()
    assert buf[:4] == b"\0asm", "not a wasm file"
    i = 8
    sections = Counter()
    imported_funcs = 0
    bodies = []
    names = {}
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        end = j + size
        label = SECTIONS.get(sid, str(sid))
        if sid == 0:
            cname, k = name_of(buf, j)
            label = "custom:" + cname
            if cname == "name":
                while k < end:
                    sub = buf[k]
                    ssize, k2 = leb(buf, k + 1)
                    if sub == 1:
                        count, m = leb(buf, k2)
                        for _ in range(count):
                            idx, m = leb(buf, m)
                            nm, m = name_of(buf, m)
                            names[idx] = nm
                    k = k2 + ssize
        elif sid == 2:
            count, k = leb(buf, j)
            for _ in range(count):
                _, k = name_of(buf, k)
                _, k = name_of(buf, k)
                kind = buf[k]
                k += 1
                if kind == 0:
                    _, k = leb(buf, k)
                    imported_funcs += 1
                elif kind == 1:
                    k += 1
                    flags, k = leb(buf, k)
                    _, k = leb(buf, k)
                    if flags & 1:
                        _, k = leb(buf, k)
                elif kind == 2:
                    flags, k = leb(buf, k)
                    _, k = leb(buf, k)
                    if flags & 1:
                        _, k = leb(buf, k)
                elif kind == 3:
                    k += 2
                else:
                    k += 1
        elif sid == 10:
            count, k = leb(buf, j)
            for n in range(count):
                bsize, k2 = leb(buf, k)
                bodies.append((imported_funcs + n, k2 - k + bsize))
                k = k2 + bsize
        sections[label] += end - i
        i = end

    total = len(buf)
    print(f"{path}: {total} bytes before wasm-opt")
    print("  sections:", ", ".join(f"{k} {v}" for k, v in sections.most_common()))
    if not names:
        print("  (no name section: function names were stripped)")
        return
    per_crate = Counter()
    per_fn = []
    for idx, size in bodies:
        nm = names.get(idx, f"func{idx}")
        per_crate[crate_of(nm)] += size
        per_fn.append((size, nm))
    code = sum(per_crate.values())
    print(f"  code bytes per crate (of {code}):")
    for crate, size in per_crate.most_common(top):
        print(f"    {size:>8}  {100 * size / code:5.1f}%  {crate}")
    print("  largest functions:")
    for size, nm in sorted(per_fn, reverse=True)[:8]:
        print(f"    {size:>8}  {nm[:110]}")


if __name__ == "__main__":
    main()
