"""The bell always; e-mail to a real SMTP server on loopback and SMS through Tencent Cloud's SDK to a provider
on loopback, once per key, as each user chose, with the administrator's texts; what failed is retried."""

import datetime
import json
import logging

import pytest
from django.core.exceptions import ValidationError

from huishang.cases import services
from huishang.cases.states import State
from huishang.core import clock
from huishang.notifications import services as notifications
from huishang.notifications.models import MessageTemplate, Notification
from huishang.supervision import services as supervision
from tests.cases.worlds import cast, matter_in
from tests.notifications.loopback import free_port

pytestmark = pytest.mark.django_db


def reachable(user, *, email=True, phone=True):
    user.email = f"{user.username}@example.cn" if email else ""
    user.phone = "138 0013 8000" if phone else ""
    user.save()
    return user


@pytest.fixture
def people():
    people = cast()
    reachable(people.contact)
    return people


@pytest.fixture
def accepted(people, django_capture_on_commit_callbacks):
    """Accept a fresh matter of ``people.contact`` and run what its commit leaves: the contact is told."""
    def run():
        matter = matter_in(State.SUBMITTED, people)
        with django_capture_on_commit_callbacks(execute=True):
            services.accept(matter, by=people.office)
        return matter
    return run


def test_a_step_reaches_the_submitter_by_bell_and_by_mail(people, accepted, inbox):
    matter = accepted()
    assert inbox.subjects(people.contact.email) == [f"您的事项 {matter.number} 已受理"]
    assert "工作专班已受理事项" in inbox.bodies(people.contact.email)[0]
    note = Notification.objects.get(recipient=people.contact)
    assert note.read_at is None and note.emailed_at is not None and note.event == "cases.accept"


def test_a_text_mail_is_not_html_escaped(people, inbox, django_capture_on_commit_callbacks):
    matter = matter_in(State.SUBMITTED, people)
    matter.title = '"R&D" <人才>'
    with django_capture_on_commit_callbacks(execute=True):
        services.accept(matter, by=people.office)
    assert '“"R&D" <人才>”' in inbox.bodies(people.contact.email)[0]


def test_a_key_already_used_sends_nothing_again(people, inbox, django_capture_on_commit_callbacks):
    matter = matter_in(State.SUBMITTED, people)
    with django_capture_on_commit_callbacks(execute=True):
        first = notifications.notify(people.contact, key="once", event="cases.accept", context={"matter": matter})
        again = notifications.notify(people.contact, key="once", event="cases.accept", context={"matter": matter})
    assert first is not None and again is None
    assert len(inbox.messages) == 1 and Notification.objects.count() == 1


def test_a_user_without_an_address_gets_the_bell_and_no_mail(inbox, django_capture_on_commit_callbacks):
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    with django_capture_on_commit_callbacks(execute=True):
        supervision.remind(matter, by=people.supervisor, note="请加快办理")
    assert inbox.messages == []
    note = Notification.objects.get(recipient=people.handler)
    assert note.read_at is None and not note.by_email and not note.by_sms


def test_mail_that_could_not_be_sent_is_sent_by_the_workers_retry(people, accepted, inbox, settings):
    listening, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()  # nothing listens there: the server is down
    accepted()
    note = Notification.objects.get(recipient=people.contact)
    assert note.by_email and note.emailed_at is None
    settings.EMAIL_PORT = listening
    assert notifications.deliver_pending() == 1
    assert inbox.subjects(people.contact.email) == [note.subject]
    assert notifications.deliver_pending() == 0


def test_a_user_who_muted_a_kind_by_mail_gets_it_only_in_the_bell(people, accepted, inbox):
    notifications.set_preferences(people.contact, [{"event": "cases.accept", "email": False}])
    accepted()
    note = Notification.objects.get(recipient=people.contact)
    assert inbox.messages == [] and not note.by_email and note.emailed_at is None
    assert notifications.deliver_pending() == 0


def test_muting_a_kind_after_it_failed_stops_its_retry(people, accepted, inbox, settings):
    settings.EMAIL_PORT = free_port()
    accepted()
    notifications.set_preferences(people.contact, [{"event": "cases.accept", "email": False, "sms": True}])
    notifications.deliver_pending()
    assert not Notification.objects.get(recipient=people.contact).by_email
    assert notifications.deliver_pending() == 0


def test_an_administrators_edited_template_is_used_for_the_bell_and_the_mail(people, accepted, inbox):
    MessageTemplate.objects.create(
        event="cases.accept", subject="{% load i18n %}受理通知：{{ matter.number }}",
        body="{{ recipient.name }}，您好：事项“{{ matter.title }}”已受理，期限 {{ matter.due|default:'待定' }}。",
    )
    matter = accepted()
    note = Notification.objects.get(recipient=people.contact)
    assert note.subject == f"受理通知：{matter.number}"
    assert note.body == f"{people.contact.name}，您好：事项“用工短缺”已受理，期限 待定。"
    assert inbox.subjects(people.contact.email) == [note.subject]


@pytest.mark.parametrize("source", ['{% include "web/base.html" %}', "{% debug %}", "{% url 'web:home' %}",
                                    "{% load static %}", "{{ matter.number|nosuchfilter }}"])
def test_an_edited_template_may_use_only_variables_filters_if_and_i18n(source):
    with pytest.raises(ValidationError):
        MessageTemplate(event="cases.accept", subject="受理", body=source).full_clean()
    MessageTemplate(event="cases.accept", subject="受理", body="{% load i18n %}{% if note %}{{ note|upper }}"
                    "{% endif %}{% translate 'Reason' %}").full_clean()


def test_a_step_is_texted_through_the_providers_sdk_with_its_template_and_parameters(people, accepted,
                                                                                    sms_provider, settings):
    settings.HUISHANG_SMS_TEMPLATES = json.dumps({"cases.accept": {"code": "1852001", "params": ["number", "title"]}})
    matter = accepted()
    [request] = sms_provider.sent
    assert request["TemplateId"] == "1852001"
    assert request["TemplateParamSet"] == [matter.number, "用工短缺"]
    assert request["PhoneNumberSet"] == ["+8613800138000"]
    assert request["SmsSdkAppId"] == "1400000001" and request["SignName"] == "会商平台"
    assert Notification.objects.get(recipient=people.contact).texted_at is not None


def test_an_sms_the_provider_refused_stays_unsent_and_the_retry_sends_it(people, accepted, sms_provider):
    sms_provider.failing = True
    accepted()
    note = Notification.objects.get(recipient=people.contact)
    assert note.by_sms and note.texted_at is None and note.emailed_at is not None
    sms_provider.failing = False
    assert notifications.deliver_pending() == 1
    assert len(sms_provider.sent) == 2
    note.refresh_from_db()
    assert note.texted_at is not None
    assert notifications.deliver_pending() == 0


def test_an_unreachable_provider_leaves_the_sms_unsent(people, accepted, settings):
    settings.HUISHANG_SMS_BACKEND = "huishang.notifications.sms.TencentSmsBackend"
    settings.HUISHANG_SMS_ENDPOINT = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings.HUISHANG_SMS_SECRET_ID, settings.HUISHANG_SMS_SECRET_KEY = "AKIDloopback", "loopback-secret"
    accepted()
    note = Notification.objects.get(recipient=people.contact)
    assert note.by_sms and note.texted_at is None


def test_an_event_without_an_sms_template_sends_no_sms_and_says_so(people, accepted, sms_provider, settings, caplog):
    settings.HUISHANG_SMS_TEMPLATES = json.dumps({"cases.assign": {"code": "1852002", "params": ["number"]}})
    with caplog.at_level(logging.INFO, logger="huishang.sms"):
        accepted()
    assert sms_provider.sent == []
    assert not Notification.objects.get(recipient=people.contact).by_sms
    assert "no SMS template is mapped to cases.accept" in caplog.text


def test_a_user_who_muted_a_kind_by_sms_gets_no_text(people, accepted, sms_provider):
    notifications.set_preferences(people.contact, [{"event": "cases.accept", "sms": False}])
    accepted()
    assert sms_provider.sent == []
    assert Notification.objects.get(recipient=people.contact).emailed_at is not None


def test_what_could_not_be_sent_for_three_days_is_given_up(people, accepted, inbox, settings):
    listening, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()
    accepted()
    settings.EMAIL_PORT = listening
    with clock.frozen_at(clock.now() + notifications.RETRY_FOR + datetime.timedelta(minutes=1)):
        assert notifications.deliver_pending() == 0
    assert inbox.messages == []
    assert notifications.deliver_pending() == 1
