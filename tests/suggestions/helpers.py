"""What the suggestion tests share: a collection point in Yangpu, categories, answering the captcha."""

import re
from decimal import Decimal

from huishang.cases.models import Category
from huishang.directory.models import Region
from huishang.suggestions import captcha
from huishang.suggestions.models import CollectionPoint

YANGPU = "310110"


def yangpu() -> Region:
    shanghai, _ = Region.objects.get_or_create(code="310000", defaults={"name": "上海市"})
    region, _ = Region.objects.get_or_create(code=YANGPU, defaults={"name": "杨浦区", "parent": shanghai})
    return region


def riverside_category() -> Category:
    return Category.objects.get_or_create(code="riverside", defaults={
        "name": "滨江管理", "audience": Category.Audience.RESIDENTS})[0]


def financing_category() -> Category:
    """An enterprises' category: offered on the public form only to who writes as an enterprise."""
    return Category.objects.get_or_create(code="financing", defaults={"name": "融资信贷"})[0]


def point(code="yp-01", name="秦皇岛路健身补给站", keeper=None) -> CollectionPoint:
    return CollectionPoint.objects.create(
        code=code, name=name, address="杨浦滨江秦皇岛路码头旁", region=yangpu(), kind="park", keeper=keeper,
        latitude=Decimal("31.253310"), longitude=Decimal("121.507120"), opened_on="2024-04-01",
    )


def answer_of(token: str) -> int:
    """The answer of a captcha token, found as only the server can: by trying answers against its key."""
    payload = captcha.signing.loads(token, salt=captcha.SALT)
    return next(n for n in range(-20, 40) if captcha._answer_hash(payload["n"], n) == payload["h"])


def token_in(html: str) -> str:
    return re.search(r'name="captcha_token" value="([^"]+)"', html).group(1)


def solved() -> dict:
    question = captcha.challenge(5, 3)
    return {"captcha_token": question["token"], "captcha_answer": 8}


def form_data(**changes) -> dict:
    """A complete public form, captcha answered."""
    data = {
        "title": "滨江步道增设饮水点", "text": "夏天跑步的人多，建议每隔一公里增设直饮水设施。", "category": "riverside",
        "region": YANGPU, "point": "", "address": "秦皇岛路码头", "contact_name": "王建华",
        "contact_phone": "13812345678", "contact_email": "", "latitude": "", "longitude": "", **solved(),
    }
    data.update(changes)
    return data
