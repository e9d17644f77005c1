"""The whole API fuzzed from its own OpenAPI document (schemathesis, in-process through WSGI).

Every operation is called with generated input as a signed-in office user of a small world; no
answer may be a server error and every answer must match the document (status, content type,
body schema). The examples per operation are bounded so the run stays short.
"""

import pytest
import schemathesis
from schemathesis import checks
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from huishang.api.tokens import issue_token
from tests import factories as f
from tests.security.conftest import FUZZED

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 4
# Whether a business rule refuses a well-formed request (422) or ignores an unknown query parameter is
# the API's choice, not a fault; everything else schemathesis checks is kept.
NOT_FAULTS = [checks.positive_data_acceptance, checks.negative_data_rejection]

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def test_transaction_kept_open():
    """Called directly, the WSGI handler closes "old" connections when a request starts and ends, which
    Django's test client prevents; on PostgreSQL that would close the connection holding the test's data."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(scope="module")
def cases_sent(request):
    sent = []
    yield sent
    request.config.stash[FUZZED] = request.config.stash.get(FUZZED, []) + sent


@pytest.fixture
def bearer():
    f.category()
    office = f.office()
    f.assigned_matter(by_office=office)
    key, _token = issue_token(office)
    return {"Authorization": f"Bearer {key}"}


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_operation_answers_a_server_error_or_breaks_its_documented_schema(case, bearer, cases_sent):
    cases_sent.append(case.operation.label)
    case.call_and_validate(headers=bearer, excluded_checks=NOT_FAULTS)
