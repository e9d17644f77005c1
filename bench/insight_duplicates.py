"""Duplicate detection measured on the real messages of 附件3 (../shared/data): near-duplicate pairs made
by a person's edits (rewording, reordering sentences, cutting, adding a greeting) and unrelated pairs
(half of them on the same topic). Prints precision and recall at several thresholds and at the product's.

    .venv/bin/python bench/insight_duplicates.py [--pairs 1000]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")

from huishang.insight.similarity import THRESHOLD, similarity, word_set  # noqa: E402
import public_data as data  # noqa: E402
from tests.insight import edits  # noqa: E402


def scored_pairs(count: int, seed: int = 0, same_topic: bool = False) -> list[tuple[float, bool]]:
    messages = [(m["subject"], m["detail"]) for m in data.liked_messages()]
    scored = []
    for first, second, same in edits.pairs(messages, count=count, seed=seed, same_topic=same_topic):
        scored.append((similarity(word_set("\n".join(first)), word_set("\n".join(second))), same))
    return scored


def precision_recall(scored, threshold: float) -> dict:
    flagged = [same for score, same in scored if score >= threshold]
    positives = sum(1 for _score, same in scored if same)
    hits = sum(flagged)
    return {
        "threshold": threshold, "precision": round(hits / len(flagged), 4) if flagged else 1.0,
        "recall": round(hits / positives, 4) if positives else 0.0,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=1000, help="near-duplicate pairs (as many unrelated)")
    args = parser.parse_args()
    started = time.perf_counter()
    scored = scored_pairs(args.pairs)
    seconds = time.perf_counter() - started
    same_topic = scored_pairs(args.pairs, same_topic=True)
    report = {
        "pairs": len(scored), "product_threshold": precision_recall(scored, THRESHOLD),
        "by_threshold": [precision_recall(scored, t / 20) for t in range(4, 16)],
        "ms_per_pair": round(1000 * seconds / len(scored), 3),
        "max_unrelated_score": round(max(s for s, same in scored if not same), 3),
        "median_duplicate_score": round(statistics.median(s for s, same in scored if same), 3),
        # Half of the unrelated pairs share a subject word; many are real repeats in 附件3: a lower bound.
        "same_topic_product_threshold": precision_recall(same_topic, THRESHOLD),
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
