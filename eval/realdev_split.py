#!/usr/bin/env python3
"""Split ../shared/realdev into a development part and a kept-aside third, by whole incidents.

The split is a pure function of the gold's incident keys (confusers by their id): a SHA-1
of the key, the kept-aside third being those whose digest is 0 mod 3. It was fixed before
any rule was changed against realdev; rules are developed on `dev` and `holdout` is scored
only to report it.

usage: realdev_split.py GOLD.jsonl PRED.jsonl {dev|holdout|all} OUT_GOLD OUT_PRED
       realdev_split.py GOLD.jsonl --list {dev|holdout}
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def part_of(row: dict) -> str:
    key = row.get("incident") or f"confuser:{row['id']}"
    return "holdout" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def stem(raw: str) -> str:
    return Path(str(raw)).stem if "/" in str(raw) else str(raw)


def main(argv: list[str]) -> int:
    gold = [json.loads(l) for l in Path(argv[1]).read_text(encoding="utf-8").splitlines() if l.strip()]
    if argv[2] == "--list":
        print("\n".join(r["id"] for r in gold if part_of(r) == argv[3]))
        return 0
    pred_path, part, out_gold, out_pred = argv[2:6]
    keep = {r["id"] for r in gold if part == "all" or part_of(r) == part}
    Path(out_gold).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold if r["id"] in keep), encoding="utf-8")
    preds = [json.loads(l) for l in Path(pred_path).read_text(encoding="utf-8").splitlines() if l.strip()]
    Path(out_pred).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds if stem(p["id"]) in keep), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
