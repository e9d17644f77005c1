"""Routing measured on the real labelled messages of 附件2 (../shared/data): 5-fold cross-validation of
each approach (macro-F1 per fold and mean), training time for 10,000 messages, milliseconds per
matter (median of single predictions on raw text), and raw text after training on only 2,000 (with the
same 2,000 scored on 2,000 other rows of the file, "rows@2000"), then a table comparing the approaches.
The 495 raw sample messages are themselves rows of 附件2, so they (and any row nearly the same) are left
out of the 2,000 training messages.

    .venv/bin/python bench/insight_routing.py [--approach words --approach words+word-chars] [--folds 5]
"""

import argparse
import functools
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")

from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from huishang.insight import text as chinese  # noqa: E402
from huishang.insight.routing import classifier, features  # noqa: E402
import public_data as data  # noqa: E402


def cache_segmentation() -> None:
    """Cut each text once for all folds: the scores are the same, the bench is five times quicker. The
    training time that counts (10,000 messages, in ``speed``) is measured with the cache emptied."""
    features.routing_words = functools.lru_cache(maxsize=None)(features.routing_words)
    chinese.words = functools.lru_cache(maxsize=None)(chinese.words)


def empty_segmentation_cache() -> None:
    features.routing_words.cache_clear()
    chinese.words.cache_clear()


def cross_validation(rows, approach: str, folds: int) -> dict:
    texts, labels = [t for t, _ in rows], [label for _, label in rows]
    scores, seconds, cpu_seconds = [], [], []
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, labels):
        model = classifier.build(approach)
        started, cpu_started = time.perf_counter(), time.process_time()
        model.fit([texts[i] for i in train], [labels[i] for i in train])
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu_started)
        predicted = model.predict([texts[i] for i in test])
        scores.append(f1_score([labels[i] for i in test], predicted, average="macro"))
    return {"macro_f1_mean": round(statistics.mean(scores), 4), "macro_f1_folds": [round(s, 4) for s in scores],
            "median_fit_seconds_per_fold_cut_cached": round(statistics.median(seconds), 2),
            "median_fit_cpu_seconds_per_fold_cut_cached": round(statistics.median(cpu_seconds), 2)}


def not_in_sample(rows, sample):
    """The segmented rows that are not one of the sample's messages (their words mostly differ)."""
    sample_words = [frozenset(features.routing_words(subject + detail)) for subject, detail, _ in sample]
    kept = []
    for text, label in rows:
        words = frozenset(text.split())
        if all(len(words & other) < 0.6 * min(len(words), len(other)) for other in sample_words):
            kept.append((text, label))
    return kept


def raw_after_2000(rows, approach: str) -> dict:
    sample = data.sample_messages()
    pool = not_in_sample(rows, sample)
    train = random.Random(0).sample(pool, 2000)
    test = [(subject + "\n" + detail, label) for subject, detail, label in sample]
    result = classifier.evaluate(train, test, approach=approach).as_dict()
    result["excluded_as_sample_messages"] = len(rows) - len(pool)
    # The same 2,000 scored on 2,000 other rows of the file: the sample's 495 messages are harder than the
    # file at large (the same messages, segmented, score as low as raw), which is why raw@2000 trails this.
    chosen = set(train)
    others = random.Random(1).sample([row for row in pool if row not in chosen], 2000)
    result["other_rows_macro_f1"] = classifier.evaluate(train, others, approach=approach).as_dict()["macro_f1"]
    return result


def speed(rows, approach: str) -> dict:
    ten_thousand = rows + rows[: 10_000 - len(rows)]
    empty_segmentation_cache()
    model = classifier.build(approach)
    started, cpu_started = time.perf_counter(), time.process_time()
    model.fit([t for t, _ in ten_thousand], [label for _, label in ten_thousand])
    train_seconds, train_cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    timings, cpu_timings = [], []
    for subject, detail, _label in data.sample_messages():
        started, cpu_started = time.perf_counter(), time.process_time()
        classifier.confidences(model, [subject + "\n" + detail])
        timings.append(1000 * (time.perf_counter() - started))
        cpu_timings.append(1000 * (time.process_time() - cpu_started))
    return {"train_seconds_10000": round(train_seconds, 2), "train_cpu_seconds_10000": round(train_cpu_seconds, 2),
            "median_ms_per_item": round(statistics.median(timings), 2),
            "p95_ms_per_item": round(sorted(timings)[int(0.95 * len(timings))], 2),
            "median_cpu_ms_per_item": round(statistics.median(cpu_timings), 2)}


def comparison_table(report: dict, approaches: list[str]) -> str:
    """One line per approach, the winner (highest cross-validated macro-F1) marked."""
    best = max(approaches, key=lambda name: report[name]["macro_f1_mean"])
    lines = [
        f"{'approach':27} {'CV macro-F1':>11} {'raw@2000 F1':>11} {'rows@2000':>9} {'train 10k s':>11} {'cpu s':>7}"
        f" {'ms/matter':>9} {'cpu ms':>6}"
    ]
    for name in approaches:
        row = report[name]
        lines.append(
            f"{name:27} {row['macro_f1_mean']:11.4f} {row['raw_after_2000']['macro_f1']:11.4f} "
            f"{row['raw_after_2000']['other_rows_macro_f1']:9.4f} "
            f"{row['train_seconds_10000']:11.2f} {row['train_cpu_seconds_10000']:7.2f} {row['median_ms_per_item']:9.2f}"
            f" {row['median_cpu_ms_per_item']:6.2f}"
            + ("  <- best" if name == best else "")
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--approach", action="append", choices=classifier.APPROACHES)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = data.segmented_messages()
    cache_segmentation()
    report = {"messages": len(rows), "cpu_load_1min": round(os.getloadavg()[0], 2)}
    approaches = args.approach or list(classifier.APPROACHES)
    for approach in approaches:
        report[approach] = {
            **cross_validation(rows, approach, args.folds), "raw_after_2000": raw_after_2000(rows, approach),
            **speed(rows, approach),
        }
        print(json.dumps({approach: report[approach]}, ensure_ascii=False), file=sys.stderr, flush=True)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    print(comparison_table(report, approaches))


if __name__ == "__main__":
    main()
