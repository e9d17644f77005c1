"""Articles for the knowledge tests, written and published through the services."""

import datetime

from huishang.knowledge import services
from huishang.knowledge.models import Article
from tests import factories as f

SUBSIDY_TITLE = "企业吸纳就业社会保险补贴申领口径"
SUBSIDY_BODY = ("企业招用就业困难人员、高校毕业生并缴纳社会保险的，可按规定申领社会保险补贴。"
                "申领时提交劳动合同、社保缴费凭证，经人社部门审核后按月拨付。")


def drafted(*, by=None, title=SUBSIDY_TITLE, body=SUBSIDY_BODY, kind=Article.Kind.WORDING, regions=None,
            **values) -> Article:
    by = by or f.office()
    return services.create_article(by=by, title=title, body=body, kind=kind, regions=regions or [f.region()], **values)


def published(*, author=None, reviewer=None, **values) -> Article:
    """A published article: drafted by ``author``, approved by ``reviewer`` (two office accounts by default)."""
    author = author or f.office()
    article = drafted(by=author, **values)
    services.submit_for_review(article, by=author)
    return services.approve(article, by=reviewer or f.office())


def days(n: int) -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=n)
