"""Hot issues found in the real messages of 附件3 (../shared/data), 4,326 messages with likes: the top
issues with their count, growth, likes and heat, and how long the grouping took.

    .venv/bin/python bench/insight_hot.py [--top 10]
"""

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")

import django  # noqa: E402

django.setup()

from huishang.insight.hot import Item, group_issues  # noqa: E402
import public_data as data  # noqa: E402

# Messages name their district as a letter code (A3区), but many name only the city or nothing, and the
# same complaint is written both ways; with --by-place the district found (or "") is the issue's place.
_DISTRICT = re.compile(r"[A-Z]\d+[区县]")


def liked_items(*, by_place: bool = False) -> list[Item]:
    """The messages of 附件3 as items to group, their likes as support."""
    items = []
    for message in data.liked_messages():
        text = f"{message['subject']}\n{message['detail']}"
        place = _DISTRICT.search(text) if by_place else None
        items.append(Item(key=message["id"], text=text, place=place.group() if place else "", at=message["at"],
                          support=message["likes"], title=message["subject"]))
    return items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--by-place", action="store_true", help="tie issues to the district the text names")
    args = parser.parse_args()
    items = liked_items(by_place=args.by_place)
    started = time.perf_counter()
    issues = group_issues(items, top=args.top)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "messages": len(items), "seconds": round(seconds, 2),
        "top": [{"label": i.label, "place": i.place, "count": i.count, "growth": i.growth, "likes": i.support,
                 "heat": round(i.heat, 1), "example": i.items[0].title} for i in issues],
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
