"""The shape of the demo site, the same in every language: pages, images, documents and settings.

The words of each page live in `home/demo/en.py`, `pl.py` and `ar.py`; everything here is shared.
"""

from pathlib import Path

IMAGES_DIR = Path(__file__).resolve().parent / "images"

# Standard pages under the home page, in menu order; the key is also the page's slug.
PAGE_KEYS = ["about", "get-involved", "accessibility-statement", "privacy-notice", "contact-us"]

# Wagtail images, found again by title on later runs.
IMAGES = {
    "side-by-side": ("Two people talking side by side (illustration)", "side-by-side.png"),
    "improvement-event": ("People at an improvement event with sticky notes (illustration)", "improvement-event.png"),
    "from-home": ("A laptop and a letter, for taking part from home (illustration)", "from-home.png"),
    "community": ("A street of houses with a heart above it (illustration)", "community.png"),
}

# Wagtail documents, found again by title; the PDF is drawn by `home.demo.documents`.
DOCUMENTS = {
    "lay-partner-guide": ("Lay partner guide", "lay-partner-guide.pdf"),
}

HOME_LINKS = {
    "hero_image": "side-by-side",
    "hero_link_page": "get-involved",
    # Empty: the home page shows the newest open opportunities. No event pages yet, so none there either.
    "featured_opportunities": [],
    "featured_events": [],
}

SITE_SETTINGS = {
    "organisation_name": "Side by Side",
    "contact_email": "sidebyside@example.org",
    "contact_phone": "01632 960 418",
    "footer_text": (
        "Side by Side is run by Brackenford Hospitals NHS Foundation Trust and Weir Valley Community "
        "Health NHS Trust for the Brackenford and Weir Valley Integrated Care System.\n"
        "This is a demonstration site: the organisations, people and contact details are made up."
    ),
    "footer_text_translations": {
        "pl": (
            "Side by Side prowadzą Brackenford Hospitals NHS Foundation Trust i Weir Valley Community Health NHS "
            "Trust dla zintegrowanego systemu opieki Brackenford i Weir Valley.\n"
            "To strona demonstracyjna: organizacje, osoby i dane kontaktowe są zmyślone."
        ),
        "ar": (
            "يدير موقع Side by Side كلٌّ من Brackenford Hospitals NHS Foundation Trust وWeir Valley Community "
            "Health NHS Trust لصالح نظام الرعاية المتكاملة في Brackenford وWeir Valley.\n"
            "هذا موقع تجريبي: الجهات والأشخاص وبيانات التواصل فيه غير حقيقية."
        ),
    },
}

# (platform, web address, label); example.org addresses, because the programme is fictional.
SOCIAL_LINKS = [
    ("facebook", "https://facebook.example.org/sidebysidebwv", ""),
    ("instagram", "https://instagram.example.org/sidebysidebwv", ""),
]

# The opportunity index page, built by opportunities/demo/ under the home page with this slug.
OPPORTUNITIES_KEY = "opportunities"

# The event index page, built by community/demo/ under the home page with this slug.
EVENTS_KEY = "events"

# The learning index page, built by learning/demo/ under the home page with this slug.
LEARNING_KEY = "learning"

# The stories index page, built by community/demo/stories.py under the home page with this slug.
STORIES_KEY = "stories"

# The forum and the buddy scheme pages, built by community/demo/forum.py and buddies.py with these slugs.
FORUM_KEY = "forum"
BUDDIES_KEY = "buddy-scheme"

NAVIGATION = {
    "menu_items": [
        "about",
        "get-involved",
        OPPORTUNITIES_KEY,
        EVENTS_KEY,
        LEARNING_KEY,
        STORIES_KEY,
        FORUM_KEY,
        BUDDIES_KEY,
        "contact-us",
    ],
    "footer_links": ["accessibility-statement", "privacy-notice", "contact-us"],
}
