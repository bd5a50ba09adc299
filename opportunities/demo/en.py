"""The demo opportunities in English: who runs them, where they happen, and the roles themselves.

Everything here is fictional. Shared facts (kind, audience, places…) live beside the English words; the
Polish and Arabic modules hold only the words of the pages and venues they translate.
Closing dates are in days from the day the demo is loaded, so the site always has something open.
"""

from home.demo.blocks import details, inset_text, page_link, rich_text

INDEX = {
    "title": "Opportunities",
    "search_description": "Roles, groups and events where you can help improve local health services.",
    "introduction": (
        "Find a way to help improve local health services. Some roles take an hour from home, others a "
        "few hours a month. We pay your expenses, and you can stop at any time."
    ),
}

# key -> (name, short name, website)
ORGANISATIONS = {
    "bht": ("Brackenford Hospitals NHS Foundation Trust", "BHT", "https://brackenford-hospitals.example.org"),
    "wvch": ("Weir Valley Community Health NHS Trust", "WVCH", "https://weirvalley-health.example.org"),
    "carers": ("Weir Valley Carers Network", "Carers Network", "https://weirvalley-carers.example.org"),
    "open-door": ("Open Door Young People's Service", "Open Door", "https://opendoor-youth.example.org"),
}

# Organisations whose staff the demo moderator account joins, so that its queues are not empty.
MODERATOR_ORGANISATIONS = ["bht", "wvch"]

VENUES = {
    "brackenford-general": {
        "name": "Education Centre, Brackenford General Hospital",
        "address": "Level 2, Education Centre\nBrackenford General Hospital\nInfirmary Road\nBrackenford",
        "postcode": "BR1 4NH",
        "map_url": "https://maps.example.org/?q=BR1+4NH",
        "step_free": True,
        "hearing_loop": True,
        "accessible_toilet": True,
        "parking": "Blue Badge spaces by the main entrance. Other visitors use car park B. We pay your parking.",
        "public_transport": "Buses 4 and 12 stop outside the main entrance. The train station is a 15-minute walk.",
        "access_notes": (
            "Take the lift beside main reception to level 2. There is a quiet room next to the meeting room "
            "if you need a break."
        ),
    },
    "riverside": {
        "name": "Riverside Health Centre",
        "address": "Mill Lane\nWeir Valley",
        "postcode": "WV3 2RL",
        "map_url": "https://maps.example.org/?q=WV3+2RL",
        "step_free": True,
        "hearing_loop": False,
        "accessible_toilet": True,
        "parking": "Free car park behind the building, with 4 Blue Badge spaces.",
        "public_transport": "Bus 22 from Weir Valley bus station stops on Mill Lane, 2 minutes away.",
        "access_notes": (
            "The meeting room is on the ground floor. Ask at reception and someone will walk you there. "
            "There is no hearing loop: tell us if you need one and we will bring a portable loop."
        ),
    },
    "carers-hub": {
        "name": "The Carers' Hub, Weir Valley Community Centre",
        "address": "Chapel Street\nWeir Valley",
        "postcode": "WV1 5CS",
        "map_url": "https://maps.example.org/?q=WV1+5CS",
        "step_free": False,
        "hearing_loop": True,
        "accessible_toilet": False,
        "parking": "On-street parking on Chapel Street. No Blue Badge spaces.",
        "public_transport": "Buses 22 and 31 stop on the high street, a 5-minute walk away.",
        "access_notes": (
            "There are 3 steps at the front door. The side door has a ramp: ring the bell and we will let "
            "you in. The nearest accessible toilet is in the library next door."
        ),
    },
    "open-door": {
        "name": "Open Door, 14 Market Street",
        "address": "14 Market Street\nBrackenford",
        "postcode": "BR2 7MS",
        "map_url": "https://maps.example.org/?q=BR2+7MS",
        "step_free": True,
        "hearing_loop": True,
        "accessible_toilet": True,
        "parking": "Town centre car parks only. Tell us if you need a parking space and we will book one.",
        "public_transport": "Most buses stop at Brackenford bus station, across the road.",
        "access_notes": "Everything is on the ground floor. There is a quiet room with beanbags and low lighting.",
    },
}

# key -> (name, role, organisation key, email, phone)
CONTACTS = {
    "priya": ("Priya Shah", "Patient involvement lead", "bht", "priya.shah@example.org", "01632 960 501"),
    "tom": ("Tom Reynolds", "Maternity voices coordinator", "bht", "tom.reynolds@example.org", "01632 960 502"),
    "joanne": ("Joanne Okafor", "Community engagement manager", "wvch", "joanne.okafor@example.org", "01632 960 611"),
    "marek": ("Marek Nowak", "Carers support worker", "carers", "marek.nowak@example.org", "01632 960 720"),
    "leila": ("Leila Haddad", "Youth participation worker", "open-door", "leila.haddad@example.org", "01632 960 830"),
}


def checkboxes(clean_name, label, choices, help_text="", required=False):
    return {
        "clean_name": clean_name,
        "label": label,
        "field_type": "checkboxes",
        "choices": "\n".join(choices),
        "help_text": help_text,
        "required": required,
    }


def radio(clean_name, label, choices, help_text="", required=True):
    return {
        "clean_name": clean_name,
        "label": label,
        "field_type": "radio",
        "choices": "\n".join(choices),
        "help_text": help_text,
        "required": required,
    }


def text_question(clean_name, label, help_text="", required=False):
    return {
        "clean_name": clean_name,
        "label": label,
        "field_type": "multiline",
        "choices": "",
        "help_text": help_text,
        "required": required,
    }


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# The shared facts of each opportunity. "closes_in_days": None keeps it open until the places are filled.
# "training" names pages of the demo site (home/demo/site.py); "related" names other opportunities here.
OPPORTUNITIES = {
    "diabetes-clinic-lay-partner": {
        "kind": "lay_partner",
        "organisation": "bht",
        "topics": ["long_term"],
        "audiences": ["adults"],
        "frequency": "monthly",
        "delivery": ["in_person", "online"],
        "venue": "brackenford-general",
        "support": ["briefing", "taster", "buddy"],
        "payment": "paid",
        "places_sought": 2,
        "closes_in_days": 40,
        "contact": "priya",
        "training": ["get-involved"],
        "related": ["leaflet-readers", "cancer-day-unit-visit"],
    },
    "maternity-voices": {
        "kind": "lay_partner",
        "organisation": "bht",
        "topics": ["maternity"],
        "audiences": ["parents_carers"],
        "frequency": "monthly",
        "delivery": ["in_person", "online"],
        "venue": "brackenford-general",
        "support": ["briefing", "taster"],
        "payment": "expenses",
        "places_sought": 4,
        "closes_in_days": 6,
        "contact": "tom",
        "training": ["get-involved"],
        "related": ["leaflet-readers"],
    },
    "leaflet-readers": {
        "kind": "reference_group",
        "organisation": "bht",
        "topics": ["maternity", "cancer", "long_term"],
        "audiences": ["adults", "parents_carers"],
        "frequency": "monthly",
        "delivery": ["from_home"],
        "venue": None,
        "support": ["briefing"],
        "payment": "voluntary",
        "places_sought": 10,
        "closes_in_days": None,
        "contact": "priya",
        "training": [],
        "related": ["gp-online-booking-survey"],
    },
    "youth-forum": {
        "kind": "youth_forum",
        "organisation": "open-door",
        "topics": ["young_people", "mental_health"],
        "audiences": ["young_people"],
        "frequency": "fortnightly",
        "delivery": ["in_person"],
        "venue": "open-door",
        "support": ["taster", "buddy"],
        "payment": "paid",
        "places_sought": 12,
        "closes_in_days": 60,
        "contact": "leila",
        "training": ["about"],
        "related": ["young-minds-website-review", "young-carers-focus-group"],
    },
    "young-minds-website-review": {
        "kind": "from_home",
        "organisation": "open-door",
        "topics": ["mental_health", "digital", "young_people"],
        "audiences": ["young_people"],
        "frequency": "one_off",
        "delivery": ["online", "from_home"],
        "venue": None,
        "support": [],
        "payment": "paid",
        "places_sought": 15,
        "closes_in_days": 21,
        "contact": "leila",
        "training": [],
        "related": ["youth-forum"],
    },
    "urgent-care-design-day": {
        "kind": "one_off",
        "organisation": "wvch",
        "topics": ["urgent_care"],
        "audiences": ["adults", "parents_carers"],
        "frequency": "one_off",
        "delivery": ["in_person"],
        "venue": "riverside",
        "support": ["briefing"],
        "payment": "expenses",
        "places_sought": 20,
        "closes_in_days": -10,
        "contact": "joanne",
        "training": [],
        "related": ["gp-online-booking-survey"],
    },
    "hospital-discharge-carers": {
        "kind": "lay_partner",
        "organisation": "carers",
        "topics": ["older_people", "urgent_care"],
        "audiences": ["parents_carers", "adults"],
        "frequency": "weekly",
        "delivery": ["in_person", "online"],
        "venue": "carers-hub",
        "support": ["briefing", "taster", "buddy"],
        "payment": "expenses",
        "places_sought": 2,
        "closes_in_days": 30,
        "contact": "marek",
        "training": ["get-involved"],
        "related": ["young-carers-focus-group"],
    },
    "gp-online-booking-survey": {
        "kind": "from_home",
        "organisation": "wvch",
        "topics": ["gp", "digital"],
        "audiences": ["adults"],
        "frequency": "one_off",
        "delivery": ["online", "from_home"],
        "venue": None,
        "support": [],
        "payment": "voluntary",
        "places_sought": 50,
        "closes_in_days": None,
        "contact": "joanne",
        "training": [],
        "related": ["leaflet-readers"],
    },
    "community-mental-health-group": {
        "kind": "reference_group",
        "organisation": "wvch",
        "topics": ["mental_health"],
        "audiences": ["adults"],
        "frequency": "monthly",
        "delivery": ["online"],
        "venue": None,
        "support": ["briefing", "buddy"],
        "payment": "paid",
        "places_sought": 8,
        "closes_in_days": 35,
        "contact": "joanne",
        "training": ["about"],
        "related": ["youth-forum"],
    },
    "cancer-day-unit-visit": {
        "kind": "one_off",
        "organisation": "bht",
        "topics": ["cancer"],
        "audiences": ["adults", "parents_carers"],
        "frequency": "one_off",
        "delivery": ["in_person"],
        "venue": "brackenford-general",
        "support": ["briefing"],
        "payment": "paid",
        "places_sought": 6,
        "closes_in_days": 25,
        "contact": "priya",
        "training": ["get-involved"],
        "related": ["leaflet-readers"],
    },
    "easy-read-checkers": {
        "kind": "reference_group",
        "organisation": "wvch",
        "topics": ["learning_disability"],
        "audiences": ["adults", "young_people"],
        "frequency": "monthly",
        "delivery": ["in_person"],
        "venue": "riverside",
        "support": ["taster", "buddy"],
        "payment": "paid",
        "places_sought": 6,
        "closes_in_days": None,
        "contact": "joanne",
        "training": [],
        "related": ["leaflet-readers"],
    },
    "young-carers-focus-group": {
        "kind": "one_off",
        "organisation": "carers",
        "topics": ["young_people", "older_people"],
        "audiences": ["young_people", "parents_carers"],
        "frequency": "one_off",
        "delivery": ["in_person", "online"],
        "venue": "carers-hub",
        "support": ["briefing"],
        "payment": "voluntary",
        "places_sought": 10,
        "closes_in_days": 50,
        "contact": "marek",
        "training": [],
        "related": ["hospital-discharge-carers", "youth-forum"],
    },
}

# The words of each opportunity. Empty strings are left out for brevity and filled in as "".
PAGES = {
    "diabetes-clinic-lay-partner": {
        "title": "Lay partner: diabetes clinic redesign",
        "summary": (
            "Help us redesign the adult diabetes clinic at Brackenford General, so appointments are easier to "
            "get to and feel less rushed."
        ),
        "usual_time": "Second Wednesday of the month, 2pm to 4pm",
        "meeting_length": "2 hours",
        "role_length": "12 months",
        "preparation": "About 30 minutes of reading before each meeting",
        "online_details": "You can join by video call on Microsoft Teams. We can lend you a tablet.",
        "payment_rate": "£25 for each meeting, plus travel and parking",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>You will join a small team of doctors, nurses and managers who want to change how the "
                "diabetes clinic works. You will help decide what to change first and check that the changes "
                "work for patients.</p>"
                "<h2>Who we are looking for</h2>"
                "<p>You have type 1 or type 2 diabetes, or you care for someone who does. You do not need any "
                "experience of meetings. We want to hear what it is really like to use the clinic.</p>"
            ),
            details(
                "What happens at a meeting?",
                "<p>We look at one part of the clinic at a time, such as booking, waiting or follow-up. "
                "Everyone says what they think. The chair makes sure lay partners speak first.</p>",
            ),
            inset_text(
                "<p>Read " + page_link("get-involved", "how to get involved") + " to find out what lay partners "
                "do and the support we give.</p>"
            ),
        ],
        "form_fields": [
            checkboxes("which_days_suit_you", "Which days suit you?", WEEKDAYS, "Tick all that apply."),
        ],
    },
    "maternity-voices": {
        "title": "Maternity and neonatal voices partnership",
        "summary": (
            "Parents and families working with midwives and doctors to improve maternity and newborn care at "
            "Brackenford General."
        ),
        "usual_time": "First Thursday of the month, 6:30pm to 8pm",
        "meeting_length": "90 minutes",
        "role_length": "At least 6 months",
        "preparation": "None. We send a short summary before each meeting.",
        "online_details": "Join by video call. Babies and children are welcome on screen and in the room.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>You will share what helped and what did not during pregnancy, birth and the first weeks "
                "with your baby. Together we choose what to improve each year, such as the information given "
                "on the ward or support with feeding.</p>"
                "<h2>Who we are looking for</h2>"
                "<p>Parents, partners and families who have used maternity or neonatal services in the last "
                "few years. We especially want to hear from dads, young parents and families whose first "
                "language is not English.</p>"
            ),
            inset_text("<p>We can arrange an interpreter for meetings. Tell us which language you need.</p>"),
        ],
        "form_fields": [
            radio(
                "used_maternity_unit_recently",
                "Have you used the maternity unit in the last 2 years?",
                ["Yes", "No", "I would rather not say"],
            ),
            checkboxes("which_days_suit_you", "Which days suit you?", WEEKDAYS, "Tick all that apply."),
        ],
    },
    "leaflet-readers": {
        "title": "Leaflet readers group",
        "summary": (
            "Read draft patient leaflets and letters at home and tell us if they are clear. It takes about an "
            "hour, once a month."
        ),
        "usual_time": "Whenever suits you",
        "meeting_length": "About 1 hour each time",
        "role_length": "As long as you like",
        "preparation": "",
        "online_details": "",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>About once a month we send you a draft leaflet, letter or web page by email or by post. "
                "You read it and answer 2 short questions: is it clear, and what would you change?</p>"
                "<p>You have 2 weeks to reply. If you are busy, skip that one. There is no need to explain.</p>"
                "<h2>Who we are looking for</h2>"
                "<p>Anyone who lives in Brackenford or Weir Valley. People who find health information hard to "
                "read are especially welcome: you are the people leaflets must work for.</p>"
            ),
        ],
        "form_fields": [
            radio("how_to_receive", "How would you like to get the leaflets?", ["By email", "By post"]),
        ],
    },
    "youth-forum": {
        "title": "Open Door youth health forum",
        "summary": (
            "Are you 14 to 25? Meet other young people every 2 weeks and help change health services for "
            "young people in Brackenford."
        ),
        "usual_time": "Every other Tuesday, 5pm to 6:30pm",
        "meeting_length": "90 minutes, with pizza",
        "role_length": "As long as you like",
        "preparation": "",
        "online_details": "",
        "payment_rate": "£15 shopping voucher for each session",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>The forum talks about things that matter to young people, like mental health support, "
                "sexual health clinics and moving from children's to adult services. Staff come to listen "
                "and come back to tell you what changed.</p>"
                "<h2>Who can join</h2>"
                "<p>Anyone aged 14 to 25 who lives or studies in Brackenford. If you are under 16, we will "
                "ask a parent or carer to say it is OK.</p>"
            ),
            details(
                "I am nervous about coming on my own",
                "<p>That is normal. Come to a taster session first, and bring a friend if you like. A forum "
                "member can meet you at the door and sit with you.</p>",
            ),
        ],
        "form_fields": [
            radio("age_group", "How old are you?", ["14 or 15", "16 or 17", "18 to 25"]),
        ],
    },
    "young-minds-website-review": {
        "title": "Review our young people's mental health web pages",
        "summary": "Try our new mental health pages for young people on your phone and tell us what you think.",
        "usual_time": "Any time before the closing date",
        "meeting_length": "About 45 minutes",
        "role_length": "One-off",
        "preparation": "",
        "online_details": "You will get a link to the pages and a short online form.",
        "payment_rate": "£10 shopping voucher",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>Open the new pages on your phone or computer. Find out how to get help on a bad day, "
                "then answer a few questions about what was easy and what was confusing.</p>"
                "<p>We can post you printed pages instead if you prefer.</p>"
            ),
        ],
        "form_fields": [],
    },
    "urgent-care-design-day": {
        "title": "Design day: the new urgent treatment centre",
        "summary": (
            "Spend a day with staff planning how the new urgent treatment centre at Riverside should work, "
            "from arriving to going home."
        ),
        "usual_time": "Saturday, 10am to 3pm",
        "meeting_length": "5 hours, with lunch and breaks",
        "role_length": "One day",
        "preparation": "",
        "online_details": "",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>We will walk through the plans together, room by room. You will tell us where people "
                "might get lost, wait too long or feel worried, and help us fix it before building starts.</p>"
                "<p>An urgent treatment centre treats injuries and illnesses that need care today but are not "
                "life-threatening, such as sprains or minor burns.</p>"
            ),
        ],
        "form_fields": [],
    },
    "hospital-discharge-carers": {
        "title": "Carer lay partner: leaving hospital",
        "summary": (
            "Unpaid carers helping hospital and council staff make leaving hospital safer and less stressful "
            "for older people and their families."
        ),
        "usual_time": "Mondays, 10am to 11:30am",
        "meeting_length": "90 minutes",
        "role_length": "3 months",
        "preparation": "",
        "online_details": "You can join by phone or video call if you cannot leave the person you care for.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>Leaving hospital can happen quickly, and carers often say nobody told them what to expect. "
                "You will help write a simple checklist for families and test it on 2 wards.</p>"
                "<p>We pay for replacement care while you are at meetings.</p>"
            ),
        ],
        "form_fields": [
            checkboxes("which_days_suit_you", "Which days suit you?", WEEKDAYS, "Tick all that apply."),
        ],
    },
    "gp-online-booking-survey": {
        "title": "Survey: booking GP appointments online",
        "summary": "Tell us how you book GP appointments and what gets in the way. It takes about 10 minutes.",
        "usual_time": "Any time",
        "meeting_length": "About 10 minutes",
        "role_length": "One-off",
        "preparation": "",
        "online_details": "Fill in the survey online, or ask for a paper copy with a freepost envelope.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Why we are asking</h2>"
                "<p>GP practices in Weir Valley are changing how people book appointments. We want to know "
                "what works for you, including if you never book online.</p>"
                "<p>Your answers are anonymous. We will share what we learn on this website.</p>"
            ),
        ],
        "form_fields": [],
    },
    "community-mental-health-group": {
        "title": "Community mental health reference group",
        "summary": (
            "People with experience of mental health services meeting online each month to shape community "
            "mental health care in Weir Valley."
        ),
        "usual_time": "Last Friday of the month, 11am to 12:30pm",
        "meeting_length": "90 minutes",
        "role_length": "12 months",
        "preparation": "About 20 minutes",
        "online_details": "Video call on Microsoft Teams, with cameras optional.",
        "payment_rate": "£30 for each meeting",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>The group gives advice on new services before they start, for example a crisis café or "
                "changes to how referrals work. Members decide the ground rules together.</p>"
                "<p>You can take a break from the group at any time if you need to.</p>"
            ),
        ],
        "form_fields": [],
    },
    "cancer-day-unit-visit": {
        "title": "First impressions visit: cancer day unit",
        "summary": (
            "Walk round the cancer day unit with a member of staff and tell us how it feels to arrive there "
            "for the first time."
        ),
        "usual_time": "A weekday morning that suits you",
        "meeting_length": "2 hours",
        "role_length": "One-off",
        "preparation": "",
        "online_details": "",
        "payment_rate": "£20 for the visit, plus travel and parking",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>You will look at the unit through a newcomer's eyes: the signs, the welcome, the waiting "
                "area and the information on the walls. Afterwards we talk through what you noticed.</p>"
                "<p>You do not need to have had cancer treatment. A fresh pair of eyes is what we need.</p>"
            ),
        ],
        "form_fields": [],
    },
    "easy-read-checkers": {
        "title": "Easy Read checkers",
        "summary": (
            "People with a learning disability checking that our Easy Read letters and leaflets are easy to "
            "understand."
        ),
        "usual_time": "Third Tuesday of the month, 1pm to 3pm",
        "meeting_length": "2 hours, with a break",
        "role_length": "As long as you like",
        "preparation": "",
        "online_details": "",
        "payment_rate": "£20 for each session",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>We read Easy Read documents together. You tell us which words and pictures are clear and "
                "which are not. Then we change them.</p>"
                "<p>You can bring a supporter. We pay for their travel too.</p>"
            ),
        ],
        "form_fields": [],
    },
    "young-carers-focus-group": {
        "title": "Young carers focus group",
        "summary": (
            "Do you help look after someone at home? Tell us what would make hospital visits and "
            "appointments easier for young carers."
        ),
        "usual_time": "A Saturday morning in the school holidays",
        "meeting_length": "2 hours",
        "role_length": "One-off",
        "preparation": "",
        "online_details": "You can join online if you cannot get to the Carers' Hub.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>What you will do</h2>"
                "<p>You will meet other young carers and talk about what happens when the person you care for "
                "goes to hospital. There are snacks, games and no right or wrong answers.</p>"
            ),
        ],
        "form_fields": [
            radio("age_group", "How old are you?", ["Under 14", "14 to 17", "18 to 25"]),
        ],
    },
}
