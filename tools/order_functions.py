#!/usr/bin/env python3
"""Put the wasm's function bodies in the order gzip compresses best, every function index remapped.

    python3 tools/order_functions.py nutshell_bg.wasm      (rewritten in place)

gzip finds repeats only within 32 KB, so which bodies stand near each other decides what it
saves; the linker's order (roughly the source's) puts a 50 KB function between two look-alike
helpers. Here the bodies are sorted by size in steps of 128 bytes, then by their bytes (their
locals first, then their code): bodies of one size and one shape land side by side. On the core
(wasm-opt's output) -866 B gzip; steps of 32 to 192 bytes give -650 to -870 on three builds,
sorting by bytes alone -421, by size alone -489 (DESIGN.md, "Wasm size").

Only the order changes: the function section follows the bodies, and every function index is
remapped where the module holds one (`call`, `ref.func`, exports, the start function, the
element segments' function lists). The instructions are read by their immediates for the
features tools/build-wasm.sh enables (MVP, bulk memory, sign extension, saturating truncation,
reference types, multivalue); an opcode outside them fails the build instead of mis-reading a
body. The order is a function of the bodies alone, so the same input gives the same output.
Run after wasm-opt, on a module without a name section (wasm-opt --strip-debug drops it).
Standard library only.
"""

import sys

from leb128 import read as leb, write as put_leb

BUCKET = 128  # bytes: bodies are compared by size in steps of this, then by their bytes

# Opcodes whose immediates are one LEB128 each (branch depth, local, global, table, constant).
ONE_LEB = {0x0C, 0x0D, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x41, 0x42}
# Loads and stores: a memarg (alignment, offset).
MEMORY = set(range(0x28, 0x3F))
# No immediates: unreachable, nop, else, end, return, drop, select, ref.is_null, numeric ops.
BARE = {0x00, 0x01, 0x05, 0x0B, 0x0F, 0x1A, 0x1B, 0xD1} | set(range(0x45, 0xC5))
# Block types written as one byte: empty (0x40) or a value type; any other is a type index.
VALUE_TYPES = {0x40, 0x6F, 0x70, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F}


def skip(data, i):
    """The index after the LEB128 at data[i:]."""
    while data[i] & 0x80:
        i += 1
    return i + 1


def skip_misc(body, i):
    """After the 0xFC-prefixed instruction whose sub-opcode starts at body[i]."""
    sub, i = leb(body, i)
    if sub <= 7:  # saturating truncations
        return i
    if sub == 8:  # memory.init data memory
        return skip(body, i) + 1
    if sub in (9, 13, 15, 16, 17):  # data.drop, elem.drop, table.grow/size/fill
        return skip(body, i)
    if sub == 10:  # memory.copy
        return i + 2
    if sub == 11:  # memory.fill
        return i + 1
    if sub in (12, 14):  # table.init, table.copy
        return skip(body, skip(body, i))
    raise ValueError(f"order_functions: unknown instruction 0xfc {sub}")


def remap_body(body, new_index):
    """The body with the function index of every call, return_call and ref.func replaced."""
    count, i = leb(body, 0)
    for _ in range(count):  # locals: (count, type) pairs
        i = skip(body, i) + 1
    out = bytearray(body[:i])
    while i < len(body):
        op, j = body[i], i + 1
        if op in (0x10, 0x12, 0xD2):
            f, j = leb(body, j)
            out.append(op)
            out += put_leb(new_index[f])
            i = j
            continue
        if op in (0x02, 0x03, 0x04):  # block, loop, if
            j = j + 1 if body[j] in VALUE_TYPES else skip(body, j)
        elif op in ONE_LEB:
            j = skip(body, j)
        elif op == 0x0E:  # br_table: a vector of depths and the default
            n, j = leb(body, j)
            for _ in range(n + 1):
                j = skip(body, j)
        elif op in (0x11, 0x13):  # call_indirect: type, table
            j = skip(body, skip(body, j))
        elif op == 0x1C:  # select with types
            n, j = leb(body, j)
            j += n
        elif op in MEMORY:
            j = skip(body, skip(body, j))
        elif op in (0x3F, 0x40, 0xD0):  # memory.size, memory.grow, ref.null
            j += 1
        elif op == 0x43:
            j += 4
        elif op == 0x44:
            j += 8
        elif op == 0xFC:
            j = skip_misc(body, j)
        elif op not in BARE:
            raise ValueError(f"order_functions: unknown opcode 0x{op:02x}")
        out += body[i:j]
        i = j
    return bytes(out)


def sections(data):
    """[section id, payload] in file order."""
    out, i = [], 8
    while i < len(data):
        n, j = leb(data, i + 1)
        out.append([data[i], data[j : j + n]])
        i = j + n
    return out


def imported_functions(payload):
    """How many of the import section's entries are functions (they come first in the index space)."""
    count, i = leb(payload, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module, name
            n, i = leb(payload, i)
            i += n
        kind = payload[i]
        i += 1
        if kind == 0:  # function: type index
            i = skip(payload, i)
            functions += 1
        elif kind in (1, 2):  # table (element type, limits), memory (limits)
            i += kind == 1
            flags = payload[i]
            i = skip(payload, i + 1)
            if flags & 1:
                i = skip(payload, i)
        elif kind == 3:  # global: type, mutability
            i += 2
        else:
            raise ValueError(f"order_functions: unknown import kind {kind}")
    return functions


def remap_elements(payload, new_index):
    """The element section with its function indices remapped (segments of function indices only)."""
    count, i = leb(payload, 0)
    out = bytearray(put_leb(count))
    for _ in range(count):
        flags, j = leb(payload, i)
        if flags not in (0, 1, 2, 3):
            raise ValueError(f"order_functions: element segment with expressions (flags {flags})")
        if flags == 2:  # table index
            j = skip(payload, j)
        if flags in (0, 2):  # offset: a constant expression ending in `end`
            j = payload.index(0x0B, j) + 1
        if flags != 0:  # element kind
            j += 1
        out += payload[i:j]
        n, j = leb(payload, j)
        out += put_leb(n)
        for _ in range(n):
            f, j = leb(payload, j)
            out += put_leb(new_index[f])
        i = j
    return bytes(out)


def remap_exports(payload, new_index):
    count, i = leb(payload, 0)
    out = bytearray(put_leb(count))
    for _ in range(count):
        n, j = leb(payload, i)
        j += n
        kind = payload[j]
        index, k = leb(payload, j + 1)
        out += payload[i : j + 1] + put_leb(new_index[index] if kind == 0 else index)
        i = k
    return bytes(out)


def order_key(body):
    return (len(body) // BUCKET, body)


def reorder(data, key=order_key):
    """The module with its function bodies sorted by `key` (a stable sort)."""
    if data[:8] != b"\0asm\1\0\0\0":
        raise ValueError("order_functions: not a wasm module")
    secs = sections(data)
    by_id = {s[0]: s for s in secs if s[0] != 0}
    if any(s[0] == 0 and s[1][1 : 1 + s[1][0]] == b"name" for s in secs):
        raise ValueError("order_functions: the module has a name section; strip it first")
    imports = imported_functions(by_id[2][1]) if 2 in by_id else 0
    count, i = leb(by_id[3][1], 0)
    types = []
    for _ in range(count):
        t, i = leb(by_id[3][1], i)
        types.append(t)
    n, i = leb(by_id[10][1], 0)
    assert n == count, "function and code sections disagree"
    bodies = []
    for _ in range(n):
        size, i = leb(by_id[10][1], i)
        bodies.append(by_id[10][1][i : i + size])
        i += size
    order = sorted(range(n), key=lambda k: key(bodies[k]))
    new_index = list(range(imports)) + [0] * n
    for new, old in enumerate(order):
        new_index[imports + old] = imports + new
    by_id[3][1] = put_leb(n) + b"".join(put_leb(types[k]) for k in order)
    moved = [remap_body(bodies[k], new_index) for k in order]
    by_id[10][1] = put_leb(n) + b"".join(put_leb(len(b)) + b for b in moved)
    if 7 in by_id:
        by_id[7][1] = remap_exports(by_id[7][1], new_index)
    if 8 in by_id:
        by_id[8][1] = put_leb(new_index[leb(by_id[8][1], 0)[0]])
    if 9 in by_id:
        by_id[9][1] = remap_elements(by_id[9][1], new_index)
    out = bytearray(data[:8])
    for sid, payload in secs:
        out.append(sid)
        out += put_leb(len(payload)) + payload
    return bytes(out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    path = sys.argv[1]
    with open(path, "rb") as f:
        data = f.read()
    # The same module back when nothing moves: the reader and the writer agree on every byte.
    if reorder(data, key=lambda _: 0) != data:
        sys.exit("order_functions: rewriting the module unchanged does not give it back")
    with open(path, "wb") as f:
        f.write(reorder(data))


if __name__ == "__main__":
    main()
