"""The public learning pages: the index, a programme and a module render what people need, in plain words."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

import pytest

from community.tests.factories import EventIndexPageFactory, EventPageFactory
from learning.models import ModuleProgress, ModuleResource, ProgrammeWorkshop
from learning.tests.learning_pages import learning_index, module, programme, programme_with_modules
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.tests.factories import topic


def make_document(title, filename, size=2048):
    """A stored document of `size` bytes, with its size recorded as Wagtail records it on upload."""
    document = get_document_model()(title=title, file=ContentFile(b"x" * size, name=filename))
    document._set_document_file_metadata()
    document.save()
    return document


def add_resource(module_page, title="Meeting checklist", filename="checklist.pdf", size=245_760, description=""):
    document = make_document(title, filename, size)
    ModuleResource.objects.create(page=module_page, document=document, description=description)
    return document


def add_video(module_page):
    module_page.video = make_document("Welcome video", "welcome.mp4", 4096)
    module_page.video_captions = make_document("Welcome video captions", "welcome.vtt", 300)
    module_page.video_transcript = "<p>Hello, I am Sam and I chair our patient panel.</p>"
    module_page.format_video = True
    module_page.save_revision().publish()
    return module_page


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def course(home_page):
    return programme_with_modules(home_page, count=3)


@pytest.fixture
def member(db):
    return MemberFactory()


# --- the index ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_index_lists_programmes_then_their_modules(client, course):
    prog, modules = course

    html = html_of(client.get("/en/learning/"))

    assert "<h1>Learning</h1>" in html
    assert "4 programmes and modules" in html
    positions = [html.index(f'href="{page.url}"') for page in [prog, *modules]]
    assert positions == sorted(positions)
    assert html.count("Part of</dt>") == 3
    assert "About 20 minutes" in html


# --- a programme ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_programme_says_who_it_is_for_what_you_learn_and_how_it_is_delivered(client, course):
    prog, modules = course
    prog.face_to_face = True
    prog.printed_pack = True
    prog.printed_pack_how = "Phone 01632 960 000 and ask for the pack."
    prog.for_staff = True
    prog.save_revision().publish()
    prog.topics.add(topic("mental_health"))
    prog.save()

    html = html_of(client.get(prog.url))

    assert "<h1>Improvement basics</h1>" in html
    assert "A short course." in html
    assert "<p>Everyone</p>" in html
    assert "Explain a small test of change" in html
    assert "About 20 minutes" in html
    assert "Patients, carers and the public, Staff" in html
    assert "Mental health" in html
    assert "Online: you can work through the modules" in html
    assert "Face to face: at a workshop" in html
    assert "Phone 01632 960 000 and ask for the pack." in html
    module_links = [html.index(f'<a href="{page.url}">{page.title}</a>') for page in modules]
    assert module_links == sorted(module_links)
    assert "This programme has 3 modules." in html


@pytest.mark.django_db
def test_the_printed_pack_is_not_offered_when_the_programme_has_none(client, course):
    html = html_of(client.get(course[0].url))

    assert "printed pack" not in html
    assert "Face to face" not in html


@pytest.mark.django_db
def test_a_guest_is_told_they_can_sign_in_to_track_progress(client, course):
    html = html_of(client.get(course[0].url))

    assert "Sign in</a> if you want to keep track of the modules you have done." in html
    assert "sbs-programme__module" in html
    assert "nhsuk-tag--green" not in html


@pytest.mark.django_db
def test_a_member_sees_their_progress_and_which_modules_are_done(client, course, member):
    prog, modules = course
    now = timezone.now()
    ModuleProgress.objects.create(
        user=member,
        module_key=modules[1].translation_key,
        programme_key=prog.translation_key,
        last_visited_at=now,
        completed_at=now,
    )
    client.force_login(member)

    html = html_of(client.get(prog.url))

    assert "1 of 3 modules done" in html
    items = html.split('<li class="sbs-programme__module">')[1:]
    assert ["Done</strong>" in item for item in items] == [False, True, False]


@pytest.mark.django_db
def test_a_programme_without_live_modules_says_they_are_coming(client, home_page):
    prog = programme(learning_index(home_page))
    draft = module(prog, "Not ready")
    draft.unpublish()

    html = html_of(client.get(prog.url))

    assert "The modules of this programme are not ready yet." in html
    assert "Not ready" not in html


@pytest.fixture
def workshops(course, home_page):
    """Linked events: one next week, one last week, one cancelled, one unpublished and one tomorrow."""
    prog = course[0]
    events_index = EventIndexPageFactory(parent=home_page)
    now = timezone.now()
    events = {
        "next_week": EventPageFactory(
            parent=events_index, title="Sprint next week", start=now + datetime.timedelta(7)
        ),
        "last_week": EventPageFactory(
            parent=events_index, title="Sprint last week", start=now - datetime.timedelta(7)
        ),
        "cancelled": EventPageFactory(
            parent=events_index, title="Cancelled sprint", start=now + datetime.timedelta(3), cancelled=True
        ),
        "draft": EventPageFactory(parent=events_index, title="Draft sprint", start=now + datetime.timedelta(4)),
        "tomorrow": EventPageFactory(parent=events_index, title="Sprint tomorrow", start=now + datetime.timedelta(1)),
    }
    events["draft"].unpublish()
    for order, event in enumerate(events.values()):
        ProgrammeWorkshop.objects.create(page=prog, event=event, sort_order=order)
    return prog, events


@pytest.mark.django_db
def test_only_upcoming_live_workshops_are_linked_soonest_first(client, workshops):
    prog, events = workshops

    html = html_of(client.get(prog.url))

    assert "Workshops you can go to" in html
    tomorrow = html.index(f'<a href="{events["tomorrow"].url}">Sprint tomorrow</a>')
    next_week = html.index(f'<a href="{events["next_week"].url}">Sprint next week</a>')
    assert tomorrow < next_week
    for gone in ("Sprint last week", "Cancelled sprint", "Draft sprint"):
        assert gone not in html


@pytest.mark.django_db
def test_a_workshop_says_when_and_where_in_plain_words(client, workshops):
    prog, events = workshops
    event = events["tomorrow"]

    html = html_of(client.get(prog.url))

    day = timezone.localtime(event.start).strftime("%A")
    section = html[html.index("workshops-heading") :]
    assert day in section
    assert event.venue.name in section


@pytest.mark.django_db
def test_no_workshop_section_when_every_linked_event_is_over(client, workshops):
    prog, events = workshops
    for key in ("next_week", "tomorrow"):
        events[key].unpublish()

    html = html_of(client.get(prog.url))

    assert "Workshops you can go to" not in html


@pytest.mark.django_db
def test_an_editor_previews_a_programme_with_workshops_they_have_not_saved(workshops):
    """In a preview the workshops are the edit form's rows, kept in memory, not in the database."""
    prog, events = workshops
    draft = prog.get_latest_revision_as_object()
    draft.workshops = [ProgrammeWorkshop(event=events["next_week"])]

    response = draft.make_preview_request()

    html = html_of(response)
    assert "Sprint next week" in html
    assert "Sprint tomorrow" not in html  # saved, but taken out in the edit form


# --- a module -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_module_shows_its_time_outcomes_body_and_breadcrumbs(client, course):
    prog, modules = course

    html = html_of(client.get(modules[1].url))

    assert "<h1>Module 2</h1>" in html
    assert "About 20 minutes" in html
    assert "Explain a small test of change" in html
    assert "Small tests are safe tests." in html  # a key point block
    assert "Step two: try a change." in html  # a worked example
    assert 'class="sbs-planner__form"' in html  # the planner, with its form
    assert 'class="sbs-quiz__form"' in html
    assert 'class="nhsuk-breadcrumb"' in html
    assert f'<a class="nhsuk-breadcrumb__link" href="{prog.url}">Improvement basics</a>' in html
    assert 'id="module-done"' in html
    assert f'href="/en/learning/modules/{modules[1].pk}/print/"' in html
    assert 'href="/static/css/learning-print.css" media="print"' in html


@pytest.mark.django_db
def test_resources_show_their_format_and_size(client, course):
    page = course[1][0]
    add_resource(page, "Meeting checklist", "checklist.pdf", 245_760, description="A list to take to meetings")
    add_resource(page, "Run chart template", "run-chart.xlsx", 12_288)

    html = html_of(client.get(page.url))

    assert "Resources to download" in html
    assert "Meeting checklist</a>" in html
    assert "(PDF, 240.0\xa0KB)" in html
    assert "(XLSX, 12.0\xa0KB)" in html
    assert "A list to take to meetings" in html


@pytest.mark.django_db
def test_no_resources_section_without_resources(client, course):
    assert "Resources to download" not in html_of(client.get(course[1][0].url))


@pytest.mark.django_db
def test_a_video_has_captions_and_a_transcript(client, course):
    page = add_video(course[1][0])

    html = html_of(client.get(page.url))

    assert f'<source src="{page.video.url}" type="video/mp4">' in html
    assert f'<track kind="captions" src="{page.video_captions.url}" srclang="en"' in html
    assert '<details class="nhsuk-details sbs-module__transcript">' in html
    assert "Read the transcript of the video" in html
    assert "Hello, I am Sam and I chair our patient panel." in html


@pytest.mark.django_db
def test_no_video_player_without_a_video(client, course):
    html = html_of(client.get(course[1][0].url))

    assert "<video" not in html
    assert "transcript" not in html


@pytest.mark.django_db
def test_the_easy_read_version_is_linked_as_a_page_or_a_document(client, home_page, course):
    page = course[1][0]
    easy_page = module(course[0], "Easy Read module 1", slug="easy-read-module-1")
    page.easy_read_page = easy_page
    page.easy_read_document = make_document("Module 1 Easy Read", "module-1-easy-read.pdf", 1_572_864)
    page.save_revision().publish()

    html = html_of(client.get(page.url))

    assert "Easy Read version" in html
    assert f'<a href="{easy_page.url}">Read the Easy Read version of Module 1</a>' in html
    assert f'<a href="{page.easy_read_document.url}">Download the Easy Read version of Module 1</a>' in html
    assert "(PDF, 1.5\xa0MB)" in html


@pytest.mark.django_db
def test_opening_a_module_is_remembered_for_a_member_only(client, course, member):
    page = course[1][0]

    html_of(client.get(page.url))
    assert not ModuleProgress.objects.exists()

    client.force_login(member)
    html_of(client.get(page.url))
    row = ModuleProgress.objects.get(user=member)
    assert (row.module_key, row.completed_at) == (page.translation_key, None)


@pytest.mark.django_db
def test_a_draft_module_or_programme_is_not_served(client, course):
    prog, modules = course
    modules[2].unpublish()

    assert client.get("/en/learning/improvement-basics/module-3/").status_code == 404
    prog.unpublish()
    assert client.get("/en/learning/improvement-basics/").status_code == 404


@pytest.mark.django_db
def test_an_editor_previewing_a_module_is_not_recorded_as_a_visit(rf, course, member):
    page = course[1][0]

    def serve(is_preview):
        request = rf.get(page.url)
        request.user = member
        request.session = {}
        request.is_preview = is_preview  # what Wagtail sets when it serves a preview
        response = page.serve(request)
        response.render()
        assert "<h1>Module 1</h1>" in response.content.decode()

    serve(is_preview=True)
    assert not ModuleProgress.objects.exists()
    serve(is_preview=False)
    assert ModuleProgress.objects.filter(user=member, module_key=page.translation_key).exists()
