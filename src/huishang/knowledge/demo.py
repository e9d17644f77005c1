"""The demo's knowledge base: policies, answer wording, a responsibility list and questions enterprises ask,
written for this project from what the seed pages mention (就业见习补贴, 重点群体就业一次性奖励, 社保补贴, skills
training, the butlers' 政策宣讲, service outsourcing in 内江), drafted, reviewed and published through the services.
One wording is recorded as used by an answer the seed's units gave, one policy expires within the month, one
wording waits for review."""

import datetime

from huishang.cases.models import Category, Response
from huishang.core import clock
from huishang.demo import seed_neijiang, seed_yongchuan
from huishang.directory.models import Region, User
from huishang.knowledge import services
from huishang.knowledge.models import Article

DEMO_USERNAMES: set[str] = set()
Kind = Article.Kind

# (kind, title, body, categories, issuing body, document number, public, industries)
NEIJIANG = [
    (Kind.POLICY, "就业见习补贴申领指南",
     "吸纳离校2年内未就业高校毕业生、16至24岁失业青年参加就业见习的见习基地，可按规定申领就业见习补贴。\n\n"
     "补贴标准按当地最低工资标准的一定比例确定，见习期满留用的另给予奖励。见习基地在见习期满后向所在地"
     "人力资源和社会保障部门提交见习协议、见习人员名册和补贴发放凭证，经审核后拨付。",
     ["talent", "policy"], "内江市人力资源和社会保障局", "内人社发〔2024〕6号", True, ""),
    (Kind.POLICY, "重点群体就业一次性奖励",
     "企业招用脱贫人口、登记失业半年以上人员等重点群体，签订1年以上劳动合同并依法缴纳社会保险费的，"
     "按招用人数给予一次性奖励。企业在招用满6个月后申请，一个自然年度内同一人员只享受一次。",
     ["talent", "policy"], "内江市人力资源和社会保障局", "内人社发〔2024〕7号", True, ""),
    (Kind.POLICY, "企业吸纳就业社会保险补贴",
     "企业吸纳就业困难人员并缴纳社会保险费的，按其实际缴纳的基本养老、基本医疗和失业保险费给予补贴，"
     "不包括个人应缴部分。补贴期限一般不超过3年，按季度申领。",
     ["talent", "policy"], "内江市人力资源和社会保障局", "内人社发〔2024〕9号", True, ""),
    (Kind.POLICY, "职业技能培训补贴",
     "企业组织职工参加岗前培训、岗位技能提升培训，职工取得职业资格证书或职业技能等级证书的，按证书等级"
     "给予培训补贴。培训前须向人社部门备案培训计划，培训结束后凭学员名册、考核结果和费用凭证申领。",
     ["talent"], "内江市人力资源和社会保障局", "内人社办〔2024〕21号", True, "精密制造\n机械制造\n智能装备"),
    (Kind.POLICY, "服务外包企业培育扶持措施",
     "对新落户的服务外包企业，按实际使用的办公场地面积给予租金补助；企业新招用本地员工并缴纳社会保险满6个月的，"
     "按人数给予一次性用工补助；被认定为就业见习基地的，同时享受就业见习补贴。",
     ["policy", "market"], "内江市商务局", "内商务发〔2024〕12号", True, "服务外包"),
    (Kind.WORDING, "招工难、技工短缺问题答复口径",
     "您反映的企业招工难、技术工人短缺问题已收悉。我局将把贵企业的岗位需求纳入近期民营企业招聘周和校园招聘活动，"
     "协助对接内江师院等高校开展校企合作；对新招用的重点群体人员，可按规定申领一次性奖励和社会保险补贴；"
     "组织职工参加技能提升培训的，可申领职业技能培训补贴。具体办理请联系市人社局就业促进科。",
     ["talent"], "", "", False, ""),
    (Kind.WORDING, "惠企政策兑现进度咨询答复口径",
     "您咨询的补贴资金兑现进度已收悉。经查，贵企业的申请材料已通过审核，资金将按批次拨付至企业对公账户，"
     "拨付后以短信告知。如超过承诺时限仍未到账，请联系受理窗口核实。",
     ["policy"], "", "", False, ""),
    (Kind.RESPONSIBILITY, "用工服务职责清单",
     "岗位需求采集与招聘活动：市人社局就业促进科。\n\n就业见习基地认定与补贴：市人社局就业促进科。\n\n"
     "职业技能培训备案与补贴：市人社局职业能力建设科。\n\n社会保险补贴审核：市就业服务管理局。\n\n"
     "校企合作对接：市教育局、市人社局。",
     ["talent"], "内江市人民政府办公室", "", False, ""),
    (Kind.FAQ, "企业申领就业补贴需要准备哪些材料？",
     "一般需要：营业执照复印件、劳动合同、社会保险缴费明细、工资发放凭证和企业对公账户信息。"
     "不同补贴的具体材料以申报指南为准，可在公开政策页面查看。",
     ["talent", "policy"], "", "", True, ""),
]
YONGCHUAN = [
    (Kind.POLICY, "民营企业管家服务惠企政策宣讲要点",
     "企业管家走访时宣讲的政策：社会保险政策、工伤保险政策、稳岗返还、技改补助和“专精特新”企业培育政策。"
     "企业有意向申报的，由管家登记需求，转相关部门一对一辅导。",
     ["policy"], "永川区人民政府办公室", "", True, ""),
    (Kind.POLICY, "失业保险稳岗返还",
     "参保企业上年度未裁员或裁员率不高于规定比例的，可按上年度实际缴纳失业保险费的一定比例申请稳岗返还，"
     "资金直接返还至企业账户。",
     ["policy", "talent"], "永川区人力资源和社会保障局", "", True, ""),
]


def _category_list(codes):
    return list(Category.objects.filter(code__in=codes))


def _publish(rows, *, author, reviewer, region, today, expiring_title="") -> list[Article]:
    published = []
    for kind, title, body, categories, issuing_body, number, public, industries in rows:
        expires = today + datetime.timedelta(days=20) if title == expiring_title else None
        article = services.create_article(
            by=author, title=title, body=body, kind=kind, regions=[region], categories=_category_list(categories),
            issuing_body=issuing_body, document_number=number, public=public, industries=industries,
            effective_on=datetime.date(2024, 1, 1) if kind == Kind.POLICY else None, expires_on=expires)
        services.submit_for_review(article, by=author)
        published.append(services.approve(article, by=reviewer, note="内容准确，同意发布"))
    return published


def build_demo(accounts, rng) -> None:
    today = clock.today()
    admin = User.objects.get(username="admin")
    neijiang = Region.objects.get(code=seed_neijiang.CITY[0])
    office = User.objects.get(username=seed_neijiang.OFFICE_ACCOUNT[0])
    articles = _publish(NEIJIANG, author=office, reviewer=admin, region=neijiang, today=today,
                        expiring_title="服务外包企业培育扶持措施")
    yongchuan = Region.objects.get(code=seed_yongchuan.DISTRICT[0])
    _publish(YONGCHUAN, author=User.objects.get(username=seed_yongchuan.OFFICE_ACCOUNT[0]), reviewer=admin,
             region=yongchuan, today=today)
    wording = next(article for article in articles if article.kind == Kind.WORDING)
    answered = (Response.objects.filter(matter__category__code="talent", matter__region__code__startswith="5110")
                .select_related("by").order_by("at").first())
    if answered is not None:
        services.record_use(answered, by=answered.by, article_ids=[wording.pk])
    pending = services.create_article(
        by=office, title="厂区周边道路照明问题答复口径", kind=Kind.WORDING, regions=[neijiang],
        categories=_category_list(["infrastructure"]),
        body="您反映的厂区周边道路照明不足问题已收悉，已转市城管局路灯管理所现场核实，纳入近期路灯补装计划。")
    services.submit_for_review(pending, by=office)
