"""The pages of consultation topics: the public reads a topic, gives an opinion and supports one (mobile
first, no account needed); the office opens topics, files and decides opinions, publishes the result and
forwards a draft law's opinions."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from huishang.core.errors import DomainError
from huishang.suggestions import captcha, topic_selectors, topics
from huishang.suggestions.forwarding import FORMATS, forwarding_file
from huishang.suggestions.permissions import manages_topics, reads_suggestions
from huishang.suggestions.topic_forms import (
    ForwardForm, OpinionDecisionForm, OpinionForm, ResultForm, SupportForm, ThemeForm, TopicForm,
)
from huishang.suggestions.web_helpers import client_address
from huishang.web.access import require
from huishang.web.errors import messages_of, show_on_form


# --- public -----------------------------------------------------------------------------------------------

def _public_topic(code):
    return get_object_or_404(topic_selectors.public_topics(), code=code)


@require_GET
def topic_list(request):
    return render(request, "suggestions/topics/list.html", {
        "topics": [(topic, topic_selectors.stage_label(topic)) for topic in topic_selectors.public_topics()[:50]],
    })


def _topic_page(request, topic, form=None, status=200):
    stage = topic_selectors.stage_of(topic)
    form = form or OpinionForm()
    challenge = None
    if not request.user.is_authenticated:
        challenge = captcha.new_challenge()
        data = form.data.copy() if form.is_bound else None
        if data is not None:
            data["captcha_token"], data["captcha_answer"] = challenge["token"], ""
            form.data = data
        else:
            form.initial["captcha_token"] = challenge["token"]
    return render(request, "suggestions/topics/detail.html", {
        "topic": topic, "stage": stage, "stage_label": topic_selectors.stage_label(topic),
        "opinions": topic_selectors.opinions_of(topic), "summary": topic_selectors.summary(topic),
        "documents": topic.documents.all(), "places": topic.places.all(), "form": form,
        "captcha_svg": challenge["svg"] if challenge else "",
    }, status=status)


@require_GET
def topic_detail(request, code):
    return _topic_page(request, _public_topic(code))


@require_POST
def give_opinion(request, code):
    topic = _public_topic(code)
    form = OpinionForm(request.POST)
    if not form.is_valid():
        return _topic_page(request, topic, form, status=422)
    try:
        opinion = topics.submit_opinion(
            topic, text=form.cleaned_data["text"], author_name=form.cleaned_data["author_name"], by=request.user,
            sender_address=client_address(request), captcha_token=form.cleaned_data["captcha_token"],
            captcha_answer=form.cleaned_data["captcha_answer"],
        )
    except DomainError as refused:
        show_on_form(form, refused, {"captcha": "captcha_answer"})
        return _topic_page(request, topic, form, status=refused.http_status)
    if opinion.held:
        messages.info(request, _("Thank you. Your opinion is shown once the office has read it."))
    else:
        messages.success(request, _("Thank you. Your opinion is published below."))
    return redirect("suggestions:topic", code=code)


@require_http_methods(["GET", "POST"])
def support(request, code, pk):
    """Support one opinion: a signed-in account at once; anyone else confirms a phone number with a code."""
    topic = _public_topic(code)
    opinion = get_object_or_404(topic_selectors.opinions_of(topic), pk=pk)
    form = SupportForm(request.POST or None)
    sent = False
    if request.method == "POST" and form.is_valid():
        phone, code_given = form.cleaned_data["phone"], form.cleaned_data["code"]
        try:
            if request.POST.get("action") == "send":
                topics.send_support_code(topic, phone=phone, sender_address=client_address(request))
                sent = True
                messages.info(request, _("A confirmation code was sent to your phone."))
            else:
                topics.support_opinion(opinion, by=request.user, phone=phone, code=code_given)
                messages.success(request, _("Thank you for your support."))
                return redirect("suggestions:topic", code=topic.code)
        except DomainError as refused:
            show_on_form(form, refused, {"account": None})
    status = 422 if form.errors else 200
    return render(request, "suggestions/topics/support.html", {
        "topic": topic, "opinion": opinion, "form": form, "sent": sent,
    }, status=status)


@require_GET
def document(request, code, pk):
    topic = _public_topic(code)
    found = get_object_or_404(topic.documents.all(), pk=pk)
    return FileResponse(found.file.open("rb"), as_attachment=True, filename=found.original_name,
                        content_type=found.content_type)


# --- the office -------------------------------------------------------------------------------------------

@login_required
@require_http_methods(["GET", "POST"])
def staff_topics(request):
    require(reads_suggestions(request.user))
    may_open = manages_topics(request.user)
    form = TopicForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST":
        require(may_open)
        if form.is_valid():
            data = form.cleaned_data
            try:
                topic = topics.open_topic(
                    by=request.user, code=data["code"], kind=data["kind"], title=data["title"],
                    description=data["description"], region=data["region"], places=data["places"],
                    point=data["point"], opens_on=data["opens_on"], closes_on=data["closes_on"],
                    documents=data["documents"],
                )
                messages.success(request, _("The topic is open."))
                return redirect("suggestions:staff-topic", code=topic.code)
            except DomainError as refused:
                show_on_form(form, refused)
    return render(request, "suggestions/topics/staff_list.html", {
        "topics": [(topic, topic_selectors.stage_label(topic)) for topic in topic_selectors.visible_topics(request.user)[:100]],
        "form": form, "may_open": may_open,
    }, status=422 if form.errors else 200)


def _staff_topic(request, code):
    require(reads_suggestions(request.user))
    return get_object_or_404(topic_selectors.visible_topics(request.user), code=code)


def _staff_page(request, topic, bound=None, status=200):
    bound = bound or {}
    return render(request, "suggestions/topics/staff_detail.html", {
        "topic": topic, "stage": topic_selectors.stage_of(topic), "stage_label": topic_selectors.stage_label(topic),
        "summary": topic_selectors.summary(topic), "opinions": topic_selectors.opinions_of(topic, with_held=True),
        "documents": topic.documents.all(), "places": topic.places.all(), "may_handle": manages_topics(request.user),
        "forwarding": topic.forwardings.first(), "outcomes": OpinionDecisionForm().fields["outcome"].choices,
        "result_form": bound.get("result") or ResultForm(), "forward_form": bound.get("forward") or ForwardForm(),
        "errors": bound.get("errors", []),
    }, status=status)


@login_required
@require_GET
def staff_topic(request, code):
    return _staff_page(request, _staff_topic(request, code))


def _opinion_action(request, code, pk, form_class, act):
    topic = _staff_topic(request, code)
    opinion = get_object_or_404(topic.opinions.all(), pk=pk)
    form, status = form_class(request.POST), 422
    if form.is_valid():
        try:
            act(opinion, form.cleaned_data)
            return redirect(f"{reverse('suggestions:staff-topic', kwargs={'code': code})}#opinion-{opinion.pk}")
        except DomainError as refused:
            show_on_form(form, refused)
            status = refused.http_status
    return _staff_page(request, topic, {"errors": messages_of(form)}, status=status)


@login_required
@require_POST
def file_opinion(request, code, pk):
    return _opinion_action(request, code, pk, ThemeForm,
                           lambda opinion, data: topics.file_under_theme(opinion, by=request.user, theme=data["theme"]))


@login_required
@require_POST
def decide_opinion(request, code, pk):
    return _opinion_action(request, code, pk, OpinionDecisionForm, lambda opinion, data: topics.decide_opinion(
        opinion, by=request.user, outcome=data["outcome"], reason=data["reason"]))


@login_required
@require_POST
def release_opinion(request, code, pk):
    return _opinion_action(request, code, pk, forms.Form,
                           lambda opinion, data: topics.release_opinion(opinion, by=request.user))


@login_required
@require_POST
def publish_result(request, code):
    topic = _staff_topic(request, code)
    form = ResultForm(request.POST)
    if form.is_valid():
        try:
            topics.publish_result(topic, by=request.user, text=form.cleaned_data["result"])
            messages.success(request, _("The result is published."))
            return redirect("suggestions:staff-topic", code=code)
        except DomainError as refused:
            show_on_form(form, refused)
    return _staff_page(request, topic, {"result": form}, status=422)


@login_required
@require_POST
def forward(request, code):
    topic = _staff_topic(request, code)
    form = ForwardForm(request.POST)
    if form.is_valid():
        try:
            forwarded = topics.forward_opinions(topic, by=request.user, addressee=form.cleaned_data["addressee"])
            messages.success(request, _("The opinions are forwarded as %(number)s.") % {"number": forwarded.document_number})
            return redirect("suggestions:staff-topic", code=code)
        except DomainError as refused:
            show_on_form(form, refused)
    return _staff_page(request, topic, {"forward": form}, status=422)


@login_required
@require_GET
def forwarding_document(request, code, fmt):
    topic = _staff_topic(request, code)
    forwarding = get_object_or_404(topic.forwardings.all())
    if fmt not in FORMATS:
        return HttpResponse(status=404)
    content, content_type, name = forwarding_file(forwarding, fmt)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
