"""Browser checks shared by every page-type test: launching the system Chromium, axe-core, keyboard walks.

The fixtures that use these live in tests/browser/conftest.py.
"""

import json
import os
from contextlib import contextmanager

from django.db import connections

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import sync_playwright

# Headless Chromium as it runs in containers and CI: no sandbox (often no user namespaces), no GPU, and
# none of the background traffic a fresh profile makes.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no separate "wcag22a" tag).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Enough to show the element and its failing attribute without flooding the report.
SNIPPET_LENGTH = 200


@contextmanager
def django_friendly_playwright():
    """Playwright's sync API, started so that the test thread keeps using Django's test database.

    While Playwright runs it keeps an asyncio loop running in this thread, and Django reacts in two ways:
    it refuses ORM calls ("you cannot call this from an async context"), and it keeps this thread's
    database connections in a separate store, so the test would open fresh connections instead of the
    test database's own (and lose what they carry, such as the data serialized for serialized_rollback).
    The tests are not async: allow the calls and put the existing connections back, until Playwright stops.
    """
    existing_connections = {alias: connections[alias] for alias in connections}
    previous_setting = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            for alias, connection in existing_connections.items():
                connections[alias] = connection
            yield playwright
    finally:
        if previous_setting is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous_setting


def launch_chromium(playwright, executable_path):
    return playwright.chromium.launch(executable_path=executable_path, headless=True, args=CHROMIUM_ARGS)


def axe_violations(page, context=None):
    """Run axe-core on the page as it is now and return its violations (a list of axe result dicts).

    `context` narrows the check to part of the page, as axe.run's first argument does
    (a selector, or {"include": [...], "exclude": [...]}).
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations", "incomplete"]}
    results = page.evaluate(
        "([context, options]) => window.axe.run(context || document, options)",
        [context, options],
    )
    return results["violations"] + invisible_text(results["incomplete"])


def invisible_text(incomplete):
    """Text drawn in its background's colour, which nobody can read.

    axe only asks for a review of it ("equalRatio"), in case it is hidden on purpose; text is never hidden
    that way here (screen-reader-only text uses nhsuk-u-visually-hidden), so it counts as a violation.
    """
    found = []
    for result in incomplete:
        if result["id"] != "color-contrast":
            continue
        nodes = [
            node
            for node in result["nodes"]
            if any((check.get("data") or {}).get("messageKey") == "equalRatio" for check in node["any"])
        ]
        if nodes:
            found.append(
                {**result, "impact": "serious", "help": "Text is the same colour as its background", "nodes": nodes}
            )
    return found


def format_violations(violations):
    """A readable report: one paragraph per rule, with each failing element's selector and HTML."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    at {json.dumps(node['target'])}")
            lines.append(f"       {node['html'][:SNIPPET_LENGTH]}")
            summary = node.get("failureSummary")
            if summary:
                lines.extend(f"       {line}" for line in summary.splitlines())
    return "\n".join(lines)


def assert_no_axe_violations(page, context=None):
    violations = axe_violations(page, context)
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{format_violations(violations)}"


FOCUSED_ELEMENT_JS = """() => {
    const el = document.activeElement;
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
    return {tag: el.tagName.toLowerCase(), id: el.id, href: el.getAttribute('href'), text: text.slice(0, 60)};
}"""


def focused_element(page):
    """What has the keyboard focus: {"tag", "id", "href", "text"}."""
    return page.evaluate(FOCUSED_ELEMENT_JS)


def tab_until(page, locator, max_presses=40):
    """Press Tab until `locator` has the keyboard focus; return every element focused on the way, in order,
    the last one being `locator`'s.

    Fails, showing where the focus went, if the element is not reached within `max_presses` presses.
    """
    path = []
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        path.append(focused_element(page))
        if locator.evaluate("el => el === document.activeElement"):
            return path
    steps = "\n".join(f"  {step}" for step in path)
    raise AssertionError(f"{locator} not reached after {max_presses} Tab presses; the focus went to:\n{steps}")


def tab_to_and_press(page, locator, key="Enter", max_presses=200):
    """Reach `locator` with Tab (see tab_until), then press `key` on it."""
    tab_until(page, locator, max_presses=max_presses)
    page.keyboard.press(key)


def press_on(page, selector, key="Space", max_presses=200):
    """tab_to_and_press on the first element matching the CSS `selector`: Space ticks a box or a radio."""
    tab_to_and_press(page, page.locator(selector).first, key=key, max_presses=max_presses)
