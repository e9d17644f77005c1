"""The suggestion engine: which articles answer this text best. TF-IDF (logarithmic term frequency, smoothed
inverse document frequency, cosine) over two kinds of terms: the project's segmentation (jieba's search-mode
words, with the deployment's names kept whole; ``insight.text``) and the character pairs of the Chinese runs,
which still match when a place is written two ways (景蓉华苑 / 景蓉花苑) or jieba cuts a name differently in the
question and in the article. The question's title counts three times, an article's title twice.

Chosen by measuring, not assumed: on the public 12345 messages and their official replies
(bench/knowledge_relevance.py) the pairs added to the words raise recall@3 from 0.75 (words alone, the plain
baseline) to 0.77; BM25 over the same terms did worse (0.72 to 0.74). The index is built once per process from
the articles; when some change, only those are cut into terms again and the weights recomputed (``Index.changed``).
Ranking is one sparse matrix product (about a millisecond for a few thousand articles).
"""

import collections
import math
import re
from collections.abc import Iterable, Sequence

import numpy as np
from scipy import sparse

from huishang.insight import text as chinese
from huishang.insight.similarity import FILLER

# The title says what an article is about: its terms count as often as this in the article.
TITLE_WEIGHT = 2
# The question's title says what the matter is about: its terms count as often as this in the query.
QUERY_TITLE_WEIGHT = 3
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def terms(text: str) -> list[str]:
    """The words of ``text`` (filler words dropped) and its Chinese character pairs (marked with a leading
    space so a pair never collides with a word)."""
    found = [word.lower() for word in chinese.search_words(text) if word not in FILLER]
    for run in _HAN_RUN.findall(text or ""):
        found.extend(" " + run[i:i + 2] for i in range(len(run) - 1))
    return found


def _weighted(bag: collections.Counter) -> dict[str, float]:
    return {term: 1 + math.log(count) for term, count in bag.items() if count > 0}


def document_terms(title: str, body: str) -> collections.Counter:
    """How often each term occurs in a document, its title's terms counted TITLE_WEIGHT times: the costly part of
    indexing (jieba), done once per version of an article."""
    bag = collections.Counter(terms(body))
    for term in terms(title):
        bag[term] += TITLE_WEIGHT
    return bag


class Index:
    """TF-IDF cosine over a fixed set of documents, each ``(key, title, body)``; ``segmented`` adds documents
    already cut into terms (``document_terms``), as an earlier index holds them in ``bags``."""

    def __init__(self, documents: Iterable[tuple[object, str, str]] = (), *,
                 segmented: dict[object, collections.Counter] | None = None, _earlier: "Index | None" = None):
        self.bags = dict(segmented or {})
        cut = set()
        for key, title, body in documents:
            self.bags[key] = document_terms(title, body)
            cut.add(key)
        self.keys: list = list(self.bags)
        self._position = {key: i for i, key in enumerate(self.keys)}
        # A term keeps its row from one index to the next built from it (rows are only added; a term no document
        # holds any more has an empty row), so a kept document's coded terms are reused as they are. Copied, not
        # shared: a request still ranking with the earlier index must not meet rows its matrix lacks.
        self.vocabulary = dict(_earlier.vocabulary) if _earlier is not None else {}
        earlier_codes = _earlier._codes if _earlier is not None else {}
        self._codes = {}
        for key, bag in self.bags.items():
            code = None if key in cut else earlier_codes.get(key)
            if code is None:
                rows = np.fromiter((self.vocabulary.setdefault(term, len(self.vocabulary)) for term in bag),
                                   dtype=np.int64, count=len(bag))
                code = (rows, np.log(np.fromiter(bag.values(), dtype=float, count=len(bag))) + 1)
            self._codes[key] = code
        n = len(self.keys)
        codes = [self._codes[key] for key in self.keys]
        rows = np.concatenate([row for row, _ in codes]) if codes else np.zeros(0, dtype=np.int64)
        tf = np.concatenate([weight for _, weight in codes]) if codes else np.zeros(0)
        columns = np.repeat(np.arange(n), [len(row) for row, _ in codes])
        frequency = np.bincount(rows, minlength=len(self.vocabulary))
        self._idf = np.log((1 + n) / (1 + frequency)) + 1
        weights = tf * self._idf[rows]
        norms = np.sqrt(np.bincount(columns, weights * weights, minlength=n))
        norms[norms == 0] = 1.0
        self._matrix = sparse.csr_matrix((weights / norms[columns], (rows, columns)), shape=(len(self.vocabulary), n))

    def changed(self, documents: Iterable[tuple[object, str, str]], *, keeping: Iterable) -> "Index":
        """A new index of the documents of this one named in ``keeping`` (their text unchanged, so not cut again)
        and of ``documents``, new or changed, cut into terms. Every document's weights are computed again, since
        one more document changes every term's inverse document frequency; that is arithmetic, not jieba."""
        return Index(documents, segmented={key: self.bags[key] for key in keeping if key in self.bags}, _earlier=self)

    def __len__(self) -> int:
        return len(self.keys)

    def scores(self, title: str, body: str = "") -> np.ndarray:
        """One score per document (cosine, 0 to 1) for the question ``title`` / ``body``."""
        query = collections.Counter(terms(body))
        for term in terms(title):
            query[term] += QUERY_TITLE_WEIGHT
        rows, weights = [], []
        for term, tf in _weighted(query).items():
            row = self.vocabulary.get(term)
            if row is not None:
                rows.append(row)
                weights.append(tf * self._idf[row])
        if not rows or not self.keys:
            return np.zeros(len(self.keys))
        return np.asarray(self._matrix[rows].T @ np.asarray(weights)).ravel()

    def best(self, title: str, body: str = "", *, limit: int = 3, among: Sequence | set | None = None,
             boost: dict | None = None) -> list:
        """The keys of the ``limit`` best documents with a score above zero, best first; with ``among``, only
        documents whose key is in it; ``boost`` multiplies the scores of the documents it names."""
        scores = self.scores(title, body)
        for key, factor in (boost or {}).items():
            if key in self._position:
                scores[self._position[key]] *= factor
        if among is not None:
            allowed = np.zeros(len(self.keys), dtype=bool)
            allowed[[self._position[key] for key in among if key in self._position]] = True
            scores = np.where(allowed, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if not len(positive):
            return []
        if len(positive) > limit:
            positive = positive[np.argpartition(-scores[positive], limit)[:limit]]
        ordered = positive[np.lexsort((positive, -scores[positive]))]
        return [self.keys[i] for i in ordered]
