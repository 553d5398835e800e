#!/usr/bin/env python3
"""ROUGE evaluation of Nutshell's summaries against Lead-3, LexRank and TextRank.

    python3 eval/summary/rouge.py              # builds nothing: run `cargo build --release` first

Reads ../shared/data/summarization/ (relative to the repository root):
  SummEval.jsonl   `src` scored against `ref_summ` (the original CNN/DailyMail highlights), 3 sentences
  Newsroom.jsonl   `src` against `ref_summ`, 3 sentences (held out)
  bbc_news_summary.tar.xz  the first 300 articles (sorted paths), each reference's word count as
                   the word budget of every system (held out)

Every system gets the same sentences: the ones Nutshell found (its `sentences` of kind prose),
so only the choice of sentences differs. Peers come from PyPI's sumy (LexRank, TextRank), fed
pre-split sentences and a plain word tokenizer, so no NLTK data is downloaded. Scores are
rouge-score F1 with stemming; ROUGE-Lsum with summary and reference sentences joined by newlines.
The CI columns are paired-bootstrap 95% intervals of (system - Lead-3), resampling articles.
A second table gives each system's time per article, measured in this run.

Options: --bin PATH (default target/release/nutshell), --sets summeval,newsroom,bbc,
--no-peers (Nutshell and Lead-3 only, for tuning), --boot N (default 1000), --quiet.
"""
import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# ../shared/data beside the repository (a worktree one level deeper may use ../../shared/data);
# NUTSHELL_DATA overrides.
DATA = os.environ.get("NUTSHELL_DATA") or next(
    (p for p in (os.path.join(ROOT, "..", "shared", "data", "summarization"),
                 os.path.join(ROOT, "..", "..", "shared", "data", "summarization")) if os.path.isdir(p)),
    os.path.join(ROOT, "..", "shared", "data", "summarization"))


def ensure_packages():
    try:
        import rouge_score  # noqa: F401
        import sumy  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "rouge-score==0.1.2", "sumy==0.13.0"])


# ---------------------------------------------------------------- data

def load_jsonl(name):
    out = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append({"id": d["doc_id"], "text": d["src"], "ref": d["ref_summ"], "budget": None})
    return out


def load_bbc(limit=300):
    path = os.path.join(DATA, "bbc_news_summary.tar.xz")
    arts, sums = {}, {}
    with tarfile.open(path) as tar:
        for m in tar.getmembers():
            if not m.isfile() or not m.name.endswith(".txt"):
                continue
            raw = tar.extractfile(m).read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            parts = m.name.split("/")
            key = "/".join(parts[-2:])
            if "News Articles" in m.name:
                arts[key] = text
            elif "Summaries" in m.name:
                sums[key] = text
    keys = sorted(k for k in arts if k in sums)[:limit]
    out = []
    for k in keys:
        ref = sums[k].strip()
        out.append({"id": k, "text": arts[k], "ref": ref, "budget": len(words(ref))})
    return out


# ---------------------------------------------------------------- text helpers

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def words(s):
    return WORD.findall(s)


def split_reference(ref):
    """Reference sentences, one per line (for ROUGE-Lsum). Handles ' . ' token style and the
    BBC summaries' sentences glued without a space ("...$10.9bn.For the full-year")."""
    ref = re.sub(r"(?<=[a-z0-9%)\]'\"])([.!?])(?=[A-Z\"'])", r"\1\n", ref)
    parts = re.split(r"(?<=[.!?])\s+(?=\S)|\n", ref)
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------- systems

def nutshell_in_process(docs):
    """Per-article milliseconds inside one process (examples/summary_speed.rs): the summary
    alone on already split sentences, like for like with the peers, and the whole analysis.
    None when cargo is not there."""
    lines = "".join(json.dumps({"text": d["text"]}) + "\n" for d in docs)
    try:
        p = subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "summary_speed", "--", "3"],
                           cwd=ROOT, input=lines, capture_output=True, text=True, check=True)
        return json.loads(p.stdout.strip().splitlines()[-1])
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError):
        return None


def run_nutshell(binary, docs, extra):
    lines = []
    for d in docs:
        o = {"id": d["id"], "text": d["text"]}
        if d["budget"] is not None:
            o["words"] = d["budget"]
        else:
            o["sentences"] = 3
        o.update(extra)
        lines.append(json.dumps(o))
    t0 = time.perf_counter()
    p = subprocess.run([binary, "--batch"], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - t0
    out = {}
    for line in p.stdout.splitlines():
        a = json.loads(line)
        if "error" in a:
            raise SystemExit(f"nutshell failed on {a['id']}: {a['error']}")
        text = a["text"]
        sents = [text[s["start"]:s["end"]] for s in a["sentences"]]
        prose = [i for i, s in enumerate(a["sentences"]) if s["kind"] == "prose"]
        out[a["id"]] = {
            "sentences": [sents[i] for i in prose],
            "summary": [sents[i] for i in a["summary"]],
        }
    return out, elapsed


def pick(sentences, order, count, budget):
    """Sentences in rank `order`: `count` of them, or as many as fit in `budget` words
    (a sentence that does not fit is skipped), returned in document order."""
    chosen, used = [], 0
    for i in order:
        if budget is None:
            if len(chosen) >= count:
                break
        else:
            n = len(words(sentences[i]))
            if used + n > budget:
                continue
            used += n
        chosen.append(i)
    return [sentences[i] for i in sorted(chosen)]


class Tokenizer:
    """sumy tokenizer over already split sentences: words only, no NLTK data."""

    language = "english"

    def to_words(self, text):
        return words(text)

    def to_sentences(self, text):
        return [text]


def sumy_ranker(kind):
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    base = {"LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer}[kind]

    class Ranker(base):
        @staticmethod
        def _get_best_sentences(sentences, count, rating, *args, **kwargs):
            rate = rating if callable(rating) else (lambda s: rating[s])
            scores = [rate(s) for s in sentences]
            return sorted(range(len(sentences)), key=lambda i: (-scores[i], i))

    r = Ranker(Stemmer("english"))
    r.stop_words = get_stop_words("english")
    return r


def rank_with_sumy(ranker, sentences):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = Tokenizer()
    doc = ObjectDocumentModel([Paragraph([Sentence(s, tok) for s in sentences])])
    if not sentences:
        return []
    return list(ranker(doc, len(sentences)))


# ---------------------------------------------------------------- scoring

def score_all(scorer, docs, summaries):
    rows = []
    for d in docs:
        ref = "\n".join(split_reference(d["ref"]))
        hyp = "\n".join(s.strip() for s in summaries[d["id"]])
        sc = scorer.score(ref, hyp)
        rows.append((sc["rouge1"].fmeasure * 100, sc["rouge2"].fmeasure * 100, sc["rougeLsum"].fmeasure * 100))
    return rows


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def bootstrap_ci(a, b, n, seed=12345):
    """95% interval of mean(a - b) over paired resamples."""
    rnd = random.Random(seed)
    diffs = [x - y for x, y in zip(a, b)]
    k = len(diffs)
    means = sorted(mean([diffs[rnd.randrange(k)] for _ in range(k)]) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "nutshell"))
    ap.add_argument("--sets", default="summeval,newsroom,bbc")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--boot", type=int, default=1000)
    ap.add_argument("--option", action="append", default=[], help="extra batch key=JSON value for Nutshell")
    args = ap.parse_args()
    ensure_packages()
    from rouge_score import rouge_scorer

    extra = {}
    for kv in args.option:
        k, v = kv.split("=", 1)
        extra[k] = json.loads(v)
    if not os.path.isdir(DATA):
        print(f"no data at {DATA}: nothing to evaluate")
        return
    if not os.path.exists(args.bin):
        raise SystemExit(f"{args.bin} not found: run `cargo build --release` first")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    loaders = {"summeval": ("SummEval", lambda: load_jsonl("SummEval.jsonl")),
               "newsroom": ("Newsroom", lambda: load_jsonl("Newsroom.jsonl")),
               "bbc": ("BBC (300)", load_bbc)}
    peers = [] if args.no_peers else ["LexRank", "TextRank"]
    rankers = {p: sumy_ranker(p) for p in peers}
    table, timing = [], []
    for key in args.sets.split(","):
        name, load = loaders[key]
        docs = load()
        nut, nut_time = run_nutshell(args.bin, docs, extra)
        inproc = nutshell_in_process(docs)
        systems = {"Lead-3" if key != "bbc" else "Lead": {}, "Nutshell": {}}
        lead = list(systems)[0]
        times = {"Nutshell": nut_time}
        for p in peers:
            systems[p] = {}
            times[p] = 0.0
        for d in docs:
            sents = nut[d["id"]]["sentences"]
            systems["Nutshell"][d["id"]] = nut[d["id"]]["summary"]
            systems[lead][d["id"]] = pick(sents, range(len(sents)), 3, d["budget"])
            for p in peers:
                t0 = time.perf_counter()
                order = rank_with_sumy(rankers[p], sents)
                times[p] += time.perf_counter() - t0
                systems[p][d["id"]] = pick(sents, order, 3, d["budget"])
        scores = {s: score_all(scorer, docs, summ) for s, summ in systems.items()}
        base = scores[lead]
        for s, rows in scores.items():
            cells = []
            for m in range(3):
                col = [r[m] for r in rows]
                cell = f"{mean(col):5.2f}"
                if s != lead:
                    lo, hi = bootstrap_ci(col, [r[m] for r in base], args.boot)
                    cell += f" [{lo:+.2f}, {hi:+.2f}]"
                cells.append(cell)
            table.append((name, s, cells))
        timing.append((name, len(docs), times, inproc))
    print("| set | system | ROUGE-1 [95% CI vs Lead] | ROUGE-2 [95% CI vs Lead] | ROUGE-Lsum [95% CI vs Lead] |")
    print("|---|---|---|---|---|")
    for name, s, cells in table:
        print(f"| {name} | {s} | " + " | ".join(cells) + " |")
    print()
    print("| set | articles | Nutshell CLI ms/article | Nutshell analyze ms | Nutshell summary ms | " +
          " | ".join(f"{p} ms/article" for p in peers) + " | " + " | ".join(f"{p} / Nutshell summary" for p in peers) + " |")
    print("|---|---|---|---|---|" + "---|" * (2 * len(peers)))
    for name, n, times, inproc in timing:
        per = {s: t / n * 1000 for s, t in times.items()}
        summ = inproc["summary_ms"] if inproc else None
        ratios = [f"{per[p] / summ:.1f}x" if summ else "n/a" for p in peers]
        cells = [f"{per['Nutshell']:.2f}", f"{inproc['analyze_ms']:.2f}" if inproc else "n/a", f"{summ:.2f}" if summ else "n/a"]
        print(f"| {name} | {n} | " + " | ".join(cells + [f"{per[p]:.2f}" for p in peers] + ratios) + " |")
    print("\n(Nutshell CLI: the whole batch run, process start and the full analysis with the timeline included;"
          " analyze: the whole analysis in process; summary: tokens, ranking, selection and key phrases on"
          " already split sentences, as the peers get them (examples/summary_speed.rs). Peers: ranking only.)")


if __name__ == "__main__":
    main()
