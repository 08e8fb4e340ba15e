"""Public consultations: the index, the consultation pages, the draft's units, comments.

Page tree: HomePage → ConsultationIndexPage (one) → ConsultationPage. The draft is a list of
`DraftUnit` rows (chapter, §, ust., pkt) outside the page's revisions, so publishing an older
revision can never delete a unit that comments point to; editors paste the whole draft as text
(admin → Konsultacje → "Wklej projekt") or edit single units. A `Submission` is one filled-in
comment form (the organisation and its contact person: personal data); its `Comment` rows each
point to a unit (or none: a general comment) and carry the city's position. Both are written only
by `consultations.services`; the consultation team group sees them in the admin (wagtail_hooks.py).
"""

from .comments import Comment, Submission
from .drafts import DraftUnit
from .pages import (
    CONSULTATIONS_PER_PAGE,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationState,
    next_midnight,
)
from .subscriptions import Subscriber

__all__ = [
    "Subscriber",
    "CONSULTATIONS_PER_PAGE",
    "ConsultationState",
    "next_midnight",
    "ConsultationIndexPage",
    "ConsultationPage",
    "DraftUnit",
    "Submission",
    "Comment",
]
