"""The admin half of the production check: a user of each staff group logs in and opens every
admin page the project adds; 200 where the group may see it, 302/403 where it may not."""

import secrets
from concurrent.futures import ThreadPoolExecutor

from tests.production.browser import Browser, FormParser


def staff_users(where):
    """One user per staff group (and a superuser), with fresh passwords."""
    from django.contrib.auth.models import Group, User

    from home.groups import EDITORS, MODERATORS

    users = {}
    for role, group_name in (
        ("advisory point", "Punkt doradczy"),
        ("advisor", "Doradcy"),
        ("moderator", MODERATORS),
        ("editor", EDITORS),
        ("superuser", None),
    ):
        password = secrets.token_urlsafe(16)
        username = "check-" + role.replace(" ", "-")
        user = User.objects.filter(username=username).first() or User(username=username)
        user.set_password(password)
        user.is_superuser = user.is_staff = group_name is None
        user.save()
        if group_name:
            user.groups.set([Group.objects.get(name=group_name)])
        users[role] = (user, password)
    advisor = where.get("booked_advisor") or where["Advisor"].objects.first()
    advisor.user = users["advisor"][0]
    advisor.save(update_fields=["user"])
    where["linked_advisor"] = advisor
    return users


ALL = {"advisory point", "advisor", "moderator", "editor", "superuser"}
ADVISORY_STAFF = {"advisory point", "superuser"}
BOOKINGS = {"advisory point", "advisor", "superuser"}
EDITORIAL = {"moderator", "editor", "superuser"}
SUPERUSER = {"superuser"}


def admin_pages(where):
    """Every admin page the project adds, with who may open it."""
    from advisory.models import AvailabilityRule, Closure, Topic
    from home.models import OutboxEmail
    from projects.models import MeetingRegistration, Partner

    Booking = where["Booking"]
    site = where["site"]
    organization = where["organization"]
    own = where.get("booking") or Booking.objects.filter(advisor=where["linked_advisor"]).first()
    others = Booking.objects.exclude(advisor=where["linked_advisor"]).first()
    pages = {
        "/admin/": ALL,
        "/admin/advisory/booking/": BOOKINGS,
        "/admin/advisory/booking/create/": set(),  # bookings are made only by booking_create
        "/admin/advisory/booking/?export=csv": BOOKINGS,
        "/admin/advisory/booking/?export=xlsx": BOOKINGS,
        "/admin/advisory/calendar/": BOOKINGS,
        "/admin/advisory/statistics/": ADVISORY_STAFF,
        "/admin/advisory/statistics/?format=csv": ADVISORY_STAFF,
        "/admin/advisory/book/": ADVISORY_STAFF,
        f"/admin/settings/advisory/bookingpolicy/{site.pk}/": ADVISORY_STAFF,
        f"/admin/settings/home/sitesettings/{site.pk}/": SUPERUSER,
        "/admin/snippets/ngomap/organization/": EDITORIAL,
        "/admin/snippets/ngomap/organization/?export=csv": EDITORIAL,
        "/admin/snippets/ngomap/organization/add/": EDITORIAL,
        f"/admin/snippets/ngomap/organization/edit/{organization.pk}/": EDITORIAL,
        f"/admin/snippets/ngomap/organization/inspect/{organization.pk}/": EDITORIAL,
        f"/admin/snippets/ngomap/organization/history/{organization.pk}/": EDITORIAL,
        "/admin/snippets/projects/partner/": SUPERUSER,
        "/admin/snippets/projects/partner/add/": SUPERUSER,
        "/admin/snippets/projects/meetingregistration/": SUPERUSER,
        "/admin/snippets/projects/meetingregistration/?export=csv": SUPERUSER,
        "/admin/outbox_emails/": SUPERUSER,
        "/admin/pages/": EDITORIAL,
    }
    if own is not None:
        pages[f"/admin/advisory/booking/inspect/{own.pk}/"] = BOOKINGS
        pages[f"/admin/advisory/booking/edit/{own.pk}/"] = BOOKINGS
    if others is not None:
        pages[f"/admin/advisory/booking/inspect/{others.pk}/"] = ADVISORY_STAFF
    for model in (Topic, where["Advisor"], AvailabilityRule, Closure):
        base = f"/admin/advisory/{model._meta.model_name}/"
        pages[base] = ADVISORY_STAFF
        pages[base + "create/"] = ADVISORY_STAFF
        first = model.objects.first()
        if first is not None:
            pages[f"{base}edit/{first.pk}/"] = ADVISORY_STAFF
    for model, url in (
        (Partner, "/admin/snippets/projects/partner/edit/{}/"),
        (MeetingRegistration, "/admin/snippets/projects/meetingregistration/edit/{}/"),
        (OutboxEmail, "/admin/outbox_emails/inspect/{}/"),
    ):
        first = model.objects.first()
        if first is not None:
            pages[url.format(first.pk)] = SUPERUSER
    # The edit and create views of each page type: the panels' widgets and their static files.
    from wagtail.models import Page

    parents = list(Page.objects.filter(depth__gt=1).specific().order_by("path"))
    for model in sorted(where["page_models"], key=lambda model: model.__name__):
        page = Page.objects.type(model).exact_type(model).order_by("path").first()
        if page is not None:
            pages[f"/admin/pages/{page.pk}/edit/"] = EDITORIAL
        parent = next((parent for parent in parents if model.can_create_at(parent)), None)
        if parent is not None:
            meta = model._meta
            pages[f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"] = EDITORIAL
    return pages


def check_admin(report, base_url, where):
    users = staff_users(where)
    pages = admin_pages(where)
    # One staff member at a time would leave gunicorn's other workers idle.
    with ThreadPoolExecutor(max_workers=3) as pool:
        for future in [
            pool.submit(check_admin_as, report, base_url, pages, role, user, password, number)
            for number, (role, (user, password)) in enumerate(users.items(), start=10)
        ]:
            future.result()


def check_admin_as(report, base_url, pages, role, user, password, number):
    section = f"admin as {role}"
    browser = Browser(base_url, client_ip=f"192.0.2.{number}")
    login = browser.get("/admin/login/")
    report.check(section, "the login page answers 200", login.status == 200, login.status)
    _action, fields = FormParser.post_form(login.text, "password")
    fields.update(username=user.username, password=password, next="/admin/")
    response = browser.post("/admin/login/", fields)
    session_cookie = next(
        (c for c in response.headers.get_all("Set-Cookie") or [] if c.startswith("sessionid=")), ""
    )
    report.check(
        section,
        "the session cookie is Secure and HttpOnly",
        "secure" in session_cookie.lower() and "httponly" in session_cookie.lower(),
        session_cookie,
    )
    if report.check(
        section,
        "logs in through /admin/login/",
        response.status == 302 and "sessionid" in browser.cookies,
        response.status,
    ):
        for url, allowed in pages.items():
            response = browser.get(url)
            location = response.header("Location")
            if role in allowed:
                report.check(
                    section,
                    f"{url} answers 200",
                    response.status == 200,
                    f"{response.status} {location}",
                )
            else:
                report.check(
                    section,
                    f"{url} is refused",
                    response.status == 403
                    or (response.status == 302 and "/admin/login/" not in location),
                    f"{response.status} {location}",
                )
