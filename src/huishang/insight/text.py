"""Chinese text as the search index, the router and the duplicate finder see it: words cut by jieba,
with the deployment's own names (units, enterprises, places) kept whole."""

import logging
import re
import threading

import jieba

_WHITESPACE = re.compile(r"\s+")
# A word worth indexing holds at least one letter, digit or CJK character.
_WORD = re.compile(r"[\w\u4e00-\u9fff]")
_lock = threading.Lock()
_tokenizer = None
_known_names: frozenset[str] = frozenset()
# The dictionary frequency a name had before use_names raised it, so dropping the name gives the word back
# its own weight: jieba's del_word would set an ordinary word such as 便道 to zero and change every cut.
_base_frequency: dict[str, int] = {}

jieba.setLogLevel(logging.WARNING)


def normalise(text: str) -> str:
    """Joins the text back together: raw and already space-segmented text become the same string."""
    return _WHITESPACE.sub("", text or "")


def use_names(names) -> None:
    """Teach the segmenter the deployment's names so that 内江市经济和信息化局 stays one word."""
    global _known_names
    names = frozenset(name for name in (normalise(n) for n in names) if len(name) >= 2)
    tokenizer = _current()
    with _lock:
        for name in names - _known_names:
            if tokenizer.FREQ.get(name):
                _base_frequency[name] = tokenizer.FREQ[name]
            tokenizer.add_word(name, freq=200_000)
        for name in _known_names - names:
            _give_back_frequency(tokenizer, name, _base_frequency.pop(name, 0))
        _known_names = names


def _give_back_frequency(tokenizer: jieba.Tokenizer, name: str, frequency: int) -> None:
    # Not del_word: it also marks the name "always split" in jieba's process-wide HMM tables, so a dropped
    # enterprise name would stop the HMM from finding that word in any text afterwards.
    tokenizer.total += frequency - tokenizer.FREQ.get(name, 0)
    tokenizer.FREQ[name] = frequency


def _current() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = jieba.Tokenizer()
                _tokenizer.initialize()
    return _tokenizer


def words(text: str) -> list[str]:
    """The words of ``text`` (punctuation dropped), in order."""
    return [word for word in _current().lcut(normalise(text), HMM=True) if _WORD.search(word)]


def search_words(text: str) -> list[str]:
    """Words plus the shorter words inside long ones, so that 停车费 also finds 停车 (jieba's search mode)."""
    return [word for word in _current().lcut_for_search(normalise(text), HMM=True) if _WORD.search(word)]


def words_as_written(text: str) -> list[str]:
    """The words of ``text`` with its own spaces kept as word boundaries (punctuation dropped).

    Unlike ``words``, nothing is joined first: text that was already segmented keeps its words, and raw
    text is cut the way jieba cuts it, which is how labelled data such as 附件2 was segmented. The router
    reads both kinds of text, so both must end up as the same words.
    """
    return [word for word in _current().lcut(text or "", HMM=True) if _WORD.search(word)]
