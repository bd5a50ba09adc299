import factory
import wagtail_factories

from home.models import EasyReadPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Side by Side"
    hero_heading = "Help shape the care you receive"
    hero_text = "Work alongside NHS staff to make services better."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = factory.Faker("sentence", nb_words=12)
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage


def easy_read_body(*sentences):
    """A StreamField value for an Easy Read page: one picture and sentence per item."""
    image = wagtail_factories.ImageFactory()
    return [
        {"type": "point", "value": {"image": image.pk, "image_alt": f"Picture {n}", "text": sentence}}
        for n, sentence in enumerate(sentences, start=1)
    ]


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = "Easy Read"
    slug = "easy-read"
    body = factory.LazyFunction(lambda: easy_read_body("We want to hear from you.", "You can come to a meeting."))

    class Meta:
        model = EasyReadPage
