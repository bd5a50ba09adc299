"""Render time of a module page body with and without glossary marking.

    .venv/bin/python bench/glossary.py [--renders 300]

Uses bench/settings.py (DEBUG off) on DATABASE_URL or on var/bench.sqlite3. Builds (once, kept between
runs) a module page whose body holds the blocks of every English demo module (rich text, key points,
activities, worked examples, quiz questions…) and the 33 English demo glossary terms, then renders the
body's blocks through their templates, as the module page does, for a new request each time: with
marking, with it switched off (GLOSSARY_MARKING = False), and with marking but the process's memory of
marking results (learning.glossary.memo) emptied first, as for a page's first render in a process, in
turn. Prints the median and 95th percentile of each and the differences. Target: marking adds under 10%
to the median, both on a repeat render and on a first one.
"""

import argparse
import re
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.run import set_up_django  # noqa: E402

TARGET_PERCENT = 10
SLUG = "bench-glossary-module"
BLOCK_TYPES = {
    "rich_text",
    "key_point",
    "activity",
    "worked_example",
    "quiz_question",
    "inset_text",
    "details",
    "warning_callout",
}
BODY_TEMPLATE = "{% load wagtailcore_tags %}{% for block in page.body %}{% include_block block %}{% endfor %}"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renders", type=int, default=300, help="measured renders of each kind (default 300)")
    return parser.parse_args()


def stored(value):
    """Demo block data as Wagtail stores it (list items with ids; links to demo pages left without a page)."""
    from home.demo.blocks import ListItem

    if isinstance(value, ListItem):
        return {"type": "item", "value": stored(value.value), "id": str(uuid.uuid4())}
    if isinstance(value, dict):
        return {name: stored(item) for name, item in value.items()}
    if isinstance(value, list):
        return [stored(item) for item in value]
    if isinstance(value, str):
        return re.sub(r'id="page:[^"]*"', 'id="0"', value)
    return value


def module_body():
    from learning.demo import en

    blocks = []
    for facts in en.PROGRAMMES.values():
        for key in facts["modules"]:
            blocks.extend(en.PAGES[key]["body"])
    return [
        {"type": block_type, "value": stored(value), "id": str(uuid.uuid4())}
        for block_type, value in blocks
        if block_type in BLOCK_TYPES
    ]


def build_module():
    """The bench module page and the English demo glossary terms (kept between runs)."""
    from wagtail.models import Locale

    from home.models import HomePage
    from learning.demo import en
    from learning.models import GlossaryTerm, LearningIndexPage, ModulePage, ProgrammePage
    from learning.tests.learning_pages import learning_index, programme
    from learning.tests.learning_pages import module as make_module

    english = Locale.objects.get(language_code="en")
    for words in en.GLOSSARY.values():
        if not GlossaryTerm.objects.filter(locale=english, term__iexact=words["term"]).exists():
            GlossaryTerm.objects.create(locale=english, **words)
    module = ModulePage.objects.filter(slug=SLUG).first()
    if module is None:
        home = HomePage.objects.get(locale=english)
        index = LearningIndexPage.objects.filter(slug="bench-learning").first() or learning_index(
            home, "bench-learning"
        )
        parent = ProgrammePage.objects.filter(slug="bench-programme").first() or programme(
            index, "Bench programme", "bench-programme"
        )
        module = make_module(parent, "Bench module", body=module_body(), slug=SLUG)
    return ModulePage.objects.get(pk=module.pk)


def render_once(template, page, marking, memo=True):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory, override_settings

    request = RequestFactory().get(page.url or "/")
    request.user = AnonymousUser()
    from learning.glossary import memo as marking_memo

    if not memo:
        marking_memo.clear()
    with override_settings(GLOSSARY_MARKING=marking):
        started = time.perf_counter()
        html = template.render({"page": page, "request": request}, request)
        elapsed = (time.perf_counter() - started) * 1000
    return elapsed, html


def main():
    arguments = parse_arguments()
    set_up_django()
    from django.core.management import call_command
    from django.db import connection
    from django.template import engines
    from django.utils import translation

    call_command("migrate", interactive=False, verbosity=0)
    page = build_module()
    translation.activate("en")
    template = engines["django"].from_string(BODY_TEMPLATE)
    _ms, marked_html = render_once(template, page, True)
    _ms, plain_html = render_once(template, page, False)
    marked_terms = marked_html.count("data-sbs-glossary")
    if marked_terms == 0 or "data-sbs-glossary" in plain_html:
        sys.exit("bench: marking did not behave as expected (no terms marked, or marked with it switched off).")
    for _ in range(20):
        render_once(template, page, True)
        render_once(template, page, False)
    timings = {"with": [], "without": [], "cold": []}
    kinds = {"with": (True, True), "without": (False, True), "cold": (True, False)}
    for n in range(arguments.renders):
        for kind in ("with", "without", "cold") if n % 2 else ("cold", "without", "with"):
            timings[kind].append(render_once(template, page, *kinds[kind])[0])

    def p95(values):
        return statistics.quantiles(values, n=20, method="inclusive")[18]

    def percent(value, base):
        return (value - base) / base * 100

    with_marking, without = statistics.median(timings["with"]), statistics.median(timings["without"])
    cold = statistics.median(timings["cold"])
    difference = percent(with_marking, without)
    cold_difference = percent(cold, without)
    print(
        f"\nmodule body: {len(page.body)} blocks, {len(plain_html) // 1024} KB of HTML, {marked_terms} terms marked; "
        f"{arguments.renders} renders each, database {connection.vendor}"
    )
    print(f"{'':<28}{'median ms':>12}{'p95 ms':>12}")
    print(f"{'without marking':<28}{without:>12.2f}{p95(timings['without']):>12.2f}")
    print(f"{'with marking':<28}{with_marking:>12.2f}{p95(timings['with']):>12.2f}")
    print(f"{'with marking, memo emptied':<28}{cold:>12.2f}{p95(timings['cold']):>12.2f}")
    print(f"\n{'added by marking':<28}{'median':>12}{'p95':>12}")
    for label, kind, median_difference in (
        ("repeat render (memo kept)", "with", difference),
        ("first render (memo emptied)", "cold", cold_difference),
    ):
        p95_difference = percent(p95(timings[kind]), p95(timings["without"]))
        print(f"{label:<28}{median_difference:>+11.1f}%{p95_difference:>+11.1f}%")
    print(f"\ntarget: under {TARGET_PERCENT}% added to the median")
    for label, median_difference in (("repeat render", difference), ("first render in a process", cold_difference)):
        print(f"  {label:<26}{'met' if median_difference < TARGET_PERCENT else 'NOT met'}")


if __name__ == "__main__":
    main()
