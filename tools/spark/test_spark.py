#!/usr/bin/env python3
"""The Spark job against the CLI itself, in local mode on loopback (tools/spark/test.sh runs it).

10,000 generated articles (tools/spark/gen_articles.py, seed 21) and five damaged records go
through tools/spark/nutshell_spark.py into Parquet; the same file goes through `nutshell --batch`
directly. Checked:
- every id comes back exactly once, and nothing else does;
- each damaged record is reported (a row with its error, or, for the line that is not JSON, a row
  with a null id and the line's start), not lost;
- each article row and each timeline row equals what the CLI's own output says for that record;
- JSON Lines output is the CLI's own output, line for line; Parquet input gives the same results
  (integer ids stay integers); `--set` fills options records lack;
- a process that dies or stops early mid-partition fails the job (checkCode), with its status;
- a binary built for another CPU stops the command-line job at once (exit status 2, before it
  reads the input) with a message naming both platforms; headers of other platforms are read right.

    tools/spark/test.sh [--binary target/release/nutshell]
"""
import argparse
import collections
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen_articles  # noqa: E402
import nutshell_spark as ns  # noqa: E402

N = 10_000
SEED = 21
BINARY = os.path.join(ROOT, "target", "release", "nutshell")
# Damaged records, each placed among the articles (line index: raw bytes). Each is a kind of
# damage an archive really has: a write cut short, a wrong type, a bad option, an empty article,
# broken UTF-8 (decoded with U+FFFD, by Spark and by the CLI alike, so it is an article, not an
# error). Plus a blank line, which the CLI skips.
TRUNCATED = b'{"id": "damaged-truncated", "text": "The council met on 2 May 2020 and vo'
DAMAGED = {
    17: TRUNCATED,
    2500: b'{"id": "damaged-type", "text": 42}',
    5000: b'{"id": "damaged-option", "text": "The vote is on 2 May 2020.", "published": "last week"}',
    7500: b'{"id": "damaged-empty", "text": ""}',
    9000: b'{"id": "damaged-utf8", "text": "Caf\xc3 opened on 2 May 2020 in S\xe3o Paulo. \xff\xfe It closed."}',
    9999: b"   ",
}
ERRORS = {  # the CLI's message for each record that is an error
    None: "not JSON: EOF while parsing a string at line 1 column 73",
    "damaged-type": 'the line needs a "text" or "html" string',
    "damaged-option": 'bad option: published must be YYYY-MM-DD, YYYY-MM, YYYY or ISO 8601, not "last week"',
    "damaged-empty": "the input has no text",
}

ctx = argparse.Namespace()


def cli_batch(lines, jobs=2):
    """`nutshell --batch` on these lines (bytes, no newline), in `jobs` processes over
    consecutive slices; returns the output lines (str) in input order."""
    cut = [len(lines) * k // jobs for k in range(jobs + 1)]
    procs = []
    for k in range(jobs):
        f = tempfile.TemporaryFile()
        f.write(b"".join(x + b"\n" for x in lines[cut[k]:cut[k + 1]]))
        f.seek(0)
        procs.append(subprocess.Popen([ctx.binary, "--batch"], stdin=f, stdout=subprocess.PIPE))
    out = []
    for p in procs:
        data, _ = p.communicate()
        assert p.returncode == 0, f"nutshell --batch exited with {p.returncode}"
        out += data.decode("utf-8").splitlines()
    return out


def key(a):
    return a["id"] if a.get("id") is not None else None


def expected_rows(a, prefix):
    """The article row and timeline rows for one CLI result, computed here from the Analysis
    (independently of nutshell_spark.flatten), as dicts."""
    cols = ["id"] + [k for k, _ in ns.ARTICLE_FIELDS]
    row = dict.fromkeys(cols)
    row["id"] = a.get("id")
    if a.get("id") is None:
        row["input"] = prefix
    if "error" in a:
        row["error"] = a["error"]
        return row, []
    text, sents = a["text"], a["sentences"]
    summary = [text[sents[i]["start"]:sents[i]["end"]] for i in a["summary"]]
    row.update(title=a["title"], byline=a["byline"], published=a["published"],
               published_source=a["published_source"], language=a["language"], headline=a["headline"],
               summary=" ".join(summary), summary_sentences=summary,
               keywords=[k["text"] for k in a["keywords"]], sentences=len(sents),
               timeline_entries=len(a["timeline"]), site_name=a["site_name"], url=a["url"],
               modified=a["modified"], image=a["image"], probably_article=a["probably_article"])
    timeline = [dict(id=a["id"], position=k, value=e["value"], granularity=e["granularity"],
                     label=e["label"], sentence=text[sents[e["sentence"]]["start"]:sents[e["sentence"]]["end"]],
                     sentence_index=e["sentence"], mentions=len(e["mentions"]), future=e["future"],
                     published=e["published"], salience=e["salience"])
                for k, e in enumerate(a["timeline"])]
    return row, timeline


def args_for(**kw):
    argv = ["--binary", kw.pop("binary", ctx.binary), "--input", *kw.pop("input"), "--output", kw.pop("output")]
    for k, v in kw.items():
        if isinstance(v, list):
            for x in v:
                argv += [f"--{k.replace('_', '-')}", x]
        else:
            argv += [f"--{k.replace('_', '-')}", str(v)]
    return ns.parse_args(argv)


def setUpModule():
    ctx.tmp = tempfile.mkdtemp(prefix="nutshell-spark-test-")
    t = time.monotonic()
    lines = [json.dumps(gen_articles.article(SEED, i), ensure_ascii=False).encode("utf-8") for i in range(N)]
    for at in sorted(DAMAGED, reverse=True):
        lines.insert(at, DAMAGED[at])
    ctx.lines = lines
    ctx.input = os.path.join(ctx.tmp, "articles.jsonl")
    with open(ctx.input, "wb") as f:
        f.write(b"".join(x + b"\n" for x in lines))
    ctx.ids = [f"a{i:07d}" for i in range(N)] + [k for k in ERRORS if k] + ["damaged-utf8"]
    print(f"[{time.monotonic() - t:5.1f}s] {len(lines)} lines generated", file=sys.stderr)

    t = time.monotonic()
    sent = [x for x in lines if x.decode("utf-8", "replace").strip(ns.RUST_WHITESPACE)]
    out = cli_batch(sent)
    assert len(out) == len(sent)
    ctx.cli_lines = dict(zip(sent, out))  # raw input line -> the CLI's own output line
    ctx.cli = {}
    for x, o in zip(sent, out):
        a = json.loads(o)
        ctx.cli[key(a)] = (a, x.decode("utf-8", "replace")[:ns.INPUT_PREFIX], o)
    print(f"[{time.monotonic() - t:5.1f}s] nutshell --batch alone on {len(sent)} records", file=sys.stderr)

    t = time.monotonic()
    from pyspark.sql import SparkSession
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    ctx.spark = (SparkSession.builder.master("local[2]").appName("nutshell-spark-test")
                 .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                 .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    ctx.spark.sparkContext.setLogLevel("ERROR")
    print(f"[{time.monotonic() - t:5.1f}s] Spark started (local[2], loopback)", file=sys.stderr)

    t = time.monotonic()
    ctx.out = os.path.join(ctx.tmp, "parquet")
    ctx.stats = ns.run(ctx.spark, args_for(input=[ctx.input], output=ctx.out, format="parquet", partitions=4))
    print(f"[{time.monotonic() - t:5.1f}s] the job on {len(lines)} lines into Parquet: {json.dumps(ctx.stats)}",
          file=sys.stderr)


def tearDownModule():
    if getattr(ctx, "spark", None):
        ctx.spark.stop()
    shutil.rmtree(ctx.tmp, ignore_errors=True)


def collect(path):
    return [r.asDict(recursive=True) for r in ctx.spark.read.parquet(path).collect()]


class ParquetAtScale(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.articles = collect(os.path.join(ctx.out, "articles"))
        cls.timeline = collect(os.path.join(ctx.out, "timeline"))

    def test_every_id_comes_back_exactly_once(self):
        counts = collections.Counter(r["id"] for r in self.articles)
        self.assertEqual(sorted(k for k in counts if k is not None), sorted(ctx.ids))
        self.assertEqual([k for k, c in counts.items() if c != 1], [])
        self.assertEqual(len(self.articles), N + 5)
        self.assertEqual(ctx.stats["records"], N + 5)
        self.assertEqual(ctx.stats["articles"], N + 5)
        self.assertEqual(ctx.stats["processes"], 4)

    def test_damaged_records_are_reported_not_lost(self):
        errors = {r["id"]: r for r in self.articles if r["error"] is not None}
        self.assertEqual({k: r["error"] for k, r in errors.items()}, ERRORS)
        self.assertEqual(errors[None]["input"], TRUNCATED.decode())
        self.assertEqual(ctx.stats["errors"], len(ERRORS))
        utf8 = next(r for r in self.articles if r["id"] == "damaged-utf8")
        self.assertIsNone(utf8["error"])
        self.assertEqual(utf8["summary"], "Caf\ufffd opened on 2 May 2020 in S\ufffdo Paulo. \ufffd\ufffd It closed.")

    def test_article_rows_equal_the_cli_output(self):
        self.assertEqual(len(self.articles), len(ctx.cli))
        for r in self.articles:
            a, prefix, _ = ctx.cli[r["id"]]
            want, _ = expected_rows(a, prefix)
            self.assertEqual(r, want, r["id"])

    def test_timeline_rows_equal_the_cli_output(self):
        want = []
        for a, prefix, _ in ctx.cli.values():
            want += expected_rows(a, prefix)[1]
        order = lambda r: (r["id"], r["position"])
        self.assertEqual(sorted(self.timeline, key=order), sorted(want, key=order))
        self.assertEqual(ctx.stats["timeline_rows"], len(want))
        self.assertGreater(len(want), 10 * N)  # the articles are dated news


class OtherShapes(unittest.TestCase):
    def test_jsonl_output_is_the_cli_output_line_for_line(self):
        subset = ctx.lines[:1000] + [x for at, x in DAMAGED.items() if at >= 1000]
        path = os.path.join(ctx.tmp, "subset.jsonl")
        with open(path, "wb") as f:
            f.write(b"".join(x + b"\n" for x in subset))
        out = os.path.join(ctx.tmp, "jsonl")
        stats = ns.run(ctx.spark, args_for(input=[path], output=out, format="jsonl"))
        got = []
        for name in sorted(os.listdir(out)):
            if name.startswith("part-"):
                with open(os.path.join(out, name), encoding="utf-8") as f:
                    got += f.read().splitlines()
        want = []
        for x in subset:
            if x.strip():
                line = ctx.cli_lines[x]
                if json.loads(line)["id"] is None:  # the job adds the record's start
                    a = json.loads(line)
                    a["input"] = x.decode()[:ns.INPUT_PREFIX]
                    line = json.dumps(a, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                want.append(line)
        self.assertEqual(got, want)  # part files in partition order: the input's order
        self.assertEqual(len(got), len(subset) - 1)  # the blank line
        self.assertEqual(stats["records"], len(subset) - 1)

    def test_parquet_input_with_integer_ids(self):
        from pyspark.sql import functions as F
        records = [json.loads(x) for x in ctx.lines[:300] if x.startswith(b'{"id": "a')]
        for i, r in enumerate(records):
            r["n"] = i
        df = ctx.spark.createDataFrame(
            [(r["n"], r.get("text"), r.get("html"), r.get("published")) for r in records],
            "n long, text string, html string, published string")
        src = os.path.join(ctx.tmp, "input.parquet")
        df.withColumn("published", F.to_date("published")).write.parquet(src)
        out = os.path.join(ctx.tmp, "from-parquet")
        ns.run(ctx.spark, args_for(input=[src], output=out, id_column="n"))
        arts = ctx.spark.read.parquet(os.path.join(out, "articles"))
        self.assertEqual(dict(arts.dtypes)["id"], "bigint")
        rows = [r.asDict(recursive=True) for r in arts.collect()]
        self.assertEqual(sorted(r["id"] for r in rows), list(range(len(records))))
        for r in rows:
            a, prefix, _ = ctx.cli[records[r["id"]]["id"]]
            want, _ = expected_rows(a, prefix)
            want["id"] = r["id"]
            self.assertEqual(r, want)

    def test_set_fills_options_records_lack(self):
        subset = [json.loads(x) for x in ctx.lines[:41] if x.startswith(b'{"id": "a')]
        subset[0].update(sentences=2, style="key-points")  # its own options win over --set
        lines = [json.dumps(r, ensure_ascii=False).encode() for r in subset]
        path = os.path.join(ctx.tmp, "set.jsonl")
        with open(path, "wb") as f:
            f.write(b"".join(x + b"\n" for x in lines))
        out = os.path.join(ctx.tmp, "set")
        ns.run(ctx.spark, args_for(input=[path], output=out, format="jsonl", set=["sentences=1", "style=tldr"]))
        got = {}
        for name in os.listdir(out):
            if name.startswith("part-"):
                for line in open(os.path.join(out, name), encoding="utf-8"):
                    a = json.loads(line)
                    got[a["id"]] = a
        merged = [json.dumps({"sentences": 1, "style": "tldr", **r}, ensure_ascii=False).encode() for r in subset]
        want = {json.loads(o)["id"]: json.loads(o) for o in cli_batch(merged, jobs=1)}
        self.assertEqual(got, want)
        self.assertEqual(len(got[subset[0]["id"]]["summary"]), 2)
        self.assertEqual(sum(len(a["summary"]) == 1 for a in got.values()), 39)


def fake_cli(name, body):
    path = os.path.join(ctx.tmp, name)
    with open(path, "w") as f:
        f.write(body)
    os.chmod(path, 0o755)
    return path


class FailuresAreLoud(unittest.TestCase):
    def failing_run(self, binary, expected):
        path = os.path.join(ctx.tmp, "crash.jsonl")
        with open(path, "wb") as f:
            f.write(b"".join(x + b"\n" for x in ctx.lines[:16]))
        out = os.path.join(ctx.tmp, "crash-" + os.path.basename(binary))
        ctx.spark.sparkContext.setLogLevel("OFF")  # the failure is expected: no stack traces
        try:
            with self.assertRaises(ns.NutshellProcessError) as caught:
                ns.run(ctx.spark, args_for(binary=binary, input=[path], output=out, format="jsonl", partitions=1))
        finally:
            ctx.spark.sparkContext.setLogLevel("ERROR")
        self.assertEqual(str(caught.exception), expected)
        self.assertFalse(os.path.exists(os.path.join(out, "_SUCCESS")))

    # A stand-in for the CLI that answers the probe and five records (through the real CLI),
    # then dies: by a signal, as a crash would, or with status 0, as a silent truncation would.
    STOPS_AFTER_FIVE = """#!/bin/sh
n=0
while IFS= read -r line; do
  n=$((n + 1))
  if [ "$n" -gt 5 ]; then {stop}; fi
  printf '%s\\n' "$line" | '{real}' --batch
done
"""

    def test_a_crashed_process_fails_the_job(self):
        cli = fake_cli("nutshell-crashes", self.STOPS_AFTER_FIVE.format(stop="kill -9 $$", real=ctx.binary))
        self.failing_run(cli, "nutshell-crashes --batch was killed by signal 9 after answering 5 of 16 records; "
                              f"the first record with no answer starts {ctx.lines[5].decode()[:80]!r}; "
                              f"on executor {platform.node()}; stderr: empty")

    def test_a_truncated_answer_fails_the_job(self):
        cli = fake_cli("nutshell-truncates", self.STOPS_AFTER_FIVE.format(
            stop="echo 'stopping early' >&2; exit 0", real=ctx.binary))
        self.failing_run(cli, "nutshell-truncates --batch exited with status 0 after answering 5 of 16 records; "
                              f"the first record with no answer starts {ctx.lines[5].decode()[:80]!r}; "
                              f"on executor {platform.node()}; stderr: stopping early")

    def test_a_binary_for_another_cpu_stops_the_job_at_once(self):
        here = ns.executor_platform()
        other, machine = ("aarch64", 183) if here[1] != "aarch64" else ("x86_64", 62)
        fake = os.path.join(ctx.tmp, f"nutshell-{other}")
        with open(fake, "wb") as f:  # an ELF header for the other CPU, then nothing
            f.write(b"\x7fELF\x02\x01\x01\x00" + bytes(8) + (2).to_bytes(2, "little")
                    + machine.to_bytes(2, "little") + bytes(44))
        os.chmod(fake, 0o755)
        missing = os.path.join(ctx.tmp, "no-such-input.jsonl")
        env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
        # The standard way: spark-submit ships the file (--files), the job names it (--binary NAME).
        submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
        r = subprocess.run([submit, "--master", "local[1]", "--conf", "spark.driver.host=127.0.0.1",
                            "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.ui.enabled=false",
                            "--files", fake, os.path.join(HERE, "nutshell_spark.py"),
                            "--binary", os.path.basename(fake), "--input", missing,
                            "--output", os.path.join(ctx.tmp, "never")],
                           capture_output=True, text=True, env=env, timeout=600)
        said = r.stdout + r.stderr  # spark-submit passes the driver's stderr on to its stdout
        self.assertEqual(r.returncode, 2, said[-3000:])
        want = (f"nutshell-spark: the nutshell binary nutshell-{other} is built for linux {other}, but executor "
                f"{platform.node()} runs {here[0]} {here[1]}: build it for the executors")
        self.assertIn(want, said)
        self.assertFalse(os.path.exists(os.path.join(ctx.tmp, "never")))

    def test_headers_of_other_platforms(self):
        cases = {
            b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\xb7\x00": ("linux", "aarch64"),
            b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00": ("linux", "x86_64"),
            b"\x7fELF\x02\x01\x01\x09" + bytes(8) + b"\x02\x00\x3e\x00": ("freebsd", "x86_64"),
            b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\xf3\x00": ("linux", "riscv64"),
            b"\xcf\xfa\xed\xfe\x0c\x00\x00\x01": ("macos", "aarch64"),
            b"\xcf\xfa\xed\xfe\x07\x00\x00\x01": ("macos", "x86_64"),
            b"\xca\xfe\xba\xbe\x00\x00\x00\x02": ("macos", "universal"),
            b"MZ\x90\x00": ("windows", None),
            b"#!/bin/sh\n": ("script", None),
        }
        for head, want in cases.items():
            path = os.path.join(ctx.tmp, "header")
            with open(path, "wb") as f:
                f.write(head + bytes(64))
            self.assertEqual(ns.binary_platform(path), want, head)
        with open(path, "wb") as f:
            f.write(b"PK\x03\x04 a zip file")
        with self.assertRaises(ns.NutshellBinaryError) as e:
            ns.binary_platform(path)
        self.assertIn("is not an executable for any platform this job knows (it starts with b'PK\\x03\\x04 a z')",
                      str(e.exception))


def main():
    global N
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=BINARY)
    ap.add_argument("--count", type=int, default=N, help="articles (10,000; fewer only while editing the job)")
    a, rest = ap.parse_known_args()
    N = a.count
    ctx.binary = os.path.abspath(a.binary)
    if not os.access(ctx.binary, os.X_OK):
        sys.exit(f"no nutshell binary at {ctx.binary}: cargo build --release first")
    t = time.monotonic()
    prog = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2)
    r = prog.result
    failed = len(r.failures) + len(r.errors)
    print(f"the Spark tests took {time.monotonic() - t:.0f}s")
    print(f"spark: {r.testsRun - failed - len(r.skipped)} passed, {failed} failed")
    sys.exit(1 if failed or not r.wasSuccessful() else 0)


if __name__ == "__main__":
    main()
