"""The demo member who has started learning: a few modules visited, two marked done, one saved PDSA plan.

Made up, with an example.org email address. The account has no password: members sign in with a code sent
to their email address, which on a development site the worker prints in the terminal.
"""

MEMBER = {"username": "learner", "email": "grace.learner@example.org", "first_name": "Grace"}

# (module slug, visited this many days ago, marked done this many days ago or None)
PROGRESS = [
    ("who-runs-what", 21, 21),
    ("how-decisions-are-made", 14, 13),
    ("pdsa-cycles", 2, None),
]

SAVED_PLANNER = {
    "module": "pdsa-cycles",
    "plan": (
        "At the carers group, try a printed sheet with the three questions to ask before a loved one leaves "
        "hospital. Give it to five carers this month. I expect at least three to say it helped."
    ),
    "do": "Gave it to four carers. One asked for it in bigger print.",
    "study": "Three said it helped them feel ready to ask. Bigger print matters for older carers.",
    "act": "Change it: print in 16 point and try it with ten carers next month.",
}
