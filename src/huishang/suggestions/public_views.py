"""The public pages: no login, mobile first. Submit, keep the receipt, follow, rate, read the results."""

import json

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from huishang.core.errors import DomainError
from huishang.figures.selectors import Scope
from huishang.suggestions import captcha, services
from huishang.suggestions.figures import suggestion_breakdowns, suggestion_figures
from huishang.suggestions.forms import FollowUpForm, PublicSuggestionForm, RatingForm
from huishang.suggestions.maps import region_map
from huishang.suggestions.places import intake_points
from huishang.suggestions.qr import channel_of, form_path, poster_qr_svg
from huishang.suggestions.selectors import adopted_results, public_stage, public_suggestions
from huishang.suggestions.web_helpers import client_address
from huishang.web.errors import show_on_form

FOLLOWED = "suggestions_followed"  # session key: number -> code the visitor proved
RECEIVED = "suggestions_received"  # session key: number -> whether it repeated an earlier one, for its receipt


def _submit_page(request, form, status=200):
    challenge = captcha.new_challenge()
    data = form.data.copy() if form.is_bound else None
    if data is not None:
        data["captcha_token"], data["captcha_answer"] = challenge["token"], ""
        form.data = data
    else:
        form.initial["captcha_token"] = challenge["token"]
    return render(request, "suggestions/submit.html", {
        "form": form, "captcha_svg": challenge["svg"], "map": region_map(intake_points()),
    }, status=status)


@require_http_methods(["GET", "POST"])
def submit(request):
    if request.method == "GET":
        point = intake_points().filter(code=request.GET.get("point", "")).first()
        initial = {"point": point.code, "region": point.region.code, "scanned_point": point.code} if point else {}
        initial["sender"] = request.GET.get("sender", "")
        return _submit_page(request, PublicSuggestionForm(initial=initial))
    form = PublicSuggestionForm(request.POST, request.FILES)
    if not form.is_valid():
        return _submit_page(request, form, status=422)
    cleaned = form.cleaned_data
    try:
        receipt = services.submit_suggestion(
            title=cleaned["title"], text=cleaned["text"], category=cleaned["category"], region=cleaned["region"],
            sender=cleaned["sender"], channel=channel_of(cleaned["point"], scanned=cleaned["scanned_point"]),
            point=cleaned["point"], address=cleaned["address"],
            latitude=cleaned["latitude"], longitude=cleaned["longitude"], contact_name=cleaned["contact_name"],
            contact_phone=cleaned["contact_phone"], contact_email=cleaned["contact_email"], photos=cleaned["photos"],
            sender_address=client_address(request), captcha_token=cleaned["captcha_token"],
            captcha_answer=cleaned["captcha_answer"],
        )
    except DomainError as refused:
        show_on_form(form, refused, {"captcha": "captcha_answer"})
        return _submit_page(request, form, status=refused.http_status)
    request.session.setdefault(FOLLOWED, {})[receipt.number] = receipt.code
    request.session.setdefault(RECEIVED, {})[receipt.number] = receipt.repeated
    request.session.modified = True
    # Post/Redirect/Get: reloading the receipt shows it again instead of sending the form once more.
    return redirect("suggestions:receipt", number=receipt.number)


@require_GET
def receipt(request, number):
    """The receipt of a suggestion this browser sent: its number and follow-up code, as often as it is reloaded.
    The code is never in the address; another browser is sent to the follow-up form."""
    code = request.session.get(FOLLOWED, {}).get(number)
    repeated = request.session.get(RECEIVED, {}).get(number)
    if code is None or repeated is None:
        return redirect(f"{reverse('suggestions:follow-up')}?number={number}")
    suggestion = get_object_or_404(services.Suggestion.objects.select_related("matter"), matter__number=number)
    return render(request, "suggestions/receipt.html", {"receipt": services.Receipt(suggestion, code, repeated)})


@require_http_methods(["GET", "POST"])
def follow_up(request):
    form = FollowUpForm(request.POST or None, initial={"number": request.GET.get("number", "")})
    if request.method == "POST" and form.is_valid():
        try:
            suggestion = services.find_for_follow_up(
                number=form.cleaned_data["number"], code=form.cleaned_data["code"],
                sender_address=client_address(request),
            )
        except DomainError as refused:
            show_on_form(form, refused)
            return render(request, "suggestions/follow_up.html", {"form": form}, status=refused.http_status)
        request.session.setdefault(FOLLOWED, {})[suggestion.matter.number] = form.cleaned_data["code"].strip()
        request.session.modified = True
        return redirect("suggestions:progress", number=suggestion.matter.number)
    return render(request, "suggestions/follow_up.html", {"form": form}, status=422 if form.errors else 200)


def _followed(request, number):
    """The suggestion this visitor proved the code of, with the code; otherwise back to the follow-up form."""
    code = request.session.get(FOLLOWED, {}).get(number)
    if code is None:
        return None, None
    suggestion = get_object_or_404(
        services.Suggestion.objects.select_related("matter", "matter__category", "matter__region", "point"),
        matter__number=number,
    )
    return suggestion, code


def progress(request, number):
    suggestion, _code = _followed(request, number)
    if suggestion is None:
        return redirect(f"{reverse('suggestions:follow-up')}?number={number}")
    return _progress_page(request, suggestion, RatingForm())


def _progress_page(request, suggestion, rating_form, status=200):
    return render(request, "suggestions/progress.html", {
        "suggestion": suggestion, "matter": suggestion.matter, "stage": public_stage(suggestion),
        "decision": getattr(suggestion, "decision", None), "implementation": getattr(suggestion, "implementation", None),
        "responses": suggestion.matter.responses.all(), "rating_form": rating_form,
    }, status=status)


@require_POST
def rate(request, number):
    suggestion, code = _followed(request, number)
    if suggestion is None:
        return redirect(f"{reverse('suggestions:follow-up')}?number={number}")
    form = RatingForm(request.POST)
    if form.is_valid():
        try:
            services.rate_suggestion(suggestion, code=code, stars=form.cleaned_data["stars"], note=form.cleaned_data["note"])
            return redirect("suggestions:progress", number=number)
        except DomainError as refused:
            show_on_form(form, refused)
            return _progress_page(request, suggestion, form, status=refused.http_status)
    return _progress_page(request, suggestion, form, status=422)


def results(request):
    scope = Scope()
    breakdowns = suggestion_breakdowns(scope)
    return render(request, "suggestions/results.html", {
        "figures": suggestion_figures(scope), "breakdowns": breakdowns, "results": adopted_results()[:50],
        "chart_data": json.dumps(breakdowns, ensure_ascii=False),
    })


def points(request):
    return render(request, "suggestions/points.html", {"points": intake_points()})


def poster(request, code):
    point = get_object_or_404(intake_points(), code=code)
    url = request.build_absolute_uri(form_path(point))
    return render(request, "suggestions/poster.html", {"point": point, "url": url, "qr_svg": poster_qr_svg(url)})


def public_list(request):
    return render(request, "suggestions/public_list.html", {"suggestions": public_suggestions()[:50]})
