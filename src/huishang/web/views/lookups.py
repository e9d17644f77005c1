"""Reading the objects a URL names, through the selectors, so that what a user may not see is 404."""

from django.http import Http404

from huishang.cases.selectors import get_visible_matter
from huishang.meetings.selectors import visible_meetings


def matter_or_404(user, number):
    matter = get_visible_matter(user, number)
    if matter is None:
        raise Http404
    return matter


def meeting_or_404(user, pk):
    meeting = visible_meetings(user).filter(pk=pk).first()
    if meeting is None:
        raise Http404
    return meeting
