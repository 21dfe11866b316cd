#!/usr/bin/env python3
"""Builds the scorer agreement fixture: a gold sample, a deterministically perturbed "system" version of it, and the
reference scorer's output on the pair (ScorerAgreementTests checks the C# port gives the same, byte for byte).

Usage (from the repository root, with ../shared present):
    python3 tests/Hadath.Tests/Evaluation/Data/make_perturbed.py
Writes, next to this script: gold-sample.jsonl, system-sample.jsonl, expected-scores.json (score_articles.py --json)
and expected-table.txt (its text table).

The perturbations cover every branch of score_articles.py: dropped, renamed (to an alias, to a case/accent/"al-"
variant, to an unrelated name that keeps or loses the Arabic mentions), retyped and duplicated entities; dropped,
retyped, redated, twinned (equal-score ties that only the stable sort order resolves), untyped and spurious events, actors replaced by same country+sector
strangers, locations removed, death tolls changed; dropped, truncated (above and below half), vowelled, shuffled and
misattributed quotes, and quotes exactly at and one below the half-overlap threshold; one gold article missing from the system file, one system article without gold, and a system
id given twice (the last one counts).
"""
import difflib, importlib.util, json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "..", "shared"))
SEED = 20240611
# Chosen for coverage: many optional events, many quotes, many aliases.
# The last one is left out of the system file; its only AID event is historical, so Python still prints an AID row
# of zeros (a type row is created for optional gold events too).
IDS = ["seed-paris-talks", "ant-FR-internationalNews-1212-20180512", "ant-BB-middleEast-825-20180802",
       "ant-CN-middleEast-1324-20180909", "ant-FR-internationalNews-470-20180316"]
MISSING_FROM_SYSTEM = "ant-FR-internationalNews-470-20180316"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "ACCUSE", "REQUEST", "ASSAULT", "COERCE", "PROTEST"]
HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640"]
ACCENTS = {"e": "é", "a": "á", "o": "ö", "u": "ü", "i": "ï", "c": "ç", "n": "ñ"}


def variant(rng, name):
    """A spelling the scorer must still fold to the same key: case, accents, 'al-'/'the' particles, hyphens."""
    kind = rng.randrange(4)
    if kind == 0:
        return name.upper()
    if kind == 1:
        return "".join(ACCENTS.get(c, c) if rng.random() < 0.5 else c for c in name)
    if kind == 2:
        return "The " + name.replace(" ", "-")
    return "al-" + name.lower()


def vowel(rng, text):
    return "".join(c + (rng.choice(HARAKAT) if "\u0621" <= c <= "\u064a" and rng.random() < 0.3 else "") for c in text)


def perturb_entities(rng, ents):
    out = []
    for k, e in enumerate(ents):
        e = json.loads(json.dumps(e))
        x = rng.random()
        if x < 0.12:
            continue                                               # missed
        if x < 0.22 and e["aliases"]:
            e["name"] = rng.choice(e["aliases"])                   # linked through the alias table
        elif x < 0.32:
            e["name"] = variant(rng, e["name"])                    # folds to the same key
        elif x < 0.40:
            e["name"] = f"Stranger {k}"                            # untyped match through the mentions only
        elif x < 0.45:
            e["name"], e["mentions"] = f"Nobody {k}", ["لا أحد"]   # "nobody": no match at all
        elif x < 0.52:
            e["mentions"] = [vowel(rng, m) for m in e["mentions"]]
        if rng.random() < 0.12:
            e["type"] = rng.choice([t for t in ("PER", "ORG", "LOC", "GRP") if t != e["type"]])
        e["aliases"] = []                                          # system aliases are never read
        out.append(e)
    if out:
        out.insert(rng.randrange(len(out) + 1), json.loads(json.dumps(rng.choice(out))))   # duplicate: one is fp
    out.append({"name": "Atlantis", "aliases": [], "type": "LOC", "country": None, "mentions": ["أتلانتس"]})
    rng.shuffle(out)
    return out


def perturb_events(rng, evs):
    out = []
    for e in evs:
        e = json.loads(json.dumps(e))
        if rng.random() < 0.12:
            continue
        if rng.random() < 0.1:
            e["type"] = rng.choice([t for t in TYPES if t != e["type"]])
        if rng.random() < 0.2:
            e["date"] = rng.choice([None, "2018", "2018-01-01", e["date"][:7] if e["date"] else "2017"])
        if rng.random() < 0.15:
            for a in e["actor"]:
                a["name"] = "Someone with the same country and sector"
        if rng.random() < 0.08:
            e["actor"] = []
        if rng.random() < 0.08:
            e["recipient"] = [{"name": variant(rng, r["name"]), "country": None, "sector": None} for r in e["recipient"]]
        if rng.random() < 0.12:
            e["location"] = None if rng.random() < 0.5 else {"name": "Elsewhere", "country": None}
        if rng.random() < 0.12:
            e["size"] = {"dead": rng.choice([None, 0, 3, 12]), "injured": None, "arrested": None}
        e["historical"] = e["hypothetical"] = e["negated"] = False   # system flags are never read
        out.append(e)
        if rng.random() < 0.15:
            # Equal-score twin differing only in the death toll (not part of the pair score): Python's stable sort
            # pairs the first of the two, so the "dead" accuracy depends on the tie order.
            twin = json.loads(json.dumps(e))
            dead = (e.get("size") or {}).get("dead")
            twin["size"] = {"dead": 99 if dead != 99 else 98, "injured": None, "arrested": None}
            out.append(twin)
    out.append({"mode": None, "actor": [{"name": "Ghost", "country": "XXX", "sector": "GOV"}], "recipient": [],
                "location": None, "date": None, "size": None, "historical": False, "hypothetical": False,
                "negated": False, "evidence": ""})                   # no "type": counted under "?"
    if evs:
        spurious = json.loads(json.dumps(rng.choice(evs)))
        spurious["type"] = "SANCTION"
        out.append(spurious)
    return out


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_articles", os.path.join(SHARED, "tools", "score_articles.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def threshold_text(scorer, gold_text, slack):
    """A text whose folded form shares exactly min(len)/2 code points with the gold one (slack 0: a match, as the
    scorer's test is >=) or one fewer (slack 1: no match): a gold prefix padded with letters absent from Arabic."""
    b = scorer.fold_ar(gold_text)
    for k in range(2, len(b) // 2):
        for m in range(1, len(b)):
            a = scorer.fold_ar(b[:k] + " " + "z" * m)
            common = sum(x.size for x in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
            if 2 * common + 2 * slack == min(len(a), len(b)):
                return a
    return None


def perturb_quotes(rng, quotes, aliases, scorer):
    out = []
    for slack, q in enumerate(quotes[:2]):
        text = threshold_text(scorer, q["text"], slack)
        if text:
            out.append(dict(q, text=text))
    quotes = quotes[len(out):]
    for q in quotes:
        q = json.loads(json.dumps(q))
        x = rng.random()
        if x < 0.12:
            continue
        if x < 0.35:
            cut = rng.choice([0.3, 0.45, 0.55, 0.8])                 # around the half-of-the-shorter threshold
            q["text"] = q["text"][: max(1, int(len(q["text"]) * cut))]
        elif x < 0.45:
            q["text"] = vowel(rng, q["text"]) + "،"
        elif x < 0.55:
            words = q["text"].split()
            rng.shuffle(words)
            q["text"] = " ".join(words)
        elif x < 0.62:
            q["speaker"] = "Anonymous official"
        elif x < 0.72:
            q["speaker"] = rng.choice(aliases.get(q["speaker"], [q["speaker"]]))
        out.append(q)
    out.append({"speaker": "Nobody", "speaker_mention": "", "text": "كلام لم يقله أحد"})
    return out


def main():
    rng = random.Random(SEED)
    scorer = load_scorer()
    by_id = {}
    with open(os.path.join(SHARED, "gold", "articles-dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                by_id[r["id"]] = r
    gold = [by_id[i] for i in IDS]
    system = []
    for g in gold:
        if g["id"] == MISSING_FROM_SYSTEM:
            continue
        aliases = {e["name"]: e["aliases"] or [e["name"]] for e in g["entities"]}
        s = dict(g)
        s["entities"] = perturb_entities(rng, g["entities"])
        s["events"] = perturb_events(rng, g["events"])
        s["quotes"] = perturb_quotes(rng, g["quotes"], aliases, scorer)
        system.append(s)
    # An earlier, empty copy of one article: ids are unique in a dict, the last line wins.
    system.insert(0, dict(gold[1], entities=[], events=[], quotes=[]))
    system.append(dict(gold[0], id="not-in-gold"))
    rng.shuffle(system)

    def write(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write("gold-sample.jsonl", gold)
    write("system-sample.jsonl", system)
    scorer = os.path.join(SHARED, "tools", "score_articles.py")
    gold_path, sys_path = os.path.join(HERE, "gold-sample.jsonl"), os.path.join(HERE, "system-sample.jsonl")
    for args, name in (([], "expected-table.txt"), (["--json"], "expected-scores.json")):
        out = subprocess.run([sys.executable, scorer, gold_path, sys_path, *args], check=True, capture_output=True,
                             text=True, encoding="utf-8").stdout
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(out)
    print("wrote", len(gold), "gold and", len(system), "system articles")


if __name__ == "__main__":
    main()
