import factory
import wagtail_factories

from home.models import HomePage, StandardPage


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
