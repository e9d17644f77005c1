"""Who may reach each route: the access rule table of 等保 8.1.4.2 访问控制, checked by test_route_access.py.

Keys are URL names (pages, admin) or "METHOD /api/v1/path" (API operations, from the OpenAPI
document). A page's rule gives the roles let in with GET and with POST (None: the page answers no
such method to anyone); an operation's rule gives the roles let in with its method. "Let in" means
answered 2xx or redirected elsewhere than to a sign-in page; every role not named must be refused
(401, 403, 404, or sent to sign in). An answer judging the content or state (400, 409, 422, 429)
proves neither and is accepted for any role; no answer may be a server error.

Object routes are requested with the demo records named in objects.py, twice:
- RULES says who reaches the record of the probing accounts' own jurisdiction: a matter of the demo
  enterprise contact's own enterprise, handled by the demo unit handler's unit, in the demo office's
  region (内江); a record of 永川, 杨浦 or 雄安 is probed by that place's own office (objects.PLACE_ACCOUNTS).
  Strangers (another enterprise or unit) are refused on every matter route: test_object_access.py.
- OTHER_JURISDICTION says who reaches the same kind of record placed in another jurisdiction (elsewhere.py:
  杨浦, or 雄安 for 杨浦's own suggestions), where none of the probing accounts acts but the deployment-wide
  ones: CONFINED (the rule of the own record, deployment-wide roles only), PUBLIC (a public page, for
  anyone as on the own record), or an exception stated with its reason. There a role not let in must be
  refused outright (401, 403, 404): an answer judging the content or the state would tell it the record is
  there and what state it is in.
A route that is new and has no rule here fails test_every_route_has_a_rule_and_every_rule_a_route, and
one whose path names a record and has no OTHER_JURISDICTION entry fails
test_every_route_naming_a_record_has_a_rule_for_another_jurisdictions.
"""

from dataclasses import dataclass

from tests.security.objects import ANONYMOUS

ADMIN, OFFICE, UNIT, SUPERVISOR, LEADER = "admin", "office", "unit", "supervisor", "leader"
ENTERPRISE, BUTLER, UNION, AUDITOR = "enterprise", "butler", "union", "auditor"
ROLES = (ADMIN, OFFICE, UNIT, SUPERVISOR, LEADER, ENTERPRISE, BUTLER, UNION, AUDITOR, ANONYMOUS)

EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
NOBODY = frozenset()
# The city's staff: they read every module's boards; who may change what is narrower, per route.
STAFF = frozenset({ADMIN, OFFICE, SUPERVISOR, LEADER})
# Accounts that act over the whole deployment whatever their region (directory.jurisdiction).
WIDE = frozenset({ADMIN, AUDITOR})
# Django's admin site lets in staff accounts (is_staff) only: of the roles, the administrator.
ADMIN_SITE = frozenset({ADMIN})
ONLY_ADMIN = frozenset({ADMIN})
# A record of 永川 or 雄安 is probed by that place's own office, which runs it (objects.PLACE_ACCOUNTS).
ADMIN_AND_OFFICE = frozenset({ADMIN, OFFICE})
ASSESSMENT_READERS = frozenset({ADMIN, AUDITOR, OFFICE, BUTLER, UNION})
# Union work (unionwork): read by staff, unit handlers and union officers, each record in its jurisdiction (永川's,
# probed by 永川's office and union officer); set up and acted on by the organising union's officers.
UNION_WORK_READERS = frozenset({ADMIN, AUDITOR, OFFICE, UNION})
UNION_WORK_ROLES = frozenset({ADMIN, AUDITOR, OFFICE, SUPERVISOR, LEADER, UNION, UNIT})
UNION_ORGANISERS = frozenset({ADMIN, UNION})
# The monthly unit ranking's readers: the region's staff, and its units once a month is published.
RANKING_READERS = frozenset({ADMIN, OFFICE, UNIT, SUPERVISOR, LEADER})
# The knowledge base's staff readers and writers (knowledge.permissions).
KNOWLEDGE_READERS = frozenset({ADMIN, OFFICE, UNIT, SUPERVISOR, LEADER, BUTLER, AUDITOR})
KNOWLEDGE_WRITERS = frozenset({ADMIN, OFFICE, UNIT})
# An operation whose example body (valid by the document and naming the probe's real records, see
# DemoObjects.body, but with text no service accepts or records in a state that admits nothing) is
# answered 404/409/422 for every role: the test then proves that no role is let in with it and nothing
# fails; who may act is proven by the services' own tests.
class _DecidedByServices(frozenset):
    """Nobody, told apart from NOBODY: on another record a deployment-wide account may be let in."""


DECIDED_BY_SERVICES = _DecidedByServices()


@dataclass(frozen=True)
class Rule:
    get: frozenset | None
    post: frozenset | None


def probed(route, method: str, role: str) -> bool:
    """Admin pages are requested with GET only: POST passes the same admin-site gate (is_staff)."""
    return not (route.pattern.startswith("admin/") and method == "POST")


RULES = {
    # --- API operations (GET/POST/DELETE /api/v1/...): the roles let in with the operation's method
    "POST /api/v1/auth/token": NOBODY,
    "DELETE /api/v1/auth/token": SIGNED_IN,
    "GET /api/v1/matters": SIGNED_IN,
    "POST /api/v1/matters": DECIDED_BY_SERVICES,
    "GET /api/v1/matters/{key}": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    "POST /api/v1/matters/{key}/accept": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/reject": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/merge": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/assign": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/acknowledge": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/respond": DECIDED_BY_SERVICES,
    # 首次联系: the lead unit's handler only (cases.permissions), which the services decide.
    "POST /api/v1/matters/{key}/contacts": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/review": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/close": DECIDED_BY_SERVICES,
    # 改派 is the office's; the probe's body names the matter's own lead unit, which a reassignment refuses.
    "POST /api/v1/matters/{key}/reassign": DECIDED_BY_SERVICES,
    # 协办意见: read by whoever reads the matter; filed by a supporting unit, which no probing account is.
    "GET /api/v1/matters/{key}/opinions": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    "POST /api/v1/matters/{key}/opinions": DECIDED_BY_SERVICES,
    # 派单目录: the office and the administrator keep it; the example body names no category.
    "GET /api/v1/routing-table": ADMIN_AND_OFFICE,
    "POST /api/v1/routing-table": DECIDED_BY_SERVICES,
    "PUT /api/v1/routing-table/{entry_id}": DECIDED_BY_SERVICES,
    # A PATCH changing nothing is a valid one.
    "PATCH /api/v1/routing-table/{entry_id}": ADMIN_AND_OFFICE,
    "DELETE /api/v1/routing-table/{entry_id}": ADMIN_AND_OFFICE,
    "GET /api/v1/meetings": SIGNED_IN,
    "POST /api/v1/meetings": frozenset({OFFICE}),
    "GET /api/v1/meetings/{meeting_id}": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    "POST /api/v1/meetings/{meeting_id}/agenda": DECIDED_BY_SERVICES,
    "DELETE /api/v1/meetings/{meeting_id}/agenda/{item_id}": DECIDED_BY_SERVICES,
    "POST /api/v1/meetings/{meeting_id}/agenda/{item_id}/decision": DECIDED_BY_SERVICES,
    # The demo's meeting has taken place: its notice no longer changes (422 for its organisers).
    "PUT /api/v1/meetings/{meeting_id}/notice": NOBODY,
    "GET /api/v1/meetings/{meeting_id}/minutes": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    "PUT /api/v1/meetings/{meeting_id}/minutes": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/meetings/{meeting_id}/minutes/document": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    # Another unit's 交办单 (objects._sheet_unit): the staff's; the probing unit handler is refused it.
    "GET /api/v1/meetings/{meeting_id}/assignment-sheets/{unit_id}": STAFF,
    # The 督办单 of a carded matter its unit handles (objects._carded_matter): its unit's and the staff's.
    "GET /api/v1/matters/{key}/supervision-sheet": STAFF | {UNIT},
    "GET /api/v1/stats": STAFF,
    "GET /api/v1/categories": SIGNED_IN,
    "GET /api/v1/units": SIGNED_IN,
    "GET /api/v1/supervision/deadline": DECIDED_BY_SERVICES,
    "GET /api/v1/supervision/matters/{key}": SIGNED_IN - {BUTLER, UNION, AUDITOR},
    "POST /api/v1/supervision/matters/{key}/reminders": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/matters/{key}/escalations": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/matters/{key}/extension-requests": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/extension-requests/{pk}/decision": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/matters/{key}/send-back-requests": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/send-back-requests/{pk}/decision": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/follow-ups/{pk}": DECIDED_BY_SERVICES,
    # 细化工作措施: read by whoever reads the matter (the probe's closed matter has none: 404 alike); submitted by
    # the lead unit and decided by the office, which the services decide (tests/supervision/test_work_plans.py).
    "GET /api/v1/matters/{key}/plan": NOBODY,
    "POST /api/v1/matters/{key}/plan": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/plan/decision": DECIDED_BY_SERVICES,
    "POST /api/v1/matters/{key}/plan/progress": DECIDED_BY_SERVICES,
    # 回访督查: the city's staff read the rounds of their jurisdiction; the supervision group runs them (the probe's
    # round is finished, so nothing changes it: tests/supervision/test_review_rounds.py).
    "GET /api/v1/supervision/rounds": STAFF,
    "POST /api/v1/supervision/rounds": DECIDED_BY_SERVICES,
    "GET /api/v1/supervision/rounds/{round_id}": STAFF,
    "POST /api/v1/supervision/rounds/{round_id}/matters": DECIDED_BY_SERVICES,
    "DELETE /api/v1/supervision/rounds/{round_id}/matters/{key}": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/rounds/{round_id}/matters/{key}/finding": DECIDED_BY_SERVICES,
    "POST /api/v1/supervision/rounds/{round_id}/finish": DECIDED_BY_SERVICES,
    "GET /api/v1/supervision/rounds/{round_id}/report": STAFF,
    "GET /api/v1/notifications": SIGNED_IN,
    "GET /api/v1/workbench": SIGNED_IN,
    "POST /api/v1/notifications/read": SIGNED_IN,
    "GET /api/v1/notifications/preferences": SIGNED_IN,
    "PUT /api/v1/notifications/preferences": SIGNED_IN,
    "GET /api/v1/butlers/visits": SIGNED_IN,
    "POST /api/v1/butlers/visits": DECIDED_BY_SERVICES,
    # The visit is 永川's, probed by 永川's office (office_yc), which reads the butlers' records of its place.
    "GET /api/v1/butlers/visits/{pk}": frozenset({ADMIN, OFFICE, BUTLER}),
    # The demo's butlers are 永川's and the probe's enterprise is 内江's: only a deployment-wide account
    # may put one in the other's care.
    "POST /api/v1/butlers/cares": ONLY_ADMIN,
    "POST /api/v1/butlers/trainings": DECIDED_BY_SERVICES,
    "GET /api/v1/butlers/workbench": frozenset({BUTLER}),
    "GET /api/v1/butlers/figures": STAFF,
    # The visit plan: a butler's own, the staff's of their jurisdiction (内江's staff read an empty one).
    "GET /api/v1/butlers/plan": STAFF | {BUTLER},
    "GET /api/v1/butlers/visit-frequency": STAFF | {BUTLER},
    # The example body asks for a visit every day, which the office and the administrator may set.
    "POST /api/v1/butlers/visit-frequency": ADMIN_AND_OFFICE,
    "GET /api/v1/ledgers/matters.xlsx": SIGNED_IN,
    "GET /api/v1/alliances": SIGNED_IN,
    "GET /api/v1/alliances/{alliance_id}/studios": SIGNED_IN,
    "GET /api/v1/alliances/{alliance_id}/resources": SIGNED_IN,
    "GET /api/v1/alliances/{alliance_id}/agreements": STAFF,
    "POST /api/v1/alliances/{alliance_id}/agreements": ONLY_ADMIN,
    "GET /api/v1/alliances/resources/{resource_id}/bookings": STAFF,
    "POST /api/v1/alliances/resources/{resource_id}/bookings": ONLY_ADMIN,
    "POST /api/v1/alliances/bookings/{booking_id}/approve": DECIDED_BY_SERVICES,
    "POST /api/v1/alliances/bookings/{booking_id}/refuse": DECIDED_BY_SERVICES,
    "GET /api/v1/suggestions": STAFF,
    "GET /api/v1/suggestions/figures": STAFF,
    # The suggestion is 杨浦's, probed by 杨浦's office, supervisor and leader, who read it.
    "GET /api/v1/suggestions/{number}": STAFF,
    "POST /api/v1/suggestions/{number}/decision": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/{number}/implementation": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/{number}/release": DECIDED_BY_SERVICES,
    # 征集专题: begun topics are public to every account; the office of the topic's region handles them. The
    # probe's topic (the demo's draft law) is closed, published and forwarded: giving, supporting, deciding,
    # publishing and forwarding are refused by its state (the services' own tests prove who may).
    "GET /api/v1/suggestions/topics": SIGNED_IN,
    "POST /api/v1/suggestions/topics": DECIDED_BY_SERVICES,
    "GET /api/v1/suggestions/topics/{code}": SIGNED_IN,
    "GET /api/v1/suggestions/topics/{code}/opinions": SIGNED_IN,
    "POST /api/v1/suggestions/topics/{code}/opinions": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/topics/{code}/text-codes": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/supports": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/theme": ADMIN_AND_OFFICE,
    "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/decision": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/topics/{code}/result": DECIDED_BY_SERVICES,
    "POST /api/v1/suggestions/topics/{code}/forwarding": DECIDED_BY_SERVICES,
    "GET /api/v1/promotion/leads": STAFF,
    "POST /api/v1/promotion/leads": DECIDED_BY_SERVICES,
    "GET /api/v1/promotion/leads/{pk}": STAFF,
    "POST /api/v1/promotion/leads/{pk}/advance": DECIDED_BY_SERVICES,
    "POST /api/v1/promotion/leads/{pk}/drop": DECIDED_BY_SERVICES,
    "POST /api/v1/promotion/leads/{pk}/owner": frozenset({ADMIN, OFFICE}),
    "POST /api/v1/promotion/leads/{pk}/visits": DECIDED_BY_SERVICES,
    "POST /api/v1/promotion/leads/{pk}/reports": DECIDED_BY_SERVICES,
    "POST /api/v1/promotion/leads/{pk}/business-lines": DECIDED_BY_SERVICES,
    "POST /api/v1/promotion/leads/{pk}/seat-plan": frozenset({ADMIN, OFFICE}),
    "POST /api/v1/promotion/leads/{pk}/enterprise": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/promotion/funnel": STAFF,
    "GET /api/v1/recruitment/rounds": STAFF,
    "POST /api/v1/recruitment/rounds": DECIDED_BY_SERVICES,
    "GET /api/v1/recruitment/rounds/{pk}/applications": STAFF,
    "POST /api/v1/recruitment/applications/{pk}/review": DECIDED_BY_SERVICES,
    "POST /api/v1/recruitment/applications/{pk}/scores": DECIDED_BY_SERVICES,
    "POST /api/v1/recruitment/rounds/{pk}/publish": DECIDED_BY_SERVICES,
    "GET /api/v1/recruitment/rounds/{pk}/sessions": STAFF,
    "POST /api/v1/recruitment/rounds/{pk}/sessions": DECIDED_BY_SERVICES,
    "GET /api/v1/recruitment/rounds/{pk}/tickets": STAFF,
    "POST /api/v1/recruitment/rounds/{pk}/tickets": DECIDED_BY_SERVICES,
    "GET /api/v1/recruitment/rounds/{pk}/checks": STAFF,
    "POST /api/v1/recruitment/applications/{pk}/checks": DECIDED_BY_SERVICES,
    "GET /api/v1/recruitment/events": STAFF,
    "POST /api/v1/recruitment/events": DECIDED_BY_SERVICES,
    "POST /api/v1/recruitment/events/{pk}/employers": frozenset({ADMIN, OFFICE}),
    "POST /api/v1/recruitment/events/{pk}/employers/{participation_id}/intentions": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/stations": SIGNED_IN,
    # The station is 雄安's, probed by 雄安's office (the station's staff), which runs it.
    "GET /api/v1/employment/stations/{pk}/seekers": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/stations/{pk}/seekers": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/stations/{pk}/jobs": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/stations/{pk}/jobs": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/jobs/{pk}/candidates": ADMIN_AND_OFFICE,
    "GET /api/v1/employment/seekers/{pk}/openings": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/placements": ONLY_ADMIN,
    "POST /api/v1/employment/placements/{pk}/outcome": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/households": SIGNED_IN,
    "GET /api/v1/employment/households/{pk}": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/households/{pk}/visits": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/ledger/import": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/ledger/export": SIGNED_IN,
    "POST /api/v1/employment/stations/{pk}/courses": ADMIN_AND_OFFICE,
    "GET /api/v1/employment/courses/{pk}": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/courses/{pk}/enrolments": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/enrolments/{pk}/complete": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/enrolments/{pk}/work": ADMIN_AND_OFFICE,
    # internship bases and the subsidy ledger (the probe's intern completed its internship, its subsidy is paid)
    "GET /api/v1/employment/internship-bases": SIGNED_IN,
    # the office for an enterprise of its region, an enterprise's contact for its own
    "POST /api/v1/employment/internship-bases": frozenset({ADMIN, OFFICE, ENTERPRISE}),
    "GET /api/v1/employment/internship-bases/{pk}": STAFF,
    "POST /api/v1/employment/internship-bases/{pk}/recognise": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/internship-bases/{pk}/refuse": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/internship-bases/{pk}/posts": STAFF,
    "POST /api/v1/employment/internship-bases/{pk}/posts": ADMIN_AND_OFFICE,
    "GET /api/v1/employment/internship-bases/{pk}/interns": STAFF,
    "POST /api/v1/employment/internship-bases/{pk}/interns": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/interns/{pk}/complete": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/interns/{pk}/leave": DECIDED_BY_SERVICES,
    "POST /api/v1/employment/interns/{pk}/hired": ADMIN_AND_OFFICE,
    "GET /api/v1/employment/subsidies": SIGNED_IN,
    "POST /api/v1/employment/subsidies": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/subsidies/totals": SIGNED_IN,
    "GET /api/v1/employment/subsidies/export": SIGNED_IN,
    "GET /api/v1/employment/subsidies/{pk}": STAFF,
    "POST /api/v1/employment/subsidies/{pk}/payment": DECIDED_BY_SERVICES,
    # "1+N": 雄安's centre, probed by 雄安's office, which runs it; its station is in it already.
    "GET /api/v1/employment/centres": SIGNED_IN,
    "POST /api/v1/employment/centres": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/centres/{pk}/stations": ADMIN_AND_OFFICE,
    "POST /api/v1/employment/centres/{pk}/stations": DECIDED_BY_SERVICES,
    # training bases and school–enterprise cooperation of 内江 (the demo contact's enterprise is no party)
    "GET /api/v1/employment/training-bases": SIGNED_IN,
    "POST /api/v1/employment/training-bases": ADMIN_AND_OFFICE,
    "GET /api/v1/employment/cooperations": SIGNED_IN,
    "POST /api/v1/employment/cooperations": DECIDED_BY_SERVICES,
    "GET /api/v1/employment/cooperations/{pk}": STAFF,
    "GET /api/v1/employment/cooperations/{pk}/trainees": STAFF,
    "POST /api/v1/employment/cooperations/{pk}/trainees": DECIDED_BY_SERVICES,
    "GET /api/v1/assessment/assessments": SIGNED_IN,
    # The assessment is 永川's union assessment, published: read by its organiser and participants (union),
    # 永川's office, and whoever's jurisdiction holds 永川 (the 永川 butler, the deployment-wide accounts).
    "GET /api/v1/assessment/assessments/{pk}": ASSESSMENT_READERS,
    "POST /api/v1/assessment/assessments/{pk}/self-reports": NOBODY,
    "POST /api/v1/assessment/assessments/{pk}/scores": NOBODY,
    "POST /api/v1/assessment/assessments/{pk}/publish": DECIDED_BY_SERVICES,
    "GET /api/v1/assessment/risks": SIGNED_IN,
    "POST /api/v1/assessment/risks": DECIDED_BY_SERVICES,
    # 永川's screening campaign and its risk, probed by 永川's office. The example body names 内江's enterprise,
    # outside the campaign's region (refused to all); the probed enterprise is the office's to screen, not the union's.
    "GET /api/v1/assessment/risks/{pk}": frozenset({ADMIN, OFFICE}),
    "POST /api/v1/assessment/risks/{pk}/grading": frozenset({ADMIN, OFFICE}),
    "POST /api/v1/assessment/risks/{pk}/stability-plans": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/assessment/campaigns": frozenset({ADMIN, OFFICE, SUPERVISOR, LEADER, UNION}),
    "POST /api/v1/assessment/campaigns": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/assessment/campaigns/{pk}": frozenset({ADMIN, OFFICE, UNION}),
    "POST /api/v1/assessment/campaigns/{pk}/targets": NOBODY,
    "POST /api/v1/assessment/campaigns/{pk}/targets/{target_id}/screened": frozenset({ADMIN, OFFICE}),
    # Union work: lists read by everyone signed in (empty outside the readers' jurisdiction); the demo's records
    # are 永川's. A body naming a member, participant, entry already there, or a plan, task, competition whose
    # state admits nothing more, is judged by the services.
    "GET /api/v1/unionwork/plans": SIGNED_IN,
    "GET /api/v1/unionwork/plans/{pk}": UNION_WORK_READERS,
    "POST /api/v1/unionwork/plans": UNION_ORGANISERS,
    "POST /api/v1/unionwork/plans/{pk}/tasks": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/plans/{pk}/adopt": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/tasks/{pk}/progress": DECIDED_BY_SERVICES,
    "GET /api/v1/unionwork/reform-groups": SIGNED_IN,
    "GET /api/v1/unionwork/reform-groups/{pk}": UNION_WORK_READERS,
    "POST /api/v1/unionwork/reform-groups": UNION_ORGANISERS,
    "POST /api/v1/unionwork/reform-groups/{pk}/members": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/reform-groups/{pk}/tasks": UNION_ORGANISERS,
    "GET /api/v1/unionwork/campaigns": SIGNED_IN,
    "GET /api/v1/unionwork/campaigns/{pk}": UNION_WORK_READERS,
    "POST /api/v1/unionwork/campaigns": UNION_ORGANISERS,
    "POST /api/v1/unionwork/campaigns/{pk}/participants": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/campaigns/{pk}/results": UNION_ORGANISERS,
    "GET /api/v1/unionwork/competitions": SIGNED_IN,
    "GET /api/v1/unionwork/competitions/{pk}": UNION_WORK_READERS,
    "POST /api/v1/unionwork/competitions": UNION_ORGANISERS,
    "POST /api/v1/unionwork/competitions/{pk}/entries": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/competitions/{pk}/scores": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/competitions/{pk}/publish": DECIDED_BY_SERVICES,
    "GET /api/v1/unionwork/cooperations": SIGNED_IN,
    "GET /api/v1/unionwork/cooperations/{pk}": UNION_WORK_READERS,
    "POST /api/v1/unionwork/cooperations": DECIDED_BY_SERVICES,
    "POST /api/v1/unionwork/cooperations/{pk}/progress": frozenset({ADMIN, OFFICE, UNION}),
    # 月度考核排名 (ranking.permissions): the office, supervisors and leaders of the region read a month also before
    # it is published, a unit handler once it is (the probe's month, 2023-09, is published for 内江); the
    # administrator reads the whole deployment's. The office (and the administrator) publish and correct:
    # 内江's September is published already (409 for its office), the deployment's is not.
    "GET /api/v1/ranking/months/{month}": RANKING_READERS,
    "POST /api/v1/ranking/months/{month}/publish": ADMIN_AND_OFFICE,
    "POST /api/v1/ranking/months/{month}/corrections": ADMIN_AND_OFFICE,
    "GET /api/v1/ranking/scheme": RANKING_READERS,
    "PUT /api/v1/ranking/scheme": ADMIN_AND_OFFICE,
    # 约谈 (ranking.talks): the list holds what the reader may see (nothing for most); the demo's talk is with
    # 内江供电公司, read by 内江's office, supervisors and leaders and the administrator, not by the demo unit
    # handler (another unit); only the talked-to unit marks a commitment done (the others: 403 or 404). The example
    # body names no published month ("访问控制测试"): 422 for everyone, the services' tests prove who records.
    "GET /api/v1/ranking/talks": SIGNED_IN,
    "POST /api/v1/ranking/talks": DECIDED_BY_SERVICES,
    "GET /api/v1/ranking/talks/{talk_id}": STAFF,
    "POST /api/v1/ranking/talks/{talk_id}/commitments/{commitment_id}/done": NOBODY,
    "GET /api/v1/surveys": SIGNED_IN,
    "POST /api/v1/surveys": DECIDED_BY_SERVICES,
    # The survey is 永川's, probed by 永川's office, which runs it.
    "GET /api/v1/surveys/{pk}": ADMIN_AND_OFFICE,
    "POST /api/v1/surveys/{pk}/answers": ADMIN_AND_OFFICE,
    "POST /api/v1/surveys/{pk}/problems": DECIDED_BY_SERVICES,
    "GET /api/v1/surveys/{pk}/participants": ADMIN_AND_OFFICE,
    # body names "访问控制测试" as the role: 422 for everyone who sees the survey.
    "POST /api/v1/surveys/{pk}/participants": DECIDED_BY_SERVICES,
    # body names the demo's consultation meeting, not a symposium: 422.
    "POST /api/v1/surveys/{pk}/symposium": DECIDED_BY_SERVICES,
    "GET /api/v1/surveys/{pk}/opinions": ADMIN_AND_OFFICE,
    "POST /api/v1/surveys/{pk}/opinions": ADMIN_AND_OFFICE,
    "GET /api/v1/surveys/{pk}/proposals": ADMIN_AND_OFFICE,
    # body names no proposer and a day still to come: 422.
    "POST /api/v1/surveys/{pk}/proposals": DECIDED_BY_SERVICES,
    "GET /api/v1/surveys/{pk}/report": ADMIN_AND_OFFICE,
    "GET /api/v1/insight/matters/{key}/suggestion": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/insight/matters/{key}/duplicates": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/insight/hot": STAFF,
    # 知识库 (knowledge/api.py): everyone signed in reads the public articles, staff their jurisdiction's too.
    "GET /api/v1/knowledge/articles": SIGNED_IN,
    "POST /api/v1/knowledge/articles": DECIDED_BY_SERVICES,
    "GET /api/v1/knowledge/articles/{article_id}": SIGNED_IN,
    "POST /api/v1/knowledge/articles/{article_id}/submit": DECIDED_BY_SERVICES,
    "POST /api/v1/knowledge/articles/{article_id}/review": DECIDED_BY_SERVICES,
    "GET /api/v1/matters/{key}/knowledge": frozenset({ADMIN, OFFICE, UNIT, SUPERVISOR, LEADER}),
    "POST /api/v1/insight/routing/train": frozenset({ADMIN, OFFICE}),
    "GET /api/v1/audit/entries": frozenset({AUDITOR}),
    "GET /api/v1/audit/chain": frozenset({AUDITOR}),
    # The person revealed is the contact who submitted the probe's matter: themselves, the unit handling it,
    # and the roles that may reveal anyone.
    "POST /api/v1/audit/reveal": frozenset({ADMIN, OFFICE, UNIT, ENTERPRISE}),
    # --- pages: Rule(get=..., post=...); a POST to a page that only shows answers like a GET.
    # Web forms refuse an action by redirecting back with a message, which counts as let in here:
    # who may take each action is proven by the services' own tests (e.g. tests/cases/test_permissions.py).
    "api:openapi-json": Rule(get=EVERYONE, post=EVERYONE),
    "api:openapi-view": Rule(get=EVERYONE, post=EVERYONE),
    "api:api-root": Rule(get=NOBODY, post=NOBODY),
    "api/v1/^": Rule(get=NOBODY, post=NOBODY),
    "core:healthz": Rule(get=EVERYONE, post=None),
    "core:readyz": Rule(get=EVERYONE, post=None),
    "set_language": Rule(get=EVERYONE, post=EVERYONE),
    "accounts:sign-in-code": Rule(get=NOBODY, post=NOBODY),
    "accounts:unlock": Rule(get=EVERYONE, post=NOBODY),
    "accounts:password-change": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "accounts:two-factor": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "admin/login/": Rule(get=NOBODY, post=NOBODY),
    "admin:login": Rule(get=NOBODY, post=NOBODY),
    "admin:logout": Rule(get=frozenset({OFFICE, UNIT, SUPERVISOR, LEADER, ENTERPRISE, BUTLER, UNION, AUDITOR, ANONYMOUS}), post=frozenset({OFFICE, UNIT, SUPERVISOR, LEADER, ENTERPRISE, BUTLER, UNION, AUDITOR, ANONYMOUS})),
    "admin:autocomplete": Rule(get=NOBODY, post=NOBODY),
    "admin:view_on_site": Rule(get=NOBODY, post=NOBODY),
    "admin:accounts_loginattempt_add": Rule(get=NOBODY, post=NOBODY),
    "admin:accounts_lockout_add": Rule(get=NOBODY, post=NOBODY),
    "admin:cases_matter_add": Rule(get=NOBODY, post=NOBODY),
    "admin:cases_matter_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:meetings_meeting_add": Rule(get=NOBODY, post=NOBODY),
    "admin:meetings_meeting_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_card_add": Rule(get=NOBODY, post=NOBODY),
    # A published month is frozen: the admin shows it, adds and deletes none.
    "admin:ranking_publishedmonth_add": Rule(get=NOBODY, post=NOBODY),
    "admin:ranking_publishedmonth_delete": Rule(get=NOBODY, post=NOBODY),
    # A talk is recorded, and its commitments marked done, on the talks pages; the admin only shows them.
    "admin:ranking_talk_add": Rule(get=NOBODY, post=NOBODY),
    "admin:ranking_talk_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_card_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_reminder_add": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_reminder_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_escalation_add": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_escalation_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_extensionrequest_add": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_extensionrequest_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_supervisionvisit_add": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_supervisionvisit_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_followup_add": Rule(get=NOBODY, post=NOBODY),
    "admin:supervision_followup_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:notifications_notification_add": Rule(get=NOBODY, post=NOBODY),
    "admin:notifications_notification_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_care_add": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_care_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_visit_add": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_visit_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_training_add": Rule(get=NOBODY, post=NOBODY),
    "admin:butlers_training_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:dispatch_supportingopinion_add": Rule(get=NOBODY, post=NOBODY),
    "admin:dispatch_supportingopinion_delete": Rule(get=NOBODY, post=NOBODY),
    "admin:insight_routingmodel_add": Rule(get=NOBODY, post=NOBODY),
    "admin:api_apitoken_add": Rule(get=NOBODY, post=NOBODY),
    # The probe's row is the administrator's own account: no one deletes itself (directory.trust).
    "admin:directory_user_delete": Rule(get=NOBODY, post=NOBODY),
    "admin/(?P<url>.*)$": Rule(get=NOBODY, post=NOBODY),
    "supervision:board": Rule(get=frozenset({ADMIN, SUPERVISOR, LEADER}), post=frozenset({ADMIN, SUPERVISOR, LEADER})),
    "supervision:board-export": Rule(get=frozenset({ADMIN, SUPERVISOR, LEADER}), post=frozenset({ADMIN, SUPERVISOR, LEADER})),
    "supervision:remind": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:escalate": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:visit": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:extension-request": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:extension-decide": Rule(get=NOBODY, post=STAFF),
    "supervision:send-back-request": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:send-back-decide": Rule(get=NOBODY, post=STAFF),
    # The work plan's forms: a refusal comes back on the matter page as a message, for whoever reads the matter;
    # the probe's matter has no plan to decide or report on (404 alike).
    "supervision:plan-submit": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "supervision:plan-decide": Rule(get=NOBODY, post=NOBODY),
    "supervision:plan-progress": Rule(get=NOBODY, post=NOBODY),
    # Review rounds: the staff's pages; only the supervision group opens one (an empty form: 422).
    "supervision:rounds": Rule(get=STAFF, post=frozenset({ADMIN, SUPERVISOR})),
    "supervision:round": Rule(get=STAFF, post=STAFF),
    "supervision:round-report": Rule(get=STAFF, post=STAFF),
    # A refused step comes back on the round's page as a message, for whoever reads the round.
    "supervision:round-add-matter": Rule(get=NOBODY, post=STAFF),
    "supervision:round-remove-matter": Rule(get=NOBODY, post=STAFF),
    "supervision:round-finish": Rule(get=NOBODY, post=STAFF),
    # The probe's matter is in none of the demo's rounds (404 alike).
    "supervision:round-finding": Rule(get=NOBODY, post=NOBODY),
    "supervision:follow-up": Rule(get=NOBODY, post=STAFF),
    "notifications:list": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "supervision:notifications-moved": Rule(get=EVERYONE, post=EVERYONE),
    "notifications:read": Rule(get=NOBODY, post=SIGNED_IN),
    "notifications:settings": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "butlers:workbench": Rule(get=frozenset({BUTLER}), post=frozenset({BUTLER})),
    "butlers:visit-list": Rule(get=SIGNED_IN - {UNIT, UNION, AUDITOR}, post=SIGNED_IN - {UNIT, UNION, AUDITOR}),
    "butlers:visit-new": Rule(get=frozenset({BUTLER}), post=NOBODY),
    "butlers:visit-detail": Rule(get=frozenset({ADMIN, OFFICE, BUTLER}), post=frozenset({ADMIN, OFFICE, BUTLER})),
    "butlers:assignments": Rule(get=STAFF, post=NOBODY),
    "butlers:trainings": Rule(get=STAFF | {BUTLER}, post=NOBODY),
    "butlers:figures": Rule(get=STAFF, post=STAFF),
    "butlers:plan": Rule(get=STAFF, post=NOBODY),
    "ledgers:export": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "ledgers:import": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    # The import job is the demo office's own: shown to whoever started it only.
    "ledgers:import-job": Rule(get=frozenset({OFFICE}), post=frozenset({OFFICE})),
    "ledgers:import-job-progress": Rule(get=frozenset({OFFICE}), post=frozenset({OFFICE})),
    "alliances:list": Rule(get=STAFF, post=STAFF),
    "alliances:dashboard": Rule(get=STAFF, post=STAFF),
    "alliances:report": Rule(get=STAFF, post=STAFF),
    "alliances:agreement-new": Rule(get=STAFF, post=NOBODY),
    "alliances:charter": Rule(get=NOBODY, post=NOBODY),
    "alliances:activity-new": Rule(get=ONLY_ADMIN, post=NOBODY),
    "alliances:activity-photo": Rule(get=STAFF, post=STAFF),
    "alliances:agreement-attachment": Rule(get=NOBODY, post=NOBODY),
    "alliances:studio": Rule(get=STAFF, post=STAFF),
    "alliances:studio-edit": Rule(get=ONLY_ADMIN, post=NOBODY),
    "alliances:resource": Rule(get=STAFF, post=NOBODY),
    "alliances:booking-decide": Rule(get=NOBODY, post=ONLY_ADMIN),
    "alliances:member-new": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:membership-leave": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:seat-new": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:seat-end": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:term-new": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:expert-new": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:expert-edit": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:expert-service-new": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:list-resource": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:resource-edit": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    # Any participant may open the form; the service lets in a manager or a leader of one of the studios.
    "alliances:achievement-new": Rule(get=STAFF, post=STAFF),
    "alliances:agreement-progress": Rule(get=ONLY_ADMIN, post=ONLY_ADMIN),
    "alliances:booking-cancel": Rule(get=NOBODY, post=ONLY_ADMIN),
    "alliances:showcase": Rule(get=EVERYONE, post=EVERYONE),
    "alliances:showcase-alliance": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:submit": Rule(get=EVERYONE, post=NOBODY),
    "suggestions:follow-up": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:receipt": Rule(get=EVERYONE, post=None),
    "suggestions:progress": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:rate": Rule(get=None, post=EVERYONE),
    "suggestions:results": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:public-list": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:points": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:poster": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:paper": Rule(get=NOBODY, post=NOBODY),
    "suggestions:staff-list": Rule(get=STAFF, post=STAFF),
    "suggestions:staff-detail": Rule(get=STAFF, post=STAFF),
    "suggestions:release": Rule(get=NOBODY, post=STAFF),
    "suggestions:agenda": Rule(get=NOBODY, post=NOBODY),
    "suggestions:decide": Rule(get=NOBODY, post=NOBODY),
    "suggestions:publish": Rule(get=NOBODY, post=NOBODY),
    "suggestions:topics": Rule(get=EVERYONE, post=None),
    "suggestions:topic": Rule(get=EVERYONE, post=None),
    "suggestions:topic-opinion": Rule(get=None, post=EVERYONE),
    "suggestions:topic-support": Rule(get=EVERYONE, post=EVERYONE),
    "suggestions:topic-document": Rule(get=EVERYONE, post=None),
    "suggestions:staff-topics": Rule(get=STAFF, post=ADMIN_AND_OFFICE),
    "suggestions:staff-topic": Rule(get=STAFF, post=NOBODY),
    "suggestions:topic-theme": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "suggestions:topic-decide": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "suggestions:topic-release": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "suggestions:topic-result": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "suggestions:topic-forward": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "suggestions:topic-forwarding": Rule(get=STAFF, post=NOBODY),
    "open311:services": Rule(get=EVERYONE, post=None),
    "open311:service": Rule(get=NOBODY, post=None),
    "open311:requests": Rule(get=EVERYONE, post=NOBODY),
    "open311:request": Rule(get=EVERYONE, post=None),
    "open311:unknown": Rule(get=NOBODY, post=NOBODY),
    "promotion:board": Rule(get=STAFF, post=STAFF),
    "promotion:leads": Rule(get=STAFF, post=STAFF),
    "promotion:lead-new": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    "promotion:lead": Rule(get=STAFF, post=STAFF),
    "promotion:lead-advance": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-visit": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-drop": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-owner": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-report": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-business-line": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-seat-plan": Rule(get=NOBODY, post=NOBODY),
    "promotion:lead-enterprise": Rule(get=NOBODY, post=NOBODY),
    "recruitment:public-index": Rule(get=EVERYONE, post=EVERYONE),
    "recruitment:apply": Rule(get=EVERYONE, post=NOBODY),
    "recruitment:track": Rule(get=EVERYONE, post=NOBODY),
    "recruitment:result": Rule(get=EVERYONE, post=EVERYONE),
    "recruitment:ticket": Rule(get=EVERYONE, post=NOBODY),
    "recruitment:events": Rule(get=STAFF, post=STAFF),
    "recruitment:event-new": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    "recruitment:event": Rule(get=STAFF, post=STAFF),
    "recruitment:event-employer": Rule(get=NOBODY, post=NOBODY),
    "recruitment:event-intentions": Rule(get=NOBODY, post=NOBODY),
    "recruitment:rounds": Rule(get=STAFF, post=STAFF),
    "recruitment:round-new": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    "recruitment:round": Rule(get=STAFF, post=STAFF),
    "recruitment:review": Rule(get=NOBODY, post=NOBODY),
    "recruitment:scores": Rule(get=NOBODY, post=NOBODY),
    "recruitment:publish": Rule(get=NOBODY, post=STAFF),
    "recruitment:export": Rule(get=STAFF, post=STAFF),
    "recruitment:exams": Rule(get=STAFF, post=STAFF),
    "recruitment:session-new": Rule(get=NOBODY, post=NOBODY),
    "recruitment:tickets-issue": Rule(get=NOBODY, post=NOBODY),
    "recruitment:checks": Rule(get=STAFF, post=STAFF),
    "recruitment:condition-check": Rule(get=NOBODY, post=NOBODY),
    "employment:stations": Rule(get=STAFF, post=STAFF),
    "employment:station-detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "employment:seeker-add": Rule(get=NOBODY, post=NOBODY),
    "employment:job-add": Rule(get=NOBODY, post=NOBODY),
    "employment:job-detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "employment:seeker-detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "employment:course-add": Rule(get=NOBODY, post=NOBODY),
    "employment:enrolment-add": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:enrolment-complete": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:enrolment-work": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:placement-add": Rule(get=NOBODY, post=NOBODY),
    "employment:placement-outcome": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:ledger": Rule(get=STAFF, post=STAFF),
    "employment:ledger-import": Rule(get=NOBODY, post=NOBODY),
    "employment:ledger-export": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "employment:household-detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "employment:visit-add": Rule(get=NOBODY, post=NOBODY),
    "employment:internship-bases": Rule(get=STAFF | {ENTERPRISE}, post=STAFF | {ENTERPRISE}),
    "employment:internship-base-apply": Rule(get=NOBODY, post=NOBODY),
    "employment:internship-base-detail": Rule(get=STAFF, post=STAFF),
    "employment:internship-base-recognise": Rule(get=NOBODY, post=NOBODY),
    "employment:internship-base-refuse": Rule(get=NOBODY, post=NOBODY),
    "employment:internship-post-add": Rule(get=NOBODY, post=NOBODY),
    "employment:intern-add": Rule(get=NOBODY, post=NOBODY),
    "employment:intern-complete": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:intern-leave": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:intern-hired": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "employment:subsidies": Rule(get=STAFF, post=STAFF),
    "employment:subsidy-add": Rule(get=NOBODY, post=NOBODY),
    "employment:subsidy-export": Rule(get=STAFF, post=STAFF),
    "employment:subsidy-detail": Rule(get=STAFF, post=STAFF),
    "employment:subsidy-pay": Rule(get=NOBODY, post=NOBODY),
    "employment:centres": Rule(get=STAFF, post=STAFF),
    "employment:centre-add": Rule(get=NOBODY, post=NOBODY),
    "employment:centre-detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "employment:centre-station": Rule(get=NOBODY, post=NOBODY),
    "employment:cooperations": Rule(get=STAFF | {ENTERPRISE}, post=STAFF | {ENTERPRISE}),
    "employment:training-base-add": Rule(get=NOBODY, post=NOBODY),
    "employment:cooperation-add": Rule(get=NOBODY, post=NOBODY),
    "employment:cooperation-detail": Rule(get=STAFF, post=STAFF),
    "employment:trainee-add": Rule(get=NOBODY, post=NOBODY),
    "assessment:list": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "assessment:new": Rule(get=frozenset({ADMIN, UNION}), post=NOBODY),
    "assessment:detail": Rule(get=ASSESSMENT_READERS, post=ASSESSMENT_READERS),
    "assessment:indicator-add": Rule(get=NOBODY, post=NOBODY),
    "assessment:participant-add": Rule(get=NOBODY, post=NOBODY),
    "assessment:reviewer-add": Rule(get=NOBODY, post=NOBODY),
    "assessment:advance": Rule(get=NOBODY, post=NOBODY),
    "assessment:self-report": Rule(get=NOBODY, post=ASSESSMENT_READERS),
    "assessment:score": Rule(get=NOBODY, post=ASSESSMENT_READERS),
    "assessment:risks": Rule(get=SIGNED_IN - {UNION, AUDITOR}, post=NOBODY),
    "assessment:risk": Rule(get=frozenset({ADMIN, OFFICE}), post=frozenset({ADMIN, OFFICE})),
    "assessment:risk-regrade": Rule(get=NOBODY, post=frozenset({ADMIN, OFFICE})),
    "assessment:risk-plan": Rule(get=NOBODY, post=frozenset({ADMIN, OFFICE})),
    "assessment:campaigns": Rule(get=frozenset({ADMIN, OFFICE, SUPERVISOR, LEADER, UNION}), post=frozenset({ADMIN, OFFICE})),
    "assessment:campaign": Rule(get=frozenset({ADMIN, OFFICE, UNION}), post=frozenset({ADMIN, OFFICE, UNION})),
    "assessment:campaign-target": Rule(get=NOBODY, post=frozenset({ADMIN, OFFICE})),
    "assessment:campaign-screened": Rule(get=NOBODY, post=frozenset({ADMIN, OFFICE, UNION})),
    "unionwork:home": Rule(get=UNION_WORK_ROLES, post=None),
    "unionwork:plan": Rule(get=UNION_WORK_READERS, post=NOBODY),  # the demo's plan is adopted: nothing to post
    "unionwork:group": Rule(get=UNION_WORK_READERS, post=None),
    "unionwork:group-bulletin": Rule(get=UNION_WORK_READERS, post=None),
    "unionwork:task": Rule(get=UNION_WORK_READERS, post=UNION_ORGANISERS),
    "unionwork:campaign": Rule(get=UNION_WORK_READERS, post=None),
    "unionwork:competition": Rule(get=UNION_WORK_READERS, post=NOBODY),  # published: no more scores
    "unionwork:cooperation": Rule(get=UNION_WORK_READERS, post=frozenset({ADMIN, OFFICE, UNION})),
    # Setting up union work: the unions' officers and the administrator (an empty form is judged, 422); a
    # cooperation agreement also the office. A plan's, group's, campaign's or competition's own records are added
    # by its organisers (the probe's empty form is judged; the demo's plan is adopted, its competition published).
    **dict.fromkeys(["unionwork:plan-new", "unionwork:group-new", "unionwork:campaign-new",
                     "unionwork:competition-new"], Rule(get=UNION_ORGANISERS, post=NOBODY)),
    "unionwork:cooperation-new": Rule(get=frozenset({ADMIN, OFFICE, UNION}), post=NOBODY),
    **dict.fromkeys(["unionwork:plan-task", "unionwork:group-member", "unionwork:group-task",
                     "unionwork:campaign-participant", "unionwork:campaign-result", "unionwork:competition-entry"],
                    Rule(get=NOBODY, post=UNION_ORGANISERS)),
    "ranking:index": Rule(get=RANKING_READERS, post=NOBODY),
    "ranking:choose": Rule(get=RANKING_READERS, post=NOBODY),
    "ranking:month": Rule(get=RANKING_READERS, post=NOBODY),
    "ranking:publish": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "ranking:scheme": Rule(get=RANKING_READERS, post=ADMIN_AND_OFFICE),
    # The administrator's ranking is the whole deployment's, of which no month is published.
    "ranking:document": Rule(get=RANKING_READERS - {ADMIN}, post=NOBODY),
    # The matters behind a unit's rate: the region's staff, and the unit's own handler (the probe's unit is its).
    "ranking:drill": Rule(get=RANKING_READERS, post=NOBODY),
    "ranking:talks": Rule(get=RANKING_READERS, post=None),
    # Without the month and the unit it is about (its query), the talk form is not found for anyone.
    "ranking:talk-new": Rule(get=NOBODY, post=NOBODY),
    "ranking:talk": Rule(get=STAFF, post=None),
    # A refusal (only the talked-to unit marks its commitment done) comes back on the talk page: its readers.
    "ranking:commitment-done": Rule(get=None, post=STAFF),
    "surveys:list": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "surveys:new": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    "surveys:detail": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "surveys:answers-add": Rule(get=NOBODY, post=NOBODY),
    "surveys:problem-add": Rule(get=NOBODY, post=NOBODY),
    "surveys:participant-add": Rule(get=NOBODY, post=NOBODY),
    "surveys:symposium-link": Rule(get=NOBODY, post=NOBODY),
    "surveys:opinion-add": Rule(get=NOBODY, post=NOBODY),
    "surveys:proposal-add": Rule(get=NOBODY, post=NOBODY),
    "surveys:report": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "insight:hot": Rule(get=STAFF, post=STAFF),
    "audit:entries": Rule(get=frozenset({AUDITOR}), post=frozenset({AUDITOR})),
    "audit:export": Rule(get=frozenset({AUDITOR}), post=frozenset({AUDITOR})),
    "audit:reveal": Rule(get=NOBODY, post=NOBODY),
    "web:login": Rule(get=EVERYONE, post=EVERYONE),
    "web:logout": Rule(get=None, post=NOBODY),
    "web:workbench": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "web:matter-list": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "web:matter-new": Rule(get=frozenset({ADMIN, OFFICE, ENTERPRISE, BUTLER}), post=NOBODY),
    "web:matter-detail": Rule(get=SIGNED_IN - {BUTLER, UNION, AUDITOR}, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:matter-attachment-add": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:matter-attachment": Rule(get=SIGNED_IN - {BUTLER, UNION, AUDITOR}, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:matter-accept": Rule(get=NOBODY, post=NOBODY),
    "web:matter-reject": Rule(get=NOBODY, post=NOBODY),
    "web:matter-merge": Rule(get=NOBODY, post=NOBODY),
    "web:matter-put-on-agenda": Rule(get=NOBODY, post=NOBODY),
    "web:matter-take-off-agenda": Rule(get=NOBODY, post=NOBODY),
    "web:matter-assign": Rule(get=NOBODY, post=NOBODY),
    "web:matter-acknowledge": Rule(get=NOBODY, post=NOBODY),
    "web:matter-respond": Rule(get=NOBODY, post=NOBODY),
    "web:matter-contact": Rule(get=NOBODY, post=NOBODY),
    "web:matter-review": Rule(get=NOBODY, post=NOBODY),
    "web:matter-close": Rule(get=NOBODY, post=NOBODY),
    "web:matter-reopen": Rule(get=NOBODY, post=NOBODY),
    "web:matter-reassign": Rule(get=NOBODY, post=NOBODY),
    "dispatch:table": Rule(get=ADMIN_AND_OFFICE, post=ADMIN_AND_OFFICE),
    "dispatch:entry-new": Rule(get=ADMIN_AND_OFFICE, post=NOBODY),
    "dispatch:entry-edit": Rule(get=ADMIN_AND_OFFICE, post=NOBODY),
    "dispatch:entry-delete": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    # A refused opinion comes back on the matter page as a message: everyone who reads the matter.
    "dispatch:opinion": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:meeting-list": Rule(get=SIGNED_IN, post=SIGNED_IN),
    "web:meeting-new": Rule(get=frozenset({ADMIN, OFFICE}), post=NOBODY),
    "web:meeting-detail": Rule(get=SIGNED_IN - {BUTLER, UNION, AUDITOR}, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:meeting-agenda-add": Rule(get=NOBODY, post=NOBODY),
    "web:meeting-agenda-remove": Rule(get=NOBODY, post=SIGNED_IN - {BUTLER, UNION, AUDITOR}),
    "web:meeting-agenda-decide": Rule(get=NOBODY, post=NOBODY),
    "web:meeting-notice": Rule(get=NOBODY, post=NOBODY),
    "web:meeting-minutes": Rule(get=NOBODY, post=ADMIN_AND_OFFICE),
    "web:meeting-minutes-document": Rule(get=SIGNED_IN - {BUTLER, UNION, AUDITOR}, post=NOBODY),
    "web:meeting-assignment-sheet": Rule(get=STAFF, post=NOBODY),
    "web:matter-supervision-sheet": Rule(get=STAFF | {UNIT}, post=NOBODY),
    "web:dashboard": Rule(get=STAFF, post=STAFF),
    # 知识库: staff read (knowledge.permissions), the office and units write, the office reviews; the public
    # policy page needs no account. The probed article is a published public one of 内江.
    **dict.fromkeys(["knowledge:list", "knowledge:export", "knowledge:detail"],
                    Rule(get=KNOWLEDGE_READERS, post=KNOWLEDGE_READERS)),
    **dict.fromkeys(["knowledge:new", "knowledge:import", "knowledge:edit"],
                    Rule(get=KNOWLEDGE_WRITERS, post=KNOWLEDGE_WRITERS)),
    **dict.fromkeys(["knowledge:public", "knowledge:public-detail"], Rule(get=EVERYONE, post=EVERYONE)),
    "knowledge:propose": Rule(get=NOBODY, post=KNOWLEDGE_WRITERS),
    "knowledge:submit": Rule(get=NOBODY, post=KNOWLEDGE_WRITERS),
    **dict.fromkeys(["knowledge:approve", "knowledge:send-back", "knowledge:withdraw"],
                    Rule(get=NOBODY, post=ADMIN_AND_OFFICE)),
}


# --- the record of another jurisdiction ------------------------------------------------------------------
CONFINED = "confined"  # the own record's rule, for the deployment-wide roles only; the others refused outright
PUBLIC = "public"  # a public page: anyone reaches any place's record, as the own record's rule says

OTHER_JURISDICTION = {
    **dict.fromkeys([
        # matters, their attachments and supervision
        "GET /api/v1/insight/matters/{key}/duplicates", "GET /api/v1/insight/matters/{key}/suggestion",
        "GET /api/v1/matters/{key}", "GET /api/v1/supervision/matters/{key}", "POST /api/v1/matters/{key}/accept",
        "POST /api/v1/matters/{key}/acknowledge", "POST /api/v1/matters/{key}/assign",
        "POST /api/v1/matters/{key}/close", "POST /api/v1/matters/{key}/merge", "POST /api/v1/matters/{key}/reject",
        "POST /api/v1/matters/{key}/respond", "POST /api/v1/matters/{key}/review",
        "POST /api/v1/matters/{key}/contacts", "web:matter-contact",
        "POST /api/v1/supervision/extension-requests/{pk}/decision", "POST /api/v1/supervision/follow-ups/{pk}",
        "POST /api/v1/supervision/matters/{key}/escalations",
        "POST /api/v1/supervision/matters/{key}/extension-requests",
        "POST /api/v1/supervision/matters/{key}/reminders", "POST /api/v1/supervision/matters/{key}/send-back-requests",
        "POST /api/v1/supervision/send-back-requests/{pk}/decision", "supervision:escalate",
        "supervision:extension-decide", "supervision:extension-request", "supervision:follow-up", "supervision:remind",
        "supervision:send-back-decide", "supervision:send-back-request", "supervision:visit", "web:matter-accept",
        "web:matter-acknowledge", "web:matter-assign", "web:matter-attachment", "web:matter-attachment-add",
        "web:matter-close", "web:matter-detail", "web:matter-merge", "web:matter-put-on-agenda", "web:matter-reject",
        "web:matter-reopen", "web:matter-respond", "web:matter-review", "web:matter-take-off-agenda",
        "web:matter-reassign", "POST /api/v1/matters/{key}/reassign", "GET /api/v1/matters/{key}/opinions",
        "POST /api/v1/matters/{key}/opinions", "dispatch:opinion",
        # the routing table: an entry of another place is that place's office's
        "PUT /api/v1/routing-table/{entry_id}", "PATCH /api/v1/routing-table/{entry_id}",
        "DELETE /api/v1/routing-table/{entry_id}", "dispatch:entry-edit", "dispatch:entry-delete",
        # meetings
        "DELETE /api/v1/meetings/{meeting_id}/agenda/{item_id}", "GET /api/v1/meetings/{meeting_id}",
        "POST /api/v1/meetings/{meeting_id}/agenda", "POST /api/v1/meetings/{meeting_id}/agenda/{item_id}/decision",
        "web:meeting-agenda-add", "web:meeting-agenda-decide", "web:meeting-agenda-remove", "web:meeting-detail",
        "PUT /api/v1/meetings/{meeting_id}/notice", "GET /api/v1/meetings/{meeting_id}/minutes",
        "PUT /api/v1/meetings/{meeting_id}/minutes", "GET /api/v1/meetings/{meeting_id}/minutes/document",
        "GET /api/v1/meetings/{meeting_id}/assignment-sheets/{unit_id}", "GET /api/v1/matters/{key}/supervision-sheet",
        "web:meeting-notice", "web:meeting-minutes", "web:meeting-minutes-document", "web:meeting-assignment-sheet",
        "web:matter-supervision-sheet",
        # suggestions (雄安's, against 杨浦's own)
        "GET /api/v1/suggestions/{number}", "POST /api/v1/suggestions/{number}/decision",
        "POST /api/v1/suggestions/{number}/implementation", "POST /api/v1/suggestions/{number}/release",
        "suggestions:agenda", "suggestions:decide", "suggestions:publish", "suggestions:release",
        "suggestions:staff-detail",
        # consultation topics (雄安's, against 杨浦's own): the office's pages and acts
        "suggestions:staff-topic", "suggestions:topic-theme", "suggestions:topic-decide", "suggestions:topic-release",
        "suggestions:topic-result", "suggestions:topic-forward", "suggestions:topic-forwarding",
        "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/theme",
        "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/decision",
        "POST /api/v1/suggestions/topics/{code}/result", "POST /api/v1/suggestions/topics/{code}/forwarding",
        # alliances: a cross-city alliance is read in its member studios' regions (the own record, organised
        # in 内江 with 永川 members); the other one has no member where a probing account acts
        "GET /api/v1/alliances/resources/{resource_id}/bookings", "GET /api/v1/alliances/{alliance_id}/agreements",
        "GET /api/v1/alliances/{alliance_id}/resources", "GET /api/v1/alliances/{alliance_id}/studios",
        "POST /api/v1/alliances/bookings/{booking_id}/approve", "POST /api/v1/alliances/bookings/{booking_id}/refuse",
        "POST /api/v1/alliances/resources/{resource_id}/bookings", "POST /api/v1/alliances/{alliance_id}/agreements",
        "alliances:achievement-new", "alliances:activity-new", "alliances:activity-photo",
        "alliances:agreement-attachment", "alliances:agreement-new", "alliances:agreement-progress",
        "alliances:booking-cancel", "alliances:booking-decide", "alliances:charter", "alliances:dashboard",
        "alliances:expert-edit", "alliances:expert-new", "alliances:expert-service-new", "alliances:list-resource",
        "alliances:member-new", "alliances:membership-leave", "alliances:report", "alliances:resource",
        "alliances:resource-edit", "alliances:seat-end", "alliances:seat-new", "alliances:studio",
        "alliances:studio-edit", "alliances:term-new",
        # recruitment rounds and events, promotion leads
        "GET /api/v1/recruitment/rounds/{pk}/applications", "POST /api/v1/recruitment/applications/{pk}/review",
        "POST /api/v1/recruitment/applications/{pk}/scores", "POST /api/v1/recruitment/rounds/{pk}/publish",
        "recruitment:export", "recruitment:publish", "recruitment:review", "recruitment:round", "recruitment:scores",
        "POST /api/v1/recruitment/events/{pk}/employers",
        "POST /api/v1/recruitment/events/{pk}/employers/{participation_id}/intentions", "recruitment:event",
        "recruitment:event-employer", "recruitment:event-intentions",
        "GET /api/v1/recruitment/rounds/{pk}/sessions", "POST /api/v1/recruitment/rounds/{pk}/sessions",
        "GET /api/v1/recruitment/rounds/{pk}/tickets", "POST /api/v1/recruitment/rounds/{pk}/tickets",
        "GET /api/v1/recruitment/rounds/{pk}/checks", "POST /api/v1/recruitment/applications/{pk}/checks",
        "recruitment:exams", "recruitment:session-new", "recruitment:tickets-issue", "recruitment:checks",
        "recruitment:condition-check",
        "GET /api/v1/promotion/leads/{pk}", "POST /api/v1/promotion/leads/{pk}/advance",
        "POST /api/v1/promotion/leads/{pk}/drop", "POST /api/v1/promotion/leads/{pk}/owner",
        "POST /api/v1/promotion/leads/{pk}/visits", "promotion:lead", "promotion:lead-advance", "promotion:lead-drop",
        "promotion:lead-owner", "promotion:lead-visit", "POST /api/v1/promotion/leads/{pk}/reports",
        "POST /api/v1/promotion/leads/{pk}/business-lines", "POST /api/v1/promotion/leads/{pk}/seat-plan",
        "POST /api/v1/promotion/leads/{pk}/enterprise", "promotion:lead-report", "promotion:lead-business-line",
        "promotion:lead-seat-plan", "promotion:lead-enterprise",
        # talks (约谈) with another place's units
        "GET /api/v1/ranking/talks/{talk_id}", "POST /api/v1/ranking/talks/{talk_id}/commitments/{commitment_id}/done",
        "ranking:talk", "ranking:commitment-done",
        # assessments, surveys, butlers' visits
        "GET /api/v1/assessment/assessments/{pk}", "POST /api/v1/assessment/assessments/{pk}/publish",
        "POST /api/v1/assessment/assessments/{pk}/scores", "POST /api/v1/assessment/assessments/{pk}/self-reports",
        "assessment:advance", "assessment:detail", "assessment:indicator-add", "assessment:participant-add",
        "assessment:reviewer-add", "assessment:score", "assessment:self-report",
        "GET /api/v1/assessment/risks/{pk}", "POST /api/v1/assessment/risks/{pk}/grading",
        "POST /api/v1/assessment/risks/{pk}/stability-plans", "GET /api/v1/assessment/campaigns/{pk}",
        "POST /api/v1/assessment/campaigns/{pk}/targets",
        "POST /api/v1/assessment/campaigns/{pk}/targets/{target_id}/screened", "assessment:risk",
        "assessment:risk-regrade", "assessment:risk-plan", "assessment:campaign", "assessment:campaign-target",
        "assessment:campaign-screened",
        "GET /api/v1/surveys/{pk}", "POST /api/v1/surveys/{pk}/answers", "POST /api/v1/surveys/{pk}/problems",
        "surveys:answers-add", "surveys:detail", "surveys:problem-add",
        # union work (unionwork), copied from 永川's into 杨浦
        "GET /api/v1/unionwork/plans/{pk}", "POST /api/v1/unionwork/plans/{pk}/tasks",
        "POST /api/v1/unionwork/plans/{pk}/adopt", "POST /api/v1/unionwork/tasks/{pk}/progress",
        "GET /api/v1/unionwork/reform-groups/{pk}", "POST /api/v1/unionwork/reform-groups/{pk}/members",
        "POST /api/v1/unionwork/reform-groups/{pk}/tasks", "GET /api/v1/unionwork/campaigns/{pk}",
        "POST /api/v1/unionwork/campaigns/{pk}/participants", "POST /api/v1/unionwork/campaigns/{pk}/results",
        "GET /api/v1/unionwork/competitions/{pk}", "POST /api/v1/unionwork/competitions/{pk}/entries",
        "POST /api/v1/unionwork/competitions/{pk}/scores", "POST /api/v1/unionwork/competitions/{pk}/publish",
        "GET /api/v1/unionwork/cooperations/{pk}", "POST /api/v1/unionwork/cooperations/{pk}/progress",
        "unionwork:plan", "unionwork:group", "unionwork:group-bulletin", "unionwork:task", "unionwork:campaign",
        "unionwork:competition", "unionwork:cooperation", "unionwork:plan-task", "unionwork:group-member",
        "unionwork:group-task", "unionwork:campaign-participant", "unionwork:campaign-result",
        "unionwork:competition-entry",
        "GET /api/v1/surveys/{pk}/participants", "POST /api/v1/surveys/{pk}/participants",
        "POST /api/v1/surveys/{pk}/symposium", "GET /api/v1/surveys/{pk}/opinions",
        "POST /api/v1/surveys/{pk}/opinions", "GET /api/v1/surveys/{pk}/proposals",
        "POST /api/v1/surveys/{pk}/proposals", "GET /api/v1/surveys/{pk}/report",
        "surveys:participant-add", "surveys:symposium-link", "surveys:opinion-add", "surveys:proposal-add",
        "surveys:report",
        "GET /api/v1/butlers/visits/{pk}", "butlers:visit-detail",
        # job stations, their seekers, jobs, courses and the household ledger
        "GET /api/v1/employment/courses/{pk}", "GET /api/v1/employment/households/{pk}",
        "GET /api/v1/employment/jobs/{pk}/candidates", "GET /api/v1/employment/seekers/{pk}/openings",
        "GET /api/v1/employment/stations/{pk}/jobs", "GET /api/v1/employment/stations/{pk}/seekers",
        "POST /api/v1/employment/courses/{pk}/enrolments", "POST /api/v1/employment/enrolments/{pk}/complete",
        "POST /api/v1/employment/enrolments/{pk}/work", "POST /api/v1/employment/households/{pk}/visits",
        "POST /api/v1/employment/placements/{pk}/outcome", "POST /api/v1/employment/stations/{pk}/courses",
        "POST /api/v1/employment/stations/{pk}/jobs", "POST /api/v1/employment/stations/{pk}/seekers",
        "employment:course-add", "employment:enrolment-add", "employment:enrolment-complete",
        "employment:enrolment-work", "employment:household-detail", "employment:job-add", "employment:job-detail",
        "employment:placement-outcome", "employment:seeker-add", "employment:seeker-detail",
        "employment:station-detail", "employment:visit-add",
        # internship bases, their interns, and the subsidies
        "GET /api/v1/employment/internship-bases/{pk}", "GET /api/v1/employment/internship-bases/{pk}/interns",
        "GET /api/v1/employment/internship-bases/{pk}/posts", "GET /api/v1/employment/subsidies/{pk}",
        "POST /api/v1/employment/internship-bases/{pk}/interns", "POST /api/v1/employment/internship-bases/{pk}/posts",
        "POST /api/v1/employment/internship-bases/{pk}/recognise",
        "POST /api/v1/employment/internship-bases/{pk}/refuse", "POST /api/v1/employment/interns/{pk}/complete",
        "POST /api/v1/employment/interns/{pk}/hired", "POST /api/v1/employment/interns/{pk}/leave",
        "POST /api/v1/employment/subsidies/{pk}/payment", "employment:intern-add", "employment:intern-complete",
        "employment:intern-hired", "employment:intern-leave", "employment:internship-base-detail",
        "employment:internship-base-recognise", "employment:internship-base-refuse", "employment:internship-post-add",
        "employment:subsidy-detail", "employment:subsidy-pay",
        # "1+N" centres, and school–enterprise cooperation with its trainees
        "GET /api/v1/employment/centres/{pk}/stations", "POST /api/v1/employment/centres/{pk}/stations",
        "employment:centre-detail", "employment:centre-station",
        "GET /api/v1/employment/cooperations/{pk}", "GET /api/v1/employment/cooperations/{pk}/trainees",
        "POST /api/v1/employment/cooperations/{pk}/trainees", "employment:cooperation-detail", "employment:trainee-add",
        # an import job is its starter's alone: another place's office started this one
        "ledgers:import-job", "ledgers:import-job-progress",
        # work plans and review rounds
        "GET /api/v1/matters/{key}/plan", "POST /api/v1/matters/{key}/plan",
        "POST /api/v1/matters/{key}/plan/decision", "POST /api/v1/matters/{key}/plan/progress",
        "supervision:plan-submit", "supervision:plan-decide", "supervision:plan-progress",
        "GET /api/v1/supervision/rounds/{round_id}", "POST /api/v1/supervision/rounds/{round_id}/matters",
        "DELETE /api/v1/supervision/rounds/{round_id}/matters/{key}",
        "POST /api/v1/supervision/rounds/{round_id}/matters/{key}/finding",
        "POST /api/v1/supervision/rounds/{round_id}/finish", "GET /api/v1/supervision/rounds/{round_id}/report",
        "supervision:round", "supervision:round-report", "supervision:round-add-matter",
        "supervision:round-remove-matter", "supervision:round-finish", "supervision:round-finding",
        # a knowledge article is changed and reviewed within its regions only; a matter's articles with the matter
        "knowledge:edit", "knowledge:submit", "knowledge:approve", "knowledge:send-back", "knowledge:withdraw",
        "knowledge:propose", "POST /api/v1/knowledge/articles/{article_id}/submit",
        "POST /api/v1/knowledge/articles/{article_id}/review", "GET /api/v1/matters/{key}/knowledge",
    ], CONFINED),
    **dict.fromkeys([
        "alliances:showcase-alliance", "suggestions:poster", "recruitment:apply", "recruitment:result",
        "open311:request", "suggestions:progress", "suggestions:rate", "suggestions:receipt",
        # a begun consultation topic is public wherever it lies: read, give an opinion, support one
        "suggestions:topic", "suggestions:topic-opinion", "suggestions:topic-support", "suggestions:topic-document",
        "GET /api/v1/suggestions/topics/{code}", "GET /api/v1/suggestions/topics/{code}/opinions",
        "POST /api/v1/suggestions/topics/{code}/opinions", "POST /api/v1/suggestions/topics/{code}/text-codes",
        "POST /api/v1/suggestions/topics/{code}/opinions/{opinion_id}/supports",
        # a public knowledge article is read everywhere (the probed ones are public)
        "knowledge:public-detail", "knowledge:detail", "GET /api/v1/knowledge/articles/{article_id}",
    ], PUBLIC),
}


@dataclass(frozen=True)
class OtherJurisdiction:
    rule: Rule | frozenset  # who is let in, in RULES' shape
    outright: bool  # the others (deployment-wide roles aside) are refused without a word on the content
    undecided: frozenset = frozenset()  # roles whose answer the record's state decides (DECIDED_BY_SERVICES)


def other_jurisdiction_rule(route) -> OtherJurisdiction | None:
    """Who reaches the route's record of another jurisdiction (None: the table has no entry)."""
    entry, own = OTHER_JURISDICTION.get(route.key), rule_for(route)
    if entry == PUBLIC:
        return OtherJurisdiction(own, outright=False)
    if entry != CONFINED:
        return entry
    if isinstance(own, Rule):
        return OtherJurisdiction(Rule(get=None if own.get is None else own.get & WIDE,
                                      post=None if own.post is None else own.post & WIDE), outright=True)
    # The own record's state admits nothing (a closed matter); another record's state may admit what a
    # deployment-wide account asks: the services decide, as their own tests prove.
    undecided = WIDE if own is DECIDED_BY_SERVICES else frozenset()
    return OtherJurisdiction(own & WIDE, outright=True, undecided=undecided)


def rule_for(route):
    """The route's own rule; every admin page without one falls under the admin site's gate."""
    if route.key in RULES:
        return RULES[route.key]
    if route.pattern.startswith("admin/"):
        return ADMIN_PAGES
    return None


ADMIN_PAGES = Rule(get=ADMIN_SITE, post=ADMIN_SITE)
