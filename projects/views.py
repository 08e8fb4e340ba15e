"""HTTP for meetings: the meeting page with its registration form, its .ics and the confirmation.

Routed by the page the meeting belongs to (a ProjectPage or a ConsultationPage, through
MeetingPageMixin); these functions only translate HTTP to the service.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.models import ContentPage
from home.ratelimit import form_counters, submission_count, submission_refusal, target_counter
from ngomap.selectors import map_page_url

from .forms import MeetingRegistrationForm
from .services import RegistrationError, meeting_ical_bytes, meeting_register


def _context(request, *, page, meeting, **extra):
    # The page's own context without its listings (meetings, partners, news, the draft), which
    # the meeting page does not show.
    context = ContentPage.get_context(page, request)
    context.update(
        meeting=meeting,
        map_url=meeting.map_url(map_page_url=map_page_url(request=request)),
        ical_url=page.meeting_url(meeting, "meeting_ical"),
        **extra,
    )
    return context


def _registration_limits(request, *, meeting, email):
    return [
        target_counter(
            request=request,
            scope="meeting-registration",
            target=f"meeting-{meeting.pk}",
            limit=settings.RATE_LIMIT_REGISTRATION_PER_ADDRESS_PER_MEETING,
            until=meeting.ends_at,
        ),
        *form_counters(request=request, scope="meeting-registration", email=email),
    ]


def _meeting_trail(meeting):
    return [(f"{meeting.date:%d.%m.%Y} – {meeting.topic}", "")]


def meeting_detail(request, *, page, meeting):
    form = None
    if meeting.accepts_registrations and not meeting.is_full:
        form = MeetingRegistrationForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            # The form posts to #bledy-formularza; a fragment of our own keeps it off the next page.
            confirmation_url = page.meeting_url(meeting, "meeting_confirmation") + "#main"
            data = form.cleaned_data
            limits = _registration_limits(request, meeting=meeting, email=data["email"])
            refusal = submission_refusal(limits)
            if refusal:
                form.add_error(refusal.field, refusal.message)
            elif form.is_spam():
                submission_count(limits)
                return redirect(confirmation_url)
            else:
                try:
                    meeting_register(
                        meeting=meeting,
                        name=data["name"],
                        organisation=data["organisation"],
                        email=data["email"],
                        phone=data["phone"],
                        accessibility_needs=data["accessibility_needs"],
                        consent=data["consent"],
                        url=request.build_absolute_uri(page.meeting_url(meeting)),
                    )
                except RegistrationError as error:
                    form.add_error(error.field, str(error.args[0]))
                else:
                    submission_count(limits)
                    return redirect(confirmation_url)
    response = TemplateResponse(
        request,
        "projects/meeting_page.html",
        _context(
            request,
            page=page,
            meeting=meeting,
            form=form,
            breadcrumb_trail=_meeting_trail(meeting),
        ),
    )
    if form is not None and form.errors:
        response.status_code = 400
    return response


def meeting_ical(request, *, page, meeting):
    url = request.build_absolute_uri(page.meeting_url(meeting))
    response = HttpResponse(
        meeting_ical_bytes(meeting=meeting, url=url), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="spotkanie-{meeting.pk}.ics"'
    return response


def meeting_confirmation(request, *, page, meeting):
    return TemplateResponse(
        request,
        "projects/meeting_confirmation.html",
        _context(
            request,
            page=page,
            meeting=meeting,
            breadcrumb_trail=[
                (_meeting_trail(meeting)[0][0], page.meeting_url(meeting)),
                (_("Attendance confirmed"), ""),
            ],
        ),
    )
