"""Small builders for the tests of learning blocks, the planner, the quiz and progress: a programme with
modules whose bodies hold every learning block, and their translations."""

import uuid

from django.utils import timezone

from wagtail.models import Locale

from learning.models import LearningIndexPage, ModulePage, ModuleProgress, ProgrammePage, SavedPlanner

PLANNER_ID = "11111111-1111-4111-8111-111111111111"
QUIZ_ONE_RIGHT_ID = "22222222-2222-4222-8222-222222222222"
QUIZ_TWO_RIGHT_ID = "33333333-3333-4333-8333-333333333333"

FACETS = {
    "summary": "A short course.",
    "time_needed": "About 20 minutes",
    "outcomes": "<ul><li>Explain a small test of change</li></ul>",
}


def rich(text):
    return f"<p>{text}</p>"


def planner_block(block_id=PLANNER_ID):
    return {
        "type": "pdsa_planner",
        "id": block_id,
        "value": {
            "title": "Try it: plan a small test of change",
            "introduction": rich("Think of one small thing to try."),
            "plan_hint": "What will you try?",
            "do_hint": "What happened?",
            "study_hint": "What did you learn?",
            "act_hint": "What next?",
        },
    }


def quiz_block(block_id=QUIZ_ONE_RIGHT_ID, several_right=False):
    return {
        "type": "quiz_question",
        "id": block_id,
        "value": {
            "question": "What does PDSA stand for?",
            "choices": [
                {"type": "item", "id": str(uuid.uuid4()), "value": choice}
                for choice in [
                    {"text": "Plan, do, study, act", "correct": True, "feedback": "Yes: four steps."},
                    {"text": "Please do something again", "correct": several_right, "feedback": "A joke answer."},
                    {"text": "Patients decide", "correct": False, "feedback": "Not quite."},
                ]
            ],
        },
    }


def every_block_body():
    return [
        {"type": "key_point", "id": str(uuid.uuid4()), "value": {"text": rich("Small tests are safe tests.")}},
        {
            "type": "activity",
            "id": str(uuid.uuid4()),
            "value": {"kind": "reflection", "title": "Think back", "instructions": rich("When did a change help?")},
        },
        {
            "type": "worked_example",
            "id": str(uuid.uuid4()),
            "value": {
                "title": "A clinic waiting room",
                "situation": rich("People waited too long."),
                "steps": [
                    {"type": "item", "id": str(uuid.uuid4()), "value": rich("Step one: count.")},
                    {"type": "item", "id": str(uuid.uuid4()), "value": rich("Step two: try a change.")},
                ],
                "lesson": rich("Measure before and after."),
            },
        },
        planner_block(),
        quiz_block(),
        quiz_block(QUIZ_TWO_RIGHT_ID, several_right=True),
    ]


def learning_index(home_page, slug="learning"):
    index = LearningIndexPage(title="Learning", slug=slug)
    home_page.add_child(instance=index)
    return index


def programme(index, title="Improvement basics", slug=None):
    page = ProgrammePage(title=title, slug=slug or title.lower().replace(" ", "-"), who_it_is_for="<p>Everyone</p>")
    for name, value in FACETS.items():
        setattr(page, name, value)
    index.add_child(instance=page)
    return page


def module(parent, title, body=None, slug=None):
    page = ModulePage(title=title, slug=slug or title.lower().replace(" ", "-"), body=body or every_block_body())
    for name, value in FACETS.items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    return page


def programme_with_modules(home_page, count=3):
    prog = programme(learning_index(home_page))
    return prog, [module(prog, f"Module {n}") for n in range(1, count + 1)]


def translate(page, language_code):
    """A published translation of `page` (and of its ancestors, where they are missing)."""
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def started_programme(index, member, modules=2):
    """A programme whose first module the member marked done, with a plan saved on it (for "My involvement")."""
    prog = programme(index, title=f"Programme {uuid.uuid4().hex[:8]}")
    pages = [module(prog, f"Module {n}", body=[planner_block()]) for n in range(1, modules + 1)]
    now = timezone.now()
    ModuleProgress.objects.create(
        user=member,
        module_key=pages[0].translation_key,
        programme_key=prog.translation_key,
        last_visited_at=now,
        completed_at=now,
    )
    SavedPlanner.objects.create(user=member, module_key=pages[0].translation_key, block_id=PLANNER_ID, plan="Try it")
    return prog
