"""The caller's to-do list over the API (GET /api/v1/workbench), the same as the web workbench's."""

import datetime

from ninja import Router, Schema

from huishang.todos.services import todos_of

router = Router(tags=["workbench"])


class TodoOut(Schema):
    kind: str
    label: str
    matter: str
    title: str
    state: str
    due: datetime.date | None
    working_days_left: int | None
    overdue: bool
    link: str


@router.get("", response=list[TodoOut], summary="我的待办 / My to-dos",
            description="What waits on the caller: matters to sign for, answer, review, accept or dispatch; "
                        "requests to decide; escalations; follow-ups due. The earliest deadline first, with the "
                        "working days left (negative once past); items without a deadline last.")
def my_todos(request):
    return [{"kind": todo.kind, "label": todo.label, "matter": todo.matter.number, "title": todo.matter.title,
             "state": todo.matter.state, "due": todo.due, "working_days_left": todo.days_left,
             "overdue": todo.overdue, "link": todo.link} for todo in todos_of(request.auth)]
