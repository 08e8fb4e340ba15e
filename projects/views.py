"""HTTP for meetings: the meeting page with its registration form, its .ics and the confirmation.

Routed by ProjectPage (RoutablePageMixin); these functions only translate HTTP to the service.
"""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ngomap.selectors import map_page_url

from .forms import MeetingRegistrationForm
from .services import RegistrationError, meeting_ical_bytes, meeting_register


def _context(request, *, project, meeting, **extra):
    context = project.get_context(request)
    context.update(
        meeting=meeting,
        map_url=meeting.map_url(map_page_url=map_page_url(request=request)),
        ical_url=project.meeting_url(meeting, "meeting_ical"),
        **extra,
    )
    return context


def _meeting_trail(meeting):
    return [(f"{meeting.date:%d.%m.%Y} – {meeting.topic}", "")]


def meeting_detail(request, *, project, meeting):
    form = None
    if meeting.accepts_registrations and not meeting.is_full:
        form = MeetingRegistrationForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            # The form posts to #bledy-formularza; a fragment of our own keeps it off the next page.
            confirmation_url = project.meeting_url(meeting, "meeting_confirmation") + "#main"
            if form.is_spam():
                return redirect(confirmation_url)
            data = form.cleaned_data
            try:
                meeting_register(
                    meeting=meeting,
                    name=data["name"],
                    organisation=data["organisation"],
                    email=data["email"],
                    phone=data["phone"],
                    accessibility_needs=data["accessibility_needs"],
                    consent=data["consent"],
                    url=request.build_absolute_uri(project.meeting_url(meeting)),
                )
            except RegistrationError as error:
                form.add_error(error.field, str(error.args[0]))
            else:
                return redirect(confirmation_url)
    response = TemplateResponse(
        request,
        "projects/meeting_page.html",
        _context(
            request,
            project=project,
            meeting=meeting,
            form=form,
            breadcrumb_trail=_meeting_trail(meeting),
        ),
    )
    if form is not None and form.errors:
        response.status_code = 400
    return response


def meeting_ical(request, *, project, meeting):
    url = request.build_absolute_uri(project.meeting_url(meeting))
    response = HttpResponse(
        meeting_ical_bytes(meeting=meeting, url=url), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="spotkanie-{meeting.pk}.ics"'
    return response


def meeting_confirmation(request, *, project, meeting):
    return TemplateResponse(
        request,
        "projects/meeting_confirmation.html",
        _context(
            request,
            project=project,
            meeting=meeting,
            breadcrumb_trail=[
                (_meeting_trail(meeting)[0][0], project.meeting_url(meeting)),
                (_("Attendance confirmed"), ""),
            ],
        ),
    )
