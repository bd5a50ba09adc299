"""Helpers that write the learning blocks as plain data, like `home.demo.blocks` does for the core blocks.

Each returns `(block_type, value)` with every field of the block, in the shape Wagtail stores it.
"""

from home.demo.blocks import ListItem


def key_point(html):
    return ("key_point", {"text": html})


def activity(title, html):
    return ("activity", {"kind": "activity", "title": title, "instructions": html})


def reflection(title, html):
    return ("activity", {"kind": "reflection", "title": title, "instructions": html})


def worked_example(title, situation, steps, lesson=""):
    return (
        "worked_example",
        {"title": title, "situation": situation, "steps": [ListItem(step) for step in steps], "lesson": lesson},
    )


def pdsa_planner(title, introduction, plan, do, study, act):
    return (
        "pdsa_planner",
        {
            "title": title,
            "introduction": introduction,
            "plan_hint": plan,
            "do_hint": do,
            "study_hint": study,
            "act_hint": act,
        },
    )


def answer(text, feedback, correct=False):
    return ListItem({"text": text, "correct": correct, "feedback": feedback})


def quiz(question, *answers):
    """A quiz question; mark the right answers with `answer(..., correct=True)`."""
    return ("quiz_question", {"question": question, "choices": list(answers)})
