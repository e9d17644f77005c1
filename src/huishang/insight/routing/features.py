"""What the router reads in a matter: its words (stop words dropped) and pairs of neighbouring words, and
the character n-grams inside each word.

The stop-word list (stopwords.txt) was built from the data: the words jieba finds in the 495 raw
messages of the official 附件2 sample that the segmented, stop-word-filtered copy of the same messages
no longer holds, less a few words that carry meaning (保险, 人民, ...). Dropping them from new matters
makes raw text read like the segmented history the model may have been trained on.
"""

import functools
import re
from importlib import resources

from huishang.insight import text as chinese

_LONE_LETTER_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_HAS_LETTER = re.compile(r"[^\W_]")


@functools.cache
def stop_words() -> frozenset[str]:
    listing = resources.files(__package__).joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in listing.splitlines() if line.strip())


def routing_words(text: str) -> list[str]:
    """The words the router counts; lone letters and digits go too, as they did from the labelled data
    (its A市 became 市)."""
    stop = stop_words()
    return [
        word for word in chinese.words_as_written(text)
        if word not in stop and _HAS_LETTER.search(word) and not _LONE_LETTER_OR_DIGIT.fullmatch(word)
    ]


def words_of_each(texts) -> list[list[str]]:
    """Cut every text once; both feature sets below read the same words."""
    return [routing_words(text) for text in texts]


def words_and_pairs(words: list[str]) -> list[str]:
    """Each word and each pair of neighbouring words: 停车 费 says more than 停车 and 费 apart."""
    return words + [f"{first} {second}" for first, second in zip(words, words[1:])]


def spaced(words: list[str]) -> str:
    """The words joined by spaces, for character n-grams taken inside each word (sklearn's ``char_wb``)."""
    return " ".join(words)


def opening_words_and_pairs(words: list[str], count: int = 12) -> list[str]:
    """The first ``count`` words and their pairs: where the subject sits. The labelled history joins subject
    and detail into one text, so the subject cannot be cut out; its opening words stand in for it."""
    return words_and_pairs(words[:count])
