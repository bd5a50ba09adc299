"""Replace Wagtail's placeholder welcome page with the Side by Side home page."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    if HomePage.objects.exists():
        return
    Page.objects.filter(
        depth=2, slug="home", content_type__model="page", content_type__app_label="wagtailcore"
    ).delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    sibling_count = Page.objects.filter(depth=2).count()
    homepage = HomePage.objects.create(
        title="Side by Side",
        draft_title="Side by Side",
        slug="home",
        content_type=content_type,
        path=f"{root.path}{sibling_count + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.get(language_code="en"),
        hero_heading="Help shape the care you and your family receive",
        hero_text="Share what you know from using health services and work alongside NHS staff to make them better.",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": homepage, "site_name": "Side by Side"}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("core", "0003_content_locales"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
