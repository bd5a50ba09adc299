"""Demo content for `manage.py load_demo_content`: the site's shape in `site.py`, its words per language."""

from home.demo import ar, en, pl

# Content languages in the order they are built; English first, because the others are its translations.
CONTENT = {"en": en, "pl": pl, "ar": ar}
