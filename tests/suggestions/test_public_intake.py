"""Anyone submits a suggestion without an account, through the public form, and follows it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from huishang.cases.models import Matter, Transition
from huishang.suggestions.models import IntakeAttempt, Suggestion
from tests.suggestions import helpers

pytestmark = pytest.mark.django_db
SUBMIT = "/suggestions/"
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


def _submit(client, **changes):
    """Post the form and follow its redirect to the receipt, as a browser does."""
    return client.post(SUBMIT, helpers.form_data(**changes), REMOTE_ADDR=changes.pop("_address", "10.0.0.1"),
                       follow=True)


def test_a_member_of_the_public_submits_without_an_account_and_gets_number_and_code(client, world):
    page = client.get(SUBMIT)
    assert page.status_code == 200 and "captcha_token" in page.content.decode()
    response = _submit(client)
    assert response.status_code == 200
    suggestion = Suggestion.objects.get()
    assert suggestion.matter.kind == Matter.Kind.SUGGESTION and suggestion.matter.state == "submitted"
    assert suggestion.channel == "online"
    assert Transition.objects.get(matter=suggestion.matter).action == "submit"
    html = response.content.decode()
    assert suggestion.matter.number in html and response.context["receipt"].code in html


def test_the_form_opened_from_a_point_has_the_point_filled_in_and_records_it(client, world):
    page = client.get(SUBMIT + "?point=yp-01")
    assert page.context["form"].initial["point"] == "yp-01"
    assert 'name="scanned_point" value="yp-01"' in page.content.decode()
    _submit(client, point="yp-01", scanned_point="yp-01")
    assert Suggestion.objects.get().point == world and Suggestion.objects.get().channel == "point"


def test_a_wrong_captcha_answer_is_refused_and_nothing_is_written(client, world):
    response = _submit(client, captcha_answer="99")
    assert response.status_code == 422
    assert "captcha_answer" in response.context["form"].errors
    assert not Matter.objects.exists()


def test_naming_a_collection_point_does_not_skip_the_captcha(client, world):
    helpers.point(code="yp-02", name="杨浦滨江驿站")
    response = _submit(client, point="yp-02", captcha_answer="99")
    assert response.status_code == 422
    assert "captcha_answer" in response.context["form"].errors
    assert not Matter.objects.exists() and not Suggestion.objects.exists()
    without_token = _submit(client, point="yp-02", captcha_token="", captcha_answer="")
    assert without_token.status_code == 422 and not Suggestion.objects.exists()


def test_the_captcha_shown_on_the_page_accepts_its_right_answer_once(client, world):
    token = helpers.token_in(client.get(SUBMIT).content.decode())
    answer = helpers.answer_of(token)
    assert _submit(client, captcha_token=token, captcha_answer=str(answer)).status_code == 200
    again = _submit(client, captcha_token=token, captcha_answer=str(answer), title="另一个建议")
    assert again.status_code == 422 and Suggestion.objects.count() == 1


def test_one_address_may_submit_up_to_the_limit_and_no_more(client, world, settings):
    settings.HUISHANG_SUGGESTION_LIMITS = {"address": (2, 60)}
    for n in range(2):
        assert _submit(client, title=f"建议{n}", contact_phone=f"1381234567{n}").status_code == 200
    refused = _submit(client, title="建议3", contact_phone="13812345679")
    assert refused.status_code == 429 and Suggestion.objects.count() == 2
    assert _submit(client, title="建议4", contact_phone="13812345670", _address="10.0.0.2").status_code == 200


def test_one_phone_may_submit_up_to_the_limit_from_any_address_and_no_more(client, world, settings):
    settings.HUISHANG_SUGGESTION_LIMITS = {"phone": (1, 60)}
    assert _submit(client, title="建议1").status_code == 200
    refused = _submit(client, title="建议2", _address="10.0.0.9")
    assert refused.status_code == 429 and "contact_phone" in refused.context["form"].errors
    assert _submit(client, title="建议3", contact_phone="13900000000", _address="10.0.0.9").status_code == 200


def test_the_same_suggestion_sent_twice_within_minutes_is_kept_once_with_the_same_receipt(client, world):
    first = _submit(client).context["receipt"]
    second = _submit(client).context["receipt"]
    assert Suggestion.objects.count() == 1 and second.repeated
    assert (first.number, first.code) == (second.number, second.code)


def test_a_text_over_the_size_limit_is_refused_naming_the_field(client, world):
    response = _submit(client, text="长" * 2001)
    assert response.status_code == 422 and "text" in response.context["form"].errors
    assert not Matter.objects.exists()


def test_more_than_three_photos_are_refused_and_nothing_is_written(client, world):
    data = helpers.form_data()
    data["photos"] = [SimpleUploadedFile(f"p{n}.png", PNG, "image/png") for n in range(4)]
    response = client.post(SUBMIT, data)
    assert response.status_code == 422 and "photos" in response.context["form"].errors
    assert not Matter.objects.exists() and not IntakeAttempt.objects.exists()


def test_photos_are_kept_as_attachments_of_the_matter(client, world):
    data = helpers.form_data()
    data["photos"] = [SimpleUploadedFile("p.png", PNG, "image/png")]
    assert client.post(SUBMIT, data).status_code == 302
    assert Suggestion.objects.get().matter.attachments.get().content_type == "image/png"


def test_a_pdf_is_not_accepted_as_a_photo(client, world):
    data = helpers.form_data()
    data["photos"] = [SimpleUploadedFile("p.pdf", b"%PDF-1.4 x", "application/pdf")]
    response = client.post(SUBMIT, data)
    assert response.status_code == 422 and not Matter.objects.exists()


def test_a_suggestion_with_a_sensitive_word_is_held_for_review_not_dropped(client, world, settings):
    settings.HUISHANG_SENSITIVE_WORDS = ["代开发票"]
    _submit(client, text="有人在滨江代开发票")
    suggestion = Suggestion.objects.get()
    assert suggestion.held and suggestion.held_words == "代开发票"
    assert suggestion.matter.number not in client.get("/suggestions/public/").content.decode()


def test_with_number_and_code_the_submitter_sees_the_progress(client, world):
    receipt = _submit(client).context["receipt"]
    stranger = client.__class__()
    assert stranger.get(f"/suggestions/follow/{receipt.number}/").status_code == 302
    response = stranger.post("/suggestions/follow/", {"number": receipt.number, "code": receipt.code}, follow=True)
    assert response.status_code == 200 and response.context["stage"]["key"] == "received"


def test_a_wrong_follow_up_code_opens_nothing(client, world):
    receipt = _submit(client).context["receipt"]
    wrong = "0" * 8 if receipt.code != "0" * 8 else "1" * 8
    stranger = client.__class__()
    response = stranger.post("/suggestions/follow/", {"number": receipt.number, "code": wrong})
    assert response.status_code == 404
    assert stranger.get(f"/suggestions/follow/{receipt.number}/").status_code == 302


def test_the_public_pages_need_no_login(client, world):
    for url in ("/suggestions/", "/suggestions/results/", "/suggestions/points/", "/suggestions/public/",
                reverse("suggestions:poster", args=["yp-01"]), "/suggestions/follow/"):
        assert client.get(url).status_code == 200, url
