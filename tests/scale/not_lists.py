"""The routes that are not lists of records, each with the reason: forms, actions, files, one record.

A route belongs here only when what it answers cannot grow with the number of rows of anything; every
other route has a query-count case in tests/scale/cases.py.
"""

API = "/api/v1"

# Django's own admin: its change lists are Django's code, paged at 100 with the ModelAdmin's settings.
PREFIXES = {"admin/": "Django's admin", "admin:": "Django's admin"}

REASONS = {
    "the API's own description, root and fallback": [
        "api:openapi-json", "api:openapi-view", "api:api-root", "api/v1/^",
    ],
    "Open311's error list for a path it does not serve": ["open311:unknown"],
    "health checks": ["core:healthz", "core:readyz"],
    "a page that moved, answered by a permanent redirect": ["supervision:notifications-moved"],
    "the kinds of notification a role receives, a fixed list declared in the code (notifications.events)": [
        "notifications:settings", f"{API}/notifications/preferences",
    ],
    "an action answered by a redirect (POST)": [
        "set_language", "web:logout",
        "web:matter-accept", "web:matter-reject", "web:matter-merge", "web:matter-put-on-agenda",
        "web:matter-take-off-agenda", "web:matter-assign", "web:matter-reassign", "web:matter-acknowledge", "web:matter-respond",
        "web:matter-contact",
        "web:matter-review", "web:matter-close", "web:matter-reopen", "web:matter-attachment-add",
        "web:meeting-agenda-add", "web:meeting-agenda-remove", "web:meeting-agenda-decide",
        "web:meeting-notice", "web:meeting-minutes",
        "supervision:remind", "supervision:escalate", "supervision:visit", "supervision:extension-request",
        "supervision:extension-decide", "supervision:send-back-request", "supervision:send-back-decide",
        "supervision:follow-up", "notifications:read",
        "alliances:booking-decide", "alliances:booking-cancel", "alliances:membership-leave", "alliances:seat-end",
        "suggestions:rate", "suggestions:release", "suggestions:agenda", "suggestions:decide", "suggestions:publish",
        "suggestions:topic-opinion", "suggestions:topic-theme", "suggestions:topic-decide", "suggestions:topic-release",
        "suggestions:topic-result", "suggestions:topic-forward",
        "promotion:lead-advance", "promotion:lead-visit", "promotion:lead-drop", "promotion:lead-owner",
        "promotion:lead-report", "promotion:lead-business-line", "promotion:lead-seat-plan", "promotion:lead-enterprise",
        "recruitment:event-employer", "recruitment:event-intentions", "recruitment:review", "recruitment:scores",
        "recruitment:publish", "recruitment:session-new", "recruitment:tickets-issue", "recruitment:condition-check",
        "employment:seeker-add", "employment:job-add", "employment:course-add", "employment:enrolment-add",
        "employment:enrolment-complete", "employment:enrolment-work", "employment:placement-add",
        "employment:placement-outcome", "employment:visit-add",
        "employment:internship-base-apply", "employment:internship-base-recognise",
        "employment:internship-base-refuse", "employment:internship-post-add", "employment:intern-add",
        "employment:intern-complete", "employment:intern-leave", "employment:intern-hired", "employment:subsidy-add",
        "employment:subsidy-pay", "employment:centre-add", "employment:centre-station",
        "employment:training-base-add", "employment:cooperation-add", "employment:trainee-add",
        "assessment:indicator-add", "assessment:participant-add", "assessment:reviewer-add", "assessment:advance",
        "assessment:self-report", "assessment:score", "assessment:campaign-target", "assessment:campaign-screened",
        "assessment:risk-regrade", "assessment:risk-plan",
        "surveys:answers-add", "surveys:problem-add", "surveys:participant-add", "surveys:symposium-link",
        "surveys:opinion-add", "surveys:proposal-add",
        "audit:reveal", "dispatch:entry-delete", "dispatch:opinion",
        "ranking:publish", "ranking:commitment-done",
        "supervision:plan-submit", "supervision:plan-decide", "supervision:plan-progress",
        "supervision:round-add-matter", "supervision:round-remove-matter", "supervision:round-finding",
        "supervision:round-finish",
        "knowledge:submit", "knowledge:approve", "knowledge:send-back", "knowledge:withdraw", "knowledge:propose",
        "unionwork:plan-task", "unionwork:group-member", "unionwork:group-task", "unionwork:campaign-participant",
        "unionwork:campaign-result", "unionwork:competition-entry",
    ],
    "a redirect to one month's ranking (the latest closed month, or the month chosen)": [
        "ranking:index", "ranking:choose",
    ],
    "a form to fill in (its choices are one query each, whatever their length)": [
        "web:login", "accounts:sign-in-code", "accounts:password-change", "accounts:two-factor", "accounts:unlock",
        "web:matter-new", "web:meeting-new", "butlers:visit-new", "ledgers:import", "employment:ledger-import",
        "alliances:agreement-new", "alliances:activity-new", "alliances:studio-edit", "alliances:member-new",
        "alliances:seat-new", "alliances:term-new", "alliances:expert-new", "alliances:expert-edit",
        "alliances:expert-service-new", "alliances:list-resource", "alliances:resource-edit",
        "alliances:achievement-new", "alliances:agreement-progress",
        "suggestions:submit", "suggestions:follow-up", "suggestions:paper", "suggestions:topic-support",
        "promotion:lead-new", "recruitment:apply", "recruitment:track", "recruitment:event-new",
        "recruitment:round-new", "assessment:new", "surveys:new", "dispatch:entry-new", "dispatch:entry-edit",
        "recruitment:ticket",
        "ranking:scheme", "ranking:talk-new",
        "knowledge:new", "knowledge:edit", "knowledge:import",
        "unionwork:plan-new", "unionwork:group-new", "unionwork:campaign-new", "unionwork:competition-new",
        "unionwork:cooperation-new",
    ],
    "one stored file": [
        "web:matter-attachment", "alliances:activity-photo", "alliances:agreement-attachment", "alliances:charter",
        "suggestions:poster", "suggestions:topic-document",
    ],
    "one record without rows of its own": [
        "open311:request", "open311:service", "ledgers:import-job", "ledgers:import-job-progress",
        "suggestions:receipt",
        f"{API}/supervision/deadline", f"{API}/butlers/visits/{{pk}}", f"{API}/suggestions/{{number}}",
        f"{API}/insight/matters/{{key}}/suggestion", f"{API}/audit/chain", f"{API}/ranking/scheme",
        f"{API}/butlers/visit-frequency",
        f"{API}/employment/internship-bases/{{pk}}", f"{API}/employment/subsidies/{{pk}}", "employment:subsidy-detail",
        f"{API}/employment/cooperations/{{pk}}",
        "knowledge:public-detail", f"{API}/knowledge/articles/{{article_id}}",
    ],
    "a meeting's minutes, one text of the meeting's own row": [f"{API}/meetings/{{meeting_id}}/minutes"],
    "a carded matter's 督办单: one matter, its card and the units of its one current assignment": [
        "web:matter-supervision-sheet", f"{API}/matters/{{key}}/supervision-sheet",
    ],
    "at most three suggested articles (knowledge.selectors.suggestions_for), read in one prefetch": [
        f"{API}/matters/{{key}}/knowledge",
    ],
    "one talk (约谈) with its commitments, at most talks.MOST_COMMITMENTS, read in one prefetch": [
        "ranking:talk", f"{API}/ranking/talks/{{talk_id}}",
    ],
    "a published month's 通报, written from its one frozen record without a query per line": ["ranking:document"],
    "a topic's forwarded document (Word or PDF): its summary and its opinions are read in a fixed number of grouped "
    "queries, whatever their number": ["suggestions:topic-forwarding"],
    "figures: a fixed handful of rows (one per stage or per hot word), not records": [
        f"{API}/promotion/funnel", f"{API}/employment/subsidies/totals",
    ],
}


def reason_for(route: str) -> str | None:
    for reason, routes in REASONS.items():
        if route in routes:
            return reason
    return next((reason for prefix, reason in PREFIXES.items() if route.startswith(prefix)), None)


def named() -> set[str]:
    return {route for routes in REASONS.values() for route in routes}
