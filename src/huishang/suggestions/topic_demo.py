"""Two consultation topics of seed 004, built through the services by suggestions.demo.

- "228街坊 … 未来怎么变，我们全程都有发言权" and "建设社区食堂是老百姓呼声最高的事，最终将最好的位置留出来，办了
  '熊猫饭堂'": the 228街坊 renovation, consulted in June 2024 through the 定海 community point; residents'
  opinions and supports, the community canteen the most supported; the office files them under themes, adopts
  the canteen and the rest of what the page says was done, and publishes the result.
- "上海25个基层立法联系点全城覆盖": a draft regulation consulted at the 大桥街道 legislative contact point in
  March 2025, its opinions forwarded to the city's legislature as a numbered document.

The opinions' wording, the supporters' numbers and the draft's name are invented; what was done comes from
the page. Each supporter confirms a phone number with the code texted to it: the demo's phones are
``DemoPhones``, a text-message gateway that hands each code to the resident who asked for it.
"""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from huishang.core import clock
from huishang.core.documents import Report, as_pdf
from huishang.suggestions import captcha, topics
from huishang.suggestions.models import CollectionPoint

RENOVATION = {
    "code": "jiefang-228", "title": "228街坊更新改造方案征求意见",
    "description": "228街坊是上海唯一完整保留的“两万户”工人新村。改造按“修旧如旧”进行，"
                   "请居民对功能配置、便民业态和风貌保护提出意见，支持您最赞同的一条。",
    "opens_on": datetime.date(2024, 6, 1), "closes_on": datetime.date(2024, 6, 30),
}
# theme -> [(opinion, supports, signed, outcome, reason)]; the canteen is the call heard most
RENOVATION_OPINIONS = {
    "社区食堂": [
        ("街坊里老人多，希望建一个社区食堂，价格实惠，方便吃饭。", 46, "池海芳", "adopted",
         "居民呼声最高，把最好的位置留给社区食堂，办成“熊猫饭堂”。"),
        ("社区食堂最好能给行动不便的老人送餐上门。", 17, "老住户", "partly_adopted", "先为高龄独居老人试行送餐。"),
        ("食堂早上也开门，上班的年轻人可以买早饭。", 9, "", "adopted", "食堂提供早餐。"),
    ],
    "便民服务": [
        ("保留裁缝店、修鞋、修表这些老手艺，平时真的用得上。", 21, "王阿姨", "adopted", "引入裁缝店、修鞋店、修表店等便民业态。"),
        ("希望有个理发店，价格不要太贵。", 6, "", "not_adopted", "周边500米内已有两家理发店，暂不重复设置。"),
    ],
    "风貌保护": [
        ("老房子的红砖和木窗要保留原样，修旧如旧。", 14, "动迁居民", "adopted", "按“修旧如旧”原则保留街坊风貌。"),
        ("办一个工人新村的展陈，让年轻人知道这里的历史。", 11, "", "adopted", "设立“工人文化”展陈，留住工人新村记忆。"),
    ],
    "文体与服务": [
        ("需要一个健身的地方，下雨天也能锻炼。", 8, "", "adopted", "设立市民健身中心。"),
        ("有个党群服务站，办事、议事都方便。", 5, "", "adopted", "设立党群服务站。"),
        ("增加一些停车位，晚上回来没地方停车。", 12, "", "not_adopted",
         "风貌保护区内不宜新建停车场，已协调周边公共停车场夜间错峰停车。"),
    ],
}
RENOVATION_RESULT = ("228街坊按“修旧如旧”完成改造，成为上海唯一完整的“两万户”街坊风貌保护区。"
                     "居民呼声最高的社区食堂放在最好的位置，办成“熊猫饭堂”；引入裁缝店、修鞋店、修表店等便民服务，"
                     "设立“工人文化”展陈、党群服务站和市民健身中心。")

DRAFT = {
    "code": "draft-elderly-care", "title": "《上海市养老服务条例（修正草案）》征求意见",
    "description": "市人大常委会法工委委托基层立法联系点听取居民对草案的意见，草案文本可在联系点查阅。",
    "opens_on": datetime.date(2025, 3, 3), "closes_on": datetime.date(2025, 3, 28),
}
DRAFT_OPINIONS = {
    "社区养老": [
        ("第十五条建议明确社区长者食堂的建设标准和补贴方式。", 13, "大桥街道居民", "adopted", "草案修改稿已增加相关规定。"),
        ("日间照料中心应延长服务时间，方便子女下班后接送。", 7, "", "partly_adopted", "建议由实施细则予以明确。"),
    ],
    "居家养老": [
        ("老旧小区加装电梯应纳入适老化改造支持范围。", 10, "", "adopted", "已吸收。"),
        ("建议对家庭照护者提供培训和喘息服务。", 4, "", "not_adopted", "已有专项规定，不在本条例中重复。"),
    ],
}
LEGISLATURE = "上海市人大常委会法制工作委员会"


class DemoPhones:
    """The demo residents' phones: the gateway keeps each code for the one number that asked for it."""

    inbox: dict[str, str] = {}

    def send(self, phone: str, *, code: str, params: list[str], text: str) -> None:
        self.inbox[phone] = params[0]


def _moment(day: datetime.date, minute: int) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(8, 0)) + datetime.timedelta(minutes=minute * 7)


def _consult(topic, opinions, *, serial: int) -> list:
    """The opinions, given across the first week, then supported by residents across the period."""
    given = []
    for n, (theme, rows) in enumerate(opinions.items()):
        for m, (text, supports, signed, outcome, reason) in enumerate(rows):
            day = topic.opens_on + datetime.timedelta(days=(n + m) % 7)
            # Residents give their opinions on the public page, without an account, answering its captcha.
            question = captcha.challenge(4, 3)
            with clock.frozen_at(_moment(day, n * 5 + m)):
                opinion = topics.submit_opinion(topic, text=text, author_name=signed, captcha_token=question["token"],
                                                captcha_answer=7)
            given.append((opinion, theme, supports, outcome, reason))
    with override_settings(HUISHANG_SMS_BACKEND=f"{__name__}.DemoPhones"):
        for opinion, _theme, supports, _outcome, _reason in given:
            first = opinion.submitted_at.date() + datetime.timedelta(days=1)
            days = (topic.closes_on - first).days + 1
            for k in range(supports):
                serial += 1
                phone = f"139{serial:08d}"
                with clock.frozen_at(_moment(first + datetime.timedelta(days=k % days), k % 90)):
                    topics.send_support_code(topic, phone=phone)
                    topics.support_opinion(opinion, phone=phone, code=DemoPhones.inbox.pop(phone))
    return given


def _decide(topic, given, *, office, on: datetime.date) -> None:
    with clock.frozen_at(datetime.datetime.combine(on, datetime.time(10))):
        for opinion, theme, _supports, outcome, reason in given:
            topics.file_under_theme(opinion, by=office, theme=theme)
            topics.decide_opinion(opinion, by=office, outcome=outcome, reason=reason)


def _document(name: str, title: str, topic: dict) -> SimpleUploadedFile:
    """The document residents read, as the office would post it: a PDF of the plan or of the draft."""
    period = ("征求意见时间", f"{topic['opens_on']:%Y年%-m月%-d日}至{topic['closes_on']:%Y年%-m月%-d日}")
    content = as_pdf(Report(title=title, period=topic["description"], figures=[period], sections=[]))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def build_topics(*, office, yangpu) -> None:
    community = CollectionPoint.objects.get(code="yp-08")
    legislative = CollectionPoint.objects.get(code="yp-09")
    plan = _document("228街坊更新改造方案.pdf", "228街坊更新改造方案（征求意见稿）", RENOVATION)
    with clock.frozen_at(datetime.datetime(2024, 5, 27, 9)):
        renovation = topics.open_topic(by=office, kind="project", region=yangpu, places=[yangpu], point=community,
                                       documents=[plan], **RENOVATION)
    given = _consult(renovation, RENOVATION_OPINIONS, serial=0)
    _decide(renovation, given, office=office, on=datetime.date(2024, 7, 8))
    with clock.frozen_at(datetime.datetime(2024, 7, 15, 10)):
        topics.publish_result(renovation, by=office, text=RENOVATION_RESULT)

    text = _document("上海市养老服务条例（修正草案）.pdf", "上海市养老服务条例（修正草案）", DRAFT)
    with clock.frozen_at(datetime.datetime(2025, 2, 26, 9)):
        draft = topics.open_topic(by=office, kind="draft_law", region=yangpu, places=[yangpu], point=legislative,
                                  documents=[text], **DRAFT)
    given = _consult(draft, DRAFT_OPINIONS, serial=1000)
    _decide(draft, given, office=office, on=datetime.date(2025, 4, 2))
    with clock.frozen_at(datetime.datetime(2025, 4, 8, 10)):
        forwarded = topics.forward_opinions(draft, by=office, addressee=LEGISLATURE)
        topics.publish_result(draft, by=office, text=f"居民意见已以{forwarded.document_number}报送{LEGISLATURE}，"
                                                     "其中关于长者食堂和加装电梯的意见被草案修改稿吸收。")
