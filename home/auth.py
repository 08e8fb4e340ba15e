"""The admin login's throttle (django-axes, configured in settings/base.py).

Wagtail's login view at /admin/login/ authenticates through Django's `authenticate(request, ...)`,
so django-axes counts its failures and refuses a locked-out account or address; these two pieces
adapt it to the site.
"""

import ipaddress
from datetime import timedelta

from axes.backends import AxesStandaloneBackend
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.db.models import Max, Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from home.ratelimit import client_ip, retry_phrase


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' backend, for logins that come with a request.

    Authentication without a request (a management command, the test client's `login()`) is
    not reachable from outside, so there is nothing to throttle: it passes to the next backend
    instead of failing as AxesStandaloneBackend would."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        # Sessions made by force_login with the first backend (Wagtail's page test helpers do)
        # name this one; the users are ModelBackend's.
        return ModelBackend().get_user(user_id)


def login_client_ip(request):
    """The client's address for django-axes (AXES_CLIENT_IP_CALLABLE), the same one the form
    limits use; None when there is no valid one (a login made in code has no REMOTE_ADDR), since
    axes stores it in an IP address column."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _lock_ends_at(request, credentials):
    """When the last counted failure of this account or address stops counting."""
    username = (credentials or {}).get("username") or request.POST.get("username")
    cool_off = settings.AXES_COOLOFF_TIME or timedelta(0)
    last_failure = AccessAttempt.objects.filter(
        Q(username=username) | Q(ip_address=login_client_ip(request))
    ).aggregate(last=Max("attempt_time"))["last"]
    return (last_failure or timezone.now()) + cool_off


def login_locked_out(request, original_response=None, credentials=None):
    """The answer to a locked-out login (AXES_LOCKOUT_CALLABLE): Wagtail's own login page with
    a Polish message that says when to try again, status 429."""
    message = " ".join(
        [
            _("Too many failed login attempts for this account or from your network address."),
            retry_phrase(_lock_ends_at(request, credentials)),
        ]
    )
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if form is None or not form.is_bound:
        return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    form.errors.clear()
    form.add_error(None, message)
    response = TemplateResponse(request, original_response.template_name, context, status=429)
    return response.render()  # the middleware that asked for it sits after the renderer
