"""The kinds of notification (events) the apps send, each with the label a user reads in their preferences.

An event is "<app>.<name>". Each app declares its events in its own ``notices`` module, which the
notifications app imports when Django starts (``apps.NotificationsConfig.ready``), so that the
preferences page and the API list every kind without the notifications app knowing the domain apps.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    name: str
    label: str
    # The roles that may receive it: the preferences offer each account only these (empty: every role).
    roles: frozenset = frozenset()

    def reaches(self, user) -> bool:
        return not self.roles or user.role in self.roles


_registered: dict[str, Event] = {}


def register(name: str, label, *, roles=()) -> Event:
    """Declare an event kind; declaring it again (a module imported twice) keeps one."""
    event = Event(name=name, label=label, roles=frozenset(roles))
    _registered[name] = event
    return event


def every() -> list[Event]:
    return list(_registered.values())


def of(user) -> list[Event]:
    """The kinds ``user`` may receive, in the order the apps declared them."""
    return [event for event in _registered.values() if event.reaches(user)]


def named(name: str) -> Event | None:
    return _registered.get(name)
