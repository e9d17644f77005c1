"""The text classifier behind routing suggestions, and the approaches it was chosen from.

``words+word-chars+neighbours`` (the default) is ``words+word-chars`` below with the first twelve words
as a block of their own and a vote of the five most similar past matters added to the SVM's margins (see
neighbours.py).

``words+word-chars``: the text's own words (kept where the text already has spaces, cut by
jieba where it has none, stop words dropped, see features.py) with pairs of neighbouring words, and the
1-3 character pieces inside each word, TF-IDF over both, joined, feeding a linear SVM that weighs each
category by its rarity. Raw and segmented text become the same words, so a model trained on one reads
the other.

``words`` is the plain baseline (the text joined, re-cut by jieba, TF-IDF, linear SVM), and
``words+chars`` the earlier default (baseline words and character 1-2 grams of the joined text), both
kept so that bench/insight_routing.py can compare. All train in seconds on a CPU and need no download.
"""

import math
import time
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.svm import LinearSVC

from huishang.insight import text as chinese
from huishang.insight.routing import features, neighbours

DEFAULT_APPROACH = "words+word-chars+neighbours"
APPROACHES = ("words", "words+chars", "words+word-chars", DEFAULT_APPROACH)


def _word_features() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=chinese.words, sublinear_tf=True)


def _char_features() -> TfidfVectorizer:
    # min_df=2 drops character pairs seen once: names and numbers that say nothing about the category.
    return TfidfVectorizer(
        analyzer="char", ngram_range=(1, 2), preprocessor=chinese.normalise, sublinear_tf=True, min_df=2,
    )


def _words_and_their_characters() -> Pipeline:
    return Pipeline([
        ("cut", FunctionTransformer(features.words_of_each)),
        ("tfidf", FeatureUnion([
            # min_df=2: a word or pair seen in one message only is a name or a typo, not a sign of the category.
            ("words", TfidfVectorizer(analyzer=features.words_and_pairs, sublinear_tf=True, min_df=2)),
            ("chars", TfidfVectorizer(
                analyzer="char_wb", preprocessor=features.spaced, ngram_range=(1, 3), sublinear_tf=True, min_df=2,
            )),
        ])),
        # Balanced weights: a rare category (交通运输 is one message in fifteen) counts as much as a common one.
        ("svm", LinearSVC(C=0.5, class_weight="balanced")),
    ])


def build(approach: str = DEFAULT_APPROACH) -> Pipeline | neighbours.LinearWithNeighbours:
    if approach == "words":
        return Pipeline([("tfidf", _word_features()), ("svm", LinearSVC(C=1.0))])
    if approach == "words+chars":
        features_union = FeatureUnion([("words", _word_features()), ("chars", _char_features())])
        return Pipeline([("tfidf", features_union), ("svm", LinearSVC(C=0.5))])
    if approach == "words+word-chars":
        return _words_and_their_characters()
    if approach == DEFAULT_APPROACH:
        return neighbours.LinearWithNeighbours()
    raise ValueError(f"unknown approach {approach!r}; choose one of {', '.join(APPROACHES)}")


def _softmax_rows(model, texts: list[str]) -> np.ndarray:
    """Each text's confidence in every label, in [0, 1] and summing to one (softmax over the SVM's margins)."""
    scores = np.atleast_2d(model.decision_function(texts))
    if scores.shape[1] == 1:  # two labels: one margin for the second
        scores = np.hstack([-scores, scores])
    exp = np.exp((scores - scores.max(axis=1, keepdims=True)) * 3.0)
    return exp / exp.sum(axis=1, keepdims=True)


def confidences(model, texts: list[str]) -> list[tuple[str, float]]:
    """The best label of each text with a confidence in [0, 1] (softmax over the SVM's margins)."""
    labels = model.classes_
    return [(str(labels[int(row.argmax())]), float(row.max())) for row in _softmax_rows(model, texts)]


def ranked(model, text: str) -> list[tuple[str, float]]:
    """Every label for text with its confidence, best first: a caller bound to some labels takes the first
    it may use (routing suggests only a unit of the matter's place)."""
    row = _softmax_rows(model, [text])[0]
    return [(str(model.classes_[i]), float(row[i])) for i in np.argsort(-row, kind="stable")]


@dataclass
class Evaluation:
    items: int
    macro_f1: float
    accuracy: float
    ms_per_item: float
    train_seconds: float

    def as_dict(self) -> dict:
        return {
            "items": self.items, "macro_f1": round(self.macro_f1, 4), "accuracy": round(self.accuracy, 4),
            "ms_per_item": round(self.ms_per_item, 3), "train_seconds": round(self.train_seconds, 2),
        }


def evaluate(train: list[tuple[str, str]], test: list[tuple[str, str]], approach: str = DEFAULT_APPROACH) -> Evaluation:
    """Train on ``train`` only, predict ``test`` one item at a time (as matters arrive), and measure."""
    model = build(approach)
    started = time.perf_counter()
    model.fit([text for text, _ in train], [label for _, label in train])
    train_seconds = time.perf_counter() - started
    texts = [text for text, _ in test]
    started = time.perf_counter()
    predicted = [model.predict([text])[0] for text in texts]
    elapsed = time.perf_counter() - started
    truth = [label for _, label in test]
    return Evaluation(
        items=len(test), macro_f1=float(f1_score(truth, predicted, average="macro")),
        accuracy=float(accuracy_score(truth, predicted)),
        ms_per_item=1000 * elapsed / max(len(test), 1), train_seconds=train_seconds,
    )


def fold_indices(n: int, folds: int, seed: int = 0) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(n)
    size = math.ceil(n / folds)
    return [order[i * size:(i + 1) * size] for i in range(folds)]
