"""The demo's hot issues: grouped once when the demo is built, as the worker would within 15 minutes, so
that the page has them from the first visit."""

from huishang.insight.hot_runs import compute_hot_issues

DEMO_USERNAMES: set[str] = set()


def build_demo(accounts, rng) -> None:
    compute_hot_issues()
