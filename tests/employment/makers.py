"""Small functions that make the employment records a test needs."""

import datetime
import io
import itertools

import openpyxl

from huishang.directory.models import Role
from huishang.employment import services
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
