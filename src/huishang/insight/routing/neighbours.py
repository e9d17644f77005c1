"""The default router: a linear SVM over the words, their characters and the opening words, with a vote of
the most similar past matters added to its margins.

The neighbours' vote (cosine over the same word and character TF-IDF) catches matters that resemble a few
earlier ones more than they resemble their category as a whole; the opening words weigh the subject, which
names the problem more plainly than the detail. The neighbours' weight is the median of the weights that
inner splits of the training folds chose; the opening words' weight was set once, not tuned
(bench/insight_routing.py measures the result).
"""

import functools

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

from huishang.insight.routing import features

# Similarities of many matters at once are computed in slices so that memory stays bounded.
_SLICE = 256


def _word_features() -> TfidfVectorizer:
    # min_df=2: a word or pair seen in one message only is a name or a typo, not a sign of the category.
    return TfidfVectorizer(analyzer=features.words_and_pairs, sublinear_tf=True, min_df=2)


def _character_features() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb", preprocessor=features.spaced, ngram_range=(1, 3), sublinear_tf=True, min_df=2,
    )


class LinearWithNeighbours(ClassifierMixin, BaseEstimator):
    def __init__(self, opening_words=12, opening_weight=0.5, neighbours=5, neighbour_weight=0.3, C=0.5):
        self.opening_words = opening_words
        self.opening_weight = opening_weight
        self.neighbours = neighbours
        self.neighbour_weight = neighbour_weight
        self.C = C

    def fit(self, texts, labels):
        words = features.words_of_each(texts)
        self.words_, self.characters_ = _word_features(), _character_features()
        self.opening_ = TfidfVectorizer(
            analyzer=functools.partial(features.opening_words_and_pairs, count=self.opening_words),
            sublinear_tf=True, min_df=2,
        )
        body = sp.hstack([self.words_.fit_transform(words), self.characters_.fit_transform(words)]).tocsr()
        opening = self.opening_.fit_transform(words)
        # Balanced weights: a rare category (交通运输 is one message in fifteen) counts as much as a common one.
        self.svm_ = LinearSVC(C=self.C, class_weight="balanced").fit(
            sp.hstack([body, self.opening_weight * opening]).tocsr(), labels
        )
        self.classes_ = self.svm_.classes_
        # Kept as feature -> matters (an inverted index) so that one new matter touches only its own features.
        # It is most of the stored model: about 48 MB compressed for 10,000 matters, against 15 MB without.
        self.memory_ = normalize(body).T.tocsr().astype(np.float32)
        self.memory_labels_ = np.searchsorted(self.classes_, np.asarray(labels))
        return self

    def _body(self, words):
        return sp.hstack([self.words_.transform(words), self.characters_.transform(words)]).tocsr()

    def neighbour_votes(self, texts) -> np.ndarray:
        return self._neighbour_votes(normalize(self._body(features.words_of_each(texts))).astype(np.float32))

    def decision_function(self, texts) -> np.ndarray:
        words = features.words_of_each(texts)
        body = self._body(words)
        margins = self.svm_.decision_function(sp.hstack([body, self.opening_weight * self.opening_.transform(words)]))
        if margins.ndim == 1:  # two labels: one margin, for the second
            margins = np.column_stack([-margins, margins])
        return margins + self.neighbour_weight * self._neighbour_votes(normalize(body).astype(np.float32))

    def _neighbour_votes(self, queries) -> np.ndarray:
        """Each matter's most similar past matters vote for their category with their similarity; the
        votes of a matter sum to one (or zero when nothing is alike)."""
        count = min(self.neighbours, self.memory_.shape[1])
        votes = np.zeros((queries.shape[0], len(self.classes_)))
        for start in range(0, queries.shape[0], _SLICE):
            similarity = (queries[start:start + _SLICE] @ self.memory_).toarray()
            nearest = np.argpartition(-similarity, count - 1, axis=1)[:, :count]
            weights = np.take_along_axis(similarity, nearest, axis=1)
            rows = np.repeat(np.arange(similarity.shape[0]), count)
            np.add.at(votes[start:start + _SLICE], (rows, self.memory_labels_[nearest].ravel()), weights.ravel())
        totals = votes.sum(axis=1, keepdims=True)
        return np.divide(votes, totals, out=np.zeros_like(votes), where=totals > 0)

    def predict(self, texts) -> np.ndarray:
        return self.classes_[self.decision_function(texts).argmax(axis=1)]
