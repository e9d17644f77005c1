"""Time django-helpdesk's equivalents of Huishang's operations, through its own staff views, in-process.

    DATABASE_URL=... bench/.venv-helpdesk/bin/python bench/helpdesk_project/ops.py --database sqlite [--json FILE]

Operation names are Huishang's: list_open (a queue's open tickets, the JSON its ticket list loads),
matter_page (a ticket's page), search (the ticket list's keyword search), dashboard_all (the
staff dashboard), create (the staff form), transition (a status change with its follow-up); beside
Huishang's HTML pages: page_workbench (the staff dashboard, helpdesk's landing page), page_matter_list (the
ticket list page and the rows it loads), page_matter, page_new_matter (the submit form) and page_create.
"""

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from timing import RUNS, expect, measure, result, serve, write  # noqa: E402

SEARCH_WORDS = ["技工", "贷款", "供电", "补助资金"]


def operations() -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client
    from helpdesk.models import Queue, Ticket
    from helpdesk.query import query_to_base64

    client = Client()
    client.force_login(get_user_model().objects.get(username="bench-staff"))
    queues = list(Queue.objects.values_list("pk", flat=True))
    last = Ticket.objects.order_by("-pk").values_list("pk", flat=True).first()
    ticket_ids = [1 + (last * k) // 97 % last for k in range(1, 98)]
    open_tickets = list(Ticket.objects.filter(status=Ticket.OPEN_STATUS).order_by("-pk")
                        .values_list("pk", "queue", "title", "priority", "submitter_email")[:200])

    def datatable(filtering: dict, search: str = ""):
        query = query_to_base64({"filtering": filtering, "filtering_null": {}, "sorting": "created",
                                 "sortreverse": True, "search_string": search})
        return expect(client.get(f"/helpdesk/datatables_ticket_list/{query}",
                                 {"draw": 1, "start": 0, "length": 20}), 200)

    def create(i):
        expect(client.post("/helpdesk/tickets/submit/", {
            "queue": queues[i % len(queues)], "title": f"压测新增诉求{i}：厂区周边道路照明不足",
            "body": "夜班职工通勤存在安全隐患，希望协调增设路灯。", "priority": 3,
            "submitter_email": "contact@bench.invalid",
        }), 302)

    def transition(i):
        # The update form re-posts the ticket's own fields with the new status, as the ticket page does.
        ticket, queue, title, priority, email = open_tickets[i % len(open_tickets)]
        expect(client.post(f"/helpdesk/tickets/{ticket}/update/", {
            "queue": queue, "title": title, "priority": priority, "submitter_email": email,
            "new_status": Ticket.RESOLVED_STATUS if i < len(open_tickets) else Ticket.REOPENED_STATUS,
            "comment": "已办结", "public": 1,
        }), 302)

    def ticket_list(i):
        # What a person waits for: the list page, then the rows its table loads.
        expect(client.get("/helpdesk/tickets/"), 200)
        datatable({"status__in": [1, 2]})

    def ticket_page(i):
        expect(client.get(f"/helpdesk/tickets/{ticket_ids[i % len(ticket_ids)]}/"), 200)

    def dashboard(i):
        expect(client.get("/helpdesk/dashboard/"), 200)

    return {
        # Huishang's pages beside helpdesk's: its staff landing page is the dashboard, a ticket's page the matter's.
        "page_workbench": dashboard,
        "page_matter_list": ticket_list,
        "page_matter": ticket_page,
        "page_new_matter": lambda i: expect(client.get("/helpdesk/tickets/submit/"), 200),
        "page_create": create,
        "list_open": lambda i: datatable({"queue__id__in": [queues[i % len(queues)]], "status__in": [1, 2]}),
        "matter_page": ticket_page,
        "search": lambda i: datatable({"status__in": [1, 2, 3, 4, 5]}, SEARCH_WORDS[i % len(SEARCH_WORDS)]),
        "dashboard_all": dashboard,
        "create": create,
        "transition": transition,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, choices=["sqlite", "postgresql"])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", nargs="*", help="operation names to time (default: all)")
    parser.add_argument("--json")
    parser.add_argument("--serve", action="store_true", help="time on request from standard input (bench/run)")
    options = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    import django

    django.setup()
    if options.serve:
        return serve(operations())
    rows = [result(name, "django-helpdesk", options.database, measure(operation, runs=options.runs))
            for name, operation in operations().items() if not options.only or name in options.only]
    write(rows, options.json)


if __name__ == "__main__":
    main()
