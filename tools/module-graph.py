#!/usr/bin/env python3
"""The module graph of src/ and its cycles: imports must run one way.

Reads every module of the library crate (src/lib.rs and the files its `mod` items name), finds
the paths each one uses (`use crate::...`, `use super::...`, `use self::...`, `use child::...`,
and the same paths written inline in code; `pub use` re-exports followed to where the item is
defined; comments, strings and `#[cfg(test)]` modules left out), and builds, for every module
with children, the graph of which child uses which sibling (a child's use of anything inside a
sibling's subtree is one edge; a module's own file and its uses of its parent are not edges).

Usage:
  tools/module-graph.py            print every level's graph and its cycles
  tools/module-graph.py --check    also fail (exit 1) on a cycle not in tools/module-cycles.allow
  tools/module-graph.py --dot      the graph as Graphviz dot
  tools/module-graph.py --why PARENT A B   which files of A use which items of B

tools/module-cycles.allow lists the cycles still allowed, one per line:
  PARENT: a b [c ...]    # reason
(PARENT is `crate` for the top level.) A cycle is allowed when its modules are a subset of one
line's. A line that matches no cycle any more is reported, so it can be removed.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")
ALLOW = os.path.join(ROOT, "tools", "module-cycles.allow")

TOKEN = re.compile(
    r"""//[^\n]*|/\*.*?\*/|b?r(\#*)".*?"\1|b?"(?:[^"\\]|\\.)*"|b?'(?:[^'\\\n]|\\.[^']{0,8})'""",
    re.S,
)


def strip(src):
    """Source with comments, strings and char literals blanked (newlines kept)."""
    def blank(m):
        s = m.group(0)
        if s.startswith("/*") or s.startswith("//"):
            return re.sub(r"[^\n]", " ", s)
        return '""'
    # Block comments may nest in Rust; the project's do not.
    return TOKEN.sub(blank, src)


def drop_test_modules(src):
    """Remove `#[cfg(test)] mod name { ... }` blocks (their imports are the tests')."""
    out = []
    i = 0
    pat = re.compile(r"#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{")
    while True:
        m = pat.search(src, i)
        if not m:
            out.append(src[i:])
            break
        out.append(src[i:m.start()])
        depth = 0
        j = m.end() - 1
        while j < len(src):
            if src[j] == "{":
                depth += 1
            elif src[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        i = j + 1
    return "".join(out)


class Module:
    def __init__(self, path, file):
        self.path = path  # tuple of names, () for the crate root
        self.file = file
        self.children = []
        self.code = ""
        self.reexports = {}  # name -> absolute path (tuple): what `use` brings into the namespace
        self.refs = []  # absolute paths (tuples) used


def load():
    modules = {}

    def visit(path, file):
        m = Module(path, file)
        modules[path] = m
        with open(file, encoding="utf-8") as f:
            m.code = drop_test_modules(strip(f.read()))
        d = os.path.dirname(file)
        base = os.path.basename(file)
        own_dir = d if base in ("lib.rs", "mod.rs") else os.path.join(d, base[:-3])
        for cm in re.finditer(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", m.code, re.M):
            name = cm.group(1)
            for cand in (os.path.join(own_dir, name + ".rs"), os.path.join(own_dir, name, "mod.rs")):
                if os.path.exists(cand):
                    m.children.append(name)
                    visit(path + (name,), cand)
                    break
    visit((), os.path.join(SRC, "lib.rs"))
    return modules


def use_trees(code):
    """Every `use` item as (is_pub, list of paths), braces expanded; `*` kept as a segment."""
    for m in re.finditer(r"\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", code):
        # `x as y` -> `x~y` before the spaces go
        yield bool(m.group(1)), expand(re.sub(r"\s+", "", re.sub(r"\s+as\s+", "~", m.group(2))))


def expand(tree):
    # a::b::{c,d::{e,f}} -> [a::b::c, a::b::d::e, a::b::d::f]
    depth = 0
    for i, ch in enumerate(tree):
        if ch == "{":
            if depth == 0:
                prefix = tree[:i]
                inner = tree[i + 1:tree.rindex("}")]
                parts, d, start = [], 0, 0
                for j, c in enumerate(inner):
                    if c == "{":
                        d += 1
                    elif c == "}":
                        d -= 1
                    elif c == "," and d == 0:
                        parts.append(inner[start:j])
                        start = j + 1
                parts.append(inner[start:])
                out = []
                for p in parts:
                    if p:
                        out.extend(expand(prefix + p))
                return out
            depth += 1
    return [tree]


def segments(path):
    return [s for s in path.split("::") if s]


def absolute(mod, segs, modules, in_use):
    """Resolve a path used in `mod` to an absolute path, or None when it is external."""
    if not segs:
        return None
    head = segs[0]
    if head == "crate":
        return tuple(segs[1:])
    if head == "self":
        return mod.path + tuple(segs[1:])
    if head == "super":
        base = mod.path
        while segs and segs[0] == "super":
            base = base[:-1]
            segs = segs[1:]
        return base + tuple(segs)
    if head in mod.children:
        return mod.path + tuple(segs)
    return None


def target_module(path, modules, seen=None):
    """The module that holds the item at `path` (following `pub use` re-exports)."""
    seen = seen or set()
    best = ()
    for k in range(len(path), -1, -1):
        if tuple(path[:k]) in modules:
            best = tuple(path[:k])
            break
    rest = path[len(best):]
    if rest and rest[0] in modules[best].reexports and path not in seen:
        seen.add(path)
        return target_module(modules[best].reexports[rest[0]] + tuple(rest[1:]), modules, seen)
    return best


def collect(modules):
    for m in modules.values():
        for is_pub, paths in use_trees(m.code):
            for p in paths:
                segs = segments(p)
                alias = None
                if segs and "~" in segs[-1]:
                    segs[-1], alias = segs[-1].split("~", 1)
                a = absolute(m, segs, modules, True)
                if a is None:
                    continue
                m.refs.append(a)
                if segs[-1] not in ("*", "self") or (segs[-1] == "self" and len(segs) > 1):
                    # a name the module's namespace now holds (children reach it by `super::`)
                    name = alias or (segs[-1] if segs[-1] != "self" else segs[-2])
                    m.reexports[name] = a if segs[-1] != "self" else a[:-1]
        code = re.sub(r"\b(pub(?:\([^)]*\))?\s+)?use\s+[^;]+;", "", m.code)
        for cm in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", code):
            a = absolute(m, cm.group(1).split("::"), modules, False)
            if a is not None:
                m.refs.append(a)
        for child in m.children:
            for cm in re.finditer(r"(?<![\w:])" + child + r"::(\w+)", code):
                m.refs.append(m.path + (child, cm.group(1)))


WHY = {}


def levels(modules):
    """{parent path: {child: set(sibling children it uses)}} for every module with children."""
    graph = {}
    for parent, pm in modules.items():
        if not pm.children:
            continue
        g = {c: set() for c in pm.children}
        for path, m in modules.items():
            if len(path) <= len(parent) or path[:len(parent)] != parent:
                continue
            src_child = path[len(parent)]
            for ref in m.refs:
                t = target_module(ref, modules)
                if len(t) > len(parent) and t[:len(parent)] == parent:
                    dst = t[len(parent)]
                    if dst != src_child:
                        g[src_child].add(dst)
                        WHY.setdefault((parent, src_child, dst), set()).add(
                            (os.path.relpath(m.file, ROOT), "::".join(ref)))
        graph[parent] = g
    return graph


def sccs(g):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            strong(v)
    return out


def name(parent):
    return "::".join(parent) if parent else "crate"


def read_allow():
    allow = []
    if os.path.exists(ALLOW):
        for line in open(ALLOW, encoding="utf-8"):
            body = line.split("#", 1)[0].strip()
            if not body:
                continue
            parent, mods = body.split(":", 1)
            allow.append((parent.strip(), set(mods.split()), line.strip()))
    return allow


def main():
    args = sys.argv[1:]
    modules = load()
    collect(modules)
    graph = levels(modules)
    if "--why" in args:
        i = args.index("--why")
        parent = () if args[i + 1] == "crate" else tuple(args[i + 1].split("::"))
        for f, r in sorted(WHY.get((parent, args[i + 2], args[i + 3]), ())):
            print(f"{f}: {r}")
        return 0
    if "--dot" in args:
        print("digraph modules {")
        for parent, g in sorted(graph.items()):
            for a in sorted(g):
                for b in sorted(g[a]):
                    print(f'  "{name(parent + (a,))}" -> "{name(parent + (b,))}";')
        print("}")
        return 0
    allow = read_allow()
    used = set()
    bad = []
    print(f"Module graph of src/ ({len(modules)} modules): each line is a module's children and the siblings each uses.")
    for parent, g in sorted(graph.items(), key=lambda kv: (len(kv[0]), kv[0])):
        print(f"\n{name(parent)}:")
        for a in sorted(g):
            print(f"  {a} -> {', '.join(sorted(g[a])) if g[a] else '-'}")
        for comp in sccs(g):
            ok = [i for i, (p, mods, _) in enumerate(allow) if p == name(parent) and set(comp) <= mods]
            used.update(ok)
            mark = "allowed" if ok else "NEW"
            print(f"  CYCLE ({mark}): {' <-> '.join(comp)}")
            if not ok:
                bad.append(f"{name(parent)}: {' '.join(comp)}")
    stale = [line for i, (_, _, line) in enumerate(allow) if i not in used]
    print()
    for line in stale:
        print(f"note: no longer a cycle, remove from tools/module-cycles.allow: {line}")
    if bad:
        print("FAIL: new module cycles (imports must run one way; move the shared type to the module both use):")
        for b in bad:
            print(f"  {b}")
    else:
        print(f"ok: no module cycle outside tools/module-cycles.allow ({len(used)} allowed)")
    return 1 if bad and "--check" in args else 0


if __name__ == "__main__":
    sys.exit(main())
