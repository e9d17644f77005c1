"""One English text, one Chinese wording: Django merges every catalogue it loads (the project's
src/huishang/locale first, then each app's in INSTALLED_APPS order), so when two catalogues translate the
same (context, text) differently, one of them silently loses and a page shows the other app's word
(recruitment's 姓名 became 名称, an alliance's 理事长 became 主持人). A text whose meaning differs between
apps takes a context, pgettext("<app>", …); the same meaning takes the same words."""

import gettext
from pathlib import Path

import pytest
from django.utils import translation

import huishang
from huishang.alliances import services as alliance_services
from huishang.alliances.models import CouncilSeat
from huishang.promotion.models import Lead
from huishang.recruitment.models import Application
from tests import factories as f
from tests.alliances import world
from tests.promotion.leads import lead
from tests.recruitment.rounds import at, proofreader_round
from tests.web.pages import signed_in, text_of

PACKAGE = Path(huishang.__file__).parent
COMPILED = sorted(PACKAGE.glob("**/locale/zh_Hans/LC_MESSAGES/django.mo"))

# Pairs entirely in catalogues kept by other apps (the project's, suggestions, insight, audit): the same
# meaning in slightly different words, so nothing is misread whichever wins. Each entry holds both wordings;
# when either changes or the clash is resolved, the entry must be looked at again.
HARMLESS_WORDING = {
    # suggestions words the project's own messages its way; same meaning.
    (None, "%(label)s must be at most %(n)s characters."): {"%(label)s最多 %(n)s 个字。", "%(label)s不能超过%(n)s个字。"},
    (None, "By category"): {"按问题类别", "按类别"},
    (None, "Choose a region."): {"请选择行政区划。", "请选择区域。"},
    (None, "Region"): {"行政区划", "所在区域"},
    (None, "region"): {"行政区划", "区域"},
    (None, "code"): {"代码", "编码"},
    (None, "Deadline"): {"办理时限", "办理期限"},
    (None, "People's suggestions"): {"人民建议", "人民建议征集"},
    (None, "You cannot act on a matter outside your scope."): {"您不能处理管辖范围以外的事项。", "您不能处理职责范围以外的事项。"},
    # A suggestion's consultation concludes (会商结论) where a meeting decides (议定): both the decision taken.
    (None, "Decision"): {"议定结果", "会商结论"},
    (None, "decision"): {"议定内容", "会商结论"},
    (None, "Record the decision"): {"记录议定结果", "记录会商结论"},
    # A button that opens a view: 查看 and 显示 say the same.
    (None, "Show"): {"查看", "显示"},
    # The audit log's period, in near-synonyms.
    (None, "From"): {"开始日期", "起始日期"},
    (None, "To"): {"结束日期", "截止日期"},
}

# A meaning clash between two catalogues kept by other apps: listed so that it is seen, until its owners
# give one side a context.
AWAITING_CONTEXT = {
    # butlers counts enterprises in a column (企业数) where the project lists those concerned (涉及企业).
    (None, "Enterprises"): {"涉及企业", "企业数"},
}
KNOWN = {**HARMLESS_WORDING, **AWAITING_CONTEXT}


def catalogue_name(path: Path) -> str:
    owner = path.relative_to(PACKAGE).parts[0]
    return "project" if owner == "locale" else owner


def translations() -> dict[tuple, dict[str, str]]:
    """(context, text) → {catalogue: translation}, over every compiled zh_Hans catalogue."""
    found: dict[tuple, dict[str, str]] = {}
    for path in COMPILED:
        with path.open("rb") as compiled:
            catalogue = gettext.GNUTranslations(compiled)
        # _catalog is the only way GNUTranslations exposes every entry; keys are "context\x04text" for a
        # context, (text, n) for the forms of a plural.
        for key, value in catalogue._catalog.items():
            text, form = key if isinstance(key, tuple) else (key, 0)
            if not text:
                continue
            context, _separator, text = text.rpartition("\x04") if "\x04" in text else (None, "", text)
            found.setdefault((context, text, form), {})[catalogue_name(path)] = value
    return found


def clashes() -> dict[tuple, dict[str, str]]:
    return {key: by_catalogue for key, by_catalogue in translations().items() if len(set(by_catalogue.values())) > 1}


def test_the_project_and_the_apps_have_compiled_catalogues():
    names = {catalogue_name(path) for path in COMPILED}
    assert {"project", "recruitment", "alliances", "promotion", "employment"} <= names


def test_no_text_has_two_translations_in_two_catalogues():
    unexplained = {
        key: by_catalogue for key, by_catalogue in clashes().items()
        if set(by_catalogue.values()) != KNOWN.get(key[:2])
    }
    listing = "\n".join(f"  {context or ''}|{text}: {by_catalogue}"
                        for (context, text, _form), by_catalogue in sorted(unexplained.items(), key=str))
    assert not unexplained, f"texts translated differently by two catalogues:\n{listing}"


def test_every_known_difference_still_exists():
    """An entry whose clash was resolved leaves the lists, which stay short."""
    current = {key[:2] for key in clashes()}
    assert set(KNOWN) <= current, sorted(set(KNOWN) - current, key=str)


@pytest.mark.django_db
def test_the_application_form_and_the_tracking_page_use_recruitments_words():
    round_ = proofreader_round()
    with at(round_.announced_on):
        form = text_of(signed_in(f.office()).get(f"/recruitment/rounds/{round_.pk}/apply/"))
    assert "姓名" in form
    with translation.override("zh-hans"):
        assert str(Application._meta.get_field("name").verbose_name) == "姓名"
        assert str(Application._meta.get_field("review").verbose_name) == "资格审查"
        assert str(Application._meta.get_field("submitted_at").verbose_name) == "报名时间"


@pytest.mark.django_db
def test_the_round_page_shows_the_review_decision_and_publishing_in_recruitments_words():
    office = f.office()
    round_ = proofreader_round(office)
    page = text_of(signed_in(office).get(f"/recruitment/rounds/{round_.pk}/"))
    assert "发布公示" in page


@pytest.mark.django_db
def test_the_alliance_page_shows_the_chair_and_the_experts_professional_title():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    alliance_services.appoint_council_seat(alliance, by=admin, role=CouncilSeat.Role.CHAIR, person_name="张德全",
                                           position="内江市总工会副主席", starts_on=alliance.founded_on)
    alliance_services.add_expert(alliance, by=admin, name="李工", title="高级工程师", fields="数控加工",
                                 joined_on=alliance.founded_on, organization=world.union())
    page = text_of(signed_in(admin).get(f"/alliances/{alliance.pk}/"))
    assert "理事长 张德全" in page and "主持人" not in page
    assert "职称" in page
    with translation.override("zh-hans"):
        assert str(CouncilSeat._meta.get_field("position").verbose_name) == "职务"


@pytest.mark.django_db
def test_the_lead_page_shows_the_owner_and_the_signing_day_in_promotions_words():
    office = f.office()
    subject = lead(office)
    page = text_of(signed_in(office).get(f"/promotion/leads/{subject.pk}/"))
    assert "负责人" in page and "签约日期" in page and "所属单位" not in page
    with translation.override("zh-hans"):
        assert str(Lead._meta.get_field("owner").verbose_name) == "负责人"
