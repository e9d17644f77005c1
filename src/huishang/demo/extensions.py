"""The parts of the demo world that other apps add, built in this order after both seed pages.

Each entry names a module with ``build_demo(accounts: Accounts, rng: random.Random) -> None`` (it finds
what it builds on by querying the records the seed pages made) and ``DEMO_USERNAMES``, the accounts it
gives the demo password to.
"""

from importlib import import_module

MODULES = [
    "huishang.supervision.demo",
    "huishang.notifications.demo",
    "huishang.dispatch.demo",
    "huishang.butlers.demo",
    "huishang.alliances.demo",
    "huishang.suggestions.demo",
    "huishang.promotion.demo",
    "huishang.recruitment.demo",
    "huishang.employment.demo",
    "huishang.employment.internship_demo",
    "huishang.employment.cooperation_demo",
    "huishang.assessment.demo",
    "huishang.unionwork.demo",
    "huishang.ranking.demo",
    "huishang.ranking.talk_demo",
    "huishang.surveys.demo",
    "huishang.audit.demo",
    "huishang.knowledge.demo",
    # Last: it groups the matters every part before it raised.
    "huishang.insight.demo",
]


def modules():
    return [import_module(path) for path in MODULES]


def usernames() -> set[str]:
    return {username for module in modules() for username in module.DEMO_USERNAMES}
