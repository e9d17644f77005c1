"""Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/): the public standard existing clients
speak. Services are the suggestion categories; a request is a suggestion; ids are tracking numbers."""

from xml.etree import ElementTree

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from huishang.api.idempotency import HEADER as IDEMPOTENCY_HEADER
from huishang.api.idempotency import idempotent
from huishang.cases.models import Category
from huishang.core import parsing
from huishang.core.errors import DomainError, ValidationError
from huishang.core.text import printable
from huishang.directory.jurisdiction import EVERYWHERE, Jurisdiction, served_regions
from huishang.directory.models import Region
from huishang.suggestions import services
from huishang.suggestions.models import Open311Client, Suggestion
from huishang.suggestions.points import key_hash
from huishang.suggestions.selectors import open311_requests, public_notes, public_status
from huishang.suggestions.web_helpers import client_address

LIST_LIMIT = 1000
DEFAULT_DAYS = 90


def _render(data, fmt: str, root: str, item: str, status: int = 200) -> HttpResponse:
    if fmt == "json":
        return JsonResponse(data, safe=False, status=status, json_dumps_params={"ensure_ascii": False})
    element = ElementTree.Element(root)
    for row in data:
        child = ElementTree.SubElement(element, item)
        for key, value in row.items():
            ElementTree.SubElement(child, key).text = _xml_text(value)
    body = b'<?xml version="1.0" encoding="utf-8"?>' + ElementTree.tostring(element, encoding="utf-8")
    return HttpResponse(body, status=status, content_type="text/xml; charset=utf-8")


def _xml_text(value) -> str:
    if value is None:
        return ""
    # Text stored before intake made it printable may hold characters XML 1.0 cannot carry.
    return str(value).lower() if isinstance(value, bool) else printable(str(value))


def error(fmt: str, status: int, description: str, *, retry_after: int | None = None) -> HttpResponse:
    """Open311's error format: a list of {code, description}, in JSON or XML (every error of these
    endpoints, see open311_errors); a 429 says in Retry-After how many seconds to wait."""
    response = _render([{"code": status, "description": description}], fmt, "errors", "error", status=status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def _moment(value) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def _service(category: Category) -> dict:
    return {
        "service_code": category.code, "service_name": category.name, "description": category.name,
        "metadata": False, "type": "realtime", "keywords": "", "group": "人民建议",
    }


def _request(suggestion: Suggestion) -> dict:
    matter = suggestion.matter
    last = suggestion.last_moved_at
    return {
        "service_request_id": matter.number,
        "status": public_status(suggestion),
        "status_notes": public_notes(suggestion),
        "service_name": matter.category.name,
        "service_code": matter.category.code,
        "description": matter.description,
        "agency_responsible": matter.lead_unit.name if matter.lead_unit_id else "",
        "service_notice": "",
        "requested_datetime": _moment(matter.submitted_at),
        "updated_datetime": _moment(last),
        "expected_datetime": None,
        "address": suggestion.address,
        "address_id": "",
        "zipcode": "",
        "lat": float(suggestion.latitude) if suggestion.latitude is not None else None,
        "long": float(suggestion.longitude) if suggestion.longitude is not None else None,
        "media_url": "",
    }


def _jurisdiction(request) -> Region | None:
    """The region a GET names as jurisdiction_id (optional): one the deployment serves, else refused."""
    code = (request.GET.get("jurisdiction_id") or "").strip()
    if not code:
        return None
    region = Region.objects.filter(code=code).first()
    if region is None or not EVERYWHERE.covers(region):
        raise ValidationError(f"unknown jurisdiction {code}", field="jurisdiction_id")
    return region


def _default_jurisdiction(client: Open311Client | None) -> str:
    """Where a request without jurisdiction_id goes: the keyed client's region, else the deployment's one
    region if it serves only one (GeoReport v2 makes jurisdiction_id optional then)."""
    if client is not None:
        return client.region.code
    served = list(served_regions()[:2])
    return served[0].code if len(served) == 1 else ""


def services_list(request, fmt):
    _jurisdiction(request)
    rows = [_service(category) for category in Category.objects.all()]
    return _render(rows, fmt, "services", "service")


def _open311_caller(request) -> str:
    """Whose idempotency keys these are: the client of the api_key sent, else the sender's address."""
    key = request.POST.get("api_key")
    client = Open311Client.objects.filter(key_hash=key_hash(key), active=True).first() if key else None
    return f"open311:{client.pk}" if client else f"address:{client_address(request)}"


def _refuse_key(request, message):
    return error(request.resolver_match.kwargs.get("fmt", "json"), 422, f"{IDEMPOTENCY_HEADER}: {message}")


@csrf_exempt
@require_http_methods(["GET", "POST"])
@idempotent(caller_of=_open311_caller, refuse=_refuse_key)
def requests_view(request, fmt):
    return _create(request, fmt) if request.method == "POST" else _list(request, fmt)


def _client(request, fmt) -> tuple[Open311Client | None, HttpResponse | None]:
    key = request.POST.get("api_key") or request.GET.get("api_key")
    if not key:
        return None, None
    client = Open311Client.objects.filter(key_hash=key_hash(key), active=True).select_related("region").first()
    if client is None:
        return None, error(fmt, 403, "api_key is not valid")
    return client, None


def _create(request, fmt):
    client, refusal = _client(request, fmt)
    if refusal:
        return refusal
    data = request.POST
    code = data.get("service_code", "")
    if not Category.objects.filter(code=code).exists():
        return error(fmt, 400, "service_code not found")
    description = data.get("description", "")
    region = data.get("jurisdiction_id") or _default_jurisdiction(client)
    if not region:
        return error(fmt, 400, "jurisdiction_id is required: this endpoint serves several jurisdictions")
    located = [data.get(name, "").strip() for name in ("lat", "long", "address_string", "address_id")]
    if not any(located):
        return error(fmt, 400, "a location is required: lat and long, address_string or address_id")
    if bool(located[0]) != bool(located[1]):
        return error(fmt, 400, "lat and long: give both or neither")
    name = " ".join(part for part in (data.get("last_name", ""), data.get("first_name", "")) if part)
    title = (data.get("title") or description.strip().splitlines()[0] if description.strip() else "")[:60]
    try:
        receipt = services.submit_suggestion(
            title=title, text=description, category=code, region=region, channel=Suggestion.Channel.OPEN311,
            sender=None, address=data.get("address_string") or data.get("address_id", ""), latitude=data.get("lat"),
            longitude=data.get("long"),
            contact_name=name, contact_phone=data.get("phone", ""), contact_email=data.get("email", ""),
            sender_address=client_address(request), client=client,
        )
    except DomainError as refused:
        field = {"text": "description", "title": "description", "region": "jurisdiction_id",
                 "latitude": "lat", "longitude": "long", "contact_phone": "phone", "contact_email": "email"}
        status = 429 if refused.http_status == 429 else 400
        name = field.get(refused.field, refused.field)
        return error(fmt, status, f"{name}: {refused.message}" if name else str(refused.message),
                     retry_after=getattr(refused, "retry_after", None))
    row = {"service_request_id": receipt.number, "token": "", "service_notice": "", "account_id": ""}
    return _render([row], fmt, "service_requests", "request", status=201)


def _in_jurisdiction(request, suggestions):
    region = _jurisdiction(request)
    return suggestions.filter(Jurisdiction(region=region).within("matter__region")) if region else suggestions


def _list(request, fmt):
    suggestions = _in_jurisdiction(request, open311_requests().order_by("-matter__submitted_at"))
    ids = [value.strip() for value in request.GET.get("service_request_id", "").split(",") if value.strip()]
    if ids:
        return _render([_request(s) for s in suggestions.filter(matter__number__in=ids)], fmt, "service_requests", "request")
    try:
        end = parsing.moment(request.GET.get("end_date"), "end_date") or timezone.now()
        start = parsing.moment(request.GET.get("start_date"), "start_date") or parsing.days_before(end, DEFAULT_DAYS)
    except DomainError as refused:
        return error(fmt, 400, f"{refused.field}: {refused.message}")
    suggestions = suggestions.filter(matter__submitted_at__gte=start, matter__submitted_at__lte=end)
    codes = [value for value in request.GET.get("service_code", "").split(",") if value]
    if codes:
        suggestions = suggestions.filter(matter__category__code__in=codes)
    status = request.GET.get("status")
    if status:
        if status not in ("open", "closed"):
            return error(fmt, 400, "status must be open or closed")
        rows = [row for row in (_request(s) for s in suggestions[:LIST_LIMIT * 2]) if row["status"] == status]
    else:
        rows = [_request(s) for s in suggestions[:LIST_LIMIT]]
    return _render(rows[:LIST_LIMIT], fmt, "service_requests", "request")


def request_detail(request, number, fmt):
    suggestion = _in_jurisdiction(request, open311_requests()).filter(matter__number=number).first()
    if suggestion is None:
        return error(fmt, 404, "service_request_id not found")
    return _render([_request(suggestion)], fmt, "service_requests", "request")
