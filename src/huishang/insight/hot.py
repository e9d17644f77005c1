"""Hot issues (热点问题): matters grouped into issues by similar wording and the same place, ranked by a
heat index of count, growth and support. This module groups; the worker's job (``hot_runs``) groups the
newest matters ahead and stores the issues, and readers count them for a period (``hot_selectors``).

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
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from huishang.insight import text as chinese
from huishang.insight.similarity import FILLER

# Two matters of one place are alike when the cosine of their TF-IDF word vectors reaches this.
LINK = 0.3
LABEL_WORDS = 3
# Similarities computed at once (a slice of rows against a place's items): bounds the memory of a run.
SIMILARITY_CELLS = 4_000_000


@dataclass
class Item:
    """One message or matter to be grouped."""

    key: object
    text: str
    # Items are grouped only with items of the same place: its name, or a region's id.
    place: str | int
    at: datetime.datetime
    support: int = 0
    title: str = ""
    # The text's words when they are cut already (a matter's search document); else the text is cut here.
    words: list[str] | None = None


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
        return heat(self.count, self.growth, self.support)


def heat(count: int, growth: int, support: int) -> float:
    return count + max(growth, 0) / 2 + math.log2(1 + support)


def _words(item: Item) -> list[str]:
    words = item.words if item.words is not None else chinese.words(item.text)
    return [word for word in words if word not in FILLER and len(word) > 1]


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


def _links(vectors, link: float):
    """Which of one place's items are alike (cosine >= ``link``), as a sparse matrix. Computed a slice of
    rows at a time: a place's full similarity matrix, before the threshold, can hold most of its pairs."""
    size = vectors.shape[0]
    step = max(1, SIMILARITY_CELLS // size)
    rows, columns = [], []
    transposed = vectors.T.tocsc()
    for first in range(0, size, step):
        similar = (vectors[first:first + step] @ transposed).tocoo()
        keep = similar.data >= link
        rows.append(similar.row[keep] + first)
        columns.append(similar.col[keep])
    rows, columns = np.concatenate(rows), np.concatenate(columns)
    return csr_matrix((np.ones(len(rows), dtype=np.int8), (rows, columns)), shape=(size, size))


def _labels(vectors, groups: list[list[int]], vocabulary) -> list[str]:
    """Each group's LABEL_WORDS weightiest words (summed TF-IDF over its items)."""
    membership = csr_matrix(
        (np.ones(sum(map(len, groups))), (np.repeat(np.arange(len(groups)), [len(g) for g in groups]),
                                          np.concatenate(groups))),
        shape=(len(groups), vectors.shape[0]),
    )
    weights = (membership @ vectors).tocsr()
    labels = []
    for row in range(len(groups)):
        words = weights.indices[weights.indptr[row]:weights.indptr[row + 1]]
        values = weights.data[weights.indptr[row]:weights.indptr[row + 1]]
        best = np.lexsort((words, -values))[:LABEL_WORDS]
        labels.append(" ".join(vocabulary[words[i]] for i in best if values[i] > 0))
    return labels


def group_by_place(items: list[Item], *, link: float = LINK) -> list[tuple[list[int], str]]:
    """Every group of alike items of one place: its items' indices (ascending) and its label. The words'
    weights are learnt from all ``items`` at once, the links are drawn within each place."""
    if not items:
        return []
    vectorizer = TfidfVectorizer(analyzer=_words, sublinear_tf=True)
    try:
        vectors = vectorizer.fit_transform(items).tocsr()
    except ValueError:  # not one word worth weighing in any item: nothing is alike
        return [([index], "") for index in range(len(items))]
    places = collections.defaultdict(list)
    for index, item in enumerate(items):
        places[item.place].append(index)
    groups = []
    for indices in places.values():
        indices = np.array(indices)
        groups += [indices[members].tolist() for members in _star_groups(_links(vectors[indices], link))]
    return list(zip(groups, _labels(vectors, groups, vectorizer.get_feature_names_out())))


def group_issues(items: list[Item], *, start=None, end=None, top: int = 10, link: float = LINK) -> list[Issue]:
    """Group ``items`` into issues (same place, similar words) and return the ``top`` hottest."""
    if not items:
        return []
    start = start or min(item.at for item in items)
    end = end or max(item.at for item in items)
    middle = start + (end - start) / 2
    issues = []
    for members, label in group_by_place(items, link=link):
        grouped = [items[i] for i in members]
        late = sum(1 for item in grouped if item.at >= middle)
        issue = Issue(label=label, place=grouped[0].place, items=grouped, growth=2 * late - len(grouped))
        issues.append((members[0], issue))
    issues.sort(key=lambda pair: (-pair[1].heat, -pair[1].count, pair[0]))
    return [issue for _first, issue in issues[:top]]
