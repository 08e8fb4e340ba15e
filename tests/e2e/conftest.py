"""Browser tests: Playwright drives Debian's chromium against pytest-django's live server.

No browser is downloaded: the tests use the system's chromium, and fail (never skip) when it is
missing, so that CI cannot go green without running them.

Pages run under the site's Content-Security-Policy, which refuses eval: give
`page.wait_for_function` a function ("() => ..."), never a bare expression, which Playwright
would evaluate with eval.
"""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make around
# it are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_CANDIDATES = ["chromium", "chromium-browser", "google-chrome"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path():
    explicit = os.environ.get("CHROMIUM_PATH")
    if explicit:
        return explicit
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        pytest.fail("No chromium found: install Debian's 'chromium' package (make test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="pl-PL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        locale="pl-PL", viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def assert_no_serious_axe_violations(page):
    """axe-core on the page once its CSS transitions have ended: Leaflet fades a popup in and
    Wagtail's admin its messages (opacity), and a contrast measured mid-fade is a false failure.
    (Looping animations, such as the admin's badge pulse, are not waited for.)"""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_function(
        "() => document.getAnimations().every((animation) =>"
        " !(animation instanceof CSSTransition) || animation.playState !== 'running')"
    )
    results = Axe().run(page)
    serious = [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in {"serious", "critical"}
    ]
    details = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in serious
    )
    assert serious == [], details
