"""The advisory point: topics, advisors, their availability, closures and bookings.

Topics, advisors, rules, closures and bookings are managed with wagtail-modeladmin
(advisory/wagtail_hooks.py); the booking policy is a site setting; the public flow lives on the
AdvisoryPage. Bookings are only ever made by `advisory.services.booking_create`.
"""

from .advisors import Advisor, Mode, Topic
from .availability import AvailabilityRule, Closure, Weekday
from .bookings import Booking, BookingPolicy, BookingQuerySet
from .pages import AdvisoryPage

__all__ = [
    "Mode",
    "Topic",
    "Advisor",
    "Weekday",
    "AvailabilityRule",
    "Closure",
    "BookingQuerySet",
    "Booking",
    "BookingPolicy",
    "AdvisoryPage",
]
