#!/usr/bin/env python3
"""Give the wasm's imports and exports short names, in the module and in its JS glue alike.

    python3 tools/short_imports.py nutshell_bg.wasm nutshell.js

wasm-bindgen names each import after its JS function and a 16-digit hash
("__wbg_getAttribute_c7b80d4010284561", module "./nutshell_bg.js"), and both the wasm's import
section and the glue's import object spell every name out: hashes gzip does not shrink, written
twice. Here the module becomes "a" and each name one or two letters, given in the sorted order
of the names, so two modules with the same imports (the core and the full module: one glue
serves both, tools/build-wasm.sh checks it) get the same names. Run after wasm-bindgen and
before the glue is minified; the wasm is rewritten in place (only its import and export
sections), the glue by replacing each name where it stands as a word. Fails when a name or the
module is not where the glue is expected to hold it.

The exports the same way: only the glue reads the instance's exports, each as `wasm.NAME`
("__wbindgen_malloc" nine times; the functions the glue exports keep their own names), so every
export gets one or two letters in the export section and in each `wasm.NAME` of the glue (an
export the glue never reads, such as "__abort_handler", too). Standard library only.
"""

import re
import string
import sys

from leb128 import read as leb, write as put_leb

MODULE = "./nutshell_bg.js"
LETTERS = string.ascii_letters


def name_bytes(s):
    b = s.encode()
    return put_leb(len(b)) + b


def short(k):
    """a, b, ... Z, aa, ab, ... (never a JS keyword: every keyword has three letters or more)."""
    return LETTERS[k] if k < len(LETTERS) else LETTERS[k // len(LETTERS) - 1] + LETTERS[k % len(LETTERS)]


def skip_desc(data, j):
    """The index after one import's description (function, table, memory, global, tag)."""
    kind = data[j]
    j += 1
    if kind == 0:  # function: a type index
        return leb(data, j)[1]
    if kind == 1:  # table: a reference type, then limits
        j += 1
    if kind in (1, 2):  # limits: flags, min, max if flagged
        flags, j = leb(data, j)
        j = leb(data, j)[1]
        return leb(data, j)[1] if flags & 1 else j
    if kind == 3:  # global: a value type, mutability
        return j + 2
    if kind == 4:  # tag: attribute, type index
        return leb(data, j + 1)[1]
    raise SystemExit(f"short_imports: unknown import kind {kind}")


def name_at(data, j):
    """The UTF-8 name (a length, then the bytes) at j, and where it ends."""
    n, j = leb(data, j)
    return data[j : j + n].decode(), j + n


def section_at(data, section_id, what):
    """(start, size, body start) of the module's section with this id; exits when it is absent."""
    i = 8
    while i < len(data):
        size, body = leb(data, i + 1)
        if data[i] == section_id:
            return i, size, body
        i = body + size
    raise SystemExit(f"short_imports: no {what} section")


def main(wasm_path, glue_path):
    data = open(wasm_path, "rb").read()
    assert data[:8] == b"\0asm\1\0\0\0", "not a wasm module"
    i, size, body = section_at(data, 2, "import")
    count, j = leb(data, body)
    imports = []
    for _ in range(count):
        module, j = name_at(data, j)
        name, j = name_at(data, j)
        end = skip_desc(data, j)
        imports.append((module, name, data[j:end]))
        j = end
    assert j == body + size, "import section misread"
    ours = sorted({name for module, name, _ in imports if module == MODULE})
    new = {name: short(k) for k, name in enumerate(ours)}

    glue = open(glue_path, encoding="utf-8").read()
    for old, short_name in new.items():
        if not re.search(rf"\b{re.escape(old)}\b", glue):
            raise SystemExit(f"short_imports: {old} is not in {glue_path}")
    quoted = f'"{MODULE}":'
    if glue.count(quoted) != 1:
        raise SystemExit(f"short_imports: {glue_path} names the module {MODULE} {glue.count(quoted)} times, not once")
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in ours) + r")\b")
    glue = pattern.sub(lambda m: new[m.group(1)], glue)
    glue = glue.replace(quoted, '"a":')

    section = bytearray(put_leb(count))
    for module, name, desc in imports:
        if module == MODULE:
            module, name = "a", new[name]
        section += name_bytes(module) + name_bytes(name) + desc
    out = data[:i] + bytes([2]) + put_leb(len(section)) + bytes(section) + data[body + size :]
    out, glue = short_exports(out, glue)
    open(wasm_path, "wb").write(out)
    open(glue_path, "w", encoding="utf-8").write(glue)


def short_exports(data, glue):
    """The module and the glue with every export named in one or two letters (see the top)."""
    i, size, body = section_at(data, 7, "export")
    count, j = leb(data, body)
    exports = []
    for _ in range(count):
        name, j = name_at(data, j)
        kind = data[j]
        index, j = leb(data, j + 1)
        exports.append((name, kind, index))
    assert j == body + size, "export section misread"
    new = {name: short(k) for k, name in enumerate(sorted(e[0] for e in exports))}
    if not re.search(r"^let (wasmModule, wasmInstance, )?wasm;$", glue, re.M):
        raise SystemExit("short_imports: the glue no longer keeps the exports in a module-level `let wasm`")
    read = re.compile(r"\bwasm\.([A-Za-z_$][\w$]*)")
    unknown = {m.group(1) for m in read.finditer(glue)} - set(new)
    if unknown:
        raise SystemExit(f"short_imports: the glue reads exports the module lacks: {sorted(unknown)}")
    glue = read.sub(lambda m: "wasm." + new[m.group(1)], glue)
    section = bytearray(put_leb(count))
    for name, kind, index in exports:
        section += name_bytes(new[name]) + bytes([kind]) + put_leb(index)
    return data[:i] + bytes([7]) + put_leb(len(section)) + bytes(section) + data[body + size :], glue


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
