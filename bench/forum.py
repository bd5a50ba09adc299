"""Render time of the forum's biggest pages: a topic with 1,000 replies, a category with 5,000 topics, and a
topic with 10 replies for comparison.

    .venv/bin/python bench/forum.py [--renders 100]

Uses bench/settings.py (DEBUG off) on DATABASE_URL or on var/bench.sqlite3 (migrated first). Builds once,
and keeps between runs, a forum page ("bench-forum") under the English home page with one category of
5,000 topics (bulk-created), one topic with 1,000 live replies (some hidden) and one with 10. Each page is
fetched through Django's test client as a guest (the whole request: middleware, routing, queries and
templates), the last page of posts for the topics and the second page of topics for the category, after
10 warm-up requests. Prints the median and 95th percentile in milliseconds and the queries per request.
Target: the three pages within 2× of each other, since each costs a constant number of queries.
"""

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.run import set_up_django  # noqa: E402

SLUG = "bench-forum"
TOPICS = 5000
BIG_REPLIES = 1000
SMALL_REPLIES = 10


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renders", type=int, default=100, help="measured renders of each page (default 100)")
    return parser.parse_args()


def build():
    """The bench forum, its category and its two topics (made once)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from community.forum import counters
    from community.models import ForumCategory, ForumIndexPage, ForumPost, ForumTopic, PostStatus
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    index = ForumIndexPage.objects.filter(slug=SLUG).first()
    if index is None:
        index = home.add_child(instance=ForumIndexPage(title="Bench forum", slug=SLUG))
    category = ForumCategory.objects.filter(slug=SLUG, locale=home.locale).first()
    if category is not None:
        topics = ForumTopic.objects.filter(category=category)
        return index, category, topics.get(title="Bench big topic"), topics.get(title="Bench small topic")
    print("Building the bench forum (once)…", flush=True)
    user_model = get_user_model()
    authors = [
        user_model.objects.get_or_create(username=f"bench-forum-{n}", defaults={"first_name": f"Bench {n}"})[0]
        for n in range(10)
    ]
    now = timezone.now()
    with transaction.atomic():
        category = ForumCategory.objects.create(name="Bench category", slug=SLUG, locale=home.locale)
        ForumTopic.objects.bulk_create(
            ForumTopic(
                category=category,
                author=authors[n % 10],
                title=f"Bench topic {n}",
                is_visible=True,
                reply_count=n % 9,
                last_post_at=now - datetime.timedelta(minutes=n),
            )
            for n in range(TOPICS)
        )
        made = []
        for title, replies in (("Bench big topic", BIG_REPLIES), ("Bench small topic", SMALL_REPLIES)):
            topic = ForumTopic.objects.create(category=category, author=authors[0], title=title)
            start = now - datetime.timedelta(days=3)
            ForumPost.objects.bulk_create(
                ForumPost(
                    topic=topic,
                    author=authors[n % 10],
                    is_opening=n == 0,
                    body=f"Post number {n} with a *little* Markdown and a [link](https://example.org/).",
                    body_html=(
                        f"<p>Post number {n} with a <em>little</em> Markdown and a "
                        '<a href="https://example.org/" rel="nofollow ugc noopener">link</a>.</p>'
                    ),
                    status=PostStatus.HIDDEN if n % 97 == 5 else PostStatus.LIVE,
                    created_at=start + datetime.timedelta(seconds=n),
                )
                for n in range(replies + 1)
            )
            counters.refresh_topic(topic)
            made.append(topic)
    return index, category, made[0], made[1]


def measure(client, url, renders):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _n in range(10):
        assert client.get(url).status_code == 200, url
    times = []
    for _n in range(renders):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return statistics.median(times), statistics.quantiles(times, n=20, method="inclusive")[18], len(captured)


def main():
    arguments = parse_arguments()
    set_up_django()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", interactive=False, verbosity=0)
    index, category, big, small = build()
    client = Client(HTTP_HOST="localhost")
    base = index.url
    rows = [
        (f"topic, {BIG_REPLIES:,} replies (last page)", f"{base}{category.slug}/{big.pk}/?page=last"),
        (f"category, {TOPICS:,} topics (page 2)", f"{base}{category.slug}/?page=2"),
        (f"topic, {SMALL_REPLIES} replies", f"{base}{category.slug}/{small.pk}/"),
    ]
    print(f"\nforum pages, {arguments.renders} renders each as a guest, database {connection.vendor}")
    print(f"{'page':<36} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    medians = []
    for label, url in rows:
        median, p95, queries = measure(client, url, arguments.renders)
        medians.append(median)
        print(f"{label:<36} {median:>10.1f} {p95:>8.1f} {queries:>8}")
    ratio = max(medians) / min(medians)
    print(f"slowest / fastest median: {ratio:.2f} (target under 2)")


if __name__ == "__main__":
    main()
