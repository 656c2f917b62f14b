#!/usr/bin/env python3
"""Write healthbreach/store/accuracy.json, the accuracy the dataset cards state, from the files `make eval` left.

Run after `make eval` (which scores the realdev development part into .venv/eval-gold-dev.jsonl and
.venv/eval-pred-dev.jsonl); it scores them again with the shared scorer's --json output and records the
extractor version, the day and the article count with the figures. Nothing else writes that file.

The cards should state the kept-aside third: `make eval PART=holdout` then
`accuracy_file.py .venv/eval-gold-holdout.jsonl .venv/eval-pred-holdout.jsonl`.

usage: accuracy_file.py [GOLD_DEV PRED_DEV] [--scorer ../shared/gold/score.py] [--out PATH]
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "healthbreach" / "store" / "accuracy.json"


def main(argv: list[str]) -> int:
    options = {k: Path(argv[argv.index(k) + 1]) for k in ("--scorer", "--out") if k in argv}
    scorer = options.get("--scorer", ROOT.parent / "shared" / "gold" / "score.py")
    out = options.get("--out", OUT)
    files = [a for i, a in enumerate(argv[1:], 1) if not a.startswith("--") and argv[i - 1] not in options]
    gold, pred = (Path(f) for f in files) if files else (ROOT / ".venv" / "eval-gold-dev.jsonl", ROOT / ".venv" / "eval-pred-dev.jsonl")
    for path in (scorer, gold, pred):
        if not path.exists():
            print(f"accuracy_file.py: {path}: missing (run `make eval` first)", file=sys.stderr)
            return 1
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"], capture_output=True, text=True, check=True)
    fields = {k: {m: v[m] for m in ("precision", "recall", "f1")} for k, v in json.loads(done.stdout).items()}
    sys.path.insert(0, str(ROOT))
    from healthbreach.extract.extractor import EXTRACTOR_VERSION

    articles = sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    out.write_text(json.dumps({
        "_comment": "Written by eval/accuracy_file.py from `make eval`; never edit the figures by hand.",
        "extractor_version": EXTRACTOR_VERSION,
        "measured_on": dt.date.today().isoformat(),
        "dataset": "the kept-aside third of realdev (real French press pages the rules were never tuned on, eval/realdev_split.py)" if "holdout" in gold.name else "the realdev development part (real French press pages, eval/realdev_split.py)",
        "articles": articles,
        "fields": fields,
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out}: extractor {EXTRACTOR_VERSION}, {articles} articles, {len(fields)} fields")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
