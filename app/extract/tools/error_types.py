#!/usr/bin/env python3
"""Sort the extractor's PolNeAR misses into error types, most common first, with an example each.

Reads the misses bench_quotes writes with --dump (one JSON line per missed gold quote, extra
predicted quote or wrong speaker) and the corpus split they came from, and prints a table:
count, type, and one example (the article, the span and what was predicted against the gold).

Usage:
  build/tests/bench_quotes ../shared/corpora/polnear/polnear_dev.json --runs 1 --dump misses.jsonl
  app/extract/tools/error_types.py misses.jsonl ../shared/corpora/polnear/polnear_dev.json [--all]
  app/extract/tools/error_types.py misses.jsonl ../shared/corpora/polnear/polnear_train.json --speakers

--speakers tallies the wrong speakers only, by what the text wrote where the corpus found the source
(gold_mention): a pronoun, a description, a name; "no speaker" when the extractor gave none; and
those no extractor can match, whose resolved gold is itself a pronoun or a fragment.

The types are judged from the text around each miss; "gold" below means the corpus annotation,
whose resolved speakers are partly automatic (see ../shared/corpora/README.md).
"""
import collections
import json
import re
import sys

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "her", "him", "his", "my", "me", "us", "them"}
QUOTE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u2018'


def gold_is_not_a_name(gold):
    g = gold.strip()
    low = g.lower()
    if not g or low in PRONOUNS or low in ("said", "says"):
        return True
    if re.match(r"^[0-9]", g):
        return True
    # A fragment: lower-case and not a description ("those billion people displaced").
    return g[0].islower() and not low.startswith(("the ", "a ", "an "))


def classify(row, text):
    miss = row["miss"]
    span = text[row["start"]:row["end"]]
    if miss == "fn":
        marks = sum(span.count(m) for m in QUOTE_MARKS)
        words = len(span.split())
        if marks == 0:
            return "missed: gold quote has no quotation marks of its own"
        inner = re.findall(r'[\u201c"]([^\u201d"]*)[\u201d"]', span)
        if inner and all(len(q.split()) <= 3 for q in inner) and row.get("type") == "mixed":
            return "missed: mixed quote whose quoted words are short (taken for a scare quote)"
        if "\n" in span.strip():
            return "missed: quotation over several paragraphs"
        if words > 60:
            return "missed: long passage (transcript or block)"
        return "missed: quotation with a cue the extractor did not accept"
    if miss == "fp":
        if not row.get("speaker"):
            return "extra: quoted words with no speaker (title, name or scare quote)"
        if row.get("kind") == "mixed":
            return "extra: mixed quote the corpus does not annotate"
        return "extra: direct quote the corpus does not annotate"
    gold = row.get("gold_speaker", "")
    pred = row.get("speaker", "")
    mention = row.get("mention", "")
    if gold_is_not_a_name(gold):
        return "speaker: gold is a pronoun, the verb or a fragment"
    if not pred:
        return "speaker: none found"
    if mention.lower() in ("he", "she", "i"):
        if gold.lower().startswith(("the ", "a ", "an ")):
            return "speaker: pronoun resolved to a name, gold keeps a description"
        return "speaker: pronoun resolved to another person"
    if mention.lower() in ("it", "they", "we"):
        return "speaker: it/they resolved to another source"
    if not mention:
        return "speaker: continued from an earlier quote or the paragraph's subject, wrongly"
    if mention[0].islower() or mention.lower().startswith(("the ", "a ", "an ")):
        return "speaker: description resolved differently"
    return "speaker: a different name was chosen as the mention"


DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "one ", "two ", "some ", "many ", "several ", "his ", "her ",
               "their ", "its ", "our ")


def speaker_class(row):
    """The class of a wrong speaker, from the mention the corpus names the source by."""
    gold = row.get("gold_speaker", "")
    mention = row.get("gold_mention", "").strip()
    low = mention.lower()
    if gold_is_not_a_name(gold):
        return "unmatchable: gold is a pronoun or a fragment"
    if not row.get("speaker"):
        return "no speaker"
    if low in PRONOUNS or low in ("we", "you", "who", "which", "that"):
        return "pronoun"
    if not mention or mention[0].islower() or low.startswith(DETERMINERS):
        return "description"
    return "wrong name"


def tally_speakers(rows, texts):
    rows = [r for r in rows if r["miss"] == "speaker"]
    classes = collections.Counter(speaker_class(r) for r in rows)
    print(f"{len(rows)} wrong speakers")
    for kind, count in classes.most_common():
        print(f"{count:4}  {kind}")
        for row in [r for r in rows if speaker_class(r) == kind][:3]:
            quote = " ".join(texts[row["id"]][row["start"]:row["end"]].split())[:60]
            print(f'      {row["id"][:40]} @{row["start"]} "{quote}": mention "{row.get("gold_mention", "")}" -> predicted '
                  f'"{row.get("speaker", "")}" ({row.get("mention", "")}), gold "{row.get("gold_speaker", "")}"')


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    show_all = "--all" in sys.argv
    texts = {a["id"]: a["text"] for a in json.load(open(args[1], encoding="utf-8"))}
    rows = [json.loads(line) for line in open(args[0], encoding="utf-8") if line.strip()]
    if "--speakers" in sys.argv:
        tally_speakers(rows, texts)
        return
    types = collections.Counter()
    examples = collections.defaultdict(list)
    for row in rows:
        kind = classify(row, texts[row["id"]])
        types[kind] += 1
        examples[kind].append(row)
    print(f"{len(rows)} misses in {args[0]}")
    for kind, count in types.most_common(None if show_all else 10):
        row = examples[kind][0]
        text = texts[row["id"]]
        snippet = " ".join(text[row["start"]:row["end"]].split())
        if len(snippet) > 110:
            snippet = snippet[:107] + "..."
        detail = ""
        if row["miss"] == "speaker":
            detail = f' -> predicted "{row.get("speaker", "")}", gold "{row.get("gold_speaker", "")}"'
        elif row["miss"] == "fp":
            detail = f' (predicted speaker "{row.get("speaker", "")}")'
        print(f"{count:4}  {kind}\n      e.g. {row['id']} @{row['start']}: \"{snippet}\"{detail}")


if __name__ == "__main__":
    main()
