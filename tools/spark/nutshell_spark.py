#!/usr/bin/env python3
"""Nutshell over a whole collection on Apache Spark: each partition of articles is piped through
one `nutshell --batch` process, and the results are written as Analysis JSON Lines or as two
Parquet tables.

    spark-submit tools/spark/nutshell_spark.py --binary target/release/nutshell \\
        --input articles.jsonl --output out --format parquet

Input: JSON Lines (`{"id", "text" | "html", "published"?, ...options}` per line, the `--batch`
format; `.gz` too) or Parquet (columns `id`, `text` and/or `html`, optional `published` and the
other `--batch` options by name). JSON Lines records reach the CLI byte for byte as written, so
each output line is exactly what `nutshell --batch` prints for that record.

Output (`--format`):
- `jsonl`: the CLI's Analysis lines, one per record. A record whose `id` is null in the result
  (a line that is not JSON, or has no id) also gets `"input"`: its first 200 characters.
- `parquet`: `OUTPUT/articles` (one row per record: id, error, title, byline, published,
  language, summary, summary_sentences, keywords, counts, page metadata) and `OUTPUT/timeline`
  (one row per timeline entry: id, position, value, granularity, label, sentence, ...), joined
  by `id`. Per-record errors are rows of `articles` with `error` set.

The binary ships to the executors with `SparkContext.addFile` (what `--files` does) and is found
there with `SparkFiles.get`, never on the PATH. Before any data moves, a probe task on the
executors checks that the file is an executable for the executor's OS and CPU and that it answers
a one-line batch; if not, the job stops with exit status 2 and a message naming both platforms.

Each partition runs the protocol of Spark's `RDD.pipe(command, checkCode=True)`: one process,
records streamed to its stdin by a writer thread, its stdout read line by line. `RDD.pipe` takes
the command as a string fixed on the driver, where the executor's SparkFiles folder is unknown,
so the same protocol is written out here, with the path resolved on the executor and two more
checks: a process that exits non-zero, or that answers fewer lines than it was given, fails the
task (and so, after Spark's retries, the job) with its exit status and the tail of its stderr;
a record-level error is never a failure, it is a row.

See tools/spark/README.md for clusters (YARN, Kubernetes), partition sizing and memory.
"""
import argparse
import collections
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time

# Each line the CLI treats as blank (Rust's `str::trim` strips Unicode White_Space) gets no
# output line, so it must not be counted as sent. The same set, for `str.strip`:
RUST_WHITESPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                   "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
INPUT_PREFIX = 200  # characters of a record kept with a result whose id is null
PROBE = b'{"id": "nutshell-spark-probe", "text": "The probe ran on 2 March 2021."}\n'
OPTION_COLUMNS = ("published", "sentences", "words", "ratio", "style", "length", "language",
                  "lang", "prefer", "url")
ELF_MACHINES = {3: "x86", 8: "mips", 20: "ppc", 21: "ppc64", 22: "s390x", 40: "arm",
                62: "x86_64", 183: "aarch64", 243: "riscv", 258: "loongarch64"}
MACHO_CPUS = {7: "x86", 0x01000007: "x86_64", 12: "arm", 0x0100000C: "aarch64"}


class NutshellBinaryError(RuntimeError):
    """The shipped binary cannot run on an executor (wrong OS or CPU, not executable, no reply)."""


class NutshellProcessError(RuntimeError):
    """A `nutshell --batch` process failed mid-partition: non-zero exit or missing lines."""


# ---------------------------------------------------------------------------------------------
# The binary on the executor

def _machine(m):
    m = m.lower()
    return {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64", "i386": "x86", "i686": "x86"}.get(m, m)


def executor_platform():
    """(os, cpu) of this process, in the names `binary_platform` uses: ("linux", "x86_64")."""
    osname = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return osname, _machine(platform.machine())


def binary_platform(path):
    """(os, cpu) a binary is built for, from its header: ("linux", "aarch64"), ("macos",
    "x86_64"), ("windows", None); ("script", None) for a `#!` file, which runs anywhere its
    interpreter does. Raises NutshellBinaryError for anything else."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError as e:
        raise NutshellBinaryError(f"cannot read the nutshell binary at {path}: {e}") from None
    if head[:4] == b"\x7fELF" and len(head) >= 20:
        endian = "little" if head[5] == 1 else "big"
        machine = int.from_bytes(head[18:20], endian)
        cpu = ELF_MACHINES.get(machine, f"ELF machine {machine}")
        if cpu == "riscv":
            cpu = "riscv64" if head[4] == 2 else "riscv32"
        if cpu == "ppc64" and endian == "little":
            cpu = "ppc64le"
        osabi = {0: "linux", 3: "linux", 9: "freebsd", 12: "openbsd"}.get(head[7], f"ELF OS/ABI {head[7]}")
        return osabi, cpu
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe"):
        return "macos", MACHO_CPUS.get(int.from_bytes(head[4:8], "little"), "unknown CPU")
    if head[:4] in (b"\xca\xfe\xba\xbe", b"\xbe\xba\xfe\xca"):
        return "macos", "universal"
    if head[:2] == b"MZ":
        return "windows", None
    if head[:2] == b"#!":
        return "script", None
    raise NutshellBinaryError(
        f"{path} is not an executable for any platform this job knows (it starts with {head[:8]!r}); "
        "pass the nutshell CLI built for the executors with --binary")


def _describe(p):
    return " ".join(x for x in p if x)


def check_binary(path):
    """Raise NutshellBinaryError unless `path` is an executable for this executor's platform."""
    if not os.path.isfile(path):
        raise NutshellBinaryError(f"the nutshell binary is not at {path} on executor {platform.node()}")
    here, built = executor_platform(), binary_platform(path)
    if built[0] == "script":
        return
    ok = built[0] == here[0] and (built[1] == here[1] or built[1] == "universal")
    if not ok:
        raise NutshellBinaryError(
            f"the nutshell binary {os.path.basename(path)} is built for {_describe(built)}, but executor "
            f"{platform.node()} runs {_describe(here)}: build it for the executors "
            f"(e.g. cargo build --release --target {here[1]}-unknown-{'linux-gnu' if here[0] == 'linux' else here[0]}) "
            "and pass that file with --binary")
    if not os.access(path, os.X_OK):
        raise NutshellBinaryError(f"the nutshell binary at {path} is not executable on executor {platform.node()}")


def probe_binary(name):
    """On an executor: check the shipped binary and run it on one record. Returns a one-line
    description of the executor and binary, or raises NutshellBinaryError."""
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    check_binary(path)
    try:
        r = subprocess.run([path, "--batch"], input=PROBE, capture_output=True, timeout=60)
    except OSError as e:
        raise NutshellBinaryError(f"executor {platform.node()} cannot start {path}: {e}") from None
    except subprocess.TimeoutExpired:
        raise NutshellBinaryError(f"{path} --batch gave no answer to one record in 60 s") from None
    try:
        reply = json.loads(r.stdout.decode("utf-8", "replace").splitlines()[0])
        assert reply.get("id") == "nutshell-spark-probe" and "error" not in reply
    except Exception:
        err = r.stderr.decode("utf-8", "replace").strip()[-500:]
        raise NutshellBinaryError(
            f"{path} --batch did not answer a one-record probe on executor {platform.node()} "
            f"(exit status {r.returncode}; stderr: {err or 'empty'})") from None
    return f"{platform.node()} {_describe(executor_platform())}"


# ---------------------------------------------------------------------------------------------
# One partition through one process

def _is_blank(line):
    return not line.strip(RUST_WHITESPACE)


def pipe_partition(path, lines, stats=None):
    """Stream `lines` (str, one JSON record each, no newline) through `path --batch`; yield
    (input prefix, output line) pairs in order, one per non-blank input line. Raises
    NutshellProcessError when the process exits non-zero or answers fewer lines than given."""
    check_binary(path)
    err = tempfile.TemporaryFile()
    t0 = time.monotonic()
    try:
        proc = subprocess.Popen([path, "--batch"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=err, bufsize=1 << 16)
    except OSError as e:
        raise NutshellBinaryError(f"cannot start {path} on executor {platform.node()}: {e}") from None
    sent = collections.deque()
    failure = []

    def feed():
        try:
            for line in lines:
                if _is_blank(line):
                    continue
                sent.append(line[:INPUT_PREFIX])
                proc.stdin.write(line.encode("utf-8", "replace"))
                proc.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # the process died; its exit status tells why
        except BaseException as e:  # reading the partition failed: fail the task with it
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, name="nutshell-stdin", daemon=True)
    writer.start()
    answered = errors = 0
    finished = False
    try:
        for out in proc.stdout:
            if not sent:
                raise NutshellProcessError(f"{os.path.basename(path)} --batch answered more lines than it was given")
            answered += 1
            line = out.decode("utf-8", "replace").rstrip("\n")
            # A quote inside a JSON string is escaped, so this is a top-level "error" key.
            errors += '"error":' in line
            yield sent.popleft(), line
        finished = True
    finally:
        if not finished:  # the task stopped early (failed, cancelled): don't leave the process
            proc.kill()
            writer.join()
            proc.wait()
    writer.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if failure:
        raise failure[0]
    if proc.returncode != 0 or sent:
        err.seek(0)
        tail = " | ".join(err.read()[-2000:].decode("utf-8", "replace").strip().splitlines())
        how = (f"was killed by signal {-proc.returncode}" if proc.returncode < 0
               else f"exited with status {proc.returncode}")
        cmd = f"{os.path.basename(path)} --batch"
        where = f"on executor {platform.node()}; stderr: {tail or 'empty'}"
        if sent:
            raise NutshellProcessError(
                f"{cmd} {how} after answering {answered} of {answered + len(sent)} records; "
                f"the first record with no answer starts {sent[0][:80]!r}; {where}")
        raise NutshellProcessError(f"{cmd} {how} after answering all {answered} records {where}")
    if stats is not None:
        stats.add({"processes": 1, "records": answered, "errors": errors,
                   "cli_cpu_s": usage.ru_utime + usage.ru_stime,
                   "cli_wall_s": time.monotonic() - t0})


# ---------------------------------------------------------------------------------------------
# Results to rows

def _id_text(v):
    """An id of any JSON type as the string the Parquet `id` column holds."""
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def jsonl_result(prefix, line):
    """The output line for JSON Lines: the CLI's own, plus `input` when its id is null."""
    if '"id":null' in line:
        a = json.loads(line)
        if a.get("id") is None:
            a["input"] = prefix
            return json.dumps(a, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return line


def flatten(prefix, line, id_kind=str):
    """One CLI output line as (article row, [timeline rows]) for the two Parquet tables."""
    a = json.loads(line)
    rid = a.get("id")
    rid = _id_text(rid) if id_kind is str else (rid if isinstance(rid, int) and not isinstance(rid, bool) else None)
    inp = prefix if a.get("id") is None else None
    if "error" in a:
        return (rid, a["error"], inp) + (None,) * 16, []
    text = a["text"]
    sents = a["sentences"]
    said = lambda i: text[sents[i]["start"]:sents[i]["end"]]
    summary = [said(i) for i in a["summary"]]
    timeline = [(rid, k, e["value"], e["granularity"], e["label"], said(e["sentence"]), e["sentence"],
                 len(e["mentions"]), e["future"], e["published"], float(e["salience"]))
                for k, e in enumerate(a["timeline"])]
    row = (rid, None, inp, a.get("title"), a.get("byline"), a.get("published"), a.get("published_source"),
           a.get("language"), a.get("headline"), " ".join(summary), summary,
           [k["text"] for k in a["keywords"]], len(sents), len(timeline),
           a.get("site_name"), a.get("url"), a.get("modified"), a.get("image"), a.get("probably_article"))
    return row, timeline


ARTICLE_FIELDS = [
    ("error", "string"), ("input", "string"), ("title", "string"), ("byline", "string"),
    ("published", "string"), ("published_source", "string"), ("language", "string"),
    ("headline", "string"), ("summary", "string"), ("summary_sentences", "array<string>"),
    ("keywords", "array<string>"), ("sentences", "int"), ("timeline_entries", "int"),
    ("site_name", "string"), ("url", "string"), ("modified", "string"), ("image", "string"),
    ("probably_article", "boolean")]
TIMELINE_FIELDS = [
    ("position", "int"), ("value", "string"), ("granularity", "string"), ("label", "string"),
    ("sentence", "string"), ("sentence_index", "int"), ("mentions", "int"), ("future", "boolean"),
    ("published", "boolean"), ("salience", "double")]


# ---------------------------------------------------------------------------------------------
# The job

class Stats:
    """Counters summed over the executors (a Spark accumulator of dicts). No memory figure: a
    child's ru_maxrss starts from its parent's size at fork (the Python worker's), so it would
    not be the CLI's own; bench.py samples the CLI's VmHWM instead."""

    @staticmethod
    def param():
        from pyspark.accumulators import AccumulatorParam

        class P(AccumulatorParam):
            def zero(self, v):
                return {}

            def addInPlace(self, a, b):
                for k, v in b.items():
                    a[k] = a.get(k, 0) + v
                return a
        return P()


def _records_from_parquet(spark, args):
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    df = spark.read.parquet(*args.input)
    cols = {c.lower(): c for c in df.columns}
    pick = lambda name, flag: flag or cols.get(name)
    idc, textc, htmlc = pick("id", args.id_column), pick("text", args.text_column), pick("html", args.html_column)
    if idc is None or (textc is None and htmlc is None):
        raise SystemExit(f"nutshell-spark: the Parquet input needs an id column and a text or html column; "
                         f"it has {', '.join(df.columns)}")
    id_type = df.schema[idc].dataType
    integral = isinstance(id_type, (T.ByteType, T.ShortType, T.IntegerType, T.LongType))
    sel = [F.col(idc).alias("id") if integral else F.col(idc).cast("string").alias("id")]
    if textc:
        sel.append(F.col(textc).cast("string").alias("text"))
    if htmlc:
        sel.append(F.col(htmlc).cast("string").alias("html"))
    for o in OPTION_COLUMNS:
        c = args.published_column if (o == "published" and args.published_column) else cols.get(o)
        if c is None:
            continue
        t = df.schema[c].dataType
        if isinstance(t, T.TimestampType):
            sel.append(F.date_format(F.col(c), "yyyy-MM-dd'T'HH:mm:ssXXX").alias(o))
        elif isinstance(t, T.DateType):
            sel.append(F.date_format(F.col(c), "yyyy-MM-dd").alias(o))
        else:
            sel.append(F.col(c).alias(o))
    df = df.select(*sel)
    if args.partitions:
        df = df.repartition(args.partitions)
    defaults = args.defaults

    def to_line(row):
        d = {k: v for k, v in row.asDict().items() if v is not None or k == "id"}
        for k, v in defaults.items():
            d.setdefault(k, v)
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    return df.rdd.map(to_line), ("long" if integral else "string")


def _records_from_jsonl(sc, args):
    rdd = sc.textFile(",".join(args.input), minPartitions=args.partitions or None)
    defaults = args.defaults
    if defaults:
        def merge(line):
            try:
                d = json.loads(line)
            except ValueError:
                return line  # the CLI reports it
            if not isinstance(d, dict):
                return line
            for k, v in defaults.items():
                d.setdefault(k, v)
            return json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        rdd = rdd.map(merge)
    return rdd, "string"


def _input_format(args):
    if args.input_format != "auto":
        return args.input_format
    for p in args.input:
        q = p.rstrip("/")
        if q.endswith(".parquet"):
            return "parquet"
        if os.path.isdir(q) and any(n.endswith(".parquet") for n in os.listdir(q)):
            return "parquet"
    return "jsonl"


def run(spark, args):
    """Run the job in an existing SparkSession; returns the stats dict. Raises
    NutshellBinaryError when the binary cannot run on the executors, NutshellProcessError when a
    process failed a partition (after Spark's retries)."""
    sc = spark.sparkContext
    t0 = time.monotonic()
    name = os.path.basename(args.binary.rstrip("/"))
    shipped = [u for u in (sc.getConf().get("spark.files") or "").split(",") if u]
    if any(os.path.basename(u.rstrip("/")) == name for u in shipped):
        pass  # spark-submit --files already ships it
    elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", args.binary):
        sc.addFile(args.binary)  # hdfs://, s3a://, https://: fetched by each executor
    elif os.path.isfile(args.binary):
        sc.addFile(os.path.abspath(args.binary))
    else:
        raise NutshellBinaryError(f"no nutshell binary at {args.binary}, and no file of that name was "
                                  "shipped with --files")
    sc.addPyFile(os.path.abspath(__file__))
    # The probe takes milliseconds, so even with Spark's retries of it (spark.task.maxFailures) a
    # binary that cannot run stops the job within seconds, before any input is read.
    n = max(1, sc.defaultParallelism)
    try:
        executors = sorted(set(sc.parallelize(range(n), n).map(lambda _: probe_binary(name)).collect()))
    except Exception as e:
        m = re.search(r"NutshellBinaryError: (.*)", str(e))
        if m:
            raise NutshellBinaryError(m.group(1).strip()) from None
        raise
    print(f"nutshell-spark: {name} answers on {', '.join(executors)}", file=sys.stderr)

    fmt = _input_format(args)
    records, id_type = (_records_from_parquet(spark, args) if fmt == "parquet" else _records_from_jsonl(sc, args))
    stats = sc.accumulator({}, Stats.param())

    def piped(lines):
        from pyspark import SparkFiles
        return pipe_partition(SparkFiles.get(name), lines, stats)

    results = records.mapPartitions(piped)
    try:
        counts = _write(spark, args, results, id_type)
    except Exception as e:
        m = re.search(r"NutshellProcessError: (.*)", str(e))
        if m:
            raise NutshellProcessError(m.group(1).strip()) from None
        raise
    s = dict(stats.value)
    s.update({k: v for k, v in counts.items() if v is not None})
    s["seconds"] = round(time.monotonic() - t0, 2)
    s["articles_per_second"] = round(s.get("records", 0) / max(s["seconds"], 1e-9), 1)
    for k in ("cli_cpu_s", "cli_wall_s"):
        if k in s:
            s[k] = round(s[k], 2)
    return s


def _write(spark, args, results, id_type):
    """Write the piped results; returns counts the stats don't have."""
    from pyspark import StorageLevel
    if args.format == "jsonl":
        out = results.map(lambda pair: jsonl_result(*pair))
        spark.createDataFrame(out.map(lambda s: (s,)), "value string", verifySchema=False) \
            .write.mode(args.mode).option("compression", args.compression).text(args.output)
        counts = {}
    else:
        id_kind = str if id_type == "string" else int

        def rows(pair):
            row, timeline = flatten(pair[0], pair[1], id_kind)
            return row + (timeline,)
        schema = ", ".join([f"id {id_type}"] + [f"{k} {t}" for k, t in ARTICLE_FIELDS] + [
            "timeline array<struct<" + ", ".join([f"id: {id_type}"] + [f"{k}: {t}" for k, t in TIMELINE_FIELDS]) + ">>"])
        # The rows are read three times (articles, timeline, counts) and the pipe must run once.
        # They are kept as the RDD's pickled partitions on local disk, not as a cached DataFrame:
        # caching a DataFrame builds each partition's column batches on the JVM heap, which ran a
        # 1 GB local driver out of memory at 1,000,000 articles (7,800 analyses a partition).
        kept = results.map(rows).persist(StorageLevel.DISK_ONLY)
        df = spark.createDataFrame(kept, schema, verifySchema=False)
        try:
            writer = lambda d: d.write.mode(args.mode).option("compression", args.compression)
            writer(df.drop("timeline")).parquet(os.path.join(args.output, "articles"))
            from pyspark.sql import functions as F
            writer(df.select(F.explode("timeline").alias("t")).select("t.*")).parquet(
                os.path.join(args.output, "timeline"))
            counts = df.agg(F.count(F.lit(1)).alias("articles"),
                            F.sum("timeline_entries").alias("timeline_rows")).first().asDict()
        finally:
            kept.unpersist()
    return counts


def _parse_default(s):
    k, sep, v = s.partition("=")
    if not sep or not k:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, not {s!r}")
    try:
        return k, json.loads(v)
    except ValueError:
        return k, v


def parse_args(argv=None):
    ap = argparse.ArgumentParser(
        prog="nutshell_spark.py", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Summaries and timelines for a collection of articles, through `nutshell --batch` on Spark.",
        epilog="Local mode runs on loopback only. Guide: tools/spark/README.md")
    ap.add_argument("--binary", required=True, help="the nutshell CLI for the executors' platform (shipped with addFile)")
    ap.add_argument("--input", required=True, nargs="+", help="JSON Lines files/folders/globs, or Parquet")
    ap.add_argument("--input-format", choices=("auto", "jsonl", "parquet"), default="auto",
                    help="auto: Parquet when a path ends in .parquet or is a folder of .parquet files")
    ap.add_argument("--output", required=True, help="a folder (Parquet: OUTPUT/articles and OUTPUT/timeline)")
    ap.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    ap.add_argument("--mode", choices=("error", "overwrite"), default="error", help="when the output exists")
    ap.add_argument("--compression", default=None, help="Parquet: snappy (default), zstd, gzip, none; "
                    "JSON Lines: none (default), gzip, bzip2")
    ap.add_argument("--partitions", type=int, default=0,
                    help="at least this many partitions (one nutshell process each); default: Spark's split size")
    ap.add_argument("--set", dest="defaults", type=_parse_default, action="append", default=[],
                    metavar="KEY=VALUE", help="a --batch option for every record that does not set it "
                    "(e.g. sentences=5, style=tldr); VALUE is JSON or a string")
    ap.add_argument("--id-column", help="Parquet input: the id column (default id)")
    ap.add_argument("--text-column", help="Parquet input: the text column (default text)")
    ap.add_argument("--html-column", help="Parquet input: the html column (default html)")
    ap.add_argument("--published-column", help="Parquet input: the publication date column (default published)")
    ap.add_argument("--master", help="Spark master when not run by spark-submit (default local[*])")
    ap.add_argument("--stats", help="also write the run's counters as JSON to this file")
    a = ap.parse_args(argv)
    a.defaults = dict(a.defaults)
    if a.compression is None:
        a.compression = "snappy" if a.format == "parquet" else "none"
    return a


def session(master=None, app="nutshell"):
    """A SparkSession; a local master binds to loopback only."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession
    master = master or SparkConf().get("spark.master", None) or "local[*]"
    b = SparkSession.builder.appName(app).master(master)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    return b.getOrCreate()


def main(argv=None):
    args = parse_args(argv)
    spark = session(args.master)
    try:
        stats = run(spark, args)
    except NutshellBinaryError as e:
        print(f"nutshell-spark: {e}", file=sys.stderr)
        return 2
    except NutshellProcessError as e:
        print(f"nutshell-spark: {e}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    line = json.dumps(stats, sort_keys=True)
    print(line)
    if args.stats:
        with open(args.stats, "w") as f:
            f.write(line + "\n")
    return 0


if __name__ == "__main__":
    # Run as the module `nutshell_spark`, not `__main__`, so that the executors import the same
    # functions from the file that run() ships with addPyFile.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import nutshell_spark
    sys.exit(nutshell_spark.main())
