"""Fictional people signed up for the demo events. Emails use example.org and phone numbers the 07700 900xxx
drama range; some are the same people as in the opportunities demo, because people who get involved tend to
come to more than one thing.

Each event's list is in the order people signed up. `steps` are the statuses a sign-up went through: the
first is where the public form (or staff, for someone who phoned in) put it, the rest are later decisions.
Answers to extra questions are keyed by the question's clean name, in the language of the page used.
Feedback is (rating, would come again, what worked, what to change, anything else).
"""

import re
import unicodedata


def person(name, *steps, **details):
    """A sign-up; confirmed unless `steps` say otherwise, with an email made from the name unless given."""
    return {"name": name, "steps": steps or ("confirmed",), "email": details.pop("email", email_for(name)), **details}


def email_for(name):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]", "", ascii_name.lower().replace(" ", ".")) + "@example.org"


ATTENDED = ("confirmed", "attended")
NO_SHOW = ("confirmed", "no_show")
CANCELLED = ("confirmed", "cancelled")
APPROVED = ("pending", "confirmed")

SIGNUPS = {
    # Nearly full: 13 of 15 places taken (one person cancelled).
    "outpatient-letters-sprint": [
        person("Grace Whitfield", answers={"had_outpatient_appointment": "Yes"}),
        person("Samuel Adeyemi", answers={"had_outpatient_appointment": "Yes"}),
        person(
            "Margaret Ellis",
            email="",
            phone="07700 900107",
            preferred_contact="phone",
            access_needs=["large_print", "step_free"],
            access_needs_details="I use a walking frame. Large print copies of the letters, please.",
            answers={"had_outpatient_appointment": "Yes"},
            phoned_in=True,
        ),
        person("Peter Lawson", access_needs=["easy_read"], answers={"had_outpatient_appointment": "No"}),
        person("Nadia Hussain", answers={"had_outpatient_appointment": "I care for someone who has"}),
        person("Bill Thornton", answers={"had_outpatient_appointment": "Yes"}),
        person("Rosa Delgado", *CANCELLED, answers={"had_outpatient_appointment": "Yes"}),
        person("Kwame Mensah", answers={"had_outpatient_appointment": "Yes"}),
        person(
            "Joyce Fletcher",
            access_needs=["hearing_loop"],
            answers={"had_outpatient_appointment": "Yes"},
        ),
        person("Harpreet Gill", answers={"had_outpatient_appointment": "I care for someone who has"}),
        person("Luke Pemberton", answers={"had_outpatient_appointment": "No"}),
        person("Siobhan Kelly", phone="07700 900203", answers={"had_outpatient_appointment": "Yes"}),
        person("Dorothy Nwosu", answers={"had_outpatient_appointment": "Yes"}),
        person("Imran Qureshi", answers={"had_outpatient_appointment": "I care for someone who has"}),
    ],
    # Full: all 12 places taken and 3 people waiting, in the order they will be offered a place.
    "discharge-sprint-brackenford": [
        person("Ray Booth", email="", phone="07700 900115", preferred_contact="phone", phoned_in=True),
        person(
            "Sunita Patel",
            answers={"experience_of_leaving_hospital": "Nobody told us which equipment Dad would need at home."},
        ),
        person("Colin Hart"),
        person("Maureen Doyle", access_needs=["step_free"], access_needs_details="I use a wheelchair."),
        person("Anthony Brennan"),
        person(
            "Krystyna Nowicka",
            language="pl",
            access_needs=["spoken_interpreter"],
            access_needs_details="Proszę o tłumacza języka polskiego.",
            answers={"experience_of_leaving_hospital": "Mama czekała cały dzień na leki do domu."},
        ),
        person("Gwen Roberts"),
        person("Yusuf Ali", language="ar"),
        person("Pauline Carter", access_needs=["companion"], access_needs_details="My husband will come with me."),
        person("Derek Simmons"),
        person("Ewa Mazur", language="pl"),
        person("Lorraine Baptiste"),
        person("Frank Oduya", "waitlisted"),
        person("Hanan Saleh", "waitlisted", language="ar", phone="07700 900212"),
        person("Alison Crane", "waitlisted"),
    ],
    "discharge-sprint-weir-valley": [
        person("Janet Obi"),
        person("Trevor Lamb", email="", phone="07700 900215", preferred_contact="phone", phoned_in=True),
        person("Shazia Akhtar", access_needs=["dietary"], access_needs_details="Vegetarian, please."),
        person("Ken Whitlock"),
    ],
    "maternity-sharing-event": [
        person("Chloe Dunn", answers={"joining_how": "In person"}),
        person("Zofia Kowalczyk", language="pl", answers={"joining_how": "Osobiście"}),
        person("Aisha Rahman", language="ar", answers={"joining_how": "عبر الإنترنت"}),
        person("Ruth Mensah", answers={"joining_how": "Online"}),
        person("Jamie Walsh", answers={"joining_how": "In person"}),
        person(
            "Precious Ndlovu",
            access_needs=["bsl"],
            access_needs_details="I am Deaf and need a BSL interpreter.",
            answers={"joining_how": "In person"},
        ),
        person("Agnieszka Lis", language="pl", answers={"joining_how": "Online"}),
        person("Sophie Turner", answers={"joining_how": "Online"}),
        person("Mariam Haddad", language="ar", answers={"joining_how": "حضوريًا"}),
    ],
    "getting-started-online": [
        person("Helen Marsh"),
        person("Owen Pryce"),
        person("Fatima Begum", phone="07700 900122", access_needs=["spoken_interpreter"]),
        person("Tomasz Wójcik", language="pl"),
        person("Linda Green", email="", phone="07700 900120", preferred_contact="phone", phoned_in=True),
        person("Omar Farouk", language="ar"),
        person("Bethan Price"),
        person("Michael Oyelaran"),
    ],
    # Needs approval: 3 approved, 3 waiting for a decision, 1 not approved.
    "interview-panel-training": [
        person("Grace Whitfield", *APPROVED, answers={"how_you_volunteer_now": "Lay partner, diabetes clinic"}),
        person("Samuel Adeyemi", *APPROVED, answers={"how_you_volunteer_now": "Leaflet readers group"}),
        person("Sunita Patel", *APPROVED, answers={"how_you_volunteer_now": "Carer lay partner"}),
        person(
            "Steve Marchant",
            "pending",
            "rejected",
            answers={"how_you_volunteer_now": "I do not volunteer yet, but I would like to."},
            reason=(
                "This training is for people who already volunteer with us. We have invited Steve to the "
                "online introduction instead."
            ),
        ),
        person(
            "Owen Pryce",
            "pending",
            access_needs=["companion"],
            answers={"how_you_volunteer_now": "Community mental health reference group"},
        ),
        person(
            "Karen Lloyd", "pending", answers={"how_you_volunteer_now": "Design day for the new urgent care centre"}
        ),
        person(
            "Tom Baxter",
            "pending",
            email="",
            phone="07700 900124",
            preferred_contact="phone",
            access_needs=["easy_read", "companion"],
            access_needs_details="My support worker Sam comes with me.",
            answers={"how_you_volunteer_now": "Easy Read checkers"},
        ),
    ],
    "youth-forum-winter": [
        person(
            "Jayden Clarke",
            email="",
            phone="07700 900112",
            preferred_contact="text",
            answers={"age_group": "16 or 17"},
        ),
        person(
            "Amira Yusuf",
            answers={"age_group": "18 to 25"},
            access_needs=["dietary"],
            access_needs_details="Halal or vegetarian food, please.",
        ),
        person(
            "Mia Robinson",
            under_16=True,
            guardian_name="Claire Robinson",
            guardian_contact="07700 900231",
            answers={"age_group": "14 or 15"},
        ),
        person(
            "Callum Reid",
            under_16=True,
            guardian_name="Fiona Reid",
            guardian_contact="fiona.reid@example.org",
            access_needs=["companion"],
            access_needs_details="I am autistic. I would like to sit near the door.",
            answers={"age_group": "14 or 15"},
        ),
        person("Priya Chauhan", answers={"age_group": "18 to 25"}),
        person("Tyler Jenkins", answers={"age_group": "16 or 17"}),
        person("Zainab Osman", answers={"age_group": "16 or 17"}),
    ],
    "carers-coffee-drop-in": [
        person("Janet Obi"),
        person("Ray Booth", email="", phone="07700 900115", preferred_contact="phone"),
        person("Barbara Quinn", access_needs=["hearing_loop"]),
        person("Graham Fisher"),
        person("Lucy Hammond"),
    ],
    # Past events, with who came and what they thought.
    "urgent-care-waiting-sprint": [
        person(
            "Karen Lloyd",
            *ATTENDED,
            feedback=(5, "yes", "Staff really listened. We changed the signs there and then.", "", ""),
        ),
        person(
            "Mohammed Al-Sayed",
            *ATTENDED,
            phone="07700 900119",
            feedback=(
                4,
                "yes",
                "Walking round the waiting area together.",
                "It was a long day. A shorter session would suit people who work shifts.",
                "",
            ),
        ),
        person(
            "Helen Marsh",
            *ATTENDED,
            access_needs=["step_free"],
            feedback=(5, "yes", "Everything was step-free and someone met me at the door.", "", ""),
        ),
        person(
            "Daniel Osei",
            *ATTENDED,
            email="",
            phone="07700 900102",
            preferred_contact="phone",
            access_needs=["hearing_loop"],
            feedback=(
                3,
                "maybe",
                "The parents' stories.",
                "The hearing loop was not switched on until 11am.",
                "I would come again if the loop is checked first.",
            ),
        ),
        person("Rachel Adams", *ATTENDED, feedback=(4, "yes", "Good mix of staff and patients.", "More breaks.", "")),
        person("Marcus Bell", *ATTENDED),
        person("Leanne Shaw", *CANCELLED),
        person(
            "Gareth Morgan",
            *ATTENDED,
            feedback=(5, "yes", "Lunch was lovely and I felt like an equal.", "", "Thank you for having me."),
        ),
        person("Nisha Verma", *ATTENDED),
        person("Stuart Kerr", *NO_SHOW),
        person("Adele Fox", *ATTENDED),
        person("Patrick Byrne", *NO_SHOW),
    ],
    "cancer-unit-sharing-event": [
        person(
            "George Whitaker",
            *ATTENDED,
            feedback=(5, "yes", "Seeing the new welcome desk I suggested. It made my day.", "", ""),
        ),
        person("Eileen Parsons", *ATTENDED, access_needs=["large_print"]),
        person(
            "Samuel Adeyemi",
            *ATTENDED,
            feedback=(4, "yes", "Clear and short.", "Put the slides online afterwards.", ""),
        ),
        person("Joan Whitfield", *ATTENDED),
        person("Roy Castleton", *NO_SHOW),
        person(
            "Anita Desai",
            *ATTENDED,
            feedback=(4, "maybe", "Friendly staff.", "It was hard to hear at the back of the room.", ""),
        ),
        person("Brian Holt", *ATTENDED),
        person("Carol Wu", *ATTENDED),
    ],
    "plain-english-workshop": [
        person(
            "Peter Lawson",
            *ATTENDED,
            access_needs=["easy_read"],
            feedback=(5, "yes", "Practical examples from real leaflets.", "", "Please run another one."),
        ),
        person(
            "Beata Wiśniewska",
            *ATTENDED,
            feedback=(
                5,
                "yes",
                "Good examples and plenty of time for questions.",
                "",
                "English is my second language, and this workshop helped me a lot.",
            ),
        ),
        person("Margaret Ellis", *ATTENDED, email="", phone="07700 900107", preferred_contact="phone"),
        person(
            "Samuel Adeyemi",
            *ATTENDED,
            feedback=(4, "yes", "Short and focused.", "Send the examples a day before.", ""),
        ),
        person("Janet Obi", *ATTENDED),
        person("Olivia Grant", *NO_SHOW),
        person("Hassan Mahmoud", *ATTENDED),
    ],
    "youth-forum-autumn": [
        person(
            "Jayden Clarke",
            *ATTENDED,
            email="",
            phone="07700 900112",
            preferred_contact="text",
            answers={"age_group": "16 or 17"},
            feedback=(5, "yes", "The nurses actually answered our questions.", "", ""),
        ),
        person("Amira Yusuf", *ATTENDED, answers={"age_group": "18 to 25"}),
        person(
            "Mia Robinson",
            *ATTENDED,
            under_16=True,
            guardian_name="Claire Robinson",
            guardian_contact="07700 900231",
            answers={"age_group": "14 or 15"},
            feedback=(4, "yes", "The quiz was fun.", "Start a bit later so I can get there from school.", ""),
        ),
        person("Ellie Fraser", *NO_SHOW, answers={"age_group": "16 or 17"}),
        person("Tyler Jenkins", *ATTENDED, answers={"age_group": "16 or 17"}),
        person("Zainab Osman", *ATTENDED, answers={"age_group": "16 or 17"}),
    ],
    "riverside-health-drop-in": [
        person(
            "Linda Green",
            *ATTENDED,
            email="",
            phone="07700 900120",
            preferred_contact="phone",
            feedback=(5, "yes", "Someone helped me fill in the paper survey.", "", ""),
        ),
        person("Fatima Begum", *ATTENDED, phone="07700 900122"),
        person(
            "Alan Pickering",
            *ATTENDED,
            feedback=(
                3,
                "maybe",
                "Quick and easy.",
                "Tell people about it sooner. I only saw the poster that day.",
                "",
            ),
        ),
        person("Wendy Harper", *ATTENDED),
        person("Dev Sharma", *ATTENDED),
    ],
}
