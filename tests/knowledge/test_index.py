"""The suggestion engine's index follows the knowledge base: the next suggestion after an edit, a publication, a
withdrawal or an expiry reflects it, and only a new or changed article is cut into terms again."""

import datetime

import numpy as np
import pytest

from huishang.cases.states import State
from huishang.core import clock
from huishang.knowledge import engine, selectors, services
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.knowledge.library import days, drafted, published

pytestmark = pytest.mark.django_db

HIRING = ("招工难问题答复口径", "技工短缺、招工难，可组织专场招聘会。")
NOISE = ("道路施工噪音投诉答复口径", "夜间施工噪音扰民的，由城管部门依法查处。")
# The matter of tests.factories.matter: 用工短缺 / 一线技工招聘困难，缺口约40人.
SHORTAGE = ("一线技工招聘困难答复口径", "一线技工招聘困难、用工短缺的企业，可申请专场招聘会和吸纳就业补贴。")


def _suggested(matter, people) -> list:
    return selectors.suggestions_for(matter, user=people.handler)


def test_an_edited_article_is_suggested_by_its_new_words_once_published_again():
    hiring = published(title=HIRING[0], body=HIRING[1])
    noise = published(title=NOISE[0], body=NOISE[1])
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assert _suggested(matter, people)[0] == hiring
    writer = f.office()
    services.edit_article(noise, by=writer, title=SHORTAGE[0], body=SHORTAGE[1])
    assert noise not in _suggested(matter, people)
    services.submit_for_review(noise, by=writer)
    services.approve(noise, by=f.office())
    assert _suggested(matter, people) == [noise, hiring]


def test_a_publication_and_a_withdrawal_change_the_next_suggestion():
    hiring = published(title=HIRING[0], body=HIRING[1])
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    pending = drafted(title=SHORTAGE[0], body=SHORTAGE[1])
    assert _suggested(matter, people) == [hiring]
    services.submit_for_review(pending, by=pending.author)
    services.approve(pending, by=f.office())
    assert _suggested(matter, people) == [pending, hiring]
    services.withdraw(pending, by=f.office(), reason="口径废止")
    assert _suggested(matter, people) == [hiring]


def test_an_article_leaves_the_suggestions_the_day_after_it_expires():
    expiring = published(title=SHORTAGE[0], body=SHORTAGE[1], expires_on=days(1))
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assert _suggested(matter, people) == [expiring]
    with clock.frozen_at(datetime.datetime.combine(days(2), datetime.time(9))):
        assert _suggested(matter, people) == []


def test_after_an_edit_only_the_edited_article_is_cut_into_terms_again():
    hiring = published(title=HIRING[0], body=HIRING[1])
    noise = published(title=NOISE[0], body=NOISE[1])
    before = selectors.current_index()
    services.edit_article(noise, by=f.office(), body=SHORTAGE[1])
    after = selectors.current_index()
    assert after is not before
    assert after.bags[hiring.pk] is before.bags[hiring.pk]
    assert after.bags[noise.pk] == engine.document_terms(NOISE[0], SHORTAGE[1])


def test_an_index_changed_in_place_ranks_as_one_built_afresh():
    documents = [(1, *HIRING), (2, *NOISE), (3, *SHORTAGE)]
    changed = engine.Index(documents[:2]).changed([documents[2], (2, NOISE[0], "夜间施工噪音由生态环境部门查处。")],
                                                  keeping=[1])
    fresh = engine.Index([documents[0], (2, NOISE[0], "夜间施工噪音由生态环境部门查处。"), documents[2]])
    for question in ("用工短缺", "夜间施工噪音", "专场招聘会"):
        assert changed.best(question, limit=3) == fresh.best(question, limit=3)
        by_key = dict(zip(changed.keys, changed.scores(question)))
        assert np.allclose([by_key[key] for key in fresh.keys], fresh.scores(question))
