"""How alike two matters' texts are, as a person would judge a repeat: the share of words they have in
common, tolerant of a greeting added, sentences moved, or a part cut away."""

from huishang.insight import text as chinese

# Words too common in petitions to say anything about the problem.
FILLER = frozenset(
    "的 了 是 在 和 与 及 我 我们 你 您 他 她 它 这 那 有 也 都 就 还 又 被 把 对 从 到 为 以 于 将 等 "
    "请 请问 尊敬 领导 您好 你好 谢谢 感谢 希望 能 能够 可以 一下 一个 问题 情况 相关 部门 反映 现在 目前".split()
)

# The product's threshold, measured on pairs made from the real messages (bench/insight_duplicates.py).
THRESHOLD = 0.5


def word_set(text: str) -> frozenset[str]:
    return frozenset(word for word in chinese.words(text) if word not in FILLER)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Average of containment (shared ÷ smaller set: a cut-down copy still matches) and Jaccard
    (shared ÷ union: two short texts sharing one word do not)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return 0.5 * shared / min(len(a), len(b)) + 0.5 * shared / len(a | b)
