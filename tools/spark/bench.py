#!/usr/bin/env python3
"""The Spark job at corpus scale: N generated articles (default 1,000,000) through
nutshell_spark.py in local mode into Parquet, with the CLI alone timed on a sample of the same
articles in the same session, so that the CLI's share of the work is a ratio measured in one run.

    nice -n 19 tools/spark/bench.sh [--count 1000000] [--work DIR] [--keep]

CPU figures: the JVM's and the Python processes' from sampling /proc (measure.py), the CLI's
exact. Steps: (1) generate the articles as sharded JSON Lines under WORK/input (skipped when WORK/input
already holds this seed and count); (2) `nutshell --batch` alone, one process, on the first
--sample articles: CPU seconds per article; (3) the job on all of them (local[CORES], loopback,
Parquet out), its process tree measured by measure.py: wall time, exact total CPU, the CLI's
exact CPU (rusage of every `nutshell --batch` process, summed by the job) and peak memory of the
JVM, the Python workers and the CLI processes; (4) the figures as JSON (WORK/bench.json) and as
Markdown rows for BENCHMARKS.md; (5) the input and output are deleted unless --keep.

The CLI's share = its CPU time / the whole tree's CPU time; the rest is Spark's overhead (JVM,
Python workers, serialization, Parquet). Wall-clock figures depend on what else the machine is
doing; the CPU figures much less.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import measure  # noqa: E402


def du(path):
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(d, f))
    return total


def cli_alone(binary, shard, sample, work):
    """`nutshell --batch` on the first `sample` lines of `shard`, measured like the job."""
    path = os.path.join(work, "sample.jsonl")
    n = 0
    with open(shard, "rb") as f, open(path, "wb") as g:
        for line in f:
            g.write(line)
            n += 1
            if n == sample:
                break
    with open(path, "rb") as f:
        m = measure.measure([binary, "--batch"], interval=0.2, stdin=f, stdout=subprocess.DEVNULL)
    os.unlink(path)
    assert m["exit_status"] == 0, m
    return n, m["cpu_s_rusage"], m["wall_s"], m["by_kind"]["cli"]["peak_rss_mb"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--sample", type=int, default=20_000, help="articles for the CLI-alone run")
    ap.add_argument("--cores", type=int, default=os.cpu_count() or 2, help="local[CORES]")
    ap.add_argument("--work", default="/tmp/nutshell-spark-bench")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "nutshell"))
    ap.add_argument("--keep", action="store_true", help="keep the input and output")
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    inp, out = os.path.join(a.work, "input"), os.path.join(a.work, "output")
    os.makedirs(a.work, exist_ok=True)
    shards = max(2, a.count // 31_250)
    marker = os.path.join(inp, "_GENERATED")
    want = f"seed={a.seed} count={a.count} shards={shards}\n"
    if not (os.path.exists(marker) and open(marker).read() == want):
        shutil.rmtree(inp, ignore_errors=True)
        t = time.monotonic()
        subprocess.run([sys.executable, os.path.join(HERE, "gen_articles.py"), "--count", str(a.count),
                        "--seed", str(a.seed), "--shards", str(shards), "--out", inp], check=True)
        with open(marker, "w") as f:
            f.write(want)
        print(f"bench: generated {a.count} articles in {time.monotonic() - t:.0f}s", file=sys.stderr)
    input_bytes = du(inp)

    n, cpu, wall, rss = cli_alone(binary, os.path.join(inp, "part-00000.jsonl"), a.sample, a.work)
    alone = {"records": n, "cpu_s": round(cpu, 2), "wall_s": round(wall, 2), "max_rss_mb": rss,
             "cpu_ms_per_article": round(1000 * cpu / n, 3)}
    print(f"bench: the CLI alone: {json.dumps(alone)}", file=sys.stderr)

    shutil.rmtree(out, ignore_errors=True)
    stats_file = os.path.join(a.work, "job-stats.json")
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
    os.environ.update(env)
    job = [sys.executable, os.path.join(HERE, "nutshell_spark.py"), "--master", f"local[{a.cores}]",
           "--binary", binary, "--input", inp, "--output", out, "--format", "parquet", "--stats", stats_file]
    m = measure.measure(job)
    if m["exit_status"] != 0:
        sys.exit(f"bench: the job failed ({m['exit_status']})")
    with open(stats_file) as f:
        job_stats = json.load(f)
    arts, tl = os.path.join(out, "articles"), os.path.join(out, "timeline")
    cli_cpu = job_stats["cli_cpu_s"]  # exact (wait4 of each process), where sampling misses tails
    total_cpu = round(m["cpu_s"] - m["by_kind"].get("cli", {}).get("cpu_s_sampled", 0) + cli_cpu, 1)
    r = {
        "date": time.strftime("%Y-%m-%d"), "commit": subprocess.run(
            ["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, shared", "cores": a.cores,
        "articles": a.count, "input_mb": round(input_bytes / 2**20), "cli_alone": alone,
        "job": job_stats, "tree": m,
        "wall_s": m["wall_s"], "articles_per_s": round(a.count / m["wall_s"], 1),
        "cpu_s": total_cpu, "cli_cpu_s": cli_cpu, "cli_share": round(cli_cpu / total_cpu, 3),
        "cli_cpu_expected_s": round(alone["cpu_ms_per_article"] * a.count / 1000, 1),
        "output_mb": {"articles": round(du(arts) / 2**20), "timeline": round(du(tl) / 2**20)},
    }
    with open(os.path.join(a.work, "bench.json"), "w") as f:
        json.dump(r, f, indent=1, sort_keys=True)
    bk = m["by_kind"]
    jvm = bk.get("jvm", {})
    pw = bk.get("python_worker", {})
    cl = bk.get("cli", {})
    print(json.dumps(r, sort_keys=True))
    print(f"""
| articles | wall | articles/s | CPU, all processes | CPU, nutshell CLI | CLI share | JVM peak RSS | Python workers peak RSS (sum) | CLI peak RSS (one process) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| {a.count:,} | {m['wall_s']:,.0f} s | {r['articles_per_s']:,.0f} | {total_cpu:,.0f} s | {cli_cpu:,.0f} s | {100 * r['cli_share']:.0f}% | {jvm.get('peak_rss_mb', 0):,.0f} MB | {pw.get('peak_rss_sum_mb', 0):,.0f} MB | {cl.get('peak_rss_mb', 0):,.0f} MB |

CLI alone on {n:,} of the same articles: {alone['cpu_ms_per_article']} ms CPU per article, {alone['max_rss_mb']} MB peak RSS
(so {r['cli_cpu_expected_s']:,.0f} s of CLI CPU expected for {a.count:,}; the job's CLI processes used {cli_cpu:,.0f} s).
Input {r['input_mb']:,} MB of JSON Lines; output {r['output_mb']['articles']:,} MB (articles, {job_stats.get('articles', 0):,} rows)
+ {r['output_mb']['timeline']:,} MB (timeline, {job_stats.get('timeline_rows', 0):,} rows) of Parquet.""")
    if not a.keep:
        shutil.rmtree(inp, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
