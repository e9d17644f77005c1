"""The knowledge base's suggestions measured on real data: 附件4 of the 2020 Teddy Cup (../shared/data), 2,816
citizens' messages each with the official reply it received. Every distinct reply is loaded as an article
(body only: a reply has no title of its own, and none is made from its message), and for each message the
engine is asked for articles as a unit's answer form asks for a matter (the message's subject as the title,
its text as the description). A hit is the article holding the message's own reply. Printed beside it: a
plain TF-IDF (cosine) over the same segmentation, computed in the same run.

Nothing is learned from which reply belongs to which message: the engine has no trained weights. Its design
(TF-IDF over words and character pairs, the title counted three times) was chosen among a few candidates by
this benchmark, so the run also prints the figures on each half of the messages (odd and even rows) as a check
that they do not hang on a few rows. Time per suggestion: segmenting the message and ranking (the database is
not involved: the index lives in the process).

    .venv/bin/python bench/knowledge_relevance.py [--limit N] [--json]

Without ../shared/data (or HUISHANG_SHARED_DATA) it says so and exits 0.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")

ATTACHMENT_4 = "teddy2020_attachment4.xlsx"
# A reply this long or longer says something about the question (shorter: mostly "已收悉" and the like).
SUBSTANTIVE_REPLY = 80


def _raw_folder() -> Path | None:
    configured = os.environ.get("HUISHANG_SHARED_DATA")
    path = Path(configured) if configured else ROOT.parent / "shared" / "data"
    raw = path / "raw"
    return raw if (raw / ATTACHMENT_4).is_file() else None


def replied_messages(raw: Path) -> list[tuple[str, str, str]]:
    """(subject, detail, official reply) of every row of 附件4."""
    import openpyxl

    workbook = openpyxl.load_workbook(raw / ATTACHMENT_4, read_only=True)
    try:
        rows = list(workbook.active.iter_rows(values_only=True))[1:]
    finally:
        workbook.close()
    return [(str(r[2] or "").strip(), str(r[4] or "").strip(), str(r[5] or "").strip()) for r in rows if r[0] is not None]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def measure(name: str, suggest, messages, article_of) -> dict:
    """Recall@1, recall@3 and the time per suggestion of ``suggest(subject, detail) -> [article keys]``."""
    first = top_three = 0
    seconds = []
    for subject, detail, reply in messages:
        started = time.perf_counter()
        found = suggest(subject, detail)
        seconds.append(time.perf_counter() - started)
        own = article_of[reply]
        first += bool(found) and found[0] == own
        top_three += own in found[:3]
    n = len(messages)
    return {"engine": name, "messages": n, "recall_at_1": round(first / n, 3), "recall_at_3": round(top_three / n, 3),
            "median_ms": round(statistics.median(seconds) * 1000, 2), "p95_ms": round(_percentile(seconds, 0.95) * 1000, 2)}


def tfidf_baseline(articles: list[str]):
    """TF-IDF over jieba's words (the same segmentation), cosine similarity, best three."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from huishang.insight import text as chinese

    vectorizer = TfidfVectorizer(analyzer=chinese.search_words, sublinear_tf=True)
    matrix = vectorizer.fit_transform(articles)

    def suggest(subject, detail):
        scores = (matrix @ vectorizer.transform([subject + "\n" + detail]).T).toarray().ravel()
        best = np.argpartition(-scores, 3)[:3]
        return [int(i) for i in best[np.argsort(-scores[best])]]

    return suggest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N messages (a quick look)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    raw = _raw_folder()
    if raw is None:
        print(f"skipped: the public data is missing ({ATTACHMENT_4} under ../shared/data/raw or HUISHANG_SHARED_DATA)")
        return 0

    import django

    django.setup()
    from huishang.knowledge import engine

    messages = replied_messages(raw)[: args.limit]
    articles = list(dict.fromkeys(reply for _, _, reply in messages))
    article_of = {reply: i for i, reply in enumerate(articles)}
    results = []

    started = time.perf_counter()
    index = engine.Index((i, "", body) for i, body in enumerate(articles))
    built = time.perf_counter() - started
    started = time.perf_counter()
    index.changed([(0, "", articles[0] + "。")], keeping=range(1, len(articles)))
    one_changed = time.perf_counter() - started
    results.append(measure("knowledge engine", lambda s, d: index.best(s, d, limit=3), messages, article_of))

    for half, rows in (("odd rows", messages[0::2]), ("even rows", messages[1::2])):
        results.append(measure(f"knowledge engine, {half}", lambda s, d: index.best(s, d, limit=3), rows, article_of))

    # About 400 replies are a line of acknowledgement ("已收悉", "已转相关部门处理") that no question can match:
    # the figures on the messages whose reply has something to say show what the ranking does apart from them.
    answered = [row for row in messages if len(row[2]) >= SUBSTANTIVE_REPLY]
    results.append(measure(f"knowledge engine, replies of {SUBSTANTIVE_REPLY}+ characters",
                           lambda s, d: index.best(s, d, limit=3), answered, article_of))

    baseline = tfidf_baseline(articles)
    results.append(measure("TF-IDF baseline", baseline, messages, article_of))
    results.append(measure(f"TF-IDF baseline, replies of {SUBSTANTIVE_REPLY}+ characters", baseline, answered,
                           article_of))

    summary = {"messages": len(messages), "articles": len(articles), "index_seconds": round(built, 1),
               "one_article_changed_seconds": round(one_changed, 2),
               "target": {"recall_at_3": 0.85, "median_ms": 10}, "results": results}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    print(f"{len(messages)} messages, {len(articles)} distinct replies as articles (index built in {built:.1f} s, "
          f"brought up to date after one article changed in {one_changed:.2f} s)")
    print(f"{'engine':50s} {'messages':>8s} {'recall@1':>9s} {'recall@3':>9s} {'median ms':>10s} {'p95 ms':>8s}")
    for row in results:
        print(f"{row['engine']:50s} {row['messages']:8d} {row['recall_at_1']:9.3f} {row['recall_at_3']:9.3f} "
              f"{row['median_ms']:10.2f} {row['p95_ms']:8.2f}")
    ours = results[0]
    verdict = "met" if ours["recall_at_3"] >= 0.85 and ours["median_ms"] < 10 else "MISSED"
    print(f"target recall@3 >= 0.85 under 10 ms per suggestion: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
