"""The subsidy ledger (补贴台账): each subsidy entered once it is approved, its eligibility rules checked on entry and
a refusal naming the rule it breaks; the payment day recorded later; totals by kind."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _, gettext_lazy

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.models import Organization, Region
from huishang.employment import checks
from huishang.employment.models import Intern, Subsidy, SubsidyKind
from huishang.employment.permissions import check_keeps_subsidy_ledger, enters_subsidies
from huishang.vault.crypto import lookup_hash

# Each eligibility rule by the name a refusal gives it.
RULES = {
    "base_validity": gettext_lazy("an internship subsidy is for days on which the intern's base is a recognised "
                                  "internship base"),
    "internship_period": gettext_lazy("an internship subsidy covers only days of the internship"),
    "monthly_cap": gettext_lazy("an internship subsidy is at most the months covered × the monthly cap"),
    "one_per_period": gettext_lazy("one subsidy of a kind for one beneficiary and period"),
}


class Ineligible(ValidationError):
    """A subsidy that breaks an eligibility rule; ``rule`` names it (a key of RULES)."""

    code = "ineligible"

    def __init__(self, rule: str, reason: str, *, field: str):
        super().__init__(_("Refused by the rule “%(rule)s”: %(reason)s") % {"rule": RULES[rule], "reason": reason},
                         field=field)
        self.rule = rule


def monthly_cap_fen() -> int:
    """The deployment's monthly cap of an internship subsidy (HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN), in fen."""
    return int(settings.HUISHANG_INTERNSHIP_MONTHLY_CAP_YUAN) * 100


def months_covered(first: datetime.date, last: datetime.date) -> int:
    """Calendar months from ``first`` to ``last``, both included, a begun month counting whole: 1 March to 31 May
    is 3, 15 March to 14 June is 3, 15 March to 20 June is 4."""
    months = (last.year - first.year) * 12 + last.month - first.month
    return months + (1 if last.day >= first.day else 0)


def yuan(fen: int) -> str:
    """Fen shown as yuan with two decimals: 123456 → 1234.56."""
    return f"{fen // 100}.{fen % 100:02d}"


def _day(value, field: str) -> datetime.date:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise ValidationError(_("Give a date written YYYY-MM-DD."), field=field)
    return value


def _amount(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(_("The amount must be a positive whole number of fen."), field="amount_fen")
    return value


def _check_internship(intern: Intern, period_from, period_to, amount_fen: int) -> None:
    base = intern.base
    if not (base.valid_on(period_from) and base.valid_on(period_to)):
        raise Ineligible("base_validity", _("the base is recognised from %(start)s until %(end)s.") % {
            "start": base.recognised_on, "end": base.valid_until}, field="period_from")
    if not (intern.starts_on <= period_from and period_to <= intern.last_day):
        raise Ineligible("internship_period", _("the internship runs from %(start)s until %(end)s.") % {
            "start": intern.starts_on, "end": intern.last_day}, field="period_from")
    months = months_covered(period_from, period_to)
    ceiling = months * monthly_cap_fen()
    if amount_fen > ceiling:
        raise Ineligible("monthly_cap", _("%(months)s months × %(cap)s yuan allow at most %(ceiling)s yuan.") % {
            "months": months, "cap": yuan(monthly_cap_fen()), "ceiling": yuan(ceiling)}, field="amount_fen")


def _check_once(kind: str, person_hash: str, enterprise, region, period_from, period_to) -> None:
    # Two clerks entering the same subsidy at once would both find no earlier one: entries of a region wait for
    # each other here (on PostgreSQL; SQLite writes one transaction at a time anyway).
    Region.objects.select_for_update().filter(pk=region.pk).values_list("pk").get()
    same = Subsidy.objects.filter(kind=kind, period_from__lte=period_to, period_to__gte=period_from)
    if person_hash:
        same = same.filter(person_id_number_hash=person_hash)
    else:
        same = same.filter(enterprise=enterprise, person_id_number_hash="")
    earlier = same.order_by("period_from").first()
    if earlier is not None:
        raise Ineligible("one_per_period", _("a %(kind)s for %(from)s – %(to)s is already in the ledger.") % {
            "kind": earlier.get_kind_display(), "from": earlier.period_from, "to": earlier.period_to},
            field="period_from")


@transaction.atomic
def record_subsidy(
    *, by, kind: str, beneficiary: str, basis: str = "", period_from, period_to, amount_fen, enterprise=None,
    person_name: str = "", person_id_number: str = "", intern: Intern | None = None, region: Region | None = None,
    paid_on: datetime.date | None = None,
) -> Subsidy:
    """The office enters an approved subsidy of its jurisdiction: refused, naming the rule, when it breaks an
    eligibility rule (see RULES); ``by`` is recorded as the approver."""
    if not enters_subsidies(by):
        raise NotAllowed(_("Only the service office keeps the subsidy ledger."))
    if kind not in SubsidyKind.values:
        raise ValidationError(_("Choose a kind of subsidy."), field="kind")
    if beneficiary not in Subsidy.Beneficiary.values:
        raise ValidationError(_("Say whether a person or an enterprise receives the subsidy."), field="beneficiary")
    if kind == SubsidyKind.INTERNSHIP and not isinstance(intern, Intern):
        raise ValidationError(_("An internship subsidy names the intern it is for."), field="intern")
    if intern is not None:
        person_name, person_id_number = intern.name, intern.id_number
        if beneficiary == Subsidy.Beneficiary.ENTERPRISE:
            enterprise = enterprise or intern.base.enterprise
            if enterprise.pk != intern.base.enterprise_id:
                raise ValidationError(_("An internship subsidy is paid to the intern or to the intern's base."),
                                      field="enterprise")
        region = intern.base.region
    if beneficiary == Subsidy.Beneficiary.ENTERPRISE:
        if not isinstance(enterprise, Organization) or enterprise.kind != Organization.Kind.ENTERPRISE:
            raise ValidationError(_("Choose the enterprise that receives the subsidy."), field="enterprise")
        region = region or enterprise.region
    else:
        enterprise = None
    person_name = checks.required_text(person_name, "person_name", _("Person"), 64) if (
        person_name or person_id_number or beneficiary == Subsidy.Beneficiary.PERSON) else ""
    person_id_number = checks.id_number(person_id_number, "person_id_number") if person_name else ""
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    check_keeps_subsidy_ledger(by, region)
    period_from, period_to = _day(period_from, "period_from"), _day(period_to, "period_to")
    if period_to < period_from:
        raise ValidationError(_("The period cannot end before it starts."), field="period_to")
    amount_fen = _amount(amount_fen)
    if paid_on is not None and _day(paid_on, "paid_on") > clock.today():
        raise ValidationError(_("A payment cannot be dated in the future."), field="paid_on")
    basis = cleaned(basis)[:2000] or (
        _("Internship of %(name)s at %(base)s from %(start)s to %(end)s") % {
            "name": intern.name, "base": intern.base, "start": intern.starts_on, "end": intern.last_day}
        if intern is not None else "")
    if not basis:
        raise ValidationError(_("%(label)s is required.") % {"label": _("Basis")}, field="basis")
    if kind == SubsidyKind.INTERNSHIP:
        _check_internship(intern, period_from, period_to, amount_fen)
    person_hash = lookup_hash(person_id_number) if person_id_number else ""
    _check_once(kind, person_hash, enterprise, region, period_from, period_to)
    return Subsidy.objects.create(
        kind=kind, beneficiary=beneficiary, enterprise=enterprise, person_name=person_name,
        person_id_number=person_id_number, intern=intern, region=region, basis=basis, period_from=period_from,
        period_to=period_to, amount_fen=amount_fen, approved_at=clock.now(), approved_by=by, paid_on=paid_on,
    )


@transaction.atomic
def record_payment(subsidy: Subsidy, *, by, paid_on) -> Subsidy:
    """The day a subsidy was paid is recorded once, not before its approval nor in the future."""
    check_keeps_subsidy_ledger(by, subsidy.region)
    paid_on = _day(paid_on, "paid_on")
    if paid_on > clock.today():
        raise ValidationError(_("A payment cannot be dated in the future."), field="paid_on")
    subsidy = Subsidy.objects.select_for_update().get(pk=subsidy.pk)
    if paid_on < timezone.localdate(subsidy.approved_at):
        raise ValidationError(_("A subsidy cannot be paid before it was approved."), field="paid_on")
    if subsidy.paid_on is not None:
        raise InvalidTransition(_("The payment of this subsidy is already recorded."))
    subsidy.paid_on = paid_on
    subsidy.save(update_fields=["paid_on"])
    return subsidy


def totals_by_kind(subsidies) -> dict:
    """Per kind (every kind, in order): how many subsidies, their amount and the amount paid, in fen; and the
    total of all."""
    rows = {row["kind"]: row for row in subsidies.order_by().values("kind").annotate(
        n=Count("id"), amount=Sum("amount_fen"), paid=Sum("amount_fen", filter=Q(paid_on__isnull=False)))}
    kinds = [{"kind": kind, "label": label, "count": rows.get(kind, {}).get("n", 0),
              "amount_fen": rows.get(kind, {}).get("amount") or 0, "paid_fen": rows.get(kind, {}).get("paid") or 0}
             for kind, label in SubsidyKind.choices]
    return {"kinds": kinds, "count": sum(row["count"] for row in kinds),
            "amount_fen": sum(row["amount_fen"] for row in kinds), "paid_fen": sum(row["paid_fen"] for row in kinds)}
