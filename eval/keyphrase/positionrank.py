#!/usr/bin/env python3
"""PositionRank (Florescu & Caragea, ACL 2017) as a `--batch` command: the keyphrase baseline
Nutshell is compared with, in the same run (`eval/keyphrase/run.py`).

    python3 eval/keyphrase/positionrank.py < articles.jsonl     # {"id", "text"} lines in,
                                                                # {"id", "keywords"} lines out

Written here from the paper, with the settings of the evaluation that reports 28.6 F1@10 on
DUC-2001 (Gallina, Boudin & Daille 2020, which ran pke's implementation):
- words are tagged with a part-of-speech tagger (textblob's PatternTagger: the Brill-style
  lexicon shipped inside the PyPI package, no download), lower-cased and Porter-stemmed;
- the graph's nodes are the nouns and adjectives; two of them are linked, with weight +1 per
  meeting, when they occur within a window of 10 tokens;
- each node's teleport weight is the sum of 1/position over its occurrences (positions count
  every token from 1), normalized; PageRank with damping 0.85 and that personalization;
- candidates are noun phrases `ADJ* NOUN+` of at most 3 words; a candidate scores the sum of
  its words' scores; the top 10 are returned, written as first seen (lower case).
"""
import json
import re
import sys

from nltk.stem.porter import PorterStemmer
from textblob.en.taggers import PatternTagger

WINDOW = 10
DAMPING = 0.85
MAX_WORDS = 3
TOP = 10
NOUN = re.compile(r"^NN")
ADJ = re.compile(r"^JJ")

_stem = PorterStemmer().stem
_tagger = PatternTagger()


def tagged(text):
    """(word, tag) pairs; hard-wrapped lines joined first."""
    text = re.sub(r"\s+", " ", text)
    return _tagger.tag(text)


def pagerank(nodes, edges, teleport, iterations=100, tol=1e-9):
    out = {n: 0.0 for n in nodes}
    for (a, b), w in edges.items():
        out[a] += w
        out[b] += w
    nbrs = {n: [] for n in nodes}
    for (a, b), w in edges.items():
        nbrs[a].append((b, w))
        nbrs[b].append((a, w))
    score = dict(teleport)
    for _ in range(iterations):
        new = {}
        dangling = sum(score[n] for n in nodes if out[n] == 0)
        for n in nodes:
            s = sum(score[m] * w / out[m] for m, w in nbrs[n])
            new[n] = (1 - DAMPING) * teleport[n] + DAMPING * (s + dangling * teleport[n])
        delta = sum(abs(new[n] - score[n]) for n in nodes)
        score = new
        if delta < tol:
            break
    return score


def keyphrases(text, top=TOP):
    toks = tagged(text)
    stems = [_stem(w.lower()) for w, _ in toks]
    valid = [bool(NOUN.match(t) or ADJ.match(t)) and re.search(r"[a-z]", w.lower()) is not None for w, t in toks]
    nodes = sorted({stems[i] for i in range(len(toks)) if valid[i]})
    if not nodes:
        return []
    edges = {}
    teleport = {n: 0.0 for n in nodes}
    positions = [i for i in range(len(toks)) if valid[i]]
    for k, i in enumerate(positions):
        teleport[stems[i]] += 1.0 / (i + 1)
        for j in positions[k + 1:]:
            if j - i >= WINDOW:
                break
            a, b = stems[i], stems[j]
            if a != b:
                key = (a, b) if a < b else (b, a)
                edges[key] = edges.get(key, 0) + 1
    z = sum(teleport.values())
    teleport = {n: v / z for n, v in teleport.items()}
    score = pagerank(nodes, edges, teleport)
    # Candidates: maximal ADJ* NOUN+ runs, at most MAX_WORDS words.
    cands = {}
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and ADJ.match(toks[j][1]):
            j += 1
        k = j
        while k < len(toks) and NOUN.match(toks[k][1]) and re.search(r"[A-Za-z]", toks[k][0]):
            k += 1
        if k > j:
            words = range(i, k)
            if len(words) <= MAX_WORDS:
                key = tuple(stems[w] for w in words)
                if key not in cands:
                    cands[key] = " ".join(toks[w][0].lower() for w in words)
            i = k
        else:
            i = max(j, i + 1)
    ranked = sorted(cands, key=lambda c: (-sum(score.get(s, 0.0) for s in c), cands[c]))
    return [cands[c] for c in ranked[:top]]


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        d = json.loads(line)
        keys = keyphrases(d.get("text", ""))
        print(json.dumps({"id": d.get("id"), "keywords": [{"text": k} for k in keys]}), flush=True)


if __name__ == "__main__":
    main()
