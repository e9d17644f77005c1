"""Near-duplicates of a matter among the open matters: candidates come from the full-text index (never
a scan of every matter), then each is scored by word overlap."""

from dataclasses import dataclass

from huishang.cases.models import Matter
from huishang.cases.selectors import visible_matters
from huishang.cases.states import State
from huishang.directory.jurisdiction import Jurisdiction, place_of
from huishang.insight import search
from huishang.insight.routing.history import matter_text
from huishang.insight.similarity import THRESHOLD, similarity, word_set

CANDIDATES = 50
QUERY_WORDS = 32
OPEN_STATES = (State.SUBMITTED, State.ACCEPTED, State.ON_AGENDA, State.ASSIGNED, State.IN_PROGRESS, State.RESPONDED)


@dataclass
class Duplicate:
    matter: Matter
    score: float

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def query_words_for(words: frozenset[str], text: str) -> list[str]:
    """The matter's most telling words for the candidate query: the longer ones first."""
    ordered = sorted(words, key=lambda word: (-len(word), text.find(word)))
    return ordered[:QUERY_WORDS]


def likely_duplicates(matter: Matter, *, user, limit: int = 5, threshold: float = THRESHOLD) -> list[Duplicate]:
    """Open matters the user may see that are most like ``matter``, scored in [0, 1], at or above ``threshold``.

    Only matters of ``matter``'s own place are candidates: a repeat is merged only into a matter of the same
    place (cases.services.merge), so a 永川 matter is never offered as the original of a 内江 one."""
    text = matter_text(matter)
    words = word_set(text)
    candidate_ids = [pk for pk, _rank in search.candidates(query_words_for(words, text), limit=CANDIDATES)
                     if pk != matter.pk]
    same_place = Jurisdiction(region=place_of(matter.region)).within()
    others = visible_matters(user).filter(same_place, pk__in=candidate_ids, state__in=OPEN_STATES)
    found = []
    for other in others:
        score = similarity(words, word_set(matter_text(other)))
        if score >= threshold:
            found.append(Duplicate(other, score))
    found.sort(key=lambda duplicate: (-duplicate.score, duplicate.matter.submitted_at))
    return found[:limit]
