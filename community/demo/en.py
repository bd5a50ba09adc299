"""The demo events in English: the facts of each event beside its words.

Everything here is fictional. Organisations, venues and contact people are the ones the opportunities demo
creates (`opportunities/demo/en.py`), found again by their keys there. The Polish and Arabic modules hold
only the words of the events they translate.

Dates are relative to the day the demo is loaded: `when` is ("upcoming" or "past", weeks, weekday, start,
end), meaning the first such weekday at least that many weeks ahead of (or before) the load day, at those
Europe/London times. ("clock_change", weekday, start, end) is the first such weekday after the nearest change
of the clocks within the demo's range, so that one event sits on the other side of a change from the others.
"""

from home.demo.blocks import details, inset_text, page_link, table
from opportunities.demo.en import radio, text_question

INDEX = {
    "title": "Events",
    "search_description": "Improvement sprints, sharing events, workshops, youth forum meetings and drop-ins.",
    "introduction": (
        "Come and help improve local health services in person or online. Every event is free, we pay your "
        "travel, and you do not need any experience. Sign up in a few minutes."
    ),
}

# The series of events repeated across the region: key -> (name, description)
SERIES = {
    "leaving-hospital": (
        "Leaving hospital: improvement sprints",
        "The same morning sprint in Brackenford and in Weir Valley, so that carers and patients in both towns "
        "can help make going home from hospital safer and calmer.",
    ),
}

DAYTIME_SUPPORT = "We pay travel and parking. Tell us if you need care for someone while you are with us."

# The shared facts of each event. "related" names opportunities (by slug) and pages of the demo site.
EVENTS = {
    "outpatient-letters-sprint": {
        "kind": "sprint",
        "organisation": "bht",
        "contact": "priya",
        "mode": "in_person",
        "venue": "brackenford-general",
        "audiences": ["adults", "parents_carers"],
        "capacity": 15,
        "when": ("upcoming", 3, "wednesday", "09:30", "15:30"),
        "related": [("opportunity", "leaflet-readers"), ("page", "get-involved")],
    },
    "discharge-sprint-brackenford": {
        "kind": "sprint",
        "organisation": "bht",
        "contact": "priya",
        "series": "leaving-hospital",
        "mode": "in_person",
        "venue": "brackenford-general",
        "audiences": ["adults", "parents_carers"],
        "capacity": 12,
        "offer_hours": 24,
        "when": ("upcoming", 2, "thursday", "10:00", "13:00"),
        "related": [("opportunity", "hospital-discharge-carers")],
    },
    "discharge-sprint-weir-valley": {
        "kind": "sprint",
        "organisation": "carers",
        "contact": "marek",
        "series": "leaving-hospital",
        "mode": "in_person",
        "venue": "carers-hub",
        "audiences": ["adults", "parents_carers"],
        "capacity": 15,
        "when": ("upcoming", 5, "monday", "10:00", "13:00"),
        "related": [("opportunity", "hospital-discharge-carers")],
    },
    "maternity-sharing-event": {
        "kind": "sharing",
        "organisation": "bht",
        "contact": "tom",
        "mode": "both",
        "venue": "brackenford-general",
        "joining_link": "https://meet.example.org/bht-maternity-you-said-we-did",
        "audiences": ["parents_carers"],
        "capacity": 40,
        "when": ("upcoming", 4, "thursday", "18:30", "20:00"),
        "related": [("opportunity", "maternity-voices")],
    },
    "getting-started-online": {
        "kind": "workshop",
        "organisation": "wvch",
        "contact": "joanne",
        "mode": "online",
        "joining_link": "https://meet.example.org/wvch-getting-started",
        "audiences": ["adults", "young_people", "parents_carers"],
        "capacity": 30,
        "when": ("upcoming", 1, "wednesday", "18:00", "19:15"),
        "related": [("page", "get-involved"), ("opportunity", "gp-online-booking-survey")],
    },
    "interview-panel-training": {
        "kind": "workshop",
        "organisation": "wvch",
        "contact": "joanne",
        "mode": "in_person",
        "venue": "riverside",
        "audiences": ["adults"],
        "capacity": 10,
        "needs_approval": True,
        "when": ("upcoming", 6, "tuesday", "10:00", "15:00"),
        "related": [("page", "get-involved")],
    },
    "youth-forum-winter": {
        "kind": "youth_forum",
        "organisation": "open-door",
        "contact": "leila",
        "mode": "in_person",
        "venue": "open-door",
        "audiences": ["young_people"],
        "min_age": 14,
        "capacity": 20,
        "when": ("upcoming", 2, "tuesday", "17:00", "18:30"),
        "related": [("opportunity", "youth-forum"), ("opportunity", "young-minds-website-review")],
    },
    "carers-coffee-drop-in": {
        "kind": "drop_in",
        "organisation": "carers",
        "contact": "marek",
        "mode": "in_person",
        "venue": "carers-hub",
        "audiences": ["adults", "parents_carers"],
        "capacity": 30,
        "waiting_list": False,
        "when": ("upcoming", 1, "friday", "10:00", "12:00"),
        "related": [("opportunity", "hospital-discharge-carers")],
    },
    # Past events
    "urgent-care-waiting-sprint": {
        "kind": "sprint",
        "organisation": "wvch",
        "contact": "joanne",
        "mode": "in_person",
        "venue": "riverside",
        "audiences": ["adults", "parents_carers"],
        "capacity": 16,
        "when": ("past", 5, "saturday", "10:00", "14:00"),
        "related": [("opportunity", "urgent-care-design-day")],
    },
    "cancer-unit-sharing-event": {
        "kind": "sharing",
        "organisation": "bht",
        "contact": "priya",
        "mode": "in_person",
        "venue": "brackenford-general",
        "audiences": ["adults", "parents_carers"],
        "capacity": 25,
        "when": ("past", 3, "wednesday", "14:00", "15:30"),
        "related": [("opportunity", "cancer-day-unit-visit")],
    },
    "plain-english-workshop": {
        "kind": "workshop",
        "organisation": "bht",
        "contact": "priya",
        "mode": "online",
        "joining_link": "https://meet.example.org/bht-plain-english",
        "audiences": ["adults"],
        "capacity": 12,
        "when": ("past", 2, "thursday", "11:00", "12:30"),
        "related": [("opportunity", "leaflet-readers")],
    },
    "youth-forum-autumn": {
        "kind": "youth_forum",
        "organisation": "open-door",
        "contact": "leila",
        "mode": "in_person",
        "venue": "open-door",
        "audiences": ["young_people"],
        "min_age": 14,
        "capacity": 20,
        "when": ("past", 2, "tuesday", "17:00", "18:30"),
        "related": [("opportunity", "youth-forum")],
    },
    "riverside-health-drop-in": {
        "kind": "drop_in",
        "organisation": "wvch",
        "contact": "joanne",
        "mode": "in_person",
        "venue": "riverside",
        "audiences": ["adults", "young_people", "parents_carers"],
        "capacity": 40,
        "waiting_list": False,
        "when": ("clock_change", "monday", "13:00", "16:00"),
        "fallback": ("past", 4, "monday", "13:00", "16:00"),
        "related": [("opportunity", "gp-online-booking-survey")],
    },
}


def agenda(rows):
    return table("Timings for the day", [["Time", "What happens"], *rows])


# The words of each event.
PAGES = {
    "outpatient-letters-sprint": {
        "title": "Improvement sprint: clearer outpatient letters",
        "summary": (
            "Spend a day with staff rewriting the letters we send before hospital appointments, so that "
            "everyone knows when, where and what to bring."
        ),
        "what_to_expect": (
            "<p>You will work in small groups with clinic staff and the people who send the letters. "
            "Each group takes one letter, reads it out loud and rewrites it together.</p>"
            "<ul><li>Lunch, drinks and snacks are provided.</li>"
            "<li>We pay £25 for the day, plus travel and parking.</li>"
            "<li>You can take a break whenever you like.</li></ul>"
        ),
        "agenda": [
            agenda(
                [
                    ["9:30am", "Coffee and welcome"],
                    ["10am", "What patients told us about our letters"],
                    ["11am", "Rewriting in small groups"],
                    ["12:30pm", "Lunch"],
                    ["1:15pm", "Testing the new letters on each other"],
                    ["2:45pm", "What happens next, and thank you"],
                ]
            ),
            inset_text("<p>Bring a hospital letter you found confusing, if you have one. Cover up your details.</p>"),
        ],
        "form_fields": [
            radio(
                "had_outpatient_appointment",
                "Have you had a hospital outpatient appointment in the last year?",
                ["Yes", "No", "I care for someone who has"],
            ),
        ],
    },
    "discharge-sprint-brackenford": {
        "title": "Leaving hospital sprint: Brackenford",
        "summary": (
            "A morning with ward staff and carers, making going home from Brackenford General safer and less "
            "rushed for older people and their families."
        ),
        "what_to_expect": (
            "<p>We start with real stories of leaving hospital, good and bad. Then we map the day of going home, "
            "hour by hour, and agree 3 changes to try on the wards.</p>"
            f"<p>{DAYTIME_SUPPORT}</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10am", "Welcome and stories of going home"],
                    ["10:45am", "Mapping the day of leaving hospital"],
                    ["11:45am", "Break"],
                    ["12pm", "Choosing 3 changes to try"],
                    ["12:45pm", "Next steps"],
                ]
            ),
            details(
                "Is this the same as the Weir Valley sprint?",
                "<p>Yes. It is the same sprint in a different town. Come to whichever is easier for you.</p>",
            ),
        ],
        "form_fields": [
            text_question(
                "experience_of_leaving_hospital",
                "Is there anything about leaving hospital you would like us to talk about?",
                "This is optional. A sentence or two is plenty.",
            ),
        ],
    },
    "discharge-sprint-weir-valley": {
        "title": "Leaving hospital sprint: Weir Valley",
        "summary": (
            "The leaving hospital sprint comes to Weir Valley. Help health and council staff make coming home "
            "from hospital calmer for families."
        ),
        "what_to_expect": (
            "<p>This is the same morning as the Brackenford sprint, run by the Carers Network with ward and "
            "council staff. We listen first, then plan changes together.</p>"
            f"<p>{DAYTIME_SUPPORT}</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10am", "Welcome and stories of going home"],
                    ["10:45am", "Mapping the day of leaving hospital"],
                    ["11:45am", "Break"],
                    ["12pm", "Choosing 3 changes to try"],
                    ["12:45pm", "Next steps"],
                ]
            ),
        ],
        "form_fields": [
            text_question(
                "experience_of_leaving_hospital",
                "Is there anything about leaving hospital you would like us to talk about?",
                "This is optional. A sentence or two is plenty.",
            ),
        ],
    },
    "maternity-sharing-event": {
        "title": "You said, we did: maternity care this year",
        "summary": (
            "Hear what changed on the maternity unit because of what parents told us, and help choose what we "
            "work on next. Come in person or join online."
        ),
        "what_to_expect": (
            "<p>Midwives and parents from the maternity voices partnership will share what changed this year. "
            "Then there is time for your questions and ideas.</p>"
            "<p>Babies and children are very welcome. There is a quiet space for feeding.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["6:30pm", "Welcome, with tea and cake"],
                    ["6:45pm", "What you told us and what we changed"],
                    ["7:15pm", "Your questions"],
                    ["7:40pm", "Voting on next year's priorities"],
                ]
            ),
        ],
        "form_fields": [
            radio("joining_how", "How will you join?", ["In person", "Online"]),
        ],
    },
    "getting-started-online": {
        "title": "Getting started: an online introduction to getting involved",
        "summary": (
            "New to getting involved? Find out what lay partners, reference groups and sprints are, and what "
            "support you get, in a friendly online session."
        ),
        "what_to_expect": (
            "<p>A short, relaxed video call. You can keep your camera off and ask questions in the chat.</p>"
            "<ul><li>What kinds of roles there are</li>"
            "<li>How much time they take, and what we pay</li>"
            "<li>How to sign up for your first event</li></ul>"
        ),
        "agenda": [
            agenda(
                [
                    ["6pm", "Welcome and how the call works"],
                    ["6:10pm", "Ways to get involved"],
                    ["6:40pm", "A lay partner talks about their first year"],
                    ["6:55pm", "Your questions"],
                ]
            ),
            inset_text(
                "<p>New to video calls? Read " + page_link("get-involved", "how to get involved") + ". We can "
                "ring you the day before to help you test the link.</p>"
            ),
        ],
        "form_fields": [],
    },
    "interview-panel-training": {
        "title": "Training: sitting on an interview panel",
        "summary": (
            "A one-day workshop for people who would like to help interview new staff. Places are for people "
            "who already volunteer with us, so we check each sign-up."
        ),
        "what_to_expect": (
            "<p>You will learn how NHS interviews work, how to ask fair questions and how to score answers. "
            "We practise with role play, so by the end of the day you will feel ready.</p>"
            "<p>We look at each sign-up and will tell you within a week whether we have a place for you.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10am", "How interviews work in the NHS"],
                    ["11am", "Asking fair questions"],
                    ["12:30pm", "Lunch"],
                    ["1:15pm", "Practice interviews"],
                    ["2:30pm", "Scoring and feedback"],
                ]
            ),
        ],
        "form_fields": [
            text_question(
                "how_you_volunteer_now",
                "How do you volunteer with us at the moment?",
                "For example, as a lay partner or in a reference group.",
                required=True,
            ),
        ],
    },
    "youth-forum-winter": {
        "title": "Youth forum meeting: getting mental health help at school",
        "summary": (
            "For young people aged 14 to 25. Tell school nurses and mental health staff what would make it "
            "easier to ask for help at school. Pizza provided."
        ),
        "what_to_expect": (
            "<p>A relaxed meeting with other young people and 2 guests from the school nursing team. They want "
            "to hear your ideas, not lecture you.</p>"
            "<p>If you are under 16, we ask for a parent or carer's contact when you sign up.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["5pm", "Pizza and catch-up"],
                    ["5:20pm", "Talking with the school nursing team"],
                    ["6:10pm", "What we want to see change"],
                ]
            ),
        ],
        "form_fields": [
            radio("age_group", "How old are you?", ["14 or 15", "16 or 17", "18 to 25"]),
        ],
    },
    "carers-coffee-drop-in": {
        "title": "Carers' coffee morning",
        "summary": (
            "Drop in for a cuppa and a chat with other carers. Staff from the hospital discharge team will be "
            "there to listen and answer questions."
        ),
        "what_to_expect": (
            "<p>Come for 10 minutes or stay for the whole morning. There is no need to sign up, but it helps "
            "us get enough cake.</p>"
        ),
        "agenda": [],
        "form_fields": [],
    },
    "urgent-care-waiting-sprint": {
        "title": "Improvement sprint: waiting at the urgent treatment centre",
        "summary": (
            "Patients, parents and staff working together to make waiting at Riverside urgent treatment centre "
            "less stressful."
        ),
        "what_to_expect": (
            "<p>We walked the waiting area together, listened to people who had waited there, and designed "
            "better signs and updates about waiting times.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10am", "Walking the waiting area"],
                    ["11am", "What waiting feels like"],
                    ["12pm", "Lunch"],
                    ["12:45pm", "Designing signs and updates"],
                ]
            ),
        ],
        "form_fields": [],
    },
    "cancer-unit-sharing-event": {
        "title": "Cancer day unit: what changed after your visits",
        "summary": (
            "The cancer day unit team shared what they changed after the first impressions visits, from the "
            "signs to the welcome pack."
        ),
        "what_to_expect": (
            "<p>A short talk by the unit manager, a walk round to see the changes, and time for questions "
            "over tea.</p>"
        ),
        "agenda": [],
        "form_fields": [],
    },
    "plain-english-workshop": {
        "title": "Workshop: spotting jargon in health leaflets",
        "summary": (
            "An online workshop for leaflet readers and anyone curious: how to spot jargon and suggest plainer words."
        ),
        "what_to_expect": (
            "<p>We looked at real leaflets together and practised turning hard sentences into plain ones.</p>"
        ),
        "agenda": [],
        "form_fields": [],
    },
    "youth-forum-autumn": {
        "title": "Youth forum meeting: moving to adult services",
        "summary": (
            "Young people told staff what it is like to move from children's to adult health services, and "
            "what would help."
        ),
        "what_to_expect": "<p>Pizza, a quiz and a frank conversation with 2 transition nurses.</p>",
        "agenda": [],
        "form_fields": [
            radio("age_group", "How old are you?", ["14 or 15", "16 or 17", "18 to 25"]),
        ],
    },
    "riverside-health-drop-in": {
        "title": "Drop-in: have your say on booking GP appointments",
        "summary": (
            "Staff were at Riverside Health Centre for an afternoon to hear how booking GP appointments works for you."
        ),
        "what_to_expect": "<p>No appointment needed. We had paper surveys and someone to help fill them in.</p>",
        "agenda": [],
        "form_fields": [],
    },
}
