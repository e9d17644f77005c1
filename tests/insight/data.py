"""The labelled messages the insight tests learn from and measure on: written for the project, shipped in
tests/insight/fixtures (see the README there). The tests read nothing outside the repository; figures on
the public Teddy Cup data are measured by bench/ (bench/check_claims.py)."""

import csv
import functools
import itertools
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Message:
    number: str
    label: str
    topic: str  # messages sharing a topic are different complaints of the same kind ("" when none is shared)
    subject: str
    detail: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.detail}"


def _rows(name: str) -> list[dict]:
    with open(FIXTURES / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@functools.cache
def messages() -> tuple[Message, ...]:
    """All 101 messages, in file order: 14 or 15 in each of the seven first-level labels of 附件2."""
    return tuple(Message(**row) for row in _rows("messages.csv"))


def of_label(label: str) -> list[Message]:
    return [message for message in messages() if message.label == label]


def labels() -> list[str]:
    return sorted({message.label for message in messages()})


def split(per_label: int) -> tuple[list[Message], list[Message]]:
    """The first ``per_label`` messages of each label to learn from, the rest of them held out."""
    learn, held_out = [], []
    for label in labels():
        found = of_label(label)
        learn += found[:per_label]
        held_out += found[per_label:]
    return learn, held_out


def same_topic_pairs() -> list[tuple[Message, Message]]:
    """Every pair of different complaints on one topic: two parking disputes in two housing estates, …"""
    by_topic = sorted((m for m in messages() if m.topic), key=lambda m: m.topic)
    return [
        pair for _topic, group in itertools.groupby(by_topic, key=lambda m: m.topic)
        for pair in itertools.combinations(list(group), 2)
    ]


@functools.cache
def segmented() -> dict[str, str]:
    """Message number → its text cut into words in the style of 附件2's segmented copy (see the README)."""
    return {row["number"]: row["segmented"] for row in _rows("segmented.csv")}
