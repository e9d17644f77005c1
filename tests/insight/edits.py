"""Near-duplicate pairs made from real messages by the edits a person makes when raising the same thing
again, and unrelated pairs, for measuring duplicate detection."""

import random
import re

GREETINGS = ["尊敬的领导您好！", "您好，", "领导好，我想反映一个问题。", "请有关部门重视！"]
CLOSINGS = ["谢谢！", "望尽快解决，谢谢领导。", "恳请相关部门尽快处理。"]
# Everyday substitutions people make when they write the same thing in other words.
REWORDINGS = {
    "希望": "恳请", "解决": "处理", "小区": "社区", "严重": "十分严重", "居民": "住户", "业主": "住户",
    "没有": "未", "现在": "目前", "非常": "特别", "马上": "尽快", "要求": "请求", "影响": "干扰",
    "投诉": "反映", "政府": "有关部门", "问题": "情况", "已经": "早已", "存在": "有",
}
_SENTENCE = re.compile(r"(?<=[。！？!?；;])")


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE.split(text) if part.strip()]


def reword(text: str, rng: random.Random) -> str:
    words = [word for word in REWORDINGS if word in text]
    for word in rng.sample(words, k=min(len(words), 4)):
        text = text.replace(word, REWORDINGS[word])
    return text


def reorder(text: str, rng: random.Random) -> str:
    parts = sentences(text)
    rng.shuffle(parts)
    return "".join(parts)


def cut(text: str, rng: random.Random) -> str:
    parts = sentences(text)
    keep = max(1, round(len(parts) * rng.uniform(0.5, 0.8)))
    return "".join(parts[:keep]) if len(parts) > 1 else text[: max(20, len(text) * 2 // 3)]


def greet(text: str, rng: random.Random) -> str:
    return rng.choice(GREETINGS) + text + rng.choice(CLOSINGS)


EDITS = {"reword": reword, "reorder": reorder, "cut": cut, "greet": greet}


def near_duplicate(subject: str, detail: str, rng: random.Random) -> tuple[str, str, str]:
    """(edits applied, subject, detail): one to three of the edits, the subject reworded or kept."""
    chosen = rng.sample(sorted(EDITS), k=rng.randint(1, 3))
    for name in chosen:
        detail = EDITS[name](detail, rng)
    if rng.random() < 0.5:
        subject = reword(subject, rng)
    return "+".join(chosen), subject, detail


_LONG_WORD = re.compile(r"[\u4e00-\u9fff]{3,}")


def _same_topic(usable, rng):
    """Two different messages whose subjects share a run of three or more Chinese characters: the same
    kind of problem (停车费, 幼儿园 …) at another site, which a duplicate finder must not confuse."""
    by_run = {}
    for message in usable:
        for run in {m.group()[i:i + 3] for m in _LONG_WORD.finditer(message[0]) for i in range(len(m.group()) - 2)}:
            by_run.setdefault(run, []).append(message)
    shared = sorted(run for run, found in by_run.items() if len(found) >= 2)
    first, second = rng.sample(by_run[rng.choice(shared)], 2)
    return first, second


def pairs(messages: list[tuple[str, str]], *, count: int, seed: int = 0, same_topic: bool = False):
    """``count`` near-duplicate pairs and ``count`` unrelated pairs: ((subject, detail), (subject, detail), same).

    With ``same_topic`` half of the unrelated pairs share a topic word in their subjects. In 附件3 many of
    those are in fact the same complaint raised twice (read them), so precision on them is a lower bound.
    """
    rng = random.Random(seed)
    usable = sorted({message for message in messages if len(message[1]) >= 40})
    made = []
    for subject, detail in rng.sample(usable, count):
        _edits, new_subject, new_detail = near_duplicate(subject, detail, rng)
        made.append(((subject, detail), (new_subject, new_detail), True))
    for n in range(count):
        first, second = _same_topic(usable, rng) if same_topic and n % 2 else rng.sample(usable, 2)
        made.append((first, second, False))
    return made
