"""The demo's auditor: ``auditor`` reads the log the demo's own building wrote (/audit/)."""

from huishang.directory.models import Role

DEMO_USERNAMES = {"auditor"}


def build_demo(accounts, rng) -> None:
    accounts.demo("auditor", role=Role.AUDITOR, name="审计员 孙静")
