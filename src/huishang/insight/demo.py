"""The demo's insight: routing learnt from the demo's own history and hot issues grouped once when the demo is
built, as an operator's `huishang insight train` and the worker (within 15 minutes) would, so that a matter page
suggests a category and lead unit and the hot-issues page has its groups from the first visit."""

from huishang.insight.hot_runs import compute_hot_issues
from huishang.insight.routing.training import train_routing

DEMO_USERNAMES: set[str] = set()


def build_demo(accounts, rng) -> None:
    train_routing()
    compute_hot_issues()
