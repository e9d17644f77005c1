"""The columns of a ledger (台账) sheet as offices lay it out, in Chinese as they are printed."""

from django.utils.translation import gettext_lazy as _

# Export, in this order.
SERIAL = "序号"
NUMBER = "事项编号"
ENTERPRISE = "企业名称"
CATEGORY = "问题类别"
TITLE = "问题标题"
DESCRIPTION = "问题描述"
RAISED_BY = "提出人"
PHONE = "联系电话"
SOURCE = "问题来源"
UNIT = "责任单位"
DUE = "办理时限"
PROGRESS = "办理进展"
OUTCOME = "办结情况"
SUBMITTED = "提交时间"

EXPORTED = [SERIAL, NUMBER, ENTERPRISE, CATEGORY, TITLE, DESCRIPTION, RAISED_BY, PHONE, SOURCE, UNIT, DUE, PROGRESS,
            OUTCOME, SUBMITTED]

# Import: the columns read (others, such as 序号 or 办理进展, are ignored); required ones must be present.
REQUIRED = [ENTERPRISE, DESCRIPTION]
READ = [ENTERPRISE, DESCRIPTION, TITLE, CATEGORY, UNIT, DUE]

# The names a service's field is reported under when it refuses a row.
FIELD_COLUMNS = {
    "enterprise": ENTERPRISE, "description": DESCRIPTION, "title": TITLE, "category": CATEGORY,
    "lead_unit": UNIT, "due": DUE, "region": ENTERPRISE,
}

SHEET_TITLE = _("Ledger of matters")
