"""The matter list people work from: sorted by its columns, filtered, paged, its last filter remembered.

The same piece (web/listing.py) serves the other working lists; their own tests are beside their apps.
"""

import datetime
import re

import pytest
from django.utils import timezone

from huishang.cases import services
from huishang.core import clock
from tests import factories as f
from tests.cases.worlds import cast
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def numbers_in_order(response) -> list[str]:
    return re.findall(r"HS-\d{4}-\d{6}", text_of(response))


def aria_sort_of(response, key: str) -> str | None:
    """The aria-sort of the header whose link sorts by ``key``."""
    html = response.content.decode()
    found = re.search(r'<th scope="col"(?: aria-sort="(\w+)")?><a class="sort-link" href="\?[^"]*sort=-?' + key
                      + r'(?:&|")', html)
    assert found, f"no header sorts by {key}"
    return found.group(1)


def three_matters_of_three_enterprises():
    """Submitted one after another by 丙, 甲 and 乙: numbers in submission order, enterprises not."""
    office = f.office()
    matters = []
    for name in ["丙公司", "甲公司", "乙公司"]:
        matters.append(f.matter(by=f.enterprise_contact(f.enterprise(name))))
    return office, matters


def test_a_column_header_sorts_the_matters_by_it_and_a_second_click_turns_the_order_round():
    office, (third, first, second) = three_matters_of_three_enterprises()
    client = signed_in(office)
    newest_first = client.get("/matters/")
    assert numbers_in_order(newest_first) == [second.number, first.number, third.number]
    assert aria_sort_of(newest_first, "submitted") == "descending"  # the list's own order, marked
    by_number = client.get("/matters/", {"sort": "number"})
    assert numbers_in_order(by_number) == [third.number, first.number, second.number]
    assert aria_sort_of(by_number, "number") == "ascending"
    assert 'href="?sort=-number"' in by_number.content.decode()  # the next click turns it round
    assert numbers_in_order(client.get("/matters/", {"sort": "-number"})) == [
        second.number, first.number, third.number]
    by_enterprise = client.get("/matters/", {"sort": "enterprise"})
    names = {m.number: m.enterprise.name for m in (first, second, third)}
    assert [names[n] for n in numbers_in_order(by_enterprise)] == sorted(names.values())
    assert [names[n] for n in numbers_in_order(client.get("/matters/", {"sort": "-enterprise"}))] == sorted(
        names.values(), reverse=True)


def test_the_state_column_sorts_in_the_order_a_matter_goes_through_its_states():
    office, (submitted, accepted, assigned) = three_matters_of_three_enterprises()
    services.accept(accepted, by=office)
    services.accept(assigned, by=office)
    services.assign(assigned, by=office, lead_unit=f.unit(), due=datetime.date.today() + datetime.timedelta(days=9))
    client = signed_in(office)
    assert numbers_in_order(client.get("/matters/", {"sort": "state"})) == [
        submitted.number, accepted.number, assigned.number]
    assert numbers_in_order(client.get("/matters/", {"sort": "-state"})) == [
        assigned.number, accepted.number, submitted.number]


def test_the_deadline_column_sorts_soonest_first_and_matters_without_one_come_last_either_way():
    office = f.office()
    later = f.assigned_matter(by_office=office, due=datetime.date.today() + datetime.timedelta(days=20))
    sooner = f.assigned_matter(by_office=office, due=datetime.date.today() + datetime.timedelta(days=5))
    no_deadline = f.accepted_matter(by_office=office)
    client = signed_in(office)
    assert numbers_in_order(client.get("/matters/", {"sort": "deadline"})) == [
        sooner.number, later.number, no_deadline.number]
    assert numbers_in_order(client.get("/matters/", {"sort": "-deadline"})) == [
        later.number, sooner.number, no_deadline.number]


def test_an_unknown_sort_key_is_ignored_and_the_list_keeps_its_own_order():
    office, (third, first, second) = three_matters_of_three_enterprises()
    response = signed_in(office).get("/matters/", {"sort": "description"})
    assert response.status_code == 200
    assert numbers_in_order(response) == [second.number, first.number, third.number]


def test_matters_that_tie_on_the_column_keep_one_order_from_page_to_page():
    contact = f.enterprise_contact()
    for n in range(25):
        f.matter(by=contact, title=f"问题{n}")
    client = signed_in(f.office())
    first = numbers_in_order(client.get("/matters/", {"sort": "enterprise"}))
    second = numbers_in_order(client.get("/matters/", {"sort": "enterprise", "page": 2}))
    assert len(first) == 20 and len(second) == 5
    assert sorted(first + second) == first + second  # one enterprise: the tie is broken by the record, oldest first
    back = numbers_in_order(client.get("/matters/", {"sort": "-enterprise", "page": 2}))
    assert back == sorted(first + second, reverse=True)[20:]


def test_the_page_links_keep_the_sort_and_the_filters():
    contact = f.enterprise_contact()
    for n in range(23):
        f.matter(by=contact, title=f"问题{n}")
    response = signed_in(f.office()).get("/matters/", {"state": "submitted", "sort": "number"})
    assert "?state=submitted&amp;sort=number&amp;page=2" in response.content.decode()


def test_the_overdue_filter_keeps_the_matters_a_unit_still_owes_past_their_deadline():
    office = f.office()
    late = f.assigned_matter(by_office=office, due=datetime.date.today() + datetime.timedelta(days=3))
    f.assigned_matter(by_office=office, due=datetime.date.today() + datetime.timedelta(days=30))
    f.accepted_matter(by_office=office)
    client = signed_in(office)
    with clock.frozen_at(timezone.now() + datetime.timedelta(days=10)):
        response = client.get("/matters/", {"overdue": "on"})
    assert numbers_in_order(response) == [late.number]


def test_a_bare_open_of_the_list_returns_to_the_last_filter_and_sort_until_they_are_cleared():
    people = cast()
    client = signed_in(people.office)
    client.get("/matters/", {"state": "submitted", "sort": "-number", "page": 2})
    bare = client.get("/matters/")
    assert bare.status_code == 302
    assert bare["Location"] == "/matters/?state=submitted&sort=-number"  # the filter and the order, not the page
    shown = client.get(bare["Location"])
    assert 'data-action="clear-filters"' in shown.content.decode() and "清除筛选" in text_of(shown)
    cleared = client.get("/matters/", {"clear": "1"})
    assert cleared.status_code == 302 and cleared["Location"] == "/matters/"
    assert client.get("/matters/").status_code == 200
    # Each person's own: another reader opening the list bare sees it unfiltered.
    signed_in(people.office).get("/matters/", {"state": "assigned"})
    assert signed_in(people.supervisor).get("/matters/").status_code == 200


def test_the_empty_fields_of_the_filter_form_are_not_remembered():
    client = signed_in(f.office())
    client.get("/matters/", {"q": "", "state": "submitted", "kind": "", "sort": ""})
    assert client.get("/matters/")["Location"] == "/matters/?state=submitted"
    client.get("/matters/", {"q": "", "state": ""})  # the form sent empty: nothing to return to
    assert client.get("/matters/").status_code == 200


def test_each_list_remembers_its_own_filter():
    client = signed_in(f.office())
    client.get("/matters/", {"state": "submitted"})
    client.get("/matters/", {"state": "assigned"})
    assert client.get("/matters/")["Location"] == "/matters/?state=assigned"  # the last one


def test_a_unit_sorting_and_filtering_the_list_still_sees_only_its_own_matters():
    people = cast()
    own = f.assigned_matter(lead=people.handler.organization, by_office=people.office)
    others = f.assigned_matter(by_office=people.office)
    client = signed_in(people.handler)
    for query in ({"sort": "number"}, {"sort": "-enterprise"}, {"sort": "state", "state": "assigned"},
                  {"sort": "-deadline", "unit": others.lead_unit_id}):
        assert others.number not in numbers_in_order(client.get("/matters/", query)), query
    assert numbers_in_order(client.get("/matters/", {"sort": "-deadline"})) == [own.number]
