"""Routing suggestions: keyword rules before any history, a model learnt from the office's final
choices after retraining, the evaluation command, and who sees what. Learnt from and measured on the
project's own 101 labelled messages (tests/insight/fixtures); the figures on the public data are
bench/check_claims.py's."""

import csv
import datetime
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Concat
from django.test import Client

from huishang.cases import services
from huishang.cases.models import Category
from huishang.core.errors import NotAllowed, ValidationError
from huishang.insight.models import RoutingModel, RoutingRule
from huishang.insight.routing import classifier, features, neighbours
from huishang.insight.routing.suggestions import suggest
from huishang.insight.routing.training import train_routing
from tests import factories
from tests.api.client import as_user
from tests.insight import data

pytestmark = pytest.mark.django_db

LABEL_CODES = {"城乡建设": "urban", "劳动和社会保障": "labour", "教育文体": "education"}


def history_from_messages(office, units, per_label=10):
    """Matters raised from the first messages of three labels, accepted and assigned by the office."""
    for label, code in LABEL_CODES.items():
        factories.category(code, label)
        for message in data.of_label(label)[:per_label]:
            matter = factories.matter(title=message.subject, description=message.detail, category_code=code)
            services.accept(matter, by=office)
            services.assign(matter, by=office, lead_unit=units[label], due=datetime.date.today() + datetime.timedelta(days=30))


def test_without_history_the_keyword_rules_suggest_category_and_unit():
    talent = factories.category("talent", "用工人才")
    labour_bureau = factories.unit(name="人社局")
    RoutingRule.objects.create(category=talent, keywords="招聘，技工 用工", lead_unit=labour_bureau)
    RoutingRule.objects.create(category=factories.category("finance", "融资"), keywords="贷款 融资")
    suggestion = suggest(factories.matter(title="技工招聘难", description="一线技工招聘困难，贷款也难"))
    assert (suggestion.basis, suggestion.category, suggestion.lead_unit) == ("rules", talent, labour_bureau)
    assert suggestion.category_confidence == pytest.approx(2 / 3)


def test_without_history_or_matching_rule_there_is_no_suggestion():
    assert suggest(factories.matter(title="技工招聘难", description="一线技工招聘困难")) is None


def test_the_office_final_choices_are_used_after_retraining():
    office = factories.office()
    units = {label: factories.unit(name=f"{label}责任单位") for label in LABEL_CODES}
    history_from_messages(office, units)
    model = train_routing(by=office)
    assert model.report["category_examples"] == 30 and model.report["units"] == 3
    right = 0
    for label in LABEL_CODES:
        for message in data.of_label(label)[10:15]:  # not in the history
            suggestion = suggest(factories.matter(title=message.subject, description=message.detail, category_code="urban"))
            assert suggestion.basis == "model" and 0 < suggestion.category_confidence <= 1
            right += suggestion.category.code == LABEL_CODES[label] and suggestion.lead_unit == units[label]
    # Of 15 new matters, category and lead unit both as the office would choose (14 when measured).
    assert right >= 12


def test_a_model_trained_after_one_that_was_rolled_back_is_the_one_that_suggests():
    office = factories.office()
    units = {label: factories.unit(name=f"{label}责任单位") for label in LABEL_CODES}
    with transaction.atomic():
        history_from_messages(office, units)
        Category.objects.update(code=Concat("code", Value("-gone")))  # codes that the rollback takes away
        train_routing(by=office)
        assert suggest(factories.matter(title="路灯不亮", category_code="urban-gone")).basis == "model"
        transaction.set_rollback(True)
    # The rolled-back model's row number may be handed out again; its pipelines must not come back with it.
    history_from_messages(office, units, per_label=4)
    model = train_routing(by=office)
    assert model.report["category_examples"] == 12
    suggestion = suggest(factories.matter(title="路灯不亮", category_code="urban"))
    assert suggestion.basis == "model" and suggestion.category is not None


def test_retraining_keeps_the_newest_model_and_the_one_before_it():
    office = factories.office()
    history_from_messages(office, {label: factories.unit(name=f"{label}责任单位") for label in LABEL_CODES})
    trained = [train_routing(by=office) for _ in range(3)]
    kept = list(RoutingModel.objects.values_list("pk", flat=True))
    assert kept == [trained[2].pk, trained[1].pk]


def test_training_needs_history_in_two_categories():
    with pytest.raises(ValidationError) as refused:
        train_routing(by=factories.office())
    assert refused.value.field == "history"
    with pytest.raises(CommandError, match="--history"):
        call_command("insight", "train")


def test_a_history_whose_matters_share_no_words_is_refused_with_the_field_named():
    office = factories.office()
    for code, name, text in (("talent", "用工人才", "技工招聘"), ("finance", "融资", "贷款利率")):
        factories.category(code, name)
        services.accept(factories.matter(title=text, description=text, category_code=code), by=office)
    with pytest.raises(ValidationError) as refused:
        train_routing(by=office)
    assert refused.value.field == "history"
    assert RoutingModel.objects.count() == 0


def test_only_the_office_or_an_administrator_retrains_routing():
    with pytest.raises(NotAllowed):
        train_routing(by=factories.enterprise_contact())
    assert as_user(factories.enterprise_contact()).post("/insight/routing/train").status_code == 403
    office = factories.office()
    history_from_messages(office, {label: factories.unit() for label in LABEL_CODES}, per_label=3)
    response = as_user(office).post("/insight/routing/train")
    assert response.status_code == 201 and response.json()["matters"] == 9
    assert RoutingModel.objects.count() == 1


def test_train_command_learns_from_history(capsys):
    office = factories.office()
    history_from_messages(office, {label: factories.unit() for label in LABEL_CODES}, per_label=3)
    call_command("insight", "train")
    assert json.loads(capsys.readouterr().out)["category_examples"] == 9


def test_office_sees_the_suggestion_on_the_matter_page_and_the_enterprise_does_not():
    talent = factories.category("talent", "用工人才")
    RoutingRule.objects.create(category=talent, keywords="招聘")
    contact = factories.enterprise_contact()
    matter = factories.matter(by=contact, title="技工招聘难", description="一线技工招聘困难")
    office_client, contact_client = Client(), Client()
    office_client.force_login(factories.office())
    contact_client.force_login(contact)
    office_page = office_client.get(f"/matters/{matter.number}/").content.decode()
    assert "分派建议" in office_page and "置信度 100 %" in office_page
    assert "分派建议" not in contact_client.get(f"/matters/{matter.number}/").content.decode()


def test_api_suggestion_is_for_the_office_only():
    RoutingRule.objects.create(category=factories.category("talent", "用工人才"), keywords="招聘")
    contact = factories.enterprise_contact()
    matter = factories.matter(by=contact, title="技工招聘难", description="一线技工招聘困难")
    answer = as_user(factories.office()).get(f"/insight/matters/{matter.number}/suggestion").json()
    assert answer["category"] == "talent" and answer["basis"] == "rules" and answer["category_confidence"] == 1.0
    assert as_user(contact).get(f"/insight/matters/{matter.number}/suggestion").status_code == 403


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(rows)


def test_evaluate_command_trains_on_one_file_and_measures_on_the_other(tmp_path, capsys):
    learn, held_out = data.split(per_label=10)  # seven labels: 70 messages to learn from, 31 to measure on
    write_csv(tmp_path / "train.csv", [(message.text, message.label) for message in learn])
    write_csv(tmp_path / "test.csv", [(message.text, message.label) for message in held_out])
    call_command("insight", "evaluate", "--train", str(tmp_path / "train.csv"), "--test", str(tmp_path / "test.csv"), "--json")
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"items", "macro_f1", "accuracy", "ms_per_item", "train_seconds"}
    assert result["items"] == 31
    assert result["accuracy"] > 0.6  # 0.77 when measured; a seventh is chance
    # The 10 ms target is measured by bench/insight_routing.py, not on a machine busy running tests.
    assert result["ms_per_item"] > 0


def test_evaluate_command_names_the_file_without_a_text_label_header(tmp_path):
    (tmp_path / "train.csv").write_text("message,class\n你好,城乡建设\n", encoding="utf-8")
    write_csv(tmp_path / "test.csv", [("你好", "城乡建设")])
    with pytest.raises(CommandError, match="--train: .*text,label"):
        call_command("insight", "evaluate", "--train", str(tmp_path / "train.csv"), "--test", str(tmp_path / "test.csv"))


def test_raw_and_segmented_text_of_one_message_become_the_same_words():
    # A labelled history may come already cut into words and stop-word-filtered, as 附件2's copy does.
    messages = {message.number: message for message in data.messages()}
    for number, segmented in data.segmented().items():
        raw_words = features.routing_words(messages[number].text)
        assert raw_words == features.routing_words(segmented)
        assert "的" not in raw_words and "A" not in raw_words and len(raw_words) > 20


def test_the_most_similar_past_matter_votes_for_its_own_category():
    past = [(message.text, message.label) for message in data.messages()]
    model = neighbours.LinearWithNeighbours(neighbours=1).fit([text for text, _ in past], [label for _, label in past])
    for text, label in past[::5]:
        votes = model.neighbour_votes([text])[0]
        assert votes.max() == pytest.approx(1.0) and model.classes_[votes.argmax()] == label


def test_a_history_of_two_categories_gives_each_matter_one_of_them_with_a_confidence():
    education, health = data.of_label("教育文体"), data.of_label("卫生计生")
    history = education[:10] + health[:10]
    model = classifier.build().fit([m.text for m in history], [m.label for m in history])
    right = 0
    for message in education[10:] + health[10:]:
        suggested, confidence = classifier.confidences(model, [message.text])[0]
        assert suggested in ("教育文体", "卫生计生") and 0.5 <= confidence <= 1
        right += suggested == message.label
    assert right >= 6  # of 9 (7 when measured)


def test_the_default_router_routes_held_out_messages_of_seven_categories():
    learn, held_out = data.split(per_label=10)
    result = classifier.evaluate([(m.text, m.label) for m in learn], [(m.text, m.label) for m in held_out])
    assert classifier.DEFAULT_APPROACH == "words+word-chars+neighbours"
    # 0.77 when measured, from ten examples a category; on the public data (2,000 to learn from) the
    # default's figures and its lead over the plain baseline are bench/check_claims.py's.
    assert result.macro_f1 >= 0.65
