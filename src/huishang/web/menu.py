"""The menu of the web UI: each account sees the pages it may open, decided by the pages' own rules.

Every entry names the permission function its page calls (from the app's ``permissions`` module or
``web.access``), so the menu cannot offer a page that would refuse the account. A page that lets every
signed-in account in and lists only what the account's scope holds (matters, meetings, assessments,
surveys) is offered when that list holds something for the account, or when the account may add to it:
the page's own selector and "may add" flag decide, not a list of roles kept here.
"""

from dataclasses import dataclass
from typing import Callable

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from huishang.alliances.permissions import takes_part
from huishang.assessment.forms import unions_run_by
from huishang.assessment.permissions import may_read_risks, visible_assessments
from huishang.audit.permissions import may_read_log
from huishang.butlers.permissions import is_butler, may_read_visits
from huishang.cases.selectors import visible_matters
from huishang.dispatch.selectors import keeps_table
from huishang.employment.permissions import (
    reaches_cooperation, reaches_employment, reaches_internships, reads_subsidies,
)
from huishang.figures.permissions import may_read_figures
from huishang.insight.permissions import may_see_hot_issues
from huishang.ledgers.permissions import may_import
from huishang.meetings.selectors import visible_meetings
from huishang.promotion.permissions import may_read_pipeline
from huishang.ranking.selectors import opens_ranking
from huishang.ranking.talks import offers_talks
from huishang.recruitment.permissions import may_read as reads_recruitment
from huishang.suggestions.permissions import reads_suggestions
from huishang.suggestions.selectors import kept_points
from huishang.supervision.permissions import may_read_board
from huishang.surveys.permissions import records_surveys, visible_surveys
from huishang.web.access import may_organise_meetings, may_submit

# The first entries an account may open stand on the bar; the others wait under "more services".
BAR_SIZE = 5


def _signed_in(user) -> bool:
    return user.is_authenticated and user.is_active


# Pages open to every signed-in account: offered when their list holds something for the account or the
# account may add to it (the cheap role test first, the list's EXISTS only when it decides).
def _matters_for(user) -> bool:
    return may_submit(user) or visible_matters(user).exists()


def _meetings_for(user) -> bool:
    return may_organise_meetings(user) or visible_meetings(user).exists()


def _assessments_for(user) -> bool:
    return unions_run_by(user).exists() or visible_assessments(user).exists()


def _surveys_for(user) -> bool:
    return records_surveys(user) or visible_surveys(user).exists()


def _keeps_a_point(user) -> bool:
    return kept_points(user).exists()


@dataclass(frozen=True)
class Entry:
    url_name: str
    label: str
    # The prefix of the view names that belong to the entry (the longest match marks the current page).
    section: str
    # Whether the account may open the page: the function the page itself asks.
    opens: Callable[[object], bool]


ENTRIES = [
    Entry("web:workbench", _("Workbench"), "web:workbench", _signed_in),
    Entry("web:matter-list", _("Matters"), "web:matter-", _matters_for),
    Entry("web:matter-new", _("Raise a problem"), "web:matter-new", may_submit),
    Entry("web:meeting-list", _("Meetings"), "web:meeting-", _meetings_for),
    Entry("web:dashboard", _("Dashboard"), "web:dashboard", may_read_figures),
    Entry("audit:entries", _("Audit log"), "audit:", may_read_log),
    Entry("supervision:board", _("Supervision board"), "supervision:", may_read_board),
    Entry("dispatch:table", _("Routing table"), "dispatch:", keeps_table),
    Entry("butlers:workbench", _("My enterprises"), "butlers:workbench", is_butler),
    Entry("butlers:visit-list", _("Butler visits"), "butlers:", may_read_visits),
    Entry("suggestions:paper", _("Enter paper suggestions"), "suggestions:paper", _keeps_a_point),
    Entry("suggestions:staff-list", _("People's suggestions"), "suggestions:staff", reads_suggestions),
    Entry("alliances:list", _("Studio alliances"), "alliances:", takes_part),
    Entry("ranking:index", _("Monthly unit ranking"), "ranking:", opens_ranking),
    Entry("ranking:talks", _("Talks with bottom units"), "ranking:talk", offers_talks),
    Entry("assessment:list", _("Union assessment"), "assessment:list", _assessments_for),
    Entry("assessment:risks", _("Labour-field risks"), "assessment:risk", may_read_risks),
    Entry("employment:stations", _("Job stations"), "employment:", reaches_employment),
    Entry("employment:internship-bases", _("Internship bases"), "employment:intern", reaches_internships),
    Entry("employment:subsidies", _("Subsidy ledger"), "employment:subsid", reads_subsidies),
    Entry("employment:cooperations", _("School–enterprise cooperation"), "employment:cooperation",
          reaches_cooperation),
    Entry("promotion:board", _("Investment promotion"), "promotion:", may_read_pipeline),
    Entry("recruitment:rounds", _("Recruitment rounds"), "recruitment:round", reads_recruitment),
    Entry("recruitment:events", _("Recruitment events"), "recruitment:event", reads_recruitment),
    Entry("surveys:list", _("Surveys"), "surveys:", _surveys_for),
    Entry("insight:hot", _("Hot issues"), "insight:", may_see_hot_issues),
    Entry("ledgers:import", _("Import a ledger"), "ledgers:", may_import),
    Entry("notifications:list", _("Notifications"), "notifications:", _signed_in),
]


def entries_for(user) -> list[Entry]:
    """The entries ``user`` may open, in menu order."""
    return [entry for entry in ENTRIES if entry.opens(user)]


def menu_for(user, current_view: str) -> dict:
    """The bar and the "more services" list of ``user``, the entry of the page ``current_view`` marked."""
    shown = entries_for(user)
    active = max((entry.section for entry in shown if current_view.startswith(entry.section)), key=len, default=None)
    rows = [{"url": reverse(entry.url_name), "label": entry.label, "active": entry.section == active}
            for entry in shown]
    # A "more" list of one entry would hide it for nothing.
    cut = len(rows) if len(rows) <= BAR_SIZE + 1 else BAR_SIZE
    services = rows[cut:]
    return {"main": rows[:cut], "services": services, "services_active": any(row["active"] for row in services)}
