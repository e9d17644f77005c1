"""A month's unit ranking counted from the records, and the published (frozen) months.

Each rate of the scheme is counted per unit by figures.selectors (the same definitions as the city's
figures), with its numerator and denominator. A unit's score is the weighted mean of its rates, a rate
where fewer is better (回退率, 重办率) counting as 100 minus it; a rate without a denominator is 无数据 and
left out, the other weights rescaled. A unit with no denominator for any counted rate had no matters in
the period: it is listed, not ranked and never flagged. Units are ranked by score within their kind,
equal scores (to two decimals) sharing a rank; the bottom ``flagged`` ranked units of each kind are
flagged for a talk (约谈), and a unit tied with a flagged one is flagged too.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from huishang.cases.models import Assignment, Review, Transition
from huishang.cases.states import DONE, REOPENING_ACTIONS, State
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of, place_of
from huishang.directory.models import Organization, Region, Role
from huishang.figures import selectors as figures
from huishang.ranking import bulletin, permissions
from huishang.ranking.models import DEFAULT_WEIGHTS, LOWER_IS_BETTER, Grouping, PublishedMonth, Rate, Scheme, UnitKind
from huishang.supervision.models import FollowUp

KIND_ORDER = [UnitKind.CITY, UnitKind.DISTRICT, UnitKind.TOWN, UnitKind.ALL]


def parse_month(text: str, *, field: str = "month") -> datetime.date:
    """'YYYY-MM' as the month's first day."""
    try:
        return datetime.datetime.strptime(str(text), "%Y-%m").date()
    except ValueError:
        raise ValidationError(_("A month is written YYYY-MM."), field=field) from None


def region_named(code: str | None) -> Region | None:
    if not code:
        return None
    region = Region.objects.filter(code=code).first()
    if region is None:
        raise NotFound(_("No such region."))
    return region


def scheme_for(*, region: Region | None, year: int) -> Scheme:
    """The scheme of ``region`` and ``year``, else the whole deployment's, else the default (unsaved): the
    三率 of 北京接诉即办."""
    for place in ([region] if region is not None else []) + [None]:
        scheme = Scheme.objects.filter(region=place, year=year).first()
        if scheme is not None:
            return scheme
    return Scheme(region=region, year=year, weights=dict(DEFAULT_WEIGHTS))


def scheme_data(scheme: Scheme) -> dict:
    return {
        "region": scheme.region.code if scheme.region else None, "year": scheme.year,
        "weights": {rate: scheme.weights[rate] for rate in Rate.values if rate in scheme.weights},
        "fairly_weight": float(scheme.fairly_weight), "grouping": scheme.grouping, "flagged": scheme.flagged,
        "closing_day": scheme.closing_day,
    }


def unit_kind(unit: Organization, grouping: str) -> str:
    """A unit's kind from its region's level: a town's 9-digit code, a district's 6 digits, above that a city."""
    if grouping == Grouping.TOGETHER:
        return UnitKind.ALL
    code = unit.region.code
    if len(code) > 6:
        return UnitKind.TOWN
    return UnitKind.CITY if len(unit.region.code_prefix) <= 4 else UnitKind.DISTRICT


def ranked_units(region: Region | None) -> QuerySet[Organization]:
    """The responsible units a ranking of ``region`` lists (the whole deployment's without one)."""
    jurisdiction = Jurisdiction(region=region) if region is not None else Jurisdiction(wide=True)
    return jurisdiction.units().select_related("region").order_by("name")


def _fractions(scope: figures.Scope, rates: list[str], fairly_weight: float) -> dict[str, dict[int, tuple]]:
    """For each rate, {unit id: (numerator, denominator)}, counted by figures.selectors."""
    found = {}
    if Rate.RESPONSE in rates:
        found[Rate.RESPONSE] = {unit: (row["on_time"], row["all"])
                                for unit, row in figures.response_counts(scope, per_unit=True).items()}
    if Rate.ACKNOWLEDGE_ON_TIME in rates:
        found[Rate.ACKNOWLEDGE_ON_TIME] = {unit: (row["on_time"], row["all"])
                                           for unit, row in figures.acknowledge_counts(scope, per_unit=True).items()}
    if Rate.SOLVED in rates:
        found[Rate.SOLVED] = {unit: (row["solved"], row["all"])
                              for unit, row in figures.solved_counts(scope, per_unit=True).items()}
    if Rate.FOLLOW_UP_SATISFACTION in rates:
        found[Rate.FOLLOW_UP_SATISFACTION] = {
            unit: (row["satisfied"] + fairly_weight * row["fairly"], row["all"])
            for unit, row in figures.follow_up_counts(scope, per_unit=True).items()}
    cohort_rates = {Rate.SATISFACTION: ("satisfied", "reviews"), Rate.ON_TIME: ("on_time", "resolved"),
                    Rate.SEND_BACK: ("sent_back", "assignments"), Rate.REOPEN: ("reopened", "resolved")}
    if any(rate in rates for rate in cohort_rates):
        totals = figures.totals_by_unit(scope)
        for rate, (part, whole) in cohort_rates.items():
            if rate in rates:
                found[rate] = {unit: (row[part], row[whole]) for unit, row in totals.items()}
    return found


def _number(value) -> int | float:
    """A count as an integer, a weighted count (基本满意) to two decimals."""
    if isinstance(value, int) or float(value).is_integer():
        return int(value)
    return float(Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _rate(numerator, denominator) -> dict:
    value = figures.percent(numerator, denominator) if denominator else None
    return {"value": value, "numerator": _number(numerator), "denominator": denominator}


def _score(rates: dict, weights: dict) -> float | None:
    counted = {rate: weight for rate, weight in weights.items() if weight and rates[rate]["value"] is not None}
    if not counted:
        return None
    total = sum(Decimal(str(weight)) for weight in counted.values())
    points = sum(Decimal(str(weight)) * Decimal(str(
        100 - rates[rate]["value"] if rate in LOWER_IS_BETTER else rates[rate]["value"]))
        for rate, weight in counted.items())
    return float((points / total).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _rank_and_flag(lines: list[dict], flagged: int) -> None:
    """Rank the scored lines of one kind by score (ties share a rank) and flag the bottom ``flagged``."""
    scored = sorted((line for line in lines if line["score"] is not None), key=lambda line: -line["score"])
    for position, line in enumerate(scored, start=1):
        line["rank"] = position if position == 1 or line["score"] != scored[position - 2]["score"] else \
            scored[position - 2]["rank"]
    if flagged and len(scored) > 1:
        threshold = scored[-min(flagged, len(scored))]["score"]
        for line in scored:
            line["flagged"] = line["score"] <= threshold and line["rank"] > 1


def compute_ranking(*, month: datetime.date, region: Region | None, scheme: Scheme | None = None) -> dict:
    """The month's ranking as the records give it now (selectors' docstring says how)."""
    scheme = scheme or scheme_for(region=region, year=month.year)
    start, end = scheme.period(month)
    weights = {rate: weight for rate, weight in scheme.weights.items() if rate in Rate.values}
    rates = list(weights)
    scope = figures.Scope(date_from=start, date_to=end, region=region)
    fractions = _fractions(scope, rates, float(scheme.fairly_weight))
    lines = []
    for unit in ranked_units(region):
        unit_rates = {rate: _rate(*fractions[rate].get(unit.pk, (0, 0))) for rate in rates}
        lines.append({
            "unit": unit.name, "unit_id": unit.pk, "kind": unit_kind(unit, scheme.grouping), "rates": unit_rates,
            "score": _score(unit_rates, weights), "rank": None, "flagged": False,
        })
    for kind in KIND_ORDER:
        _rank_and_flag([line for line in lines if line["kind"] == kind], scheme.flagged)
    lines.sort(key=lambda line: (KIND_ORDER.index(line["kind"]), line["rank"] is None, line["rank"] or 0,
                                 line["unit"]))
    return {
        "month": f"{month:%Y-%m}", "region": region.code if region else None,
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "scheme": scheme_data(scheme), "units": lines,
    }


def previous_month(month: datetime.date) -> datetime.date:
    return (month - datetime.timedelta(days=1)).replace(day=1)


def published_versions(*, month: datetime.date, region: Region | None) -> QuerySet[PublishedMonth]:
    """Every published version of the month, the latest first."""
    return PublishedMonth.objects.filter(month=month, region=region).select_related("published_by").order_by(
        "-version")


def with_changes(ranking: dict, before: dict | None) -> dict:
    """Each line's change of rank from ``before`` (positive: moved up), None where either is unranked."""
    ranks = {line["unit_id"]: line["rank"] for line in (before or {}).get("units", [])}
    for line in ranking["units"]:
        earlier = ranks.get(line["unit_id"])
        line["change"] = earlier - line["rank"] if earlier is not None and line["rank"] is not None else None
    return ranking


def counted_now(*, month: datetime.date, region: Region | None) -> dict:
    """The month's ranking counted now, each line with its change from the month before (its published
    ranking, else the one counted now)."""
    before = published_versions(month=previous_month(month), region=region).first()
    return with_changes(compute_ranking(month=month, region=region), before.ranking if before else compute_ranking(
        month=previous_month(month), region=region))


def ranking_of(*, month: datetime.date, region: Region | None) -> dict:
    """The month's latest published version, frozen with the changes it showed then, if it is published,
    else counted now; and the published versions (latest first)."""
    versions = list(published_versions(month=month, region=region))
    ranking = dict(versions[0].ranking) if versions else counted_now(month=month, region=region)
    ranking["published"] = bool(versions)
    ranking["versions"] = [version_data(version) for version in versions]
    return ranking


def month_ranking(user, *, month: datetime.date, region: Region | None) -> dict:
    """What ``user`` sees of a month (ranking_of): the office, supervisors and leaders of the region also
    before it is published, a unit handler only once it is, its own line marked (``own_unit_id``)."""
    published = published_versions(month=month, region=region).exists()
    if not (permissions.reads_published(user, region) if published else permissions.reads_live(user, region)):
        if permissions.own_unit_ranked(user, region) is not None:
            raise NotAllowed(_("This month is not published yet."))
        raise NotAllowed(_("You may not read the ranking of this region."))
    ranking = ranking_of(month=month, region=region)
    own = permissions.own_unit_ranked(user, region)
    ranking["own_unit_id"] = own.pk if own else None
    return ranking


def version_data(version: PublishedMonth) -> dict:
    return {
        "version": version.version, "number": version.document_number, "reason": version.reason,
        "published_at": version.published_at.isoformat(), "published_by": str(version.published_by),
    }


def published_months(user, *, region: Region | None) -> QuerySet[PublishedMonth]:
    """The months of ``region`` published so far (every version), the latest first, if ``user`` may read them."""
    if not permissions.reads_published(user, region):
        return PublishedMonth.objects.none()
    return PublishedMonth.objects.filter(region=region).order_by("-month", "-version")


def office_name(region: Region | None) -> str:
    """The service office issuing a region's 通报: the office organisation placed there, else a plain name."""
    offices = Organization.objects.filter(kind=Organization.Kind.OFFICE)
    office = offices.filter(region=region).first() if region is not None else None
    return office.name if office else str(_("Service office"))


def bulletin_of(published: PublishedMonth) -> bulletin.Bulletin:
    """The 通报 of a published version, from its frozen record alone."""
    frozen = published.ranking
    rates = [rate for rate in Rate.values if rate in frozen["scheme"]["weights"]]
    labels = [str(Rate(rate).label) for rate in rates]
    rankings, flagged = [], []
    for kind in KIND_ORDER:
        of_kind = [line for line in frozen["units"] if line["kind"] == kind]
        if not of_kind:
            continue
        rankings.append(bulletin.Ranking(kind=str(UnitKind(kind).label), rates=labels, lines=[
            bulletin.Line(unit=line["unit"], score=line["score"], rank=line["rank"], change=line["change"],
                          flagged=line["flagged"], rates=[bulletin.Rate(**line["rates"][rate]) for rate in rates])
            for line in of_kind]))
        flagged += [bulletin.Flagged(unit=line["unit"], kind=str(UnitKind(kind).label), rank=line["rank"],
                                     score=line["score"]) for line in of_kind if line["flagged"]]
    issued_on = timezone.localdate(published.published_at)
    cases = [bulletin.OverdueCase(number=case["number"], title=case["title"], unit=case["unit"],
                                  due=datetime.date.fromisoformat(case["due"]),
                                  days_overdue=(published.period_end - datetime.date.fromisoformat(case["due"])).days)
             for case in frozen.get("cases", [])]
    return bulletin.Bulletin(
        title=_("Notice of the responsible units' assessment ranking for %(month)s") % {
            "month": date_format(published.month, "YEAR_MONTH_FORMAT")},
        number=published.document_number, office=office_name(published.region),
        period_from=published.period_start, period_to=published.period_end, issued_on=issued_on,
        summary=frozen.get("summary", ""), rankings=rankings, flagged=flagged, cases=cases,
        version=published.version, correction=published.reason,
    )


def default_region(user) -> Region | None:
    """The region whose ranking ``user`` reads unless it names another: an office's, supervisor's or
    leader's own (none: the whole deployment), a unit handler's served place."""
    jurisdiction = jurisdiction_of(user)
    if jurisdiction.wide or jurisdiction.region is None:
        return None
    return place_of(jurisdiction.region) if user.role == Role.UNIT else jurisdiction.region


def opens_ranking(user) -> bool:
    """Whether the ranking's pages open for ``user``: the ranking of its own region is one it may read."""
    return user.is_authenticated and permissions.reads_published(user, default_region(user))


def _cohort_records(scope: figures.Scope, rate: str) -> list[tuple]:
    """(matter, counted) behind a rate the rollups count for the cohort (figures.recount counts the same)."""
    matters = figures.cohort(scope)
    if rate == Rate.SATISFACTION:
        return [(review.matter, review.satisfied)
                for review in Review.objects.filter(matter__in=matters.values("pk")).select_related("matter")]
    if rate == Rate.SEND_BACK:
        assignments = Assignment.objects.filter(scope.moment_range("assigned_at"),
                                                matter__in=figures.consultation_matters(scope).values("pk"))
        return [(assignment.matter, assignment.sent_back_at is not None)
                for assignment in assignments.select_related("matter")]
    resolved = matters.exclude(state=State.ASSIGNED).filter(state__in=DONE).annotate(
        resolved_on=TruncDate("resolved_at"),
        reopened=Exists(Transition.objects.filter(matter=OuterRef("pk"), action__in=REOPENING_ACTIONS)))
    if rate == Rate.ON_TIME:
        return [(matter, matter.resolved_on <= matter.due if matter.due else False) for matter in resolved]
    return [(matter, matter.reopened) for matter in resolved]


def counted_records(*, month: datetime.date, region: Region | None, unit: Organization, rate: str) -> list[dict]:
    """The records behind one unit's rate in a month as the records give it now, each with its matter and
    whether it counts in the numerator (``partly``: a 基本满意 follow-up, counted at the scheme's weight)."""
    start, end = scheme_for(region=region, year=month.year).period(month)
    scope = figures.Scope(date_from=start, date_to=end, region=region, unit=unit)
    if rate == Rate.ACKNOWLEDGE_ON_TIME:
        found = [(row.matter, row.on_time) for row in figures.acknowledge_rows(scope).select_related("matter")]
    elif rate == Rate.RESPONSE:
        found = [(row.matter, row.in_time) for row in figures.response_rows(scope).select_related("matter")]
    elif rate == Rate.SOLVED:
        reviews, follow_ups = figures.solved_rows(scope)
        found = [(row.matter, row.solved) for rows in (reviews, follow_ups) for row in rows.select_related("matter")]
    elif rate == Rate.FOLLOW_UP_SATISFACTION:
        found = [(row.matter, row.satisfaction) for row in figures.follow_up_rows(scope).select_related("matter")]
    else:
        found = _cohort_records(scope, rate)
    fairly = FollowUp.Satisfaction.FAIRLY
    return [{"number": matter.number, "title": matter.title,
             "counted": counted is True or counted == FollowUp.Satisfaction.SATISFIED, "partly": counted == fairly}
            for matter, counted in sorted(found, key=lambda pair: pair[0].number)]


def latest_published(user) -> dict | None:
    """The latest published month of ``user``'s region, for the leader's dashboard: its number, the units
    ranked first and those flagged (None when nothing is published or ``user`` may not read it)."""
    region = default_region(user)
    if not permissions.reads_published(user, region):
        return None
    latest = PublishedMonth.objects.filter(region=region).order_by("-month", "-version").first()
    if latest is None:
        return None
    lines = latest.ranking["units"]
    return {"month": latest.month, "month_value": f"{latest.month:%Y-%m}", "number": latest.document_number,
            "version": latest.version, "region": region,
            "first": [line["unit"] for line in lines if line["rank"] == 1],
            "flagged": [line["unit"] for line in lines if line["flagged"]]}
