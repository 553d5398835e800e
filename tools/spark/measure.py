#!/usr/bin/env python3
"""Run a command and measure its whole process tree: wall time, CPU time and peak memory by
kind of process (the JVM, Python, the nutshell CLI, the rest). Linux only (reads /proc).

    measure.py [--json FILE] [--interval S] -- COMMAND [ARGS...]

Everything comes from sampling /proc every S seconds (default 0.5), over every process under
this one (it becomes the tree's subreaper, so orphans such as the JVM that pyspark starts stay in
the tree): each process's own CPU time up to its last sample (a process that lives shorter than
an interval is missed, and the last interval of each is lost) and its peak memory (the kernel's
high-water mark, VmHWM). The children's rusage is reported too, but it is no total for Spark:
the pyspark daemon ignores SIGCHLD, so its workers (and the CLI processes under them) are reaped
by the kernel and never added to anyone's rusage.
"""
import argparse
import ctypes
import json
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
TICK = os.sysconf("SC_CLK_TCK")


def kind(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return None
    if not argv:
        return None
    exe = os.path.basename(argv[0])
    if exe == "java" or exe.startswith("java"):
        return "jvm"
    if "--batch" in argv[1:2] or exe.startswith("nutshell"):
        return "cli"
    if exe.startswith("python"):
        if any("pyspark.daemon" in a or "pyspark.worker" in a for a in argv):
            return "python_worker"
        return "python_driver"
    return "other"


def stat(pid):
    """(ppid, self cpu seconds) from /proc/PID/stat, or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return None
    fields = s[s.rindex(")") + 2:].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK


def hwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree(root):
    """Every live process under `root` (and orphans reparented to us), with its stat."""
    stats = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            s = stat(int(d))
            if s:
                stats[int(d)] = s
    me = os.getpid()
    out = {}
    for pid in stats:
        p, seen = pid, 0
        while p in stats and seen < 64:
            if p == me:
                if pid != me:
                    out[pid] = stats[pid][1]
                break
            p, seen = stats[p][0], seen + 1
    return out


def measure(cmd, interval=0.5, stdin=None, stdout=None):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=stdout)
    procs = {}  # pid -> {kind, cpu, hwm}
    peak_sum = {}
    while True:
        live = tree(os.getpid())
        now = {}
        for pid, cpu in live.items():
            k = kind(pid)  # again each time: a launcher script may exec the JVM in place
            p = procs.get(pid)
            if p is None:
                if k is None:
                    continue
                p = procs[pid] = {"kind": k, "cpu": 0.0, "hwm_kb": 0}
            elif k is not None and k != p["kind"]:
                p.update(kind=k, hwm_kb=0)
            p["cpu"] = max(p["cpu"], cpu)
            h = hwm_kb(pid)
            p["hwm_kb"] = max(p["hwm_kb"], h)
            now[p["kind"]] = now.get(p["kind"], 0) + h
        for k, v in now.items():
            peak_sum[k] = max(peak_sum.get(k, 0), v)
        if proc.poll() is not None and not live:
            break
        # reap orphans that ended (the subreaper's job)
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid == proc.pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
        time.sleep(interval)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    by_kind = {}
    for p in procs.values():
        b = by_kind.setdefault(p["kind"], {"processes": 0, "cpu_s_sampled": 0.0, "peak_rss_mb": 0.0})
        b["processes"] += 1
        b["cpu_s_sampled"] = round(b["cpu_s_sampled"] + p["cpu"], 1)
        b["peak_rss_mb"] = max(b["peak_rss_mb"], round(p["hwm_kb"] / 1024, 1))
    for k, v in peak_sum.items():
        by_kind[k]["peak_rss_sum_mb"] = round(v / 1024, 1)
    return {"exit_status": proc.returncode, "wall_s": round(wall, 1),
            "cpu_s": round(sum(b["cpu_s_sampled"] for b in by_kind.values()), 1),
            "cpu_s_rusage": round(cpu, 1), "by_kind": by_kind}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--interval", type=float, default=0.5)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd:
        ap.error("no command")
    r = measure(cmd, a.interval)
    line = json.dumps(r, sort_keys=True)
    print(line, file=sys.stderr)
    if a.json:
        with open(a.json, "w") as f:
            f.write(line + "\n")
    return r["exit_status"] or 0


if __name__ == "__main__":
    sys.exit(main())
