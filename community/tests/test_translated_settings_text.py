"""Settings text people read, in their language: the forum's house rules and its "help now" text, and what the
safeguarding form says about the lead and what happens next."""

import json
import uuid

from wagtail.models import Site

import pytest

from community.models import ForumSettings, SafeguardingSettings, WatchedWord
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import publish_translation as translate

from .buddy_factories import BuddySchemeIndexPageFactory
from .forum_public_factories import ForumCategoryFactory, ForumIndexPageFactory, forum_settings, trusted_member

pytestmark = pytest.mark.django_db

RULES = "<p>Please be <b>patient</b> with each other.</p>"
RULES_PL = "<p>Prosimy o <b>cierpliwość</b> wobec siebie nawzajem.</p>"
HELP = "<p>Call the Brackenford crisis line on 0800 000 0000.</p>"
HELP_PL = "<p>Zadzwoń na linię kryzysową Brackenford: 0800 000 0000.</p>"


@pytest.fixture
def forum(home_page):
    index = ForumIndexPageFactory(parent=home_page)
    ForumCategoryFactory(name="Getting involved", slug="getting-involved")
    return {"en": index, "pl": translate(index, "pl", "Forum"), "ar": translate(index, "ar", "المنتدى")}


def new_topic_form(client, index):
    client.force_login(trusted_member())
    response = client.get(index.url + "getting-involved/new/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_house_rules_are_shown_in_the_readers_language_where_translated(client, forum):
    forum_settings(posting_rules=RULES, posting_rules_translations={"pl": RULES_PL})

    assert f'<div lang="pl">{RULES_PL}</div>' in new_topic_form(client, forum["pl"])
    assert f'<div lang="en">{RULES}</div>' in new_topic_form(client, forum["ar"])
    assert f'<div lang="en">{RULES}</div>' in new_topic_form(client, forum["en"])


def post_worrying(client, index):
    client.force_login(trusted_member())
    response = client.post(
        index.url + "getting-involved/new/",
        {"title": "A hard week", "body": "Some days I want to hurt myself.", "submission_key": str(uuid.uuid4())},
        follow=True,
    )
    return response.content.decode()


def test_help_now_is_the_trusts_text_where_translated_and_the_standard_text_in_the_readers_language_if_not(
    client, forum
):
    WatchedWord.objects.create(phrase="hurt myself", kind=WatchedWord.Kind.WORRYING)
    forum_settings(first_posts_held=0, help_now=HELP, help_now_translations={"pl": HELP_PL})

    english, polish, arabic = (post_worrying(client, forum[code]) for code in ("en", "pl", "ar"))

    assert HELP in english
    assert HELP_PL in polish and HELP not in polish
    assert HELP not in arabic and "116 123" in arabic  # the standard text, never English the reader may not read
    assert "Samaritans" in arabic and "Call <strong>NHS 111</strong>" not in arabic


@pytest.fixture
def lead():
    lead = SafeguardingSettings.for_site(Site.objects.get(is_default_site=True))
    lead.lead_name, lead.lead_role, lead.lead_email = "Helen Osei", "Named Nurse", "helen@example.org"
    lead.lead_role_translations = {"pl": "Pielęgniarka ds. ochrony"}
    lead.what_happens_next = "Helen reads every concern on the same working day."
    lead.what_happens_next_translations = {"pl": "Helen czyta każde zgłoszenie tego samego dnia roboczego."}
    lead.save()
    return lead


def test_the_concern_form_names_the_leads_role_and_what_happens_next_in_the_readers_language(client, home_page, lead):
    index = BuddySchemeIndexPageFactory(parent=home_page)
    polish_index = translate(index, "pl", "Towarzysze")
    arabic_index = translate(index, "ar", "الرفقاء")

    polish = client.get(polish_index.url + "concern/").content.decode()
    arabic = client.get(arabic_index.url + "concern/").content.decode()

    assert "Helen Osei, Pielęgniarka ds. ochrony." in polish
    assert '<p lang="pl">Helen czyta każde zgłoszenie tego samego dnia roboczego.</p>' in polish
    assert "Helen Osei" in arabic and "Named Nurse" in arabic and "Pielęgniarka" not in arabic
    assert '<p lang="en">Helen reads every concern on the same working day.</p>' in arabic

    client.post(polish_index.url + "concern/", {"concern": "Mój rówieśnik prosił o pieniądze.", "name": "Jo"})
    thanks = client.get(polish_index.url + "concern/thank-you/")
    assert '<p lang="pl">Helen czyta każde zgłoszenie tego samego dnia roboczego.</p>' in thanks.content.decode()


def contentstate(text):
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                }
            ],
            "entityMap": {},
        }
    )


def test_administrators_translate_the_house_rules_in_a_rich_text_box(client, django_user_model):
    login_with_mfa(client, django_user_model.objects.create_superuser("admin", "admin@example.org", "pw"))
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/community/forumsettings/{site.pk}/"
    form = client.get(url).content.decode()
    assert 'name="posting_rules_pl"' in form and 'name="help_now_ar"' in form

    data = {
        "first_posts_held": "3",
        "flags_to_hide": "3",
        "hold_phone_numbers": "on",
        "hold_email_addresses": "on",
        "help_now": contentstate(""),
        "posting_rules": contentstate("Be patient with each other."),
        "help_now_pl": contentstate(""),
        "help_now_ar": contentstate(""),
        "posting_rules_pl": contentstate("Bądźmy dla siebie cierpliwi."),
        "posting_rules_ar": contentstate(""),
    }
    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    saved = ForumSettings.for_site(site)
    assert list(saved.posting_rules_translations) == ["pl"]  # the empty Arabic box is no translation
    assert ">Bądźmy dla siebie cierpliwi.</p>" in saved.posting_rules_translations["pl"]
    assert saved.help_now_translations == {}
    assert saved.translation_sources["posting_rules"] == {"pl": saved.posting_rules}
