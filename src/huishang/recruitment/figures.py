"""Recruitment figures for ``huishang stats employment``, counted from the events held in the period.

- events: recruitment events other than campus sessions (job fairs, recruitment weeks, night markets …);
  intentions: employment intentions reached at them.
- campus_events: campus recruitment sessions; campus_intentions: intentions reached there;
  universities: distinct universities that held them.
- positions: positions collected from employers at all these events; employers: distinct employers.
"""

from django.db.models import Count, Q

from huishang.figures.selectors import Scope
from huishang.recruitment.models import Event, Intention, Participation, Position


def recruitment_figures(scope: Scope) -> dict:
    events = Event.objects.filter(scope.day_range("held_on"), scope.within("region"))
    campus = Q(kind=Event.Kind.CAMPUS)
    counts = events.aggregate(events=Count("pk", filter=~campus), campus_events=Count("pk", filter=campus),
                              universities=Count("university", distinct=True))
    intentions = Intention.objects.filter(participation__event__in=events)
    return {
        "events": counts["events"],
        "intentions": intentions.exclude(participation__event__kind=Event.Kind.CAMPUS).count(),
        "campus_events": counts["campus_events"],
        "campus_intentions": intentions.filter(participation__event__kind=Event.Kind.CAMPUS).count(),
        "universities": counts["universities"],
        "positions": Position.objects.filter(participation__event__in=events).count(),
        "employers": Participation.objects.filter(event__in=events).values("employer").distinct().count(),
    }
