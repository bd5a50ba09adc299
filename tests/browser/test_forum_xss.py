"""The forum's XSS corpus (community/tests/test_forum_xss.py) in Chromium: every attack string is posted
through the real reply form, then each page of the topic is opened with window.alert/print/confirm/prompt
hooked and a global flag watched. Nothing may run, no dialog may open, and the text must still be readable."""

import re
from html.parser import HTMLParser

from django.test import Client

import pytest

from community.models import ForumPost
from community.models.forum import POSTS_PER_PAGE
from community.tests.forum_public_factories import (
    ForumCategoryFactory,
    ForumIndexPageFactory,
    forum_settings,
    topic_with_opening,
    trusted_member,
)
from community.tests.test_forum_xss import ATTACKS

pytestmark = pytest.mark.browser

HOOKS = """
window.__sbsFired = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function () { window.__sbsFired.push(name); };
}
Object.defineProperty(window, "sbsPwned", {
  configurable: false,
  set: function () { window.__sbsFired.push("sbsPwned"); },
  get: function () { return undefined; },
});
"""

# Fire the events an attacker's handlers wait for on everything inside the posts (not clicks: links leave).
POKE = """
() => {
  for (const element of document.querySelectorAll(".sbs-forum-post__body, .sbs-forum-post__body *")) {
    for (const type of ["mouseover", "mouseenter", "focus", "toggle", "animationstart", "load", "error"]) {
      element.dispatchEvent(new Event(type));
    }
  }
  return window.__sbsFired;
}
"""


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def words_of(html):
    parser = TextOf()
    parser.feed(html)
    parser.close()
    return re.findall(r"\w+", " ".join(parser.parts))


@pytest.fixture
def topic_full_of_attacks(django_db_serialized_rollback, home_page, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"forum-post": {"ip": (100000, 3600), "email": (100000, 3600)}}
    forum_settings(first_posts_held=0, hold_phone_numbers=False, hold_email_addresses=False)
    index = ForumIndexPageFactory(parent=home_page)
    category = ForumCategoryFactory(slug="chat")
    topic = topic_with_opening(category, title='<img src=x onerror="alert(1)"> A safe title')
    client = Client()
    client.force_login(trusted_member())
    for number, attack in enumerate(ATTACKS):
        response = client.post(
            index.url + f"chat/{topic.pk}/reply/", {"body": f"Before{number} {attack} After{number}"}
        )
        assert response.status_code == 302, attack
    return index, topic


def test_no_attack_string_runs_and_the_text_stays_readable(page, topic_full_of_attacks, django_db_serialized_rollback):
    index, topic = topic_full_of_attacks
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(HOOKS)
    posts = list(ForumPost.objects.filter(topic=topic).order_by("created_at", "pk"))
    pages = (len(posts) - 1) // POSTS_PER_PAGE + 1
    checked = 0
    for number in range(1, pages + 1):
        page.goto(index.url + f"chat/{topic.pk}/?page={number}")
        page.wait_for_load_state("load")
        page.wait_for_timeout(200)
        fired = page.evaluate(POKE)
        page.wait_for_timeout(100)
        fired = page.evaluate("() => window.__sbsFired")
        assert fired == [], f"page {number}: {fired}"
        assert dialogs == [], f"page {number}: {dialogs}"
        assert (
            page.evaluate("() => document.querySelectorAll('main script, main iframe, main img, main svg').length")
            == 0
        )
        for post in posts[(number - 1) * POSTS_PER_PAGE : number * POSTS_PER_PAGE]:
            shown = page.locator(f"#post-{post.pk} .sbs-forum-post__body").inner_text()
            shown_words = set(re.findall(r"\w+", shown))
            assert set(words_of(post.body_html)) <= shown_words, (post.body, shown)
            if not post.is_opening:
                marker = re.match(r"Before(\d+)", post.body).group(1)
                assert f"Before{marker}" in shown and f"After{marker}" in shown
            checked += 1
    assert checked == len(ATTACKS) + 1
    assert "A safe title" in page.locator("h1").inner_text()
