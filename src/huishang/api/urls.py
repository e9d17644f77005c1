"""The REST API at /api/v1/: token auth on every operation but obtaining a token, errors as JSON."""

from ninja import Swagger

from huishang.api import auth, matters, meetings, reference, stats
from huishang.api.errors import install_error_handlers
from huishang.api.routing import HuishangAPI

api = HuishangAPI(
    title="Huishang API",
    version="1",
    description="会商平台接口：事项受理、会商、交办、办理、复核与统计。"
    " Matters, consultation meetings, assignment, handling, review and figures. "
    "Obtain a token with POST /api/v1/auth/token and send it as `Authorization: Bearer <token>`.",
    urls_namespace="api",
    # Creates that outside systems send and may retry; see huishang/api/idempotency.py.
    idempotent_operations={"submit_matter"},
    auth=auth.BearerToken(),
    # Swagger UI would otherwise fetch a validity badge from validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)
install_error_handlers(api)
api.add_router("/auth", auth.router)
api.add_router("/matters", matters.router)
api.add_router("/meetings", meetings.router)
api.add_router("/stats", stats.router)
api.add_router("/", reference.router)
api.add_router("/workbench", "huishang.todos.api.router")
# 派单目录, and 改派 and 协办 beside the other transitions of a matter.
api.add_router("/routing-table", "huishang.dispatch.api.router")
api.add_router("/matters", "huishang.dispatch.api.matters_router")
# 相关知识 beside the matter it serves (knowledge/api.py).
api.add_router("/matters", "huishang.knowledge.api.matters_router")
# 约谈 beside the months of the ranking (ranking/api.py).
api.add_router("/ranking/talks", "huishang.ranking.talks_api.router")
# 征集专题 before the suggestions' own router, whose /{number} would read "topics" as a tracking number.
api.add_router("/suggestions/topics", "huishang.suggestions.topic_api.router")
# 细化工作措施 beside the matter's other operations; 回访督查 beside supervision's.
api.add_router("/matters", "huishang.supervision.plan_api.router")
api.add_router("/supervision/rounds", "huishang.supervision.rounds_api.router")
# 督办单 beside the matter it is printed for (api/meetings.py).
api.add_router("/matters", "huishang.api.meetings.matters_router")
for app in ("notifications", "supervision", "butlers", "ledgers", "alliances", "suggestions", "promotion", "recruitment", "employment",
            "assessment", "unionwork", "ranking", "surveys", "insight", "knowledge", "audit"):
    api.add_router(f"/{app}", f"huishang.{app}.api.router")
