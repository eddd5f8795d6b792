"""Playwright drives Debian's Chromium against Django's live server.

In CI a missing browser fails the run; on a laptop without Chromium the browser tests
are skipped with a message saying how to install it.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.fixtures.people import authenticator_app, code_from

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to
# run inside one unless told the test is single-threaded on purpose.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
BLOCKING_IMPACTS = {"serious", "critical"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        pytest.exit(f"CI needs Chromium at {CHROMIUM} for the browser tests", 1)
    skip = pytest.mark.skip(
        reason=f"No Chromium at {CHROMIUM}: run `make browser` (apt-get install "
        "chromium) to run the browser tests."
    )
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM)}


@pytest.fixture
def phone(page):
    """A page at the width of a cheap phone."""
    page.set_viewport_size({"width": 360, "height": 740})
    return page


@pytest.fixture
def foreign_requests(page, live_server):
    """Every request the page makes to a host other than ours."""
    seen = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((live_server.url, "data:", "blob:"))
            else seen.append(request.url)
        ),
    )
    return seen


def sign_in_to_admin(page, live_server, user, password):
    """Sign in as a person does: the password, then a code from their app (made
    for them if they have none)."""
    device = authenticator_app(user)
    page.goto(f"{live_server.url}/admin/")
    page.locator("#id_username").fill(user.get_username())
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/admin/two-step/verify/*")
    page.locator("#id_otp_token").fill(code_from(device))
    page.locator("button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")


def assert_no_serious_axe_violations(page):
    results = Axe().run(page)
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert blocking == [], blocking


def assert_fits_a_phone(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a phone"
