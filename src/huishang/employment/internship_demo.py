"""Seed 004's internships and subsidies in Neijiang, 2023: "协助8家服务外包企业认定为就业见习基地，吸纳见习人员109名" and
"落实就业见习补贴、重点群体就业一次性奖励和社保补贴约35万元". The eight bases are service-outsourcing enterprises (the
first four the projects the promotion demo names; the rest invented), as are the interns and every amount; a ninth
application was refused and a tenth is still under review. Everything goes through the services, on its day.
"""

import datetime
import random

from huishang.core import clock
from huishang.demo import people, seed_neijiang as seed
from huishang.demo.organisations import CreditCodes, enterprise
from huishang.directory.models import Region, User
from huishang.employment import internships, subsidies
from huishang.employment.checks import id_check_character
from huishang.employment.models import Intern, Subsidy, SubsidyKind

DEMO_USERNAMES: set[str] = set()

# (enterprise, district code, posts offered, interns taken) — 109 interns in all.
BASES = [
    ("抖音内江服务中心", "511002", ["内容审核专员", "客户服务专员"], 22),
    ("同程旅行内江客服中心", "511002", ["在线客服", "酒店预订专员"], 18),
    ("软通动力内江交付中心", "511011", ["软件测试助理", "运维助理"], 15),
    ("华道数据内江数据标注基地", "511011", ["数据标注员"], 16),
    ("内江甜城呼叫中心有限公司", "511002", ["话务专员"], 11),
    ("内江智汇数据服务有限公司", "511011", ["数据录入员", "数据质检员"], 10),
    ("内江汇川信息技术服务有限公司", "511002", ["IT服务台助理"], 9),
    ("内江云联客服外包有限公司", "511024", ["电商客服"], 8),
]
REFUSED = ("内江星辰文化传媒有限公司", "511002", "提供的见习岗位与专业技能培养关联度不高，带教制度不健全。")
UNDER_REVIEW = ("内江博远人力资源服务有限公司", "511011")
MONTHLY_SUBSIDY_YUAN = 900  # below the deployment's cap (HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN, 2,000 by default)
HIRING_REWARD_YUAN = 1000
SOCIAL_INSURANCE_QUARTER_YUAN = 2400  # per base and quarter, the enterprises' share for interns they kept on
LAST_DAY = datetime.date(2023, 10, 31)


def _at(day: datetime.date, hour: int = 10):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _id_number(rng, district: str) -> str:
    """Interns are young people: an ID number of their Neijiang district, born 1998–2004."""
    born = datetime.date(rng.randint(1998, 2004), rng.randint(1, 12), rng.randint(1, 28))
    first17 = f"{district}{born:%Y%m%d}{rng.randrange(100, 999)}"
    return first17 + id_check_character(first17)


def _base(office, codes, name, district, applied_on):
    firm = enterprise(name, in_region=Region.objects.get(code=district), industry="服务外包",
                      credit_code=codes.next(region_code=district))
    with _at(applied_on):
        return internships.apply_for_base(by=office, enterprise=firm,
                                          application="申请认定为就业见习基地，提供见习岗位并安排带教老师。")


def _interns(rng, office, base, posts, count, district):
    """``count`` interns starting between the base's recognition and August, three to six months each; those whose
    internship ended by the end of October completed it or left early, and most who completed were kept on."""
    taken = []
    for number in range(count):
        starts_on = min(base.recognised_on + datetime.timedelta(days=7 + number * 9), datetime.date(2023, 8, 28))
        ends_on = starts_on + datetime.timedelta(days=rng.choice([91, 122, 183]) - 1)
        with _at(starts_on - datetime.timedelta(days=2)):
            intern = internships.record_intern(
                by=office, base=base, post=posts[number % len(posts)], name=people.person_name(rng),
                id_number=_id_number(rng, district), phone=people.mobile_number(rng), starts_on=starts_on,
                ends_on=ends_on)
        if ends_on <= LAST_DAY and rng.random() < 0.12:
            left_on = starts_on + datetime.timedelta(days=rng.randint(30, (ends_on - starts_on).days - 1))
            with _at(left_on, 17):
                intern = internships.leave_early(intern, by=office, left_on=left_on)
            hired = False
        elif ends_on <= LAST_DAY:
            with _at(ends_on, 17):
                intern = internships.complete_internship(intern, by=office)
            hired = rng.random() < 0.6
        else:
            taken.append(intern)
            continue
        with _at(intern.last_day + datetime.timedelta(days=3)):
            taken.append(internships.record_hired_after(intern, by=office, hired=hired))
    return taken


def _subsidise(office, base, interns):
    """Each ended internship's subsidy paid to the base; a reward for each intern kept on; the base's social insurance
    subsidy per quarter that had someone kept on."""
    for intern in interns:
        if intern.outcome == Intern.Outcome.UNDER_WAY:
            continue
        months = subsidies.months_covered(intern.starts_on, intern.last_day)
        approved = intern.last_day + datetime.timedelta(days=10)
        if approved > LAST_DAY:
            continue
        with _at(approved):
            subsidies.record_subsidy(
                by=office, kind=SubsidyKind.INTERNSHIP, beneficiary=Subsidy.Beneficiary.ENTERPRISE, intern=intern,
                period_from=intern.starts_on, period_to=intern.last_day,
                amount_fen=months * MONTHLY_SUBSIDY_YUAN * 100, paid_on=approved)
        if intern.hired_after:
            with _at(approved, 15):
                subsidies.record_subsidy(
                    by=office, kind=SubsidyKind.HIRING_REWARD, beneficiary=Subsidy.Beneficiary.ENTERPRISE,
                    enterprise=base.enterprise, person_name=intern.name, person_id_number=intern.id_number,
                    basis="见习期满留用，签订1年以上劳动合同并缴纳社会保险", period_from=intern.last_day,
                    period_to=intern.last_day, amount_fen=HIRING_REWARD_YUAN * 100)
    kept = [intern.last_day for intern in interns if intern.hired_after]
    for quarter_start, quarter_end in ((datetime.date(2023, 4, 1), datetime.date(2023, 6, 30)),
                                       (datetime.date(2023, 7, 1), datetime.date(2023, 9, 30))):
        if any(day <= quarter_end for day in kept):
            with _at(quarter_end + datetime.timedelta(days=15)):
                subsidy = subsidies.record_subsidy(
                    by=office, kind=SubsidyKind.SOCIAL_INSURANCE, beneficiary=Subsidy.Beneficiary.ENTERPRISE,
                    enterprise=base.enterprise, basis="吸纳见习期满人员就业，按季度申领单位缴纳部分社会保险补贴",
                    period_from=quarter_start, period_to=quarter_end, amount_fen=SOCIAL_INSURANCE_QUARTER_YUAN * 100)
            paid_on = quarter_end + datetime.timedelta(days=25)
            if paid_on <= LAST_DAY:
                with _at(paid_on):
                    subsidies.record_payment(subsidy, by=office, paid_on=paid_on)


def build_demo(accounts, rng) -> None:
    """Ten applications through the office of Neijiang: eight recognised with their posts, interns and subsidies,
    one refused, one under review. Its own random numbers leave the rest of the demo as it was."""
    rng = random.Random("internships:neijiang")
    office = User.objects.get(username=seed.OFFICE_ACCOUNT[0])
    codes = CreditCodes(rng)
    for number, (name, district, titles, count) in enumerate(BASES):
        applied_on = datetime.date(2023, 1, 9) + datetime.timedelta(days=11 * number)
        base = _base(office, codes, name, district, applied_on)
        recognised_on = applied_on + datetime.timedelta(days=18)
        with _at(recognised_on, 15):
            base = internships.recognise_base(base, by=office, recognised_on=recognised_on,
                                              valid_until=recognised_on.replace(year=recognised_on.year + 2)
                                              - datetime.timedelta(days=1))
            posts = [internships.add_post(by=office, base=base, title=title, places=count // len(titles) + 2)
                     for title in titles]
        _subsidise(office, base, _interns(rng, office, base, posts, count, district))
    refused = _base(office, codes, REFUSED[0], REFUSED[1], datetime.date(2023, 5, 8))
    with _at(datetime.date(2023, 5, 26), 15):
        internships.refuse_base(refused, by=office, reason=REFUSED[2])
    _base(office, codes, UNDER_REVIEW[0], UNDER_REVIEW[1], datetime.date(2023, 10, 23))
