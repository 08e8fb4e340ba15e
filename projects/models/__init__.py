"""Projects: the index, the project pages, partners, meetings and registrations for them.

Page tree: HomePage → ProjectIndexPage (one) → ProjectPage; HomePage → UpcomingMeetingsPage (one).
Meetings are edited inline on their project page (an InlinePanel); registrations come from the
public form through `projects.services.meeting_register` and are listed in the admin under
"Meeting registrations" (wagtail_hooks.py) for staff with the view permission only.
"""

from .meetings import Meeting
from .pages import (
    MEETINGS_PER_PAGE,
    PROJECTS_PER_PAGE,
    MeetingPageMixin,
    ProjectIndexPage,
    ProjectPage,
    UpcomingMeetingsPage,
)
from .partners import Partner, ProjectPartner
from .registrations import MeetingRegistration

__all__ = [
    "Partner",
    "ProjectPartner",
    "Meeting",
    "MeetingRegistration",
    "PROJECTS_PER_PAGE",
    "MEETINGS_PER_PAGE",
    "ProjectIndexPage",
    "MeetingPageMixin",
    "ProjectPage",
    "UpcomingMeetingsPage",
]
