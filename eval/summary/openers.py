#!/usr/bin/env python3
"""Do the references keep a lead sentence that leans on the one before? Per set, for the
second and third prose sentences of each article (Nutshell's split), grouped by their first
word (a connective such as "But", a pronoun such as "This", or anything else): how many there
are, the mean ROUGE-2 precision of the sentence against the reference (the share of its word
pairs the reference has, stemmed, as rouge.py scores), and how many have more than half.

    cargo build --release && python3 eval/summary/openers.py

It measures the data, not Nutshell: why a penalty for such openers, tuned on SummEval, costs
Lead-3's ground on Newsroom (eval/README.md, "Summaries")."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rouge  # noqa: E402

CONNECTIVES = set("also and but however instead meanwhile nevertheless or so still then therefore thus yet".split())
PRONOUNS = set("he her his it its she that their them these they this those".split())


def opener(sentence):
    words = sentence.split()
    w = words[0].strip("`'\",“‘").lower() if words else ""
    return "connective" if w in CONNECTIVES else "pronoun" if w in PRONOUNS else "other"


def main():
    rouge.ensure_packages()
    from rouge_score import rouge_scorer

    binary = os.path.join(rouge.ROOT, "target", "release", "nutshell")
    if not os.path.isdir(rouge.DATA):
        print(f"no data at {rouge.DATA}: nothing to measure")
        return
    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    print("| set | opener of sentence 2 or 3 | sentences | mean share of its pairs in the reference | more than half |")
    print("|---|---|---|---|---|")
    for name in ["SummEval", "Newsroom"]:
        docs = rouge.load_jsonl(name + ".jsonl")
        out, _ = rouge.run_nutshell(binary, docs, {})
        groups = {}
        for d in docs:
            sents = out[d["id"]]["sentences"]
            for s in sents[1:3]:
                p = scorer.score(d["ref"], s)["rouge2"].precision
                groups.setdefault(opener(s), []).append(p)
        for g in ["connective", "pronoun", "other"]:
            v = groups.get(g, [])
            if v:
                print(f"| {name} | {g} | {len(v)} | {sum(v) / len(v):.3f} | {sum(x > 0.5 for x in v)} |")


if __name__ == "__main__":
    main()
