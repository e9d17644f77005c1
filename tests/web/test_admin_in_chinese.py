"""The Django admin reads as a Chinese back office: its titles, every app, every model it shows and every field
of those models are named in Chinese under zh-hans, and stay English under en."""

import re
from html import unescape

import pytest
from django.apps import apps
from django.contrib import admin
from django.utils import translation

from huishang.meetings.models import Meeting
from tests import factories as f
from tests.web.pages import signed_in

HAN = re.compile(r"[\u4e00-\u9fff]")


def _has_chinese(text) -> bool:
    return bool(HAN.search(str(text)))


def _models_shown():
    """Every model with a page of its own in the admin, and every model shown inline on one of those pages."""
    for model, model_admin in admin.site._registry.items():
        yield model, model_admin
        for inline in model_admin.inlines:
            yield inline.model, None


def _unnamed(model, model_admin) -> list[str]:
    """The names ``model`` gives the admin (app, model, fields, choices, columns) that hold no Chinese."""
    options = model._meta
    names = {"app": options.app_config.verbose_name, "model": options.verbose_name,
             "model plural": options.verbose_name_plural}
    for field in [*options.concrete_fields, *options.many_to_many]:
        # Django names every automatic primary key "ID", untranslated; the admin shows it nowhere.
        if field.auto_created and field.primary_key:
            continue
        names[field.name] = field.verbose_name
        for value, label in field.flatchoices or []:
            names[f"{field.name}={value}"] = label
    for column in model_admin.list_display if model_admin else []:
        described = getattr(getattr(model_admin, column, None), "short_description", None)
        if described is not None:
            names[f"column {column}"] = described
    return [f"{options.label}.{name}: {text}" for name, text in names.items() if not _has_chinese(text)]


def test_every_app_of_ours_is_named_in_chinese():
    with translation.override("zh-hans"):
        english = [f"{config.name}: {config.verbose_name}" for config in apps.get_app_configs()
                   if config.name.startswith("huishang.") and not _has_chinese(config.verbose_name)]
    assert not english, english


def test_every_model_in_the_admin_its_app_and_each_of_its_fields_are_named_in_chinese():
    with translation.override("zh-hans"):
        english = [name for model, model_admin in _models_shown() for name in _unnamed(model, model_admin)]
    assert not english, "\n".join(english)


def test_the_meeting_model_is_a_meeting_not_the_unit_after_a_count():
    with translation.override("zh-hans"):
        assert (str(Meeting._meta.verbose_name), str(Meeting._meta.verbose_name_plural)) == ("会议", "会议")
    with translation.override("en"):
        assert (str(Meeting._meta.verbose_name), str(Meeting._meta.verbose_name_plural)) == ("meeting", "meetings")


def _sections_and_models(html: str) -> tuple[list[str], list[str]]:
    """The app headers and model rows of the admin index, as written in the page (CSS capitalises them)."""
    sections = re.findall(r'<a href="[^"]*" class="section"[^>]*>([^<]+)</a>', html)
    models = re.findall(r'<th scope="row" id="[^"]*">\s*<a href="[^"]*"[^>]*>([^<]+)</a>', html)
    return [unescape(section).strip() for section in sections], [unescape(model).strip() for model in models]


@pytest.mark.django_db
def test_the_admin_index_is_titled_and_sectioned_in_chinese():
    page = signed_in(f.admin_site_user()).get("/admin/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<title>数据与设置 | 会商管理后台</title>" in html and "Django" not in html
    assert re.search(r'id="site-name".{0,200}?会商管理后台', html, re.S)
    sections, models = _sections_and_models(html)
    assert {"工作室联盟", "接口访问", "人民建议征集", "督查督办", "会议", "认证和授权"} <= set(sections)
    assert "会议" in models and "次" not in models
    english = [name for name in sections + models if not _has_chinese(name)]
    assert len(sections) >= 10 and len(models) >= 40 and not english, english


@pytest.mark.django_db
def test_the_admin_index_stays_english_for_an_english_reader():
    client = signed_in(f.admin_site_user())
    client.post("/i18n/setlang/", {"language": "en", "next": "/admin/"})
    html = client.get("/admin/").content.decode()
    assert "<title>Records and settings | Huishang administration</title>" in html
    sections, models = _sections_and_models(html)
    assert {"Studio alliances", "API access", "People's suggestions", "Supervision", "Meetings",
            "Authentication and Authorization"} <= set(sections)
    assert "Meetings" in models
    assert not [name for name in sections + models if _has_chinese(name)]
