"""The knowledge figures count articles, uses and the satisfaction of answers with and without an article; policy
files are imported as drafts and the list is exported."""

import io
import json

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from huishang.cases import services as matter_services
from huishang.cases.states import State
from huishang.core.errors import ValidationError
from huishang.knowledge import exports, imports, services
from huishang.knowledge.models import Article
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.knowledge.library import days, published

pytestmark = pytest.mark.django_db


def _answer(people, *, using=None, satisfied: bool):
    matter = matter_in(State.IN_PROGRESS, people)
    response = matter_services.respond(matter, by=people.handler, content="已办理")
    if using:
        services.record_use(response, by=people.handler, article_ids=[using.pk])
    matter.refresh_from_db()
    matter_services.review(matter, by=people.contact, satisfied=satisfied, note="" if satisfied else "仍未解决")


def _stats() -> dict:
    out = io.StringIO()
    call_command("stats", "knowledge", "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_figures_compare_answers_with_and_without_an_article():
    wording = published(title="招工难问题答复口径")
    published(title="即将到期的政策", kind="policy", expires_on=days(20))
    people = cast()
    _answer(people, using=wording, satisfied=True)
    _answer(people, using=wording, satisfied=True)
    _answer(people, satisfied=False)
    _answer(people, satisfied=True)
    figures = _stats()
    assert figures["articles_by_kind"] == {"policy": 1, "wording": 1, "responsibility": 0, "faq": 0}
    assert figures["articles_by_state"]["published"] == 2
    assert figures["uses"] == [{"article": wording.pk, "title": "招工难问题答复口径", "answers": 2}]
    assert figures["answers_with_article"] == {"answers": 2, "reviewed": 2, "satisfied": 2, "satisfaction": 1.0}
    assert figures["answers_without_article"] == {"answers": 2, "reviewed": 2, "satisfied": 1, "satisfaction": 0.5}
    assert figures["near_expiry"] == 1


def _xlsx(rows) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("政策清单.xlsx", out.getvalue())


def test_a_policy_list_is_imported_as_drafts_with_progress_and_a_bad_row_refuses_it_all():
    office = f.office()
    seen = []
    report = imports.import_file(_xlsx([
        ["标题", "正文", "类型", "发文机关", "文号", "生效日期", "失效日期"],
        ["一次性吸纳就业补贴", "企业吸纳登记失业人员的给予补贴。", "政策文件", "市人社局", "内人社发〔2026〕3号", "2026-01-01", "2026-12-31"],
        ["职业技能培训补贴", "参加培训取得证书的给予补贴。", "", "", "", None, None],
    ]), by=office, kind=Article.Kind.POLICY, regions=[f.region()], on_progress=lambda done, total: seen.append((done, total)))
    assert [a.title for a in report.imported] == ["一次性吸纳就业补贴", "职业技能培训补贴"]
    assert seen[-1] == (2, 2) and Article.objects.filter(state=Article.State.DRAFT).count() == 2
    assert Article.objects.get(title="一次性吸纳就业补贴").document_number == "内人社发〔2026〕3号"
    refused = imports.import_file(_xlsx([["标题", "正文"], ["好的一行", "正文"], ["", "没有标题"]]), by=office,
                                  kind=Article.Kind.FAQ, regions=[f.region()])
    assert [error["row"] for error in refused.errors] == [3]
    assert not refused.imported and Article.objects.count() == 2


def test_a_word_file_is_one_article_its_first_line_the_title():
    import docx

    document = docx.Document()
    document.add_paragraph("关于做好稳岗返还工作的通知")
    document.add_paragraph("符合条件的企业可申请失业保险稳岗返还。")
    out = io.BytesIO()
    document.save(out)
    report = imports.import_file(SimpleUploadedFile("通知.docx", out.getvalue()), by=f.office(),
                                 kind=Article.Kind.POLICY, regions=[f.region()])
    (article,) = report.imported
    assert (article.title, article.body) == ("关于做好稳岗返还工作的通知", "符合条件的企业可申请失业保险稳岗返还。")


def test_another_kind_of_file_is_refused_naming_the_file():
    with pytest.raises(ValidationError) as refused:
        imports.import_file(SimpleUploadedFile("a.txt", b"text"), by=f.office(), kind="faq", regions=[f.region()])
    assert refused.value.field == "file"


def test_the_export_holds_one_row_an_article_and_keeps_a_formula_as_text():
    published(title="=HYPERLINK(\"http://x\")", body="正文")
    sheet = openpyxl.load_workbook(io.BytesIO(exports.workbook(Article.objects.all()))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("标题", "正文", "类型") and rows[1][0] == "=HYPERLINK(\"http://x\")"
    assert sheet.cell(row=2, column=1).data_type == "s"


def test_the_command_imports_a_list_with_a_progress_bar(tmp_path):
    f.office()
    path = tmp_path / "清单.xlsx"
    path.write_bytes(_xlsx([["标题", "正文"], ["常见问题一", "答案一"], ["常见问题二", "答案二"]]).read())
    out, err = io.StringIO(), io.StringIO()
    call_command("knowledge", "import", str(path), "--region", "511000", "--kind", "faq", stdout=out, stderr=err)
    assert "imported 2 draft articles" in out.getvalue() and "2/2" in err.getvalue()
    assert set(Article.objects.values_list("kind", "state")) == {("faq", "draft")}
