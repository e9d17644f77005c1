"""Small functions that make the employment records a test needs."""

import datetime
import io
import itertools

import openpyxl

from huishang.directory.models import Organization, Role
from huishang.core import clock
from huishang.employment import centres, cooperation, internships, services
from huishang.employment.checks import id_check_character
from huishang.employment.models import JobStation
from tests import factories as f

_serial = itertools.count(1)


def rongdong():
    return f.region("133100100", "容东片区", parent=f.region("133100", "雄安新区"))


def station(*, in_region=None, community="南文营社区"):
    return JobStation.objects.create(name=f"零工驿站{next(_serial)}", region=in_region or rongdong(),
                                     community=community)


def staff_of(job_station, *, scope=None):
    member = f.user(Role.OFFICE, scope=scope or job_station.region)
    job_station.staff.add(member)
    return member


def id_number(born="19690512", serial=None) -> str:
    first17 = f"130629{born}{serial if serial is not None else 100 + next(_serial) % 900:03d}"
    return first17 + id_check_character(first17)


def seeker(job_station, *, by=None, name="钟爱敏", skills="保洁、家政", hours=(8, 18), wage=2500, community="南文营社区",
           region=None, phone="13800138000"):
    return services.register_seeker(
        by=by or staff_of(job_station), station=job_station, name=name, phone=phone,
        region=region or job_station.region, community=community, skills=skills,
        available_from=datetime.time(hours[0], 0), available_to=datetime.time(hours[1], 0), expected_wage=wage,
    )


def job(job_station, *, by=None, title="保洁员", skills="保洁", hours=(9, 17), wage=2600, community="南文营社区",
        region=None, openings=1):
    return services.post_job(
        by=by or staff_of(job_station), station=job_station, title=title, employer="南文营社区养老服务驿站",
        region=region or job_station.region, community=community, skills=skills,
        starts_at=datetime.time(hours[0], 0), ends_at=datetime.time(hours[1], 0), wage=wage, openings=openings,
    )


HEADER = ["户编号", "社区", "住址", "姓名", "身份证号", "联系电话", "就业状态", "就业意向", "培训需求", "技能"]


def sheet(*rows, header=HEADER):
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(list(row))
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    out.name = "ledger.xlsx"
    return out


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def base(*, office=None, enterprise=None, recognised_on="2023-03-01", valid_until="2025-02-28"):
    """A service-outsourcing enterprise of 内江 recognised as an internship base (unless ``recognised_on`` is None)."""
    office = office or f.office()
    enterprise = enterprise or f.enterprise()
    applied = datetime.datetime.combine(day(recognised_on) - datetime.timedelta(days=20) if recognised_on
                                        else datetime.date(2023, 2, 1), datetime.time(10, 0))
    with clock.frozen_at(applied):
        applied_base = internships.apply_for_base(by=office, enterprise=enterprise, application="申请认定就业见习基地")
    if recognised_on is None:
        return applied_base
    with clock.frozen_at(datetime.datetime.combine(day(recognised_on), datetime.time(15, 0))):
        return internships.recognise_base(applied_base, by=office, recognised_on=day(recognised_on),
                                          valid_until=day(valid_until))


def intern(of_base, *, by=None, name="李思雨", starts_on="2023-04-01", ends_on="2023-06-30", serial=None,
           born="20010305"):
    return internships.record_intern(by=by or f.office(), base=of_base, name=name,
                                     id_number=id_number(born, serial), phone="13900001111", starts_on=day(starts_on),
                                     ends_on=day(ends_on))


def school(name=None, *, in_region=None):
    """A school or college, by default in 内江."""
    return Organization.objects.create(kind=Organization.Kind.SCHOOL, name=name or f"测试职业学院{next(_serial)}",
                                       region=in_region or f.region())


def training_base(*, office=None, host=None, name=None, places=40, opened_on="2023-03-01"):
    return cooperation.record_training_base(
        by=office or f.office(), name=name or f"实训基地{next(_serial)}", host=host or f.enterprise(),
        trades="呼叫中心客服、数据标注", places=places, opened_on=day(opened_on))


def cooperation_of(*, office=None, school_org=None, enterprise=None, form="order_class", places=30,
                   starts_on="2023-09-01", ends_on="2024-06-30", base=None):
    return cooperation.record_cooperation(
        by=office or f.office(), school=school_org or school(), enterprise=enterprise or f.enterprise(), form=form,
        starts_on=day(starts_on), ends_on=day(ends_on), places=places, training_base=base)


def centre(*, office=None, in_region=None, name=None):
    return centres.open_centre(by=office or f.office(scope=in_region or rongdong()),
                               name=name or f"就业服务中心{next(_serial)}", region=in_region or rongdong())
