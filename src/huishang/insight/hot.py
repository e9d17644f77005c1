"""Hot issues (热点问题): the period's matters grouped into issues by similar wording and the same place,
ranked by a heat index of count, growth and support.

heat = count + max(growth, 0) / 2 + log2(1 + support), where growth = matters in the second half of the
period minus those in the first half, and support = likes where the source has them (for matters: the
repeats merged into them, each a person raising the same thing again). Support counts on a log scale
so that one message with two thousand likes does not outrank a problem raised by many.
"""

import collections
import datetime
import math
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import coo_matrix
from django.utils import timezone
from sklearn.feature_extraction.text import TfidfVectorizer

from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.insight.routing.history import matter_text
from huishang.insight import text as chinese
from huishang.insight.similarity import FILLER

# Two matters of one place are alike when the cosine of their TF-IDF word vectors reaches this.
LINK = 0.3
LABEL_WORDS = 3


@dataclass
class Item:
    """One message or matter to be grouped."""

    key: object
    text: str
    place: str
    at: datetime.datetime
    support: int = 0
    title: str = ""


@dataclass
class Issue:
    label: str
    place: str
    items: list[Item] = field(default_factory=list)
    growth: int = 0

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def support(self) -> int:
        return sum(item.support for item in self.items)

    @property
    def heat(self) -> float:
        return self.count + max(self.growth, 0) / 2 + math.log2(1 + self.support)

    @property
    def region(self) -> str:
        return self.place

    def as_dict(self) -> dict:
        return {
            "label": self.label, "place": self.place, "count": self.count, "growth": self.growth,
            "support": self.support, "heat": round(self.heat, 1),
            "first": min(item.at for item in self.items), "last": max(item.at for item in self.items),
            "matters": [{"key": item.key, "title": item.title, "at": item.at} for item in
                        sorted(self.items, key=lambda item: item.at)],
        }


def _words(text: str) -> list[str]:
    return [word for word in chinese.words(text) if word not in FILLER and len(word) > 1]


def _star_groups(links) -> list[list[int]]:
    """Star clustering: the item with most neighbours leads a group of its still ungrouped neighbours,
    then the next, and so on. Unlike joining every linked pair, a chain of loosely alike items does
    not become one issue."""
    degrees = np.diff(links.indptr)
    grouped = np.zeros(links.shape[0], dtype=bool)
    groups = []
    for leader in sorted(range(links.shape[0]), key=lambda i: (-degrees[i], i)):
        if grouped[leader]:
            continue
        neighbours = links.indices[links.indptr[leader]:links.indptr[leader + 1]]
        members = sorted({leader, *(int(i) for i in neighbours if not grouped[i])})
        grouped[members] = True
        groups.append(members)
    return groups


def group_issues(items: list[Item], *, start=None, end=None, top: int = 10, link: float = LINK) -> list[Issue]:
    """Group ``items`` into issues (same place, similar words) and return the ``top`` hottest."""
    if not items:
        return []
    vectorizer = TfidfVectorizer(analyzer=_words, sublinear_tf=True)
    vectors = vectorizer.fit_transform([item.text for item in items])
    places = np.array([item.place for item in items])
    similar = (vectors @ vectors.T).tocoo()
    keep = (similar.data >= link) & (places[similar.row] == places[similar.col])
    links = coo_matrix((np.ones(keep.sum()), (similar.row[keep], similar.col[keep])), shape=similar.shape).tocsr()
    start = start or min(item.at for item in items)
    end = end or max(item.at for item in items)
    middle = start + (end - start) / 2
    issues = []
    for members in _star_groups(links):
        grouped = [items[i] for i in members]
        late = sum(1 for item in grouped if item.at >= middle)
        issues.append((members, Issue(label="", place=grouped[0].place, items=grouped, growth=2 * late - len(grouped))))
    issues.sort(key=lambda pair: (-pair[1].heat, -pair[1].count, pair[0][0]))
    vocabulary = vectorizer.get_feature_names_out()
    for members, issue in issues[:top]:
        weights = np.asarray(vectors[members].sum(axis=0)).ravel()
        issue.label = " ".join(vocabulary[i] for i in weights.argsort()[::-1][:LABEL_WORDS] if weights[i] > 0)
    return [issue for _members, issue in issues[:top]]


def _moment(day: datetime.date | None):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min)) if day else None


def _merged_into(matters: list[Matter], scope) -> collections.Counter:
    """How many matters were merged into each of ``matters``: the support a repeated complaint adds.

    Read from the merged side and kept in Python: "duplicate_of IN (the chosen matters)" nests the visibility
    subqueries once more, and PostgreSQL planned that as nested loops that ran for minutes."""
    chosen = {matter.pk for matter in matters}
    merged = Matter.objects.filter(scope.moment_range("duplicate_of__submitted_at"), duplicate_of__isnull=False)
    return collections.Counter(pk for pk in merged.values_list("duplicate_of_id", flat=True) if pk in chosen)


def hot_issues(scope, *, matters=None, top: int = 10) -> list[Issue]:
    """The hottest issues among the matters submitted in ``scope``'s period (optionally among ``matters``)."""
    chosen = (matters if matters is not None else scope.matters()).filter(scope.moment_range("submitted_at"))
    chosen = chosen.exclude(state__in=(State.REJECTED, State.MERGED)).select_related("region")
    matters = list(chosen.only("number", "title", "description", "submitted_at", "region__name"))
    repeats = _merged_into(matters, scope)
    items = [
        Item(key=matter.number, text=matter_text(matter), place=matter.region.name, at=matter.submitted_at,
             support=repeats.get(matter.pk, 0), title=matter.title)
        for matter in matters
    ]
    start = _moment(scope.date_from)
    end = _moment(scope.date_to + datetime.timedelta(days=1)) if scope.date_to else None
    return group_issues(items, start=start, end=end, top=top)
