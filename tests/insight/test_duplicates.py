"""Near-duplicates: on create, the office sees the open matters most like the new one, with a score;
measured on pairs made from the project's own messages (tests/insight/fixtures). The figures on the
public data are bench/check_claims.py's."""

import random

import pytest
from django.test import Client

from huishang.cases import services
from huishang.insight.duplicates import likely_duplicates
from huishang.insight.similarity import THRESHOLD, similarity, word_set
from tests import factories
from tests.api.client import as_user
from tests.insight import data, edits

pytestmark = pytest.mark.django_db

# 80 edited and 80 unrelated pairs (half of them on one topic): precision and recall were 1.0 when measured.
MIN_PRECISION, MIN_RECALL = 0.97, 0.95


def long_messages(count: int, seed: int = 1) -> list[tuple[str, str]]:
    """``count`` of the messages with a detail of 80 characters or more, as (subject, detail)."""
    long_enough = [(m.subject, m.detail) for m in data.messages() if len(m.detail) >= 80]
    return random.Random(seed).sample(long_enough, count)


def test_duplicate_detection_precision_and_recall_on_edited_and_unrelated_pairs():
    every = [(m.subject, m.detail) for m in data.messages()]
    scored = [
        (similarity(word_set("\n".join(a)), word_set("\n".join(b))) >= THRESHOLD, same)
        for a, b, same in edits.pairs(every, count=80, seed=7, same_topic=True)
    ]
    flagged = [same for found, same in scored if found]
    assert sum(flagged) / len(flagged) >= MIN_PRECISION
    assert sum(flagged) / sum(same for _, same in scored) >= MIN_RECALL


@pytest.mark.parametrize("edit", sorted(edits.EDITS))
def test_a_message_stays_a_duplicate_of_itself_after_each_kind_of_edit(edit):
    rng = random.Random(0)
    for message in data.messages():
        edited = edits.EDITS[edit](message.detail, rng)
        assert similarity(word_set(message.text), word_set(f"{message.subject}\n{edited}")) >= THRESHOLD, message.number


def test_different_complaints_on_one_topic_are_not_duplicates():
    pairs = data.same_topic_pairs()
    assert len(pairs) == 11  # two parking disputes in two estates, two firms owing wages, …
    for first, second in pairs:
        assert similarity(word_set(first.text), word_set(second.text)) < THRESHOLD, (first.number, second.number)


def test_the_index_finds_the_original_of_each_edited_repeat_among_many_matters():
    office = factories.office()
    originals = [factories.matter(title=s[:200], description=d) for s, d in long_messages(40)]
    rng = random.Random(3)
    found = 0
    for original in originals[:10]:
        _edits, subject, detail = edits.near_duplicate(original.title, original.description, rng)
        repeat = factories.matter(title=subject[:200], description=detail)
        found += original in [duplicate.matter for duplicate in likely_duplicates(repeat, user=office)]
    assert found >= 9


def test_the_office_sees_the_open_matter_a_new_one_repeats_with_its_score():
    (subject, detail), (other_subject, other_detail) = long_messages(2)
    original = factories.matter(title=subject[:200], description=detail)
    factories.matter(title=other_subject[:200], description=other_detail)
    repeat = factories.matter(title=subject[:200], description=edits.greet(detail, random.Random(0)))
    [duplicate] = likely_duplicates(repeat, user=factories.office())
    assert duplicate.matter == original and THRESHOLD <= duplicate.score <= 1


def test_matters_no_longer_open_are_not_offered_as_duplicates():
    office = factories.office()
    [(subject, detail)] = long_messages(1)
    original = factories.matter(title=subject[:200], description=detail)
    services.reject(original, by=office, reason="不属于受理范围")
    repeat = factories.matter(title=subject[:200], description=detail)
    assert likely_duplicates(repeat, user=office) == []


def test_matters_outside_the_users_scope_are_not_offered_as_duplicates():
    [(subject, detail)] = long_messages(1)
    factories.matter(title=subject[:200], description=detail)
    repeat = factories.matter(title=subject[:200], description=detail)
    elsewhere = factories.office(scope=factories.region("500118", "永川区"))
    assert likely_duplicates(repeat, user=elsewhere) == []
    assert len(likely_duplicates(repeat, user=factories.office())) == 1


def test_matter_page_and_api_offer_the_duplicate_to_the_office_only():
    [(subject, detail)] = long_messages(1)
    original = factories.matter(title=subject[:200], description=detail)
    contact = factories.enterprise_contact()
    repeat = factories.matter(by=contact, title=subject[:200], description=detail)
    office = factories.office()
    client = Client()
    client.force_login(office)
    page = client.get(f"/matters/{repeat.number}/").content.decode()
    assert "疑似重复件" in page and original.number in page
    answer = as_user(office).get(f"/insight/matters/{repeat.number}/duplicates").json()
    assert [item["number"] for item in answer] == [original.number] and answer[0]["score"] == 1.0
    assert as_user(contact).get(f"/insight/matters/{repeat.number}/duplicates").status_code == 403
