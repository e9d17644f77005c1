"""The lists whose query counts are checked: who looks, at which address, and how rows are added."""

from huishang.audit import views as audit_views
from huishang.dispatch import views as dispatch_views
from huishang.employment import views as employment_views
from huishang.knowledge import views as knowledge_views
from huishang.recruitment import views as recruitment_views
from huishang.web.views import matters as matter_views
from huishang.web.views import meetings as meeting_views
from tests.scale import knowledge_rows, nested_cases, nested_rows, rows
from tests.scale.list_case import api_case, web_case


API = [
    api_case("matters", "/matters", rows.office_world, rows.add_matters, query={"page_size": 200}),
    api_case("meetings", "/meetings", rows.office_world, rows.add_meetings),
    api_case("categories", "/categories", rows.admin_world, rows.add_categories),
    api_case("units", "/units", rows.admin_world, rows.add_units),
    api_case("notifications", "/notifications", rows.admin_world, rows.add_notifications),
    api_case("butler visits", "/butlers/visits", rows.butler_viewer_world, rows.add_visits),
    api_case("to-dos", "/workbench", rows.office_world, nested_rows.add_submitted_matters),
    api_case("butler workbench", "/butlers/workbench", rows.butler_viewer_world, rows.add_cared_enterprises),
    api_case("alliances", "/alliances", rows.admin_world, rows.add_alliances),
    api_case("suggestions", "/suggestions", rows.admin_world, rows.add_suggestions, query={"limit": 500}),
    api_case("promotion leads", "/promotion/leads", rows.admin_world, rows.add_leads),
    api_case("recruitment rounds", "/recruitment/rounds", rows.admin_world, rows.add_rounds),
    api_case("recruitment events", "/recruitment/events", rows.admin_world, rows.add_events),
    api_case("job stations", "/employment/stations", rows.admin_world, rows.add_stations),
    api_case("households", "/employment/households", rows.admin_world, rows.add_households),
    api_case("assessments", "/assessment/assessments", rows.admin_world, rows.add_assessments),
    api_case("risks", "/assessment/risks", rows.admin_world, rows.add_risks),
    api_case("unit ranking", lambda world: f"/ranking/months/{rows.this_month(world)}", rows.office_world,
             rows.add_ranked_units, route="/api/v1/ranking/months/{month}"),
    api_case("talks", "/ranking/talks", rows.office_world, rows.add_talks),
    api_case("surveys", "/surveys", rows.admin_world, rows.add_surveys),
    api_case("routing table", "/routing-table", rows.office_world, rows.add_routing_entries, query={"page_size": 200}),
    api_case("audit entries", "/audit/entries", rows.auditor_world, rows.add_audit_entries, query={"page_size": 200}),
    api_case("knowledge articles", "/knowledge/articles", knowledge_rows.knowledge_world, knowledge_rows.add_articles,
             query={"limit": 100}),
]

WEB = [
    web_case("matters", "/matters/", rows.office_world, rows.add_matters,
             page_size_constants=((matter_views, "PAGE_SIZE"),)),
    web_case("meetings", "/meetings/", rows.office_world, rows.add_meetings,
             page_size_constants=((meeting_views, "PAGE_SIZE"),)),
    web_case("supervision board", "/supervision/", rows.supervisor_world, rows.add_overdue_carded_matters),
    web_case("notifications", "/notifications/", rows.admin_world, rows.add_notifications),
    web_case("butler workbench", "/butlers/", rows.butler_viewer_world, rows.add_cared_enterprises),
    web_case("butler visits", "/butlers/visits/", rows.butler_viewer_world, rows.add_visits),
    web_case("butler assignments", "/butlers/assignments/", rows.butler_office_world, rows.add_cared_enterprises),
    web_case("butler trainings", "/butlers/trainings/", rows.butler_office_world, rows.add_trainings),
    web_case("alliances", "/alliances/", rows.admin_world, rows.add_alliances),
    web_case("alliance showcase", "/alliances/showcase/", rows.admin_world, rows.add_alliances),
    web_case("collection points", "/suggestions/points/", rows.admin_world, rows.add_points),
    web_case("suggestions (staff)", "/suggestions/staff/", rows.admin_world, rows.add_suggestions),
    web_case("promotion board", "/promotion/", rows.admin_world, rows.add_leads),
    web_case("recruitment rounds", "/recruitment/rounds/", rows.admin_world, rows.add_rounds),
    web_case("recruitment events", "/recruitment/events/", rows.admin_world, rows.add_events,
             page_size_constants=((recruitment_views, "PAGE_SIZE"),)),
    web_case("recruitment (public)", "/recruitment/", rows.admin_world, rows.add_open_rounds),
    web_case("job stations", "/employment/", rows.admin_world, rows.add_stations),
    web_case("household ledger", "/employment/ledger/", rows.admin_world, rows.add_households,
             page_size_constants=((employment_views, "LEDGER_PAGE_SIZE"),)),
    web_case("assessments", "/assessment/", rows.admin_world, rows.add_assessments),
    web_case("risks", "/assessment/risks/", rows.admin_world, rows.add_risks),
    web_case("unit ranking", lambda world: f"/ranking/{rows.this_month(world)}/", rows.office_world,
             rows.add_ranked_units, route="ranking:month"),
    web_case("unit ranking drill-down", rows.drill_path, rows.drill_world, rows.add_drilled_matters, route="ranking:drill"),
    web_case("talks", "/ranking/talks/", rows.office_world, rows.add_talks),
    web_case("surveys", "/surveys/", rows.admin_world, rows.add_surveys),
    web_case("routing table", "/dispatch/", rows.office_world, rows.add_routing_entries,
             page_size_constants=((dispatch_views, "PAGE_SIZE"),)),
    web_case("audit log", "/audit/", rows.auditor_world, rows.add_audit_entries,
             page_size_constants=((audit_views, "PAGE_SIZE"),)),
    web_case("knowledge base", "/knowledge/", knowledge_rows.knowledge_world, knowledge_rows.add_articles,
             page_size_constants=((knowledge_views, "PAGE_SIZE"),)),
    web_case("public policies", "/knowledge/policies/", knowledge_rows.knowledge_world, knowledge_rows.add_articles,
             page_size_constants=((knowledge_views, "PAGE_SIZE"),)),
    web_case("knowledge export", "/knowledge/export.xlsx", knowledge_rows.knowledge_world, knowledge_rows.add_articles),
    web_case("a knowledge article's versions", lambda world: f"/knowledge/{world.article.pk}/",
             knowledge_rows.article_world, knowledge_rows.add_versions, route="knowledge:detail"),
]

ALL = API + WEB + nested_cases.API + nested_cases.WEB
