"""ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 exactly as rouge-score computes them (use_stemmer=True,
Lsum over newline-separated sentences), with every sentence tokenized and stemmed once.

rouge-score re-tokenizes and re-stems both texts on every call; a parameter search scores the
same sentences thousands of times, so here a sentence's tokens are computed once and a
summary's scores are memoized by (article, chosen sentences). The n-gram counts and the
summary-level LCS are rouge-score's own functions, so the figures are the scorer's to the last
digit (checked by `python3 eval/summary/fastrouge.py`).
"""
import collections
import os
import sys

from rouge_score import rouge_scorer, scoring, tokenize
from nltk.stem import porter

_STEMMER = porter.PorterStemmer()
_TOKENS = {}


def tokens(text):
    """rouge-score's tokens of one line of text (lower-cased, alphanumeric runs, Porter-stemmed
    when longer than 3 characters), memoized."""
    t = _TOKENS.get(text)
    if t is None:
        t = tokenize.tokenize(text, _STEMMER)
        if len(_TOKENS) < 2_000_000:
            _TOKENS[text] = t
    return t


def lines(sentence):
    """The lines rouge-score's Lsum sees in one summary sentence (a sentence holding a newline
    counts as two)."""
    return [tokens(x) for x in sentence.strip().split("\n") if x]


class Article:
    """One article's reference and candidate sentences, tokenized once."""

    __slots__ = ("ref_lines", "ref_tokens", "ref1", "ref2", "sents", "memo")

    def __init__(self, ref_sentences, sentences):
        self.ref_lines = [tokens(s) for s in ref_sentences if s]
        self.ref_tokens = [t for l in self.ref_lines for t in l]
        self.ref1 = rouge_scorer._create_ngrams(self.ref_tokens, 1)
        self.ref2 = rouge_scorer._create_ngrams(self.ref_tokens, 2)
        self.sents = [lines(s) for s in sentences]
        self.memo = {}

    def score(self, chosen):
        """(R1, R2, RLsum) F1 x 100 of the summary made of sentences `chosen` (indices into the
        candidate sentences, in the order given: the order of the summary)."""
        key = tuple(chosen)
        r = self.memo.get(key)
        if r is not None:
            return r
        hyp_lines = [l for i in key for l in self.sents[i]]
        hyp = [t for l in hyp_lines for t in l]
        r1 = rouge_scorer._score_ngrams(self.ref1, rouge_scorer._create_ngrams(hyp, 1)).fmeasure
        r2 = rouge_scorer._score_ngrams(self.ref2, rouge_scorer._create_ngrams(hyp, 2)).fmeasure
        rl = rouge_scorer._summary_level_lcs(self.ref_lines, hyp_lines).fmeasure
        r = (r1 * 100, r2 * 100, rl * 100)
        self.memo[key] = r
        return r


def _check():
    """Agreement with rouge-score itself on SummEval's Lead-3."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import rouge

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    docs = rouge.load_jsonl("SummEval.jsonl")
    worst = 0.0
    for d in docs:
        sents = [s for s in d["text"].split(" . ") if s][:5]
        refs = rouge.split_reference(d["ref"])
        a = Article(refs, sents)
        for chosen in ([0, 1, 2], [2, 0], [4]):
            chosen = [i for i in chosen if i < len(sents)]
            want = scorer.score("\n".join(refs), "\n".join(sents[i].strip() for i in chosen))
            got = a.score(chosen)
            for m, k in enumerate(["rouge1", "rouge2", "rougeLsum"]):
                worst = max(worst, abs(got[m] - want[k].fmeasure * 100))
    print(f"largest difference from rouge-score: {worst:.2e}")
    assert worst < 1e-9


if __name__ == "__main__":
    _check()
