"""Fictional people for the demo: expressions of interest at every stage, the leaflet readers group and
topic alert subscribers. Emails use example.org and phone numbers the 07700 900xxx drama range.

Each interest names its opportunity by key, the language version the person used, how many days ago it
arrived, and the stages it went through after "new" ("by_person" for a withdrawal the person made).
Answers to extra questions are keyed by the question's clean name, in the language of the page.
"""

INTERESTS = [
    # Lay partner: diabetes clinic (2 places: 1 placed)
    {
        "opportunity": "diabetes-clinic-lay-partner",
        "name": "Grace Whitfield",
        "email": "grace.whitfield@example.org",
        "phone": "07700 900101",
        "why": (
            "I have had type 1 diabetes for 20 years and have sat in that waiting room more times than I can "
            "count. I would like to help make appointments feel less rushed."
        ),
        "how_heard": "staff",
        "how_heard_details": "My diabetes nurse",
        "answers": {"which_days_suit_you": "Tuesday, Wednesday"},
        "days_ago": 40,
        "stages": ["contacted", "briefing_arranged", "taster_attended", "placed"],
    },
    {
        "opportunity": "diabetes-clinic-lay-partner",
        "name": "Daniel Osei",
        "preferred_contact": "phone",
        "phone": "07700 900102",
        "access_needs": ["hearing_loop"],
        "why": (
            "My dad has type 2 diabetes and I take him to the clinic. The letters confuse him and I would "
            "like to help fix that."
        ),
        "how_heard": "poster",
        "how_heard_details": "Poster in the clinic waiting room",
        "answers": {"which_days_suit_you": "Wednesday"},
        "days_ago": 12,
        "stages": ["contacted", "briefing_arranged"],
        "note": "Prefers a call after 5pm. Briefing booked at the Education Centre; hearing loop checked.",
    },
    {
        "opportunity": "diabetes-clinic-lay-partner",
        "name": "Helen Marsh",
        "email": "helen.marsh@example.org",
        "access_needs": ["step_free", "companion"],
        "access_needs_details": "I use a wheelchair and my partner usually comes with me.",
        "why": "I was diagnosed last year and found the first few appointments overwhelming.",
        "how_heard": "website",
        "answers": {"which_days_suit_you": "Monday, Friday"},
        "days_ago": 3,
        "stages": [],
    },
    # Maternity voices partnership (closing soon)
    {
        "opportunity": "maternity-voices",
        "language": "pl",
        "name": "Zofia Kowalczyk",
        "email": "zofia.kowalczyk@example.org",
        "phone": "07700 900104",
        "access_needs": ["spoken_interpreter"],
        "access_needs_details": "Mówię po angielsku, ale na spotkaniach wolałabym mieć tłumacza.",
        "why": (
            "Urodziłam córkę w Brackenford w zeszłym roku. Chcę pomóc, żeby inne polskie mamy lepiej "
            "rozumiały, co dzieje się na oddziale."
        ),
        "how_heard": "community_group",
        "how_heard_details": "Polska szkoła sobotnia",
        "answers": {"used_maternity_unit_recently": "Tak", "which_days_suit_you": "Czwartek"},
        "days_ago": 9,
        "stages": ["contacted"],
    },
    {
        "opportunity": "maternity-voices",
        "language": "ar",
        "name": "Aisha Rahman",
        "email": "aisha.rahman@example.org",
        "why": "أنجبت طفلي الثاني في مستشفى براكنفورد العام. أريد أن أساعد في تحسين المعلومات للأمهات الجدد.",
        "how_heard": "friend",
        "answers": {"used_maternity_unit_recently": "نعم", "which_days_suit_you": "الثلاثاء، الخميس"},
        "days_ago": 2,
        "stages": [],
    },
    {
        "opportunity": "maternity-voices",
        "name": "Chloe Dunn",
        "email": "chloe.dunn@example.org",
        "why": "I had a difficult birth and I want other families to feel listened to.",
        "how_heard": "social_media",
        "answers": {"used_maternity_unit_recently": "No", "which_days_suit_you": "Thursday"},
        "days_ago": 20,
        "stages": ["contacted", "not_proceeding"],
        "reason": (
            "Chloe's last birth at the unit was 6 years ago and this role needs recent experience. She is "
            "happy to join the leaflet readers group instead."
        ),
    },
    # Leaflet readers (the reference group's recruiting opportunity)
    {
        "opportunity": "leaflet-readers",
        "name": "Margaret Ellis",
        "preferred_contact": "post",
        "phone": "07700 900107",
        "postal_address": "12 Orchard Close\nBrackenford\nBR3 1OC",
        "access_needs": ["large_print"],
        "why": "I am 78 and I often cannot read hospital letters. I would like to help make them clearer.",
        "how_heard": "poster",
        "answers": {"how_to_receive": "By post"},
        "days_ago": 60,
        "stages": ["contacted", "briefing_arranged", "placed"],
    },
    {
        "opportunity": "leaflet-readers",
        "name": "Samuel Adeyemi",
        "email": "samuel.adeyemi@example.org",
        "why": "I am a retired teacher. Checking things are clear is what I did all my working life.",
        "how_heard": "email",
        "answers": {"how_to_receive": "By email"},
        "days_ago": 55,
        "stages": ["contacted", "placed"],
    },
    {
        "opportunity": "leaflet-readers",
        "language": "pl",
        "name": "Beata Wiśniewska",
        "email": "beata.wisniewska@example.org",
        "why": "Angielski to mój drugi język, więc szybko widzę, które zdania są trudne.",
        "how_heard": "website",
        "answers": {"how_to_receive": "E-mailem"},
        "days_ago": 50,
        "stages": ["contacted", "placed"],
    },
    {
        "opportunity": "leaflet-readers",
        "name": "Peter Lawson",
        "email": "peter.lawson@example.org",
        "access_needs": ["easy_read"],
        "why": "I have dyslexia. If I can follow a leaflet, most people can.",
        "how_heard": "friend",
        "answers": {"how_to_receive": "By email"},
        "days_ago": 45,
        "stages": ["contacted", "placed"],
    },
    {
        "opportunity": "leaflet-readers",
        "name": "Janet Obi",
        "email": "janet.obi@example.org",
        "why": "I care for my mum and read a lot of NHS leaflets for her.",
        "how_heard": "community_group",
        "how_heard_details": "Weir Valley Carers Network newsletter",
        "answers": {"how_to_receive": "By email"},
        "days_ago": 6,
        "stages": ["contacted"],
    },
    # Youth forum
    {
        "opportunity": "youth-forum",
        "name": "Jayden Clarke",
        "preferred_contact": "text",
        "phone": "07700 900112",
        "why": "I waited ages for mental health support at school and I want it to be quicker for others.",
        "how_heard": "social_media",
        "answers": {"age_group": "16 or 17"},
        "days_ago": 15,
        "stages": ["contacted", "taster_attended"],
    },
    {
        "opportunity": "youth-forum",
        "language": "ar",
        "name": "Amira Yusuf",
        "email": "amira.yusuf@example.org",
        "access_needs": ["dietary"],
        "access_needs_details": "طعام حلال أو نباتي من فضلكم.",
        "why": "أدرس في كلية براكنفورد وأريد أن يُسمع صوت الشباب الذين وصلوا حديثًا إلى المدينة.",
        "how_heard": "friend",
        "answers": {"age_group": "من 18 إلى 25"},
        "days_ago": 4,
        "stages": [],
    },
    {
        "opportunity": "youth-forum",
        "name": "Ellie Fraser",
        "email": "ellie.fraser@example.org",
        "why": "I want to be a nurse and this sounds like a good way to start.",
        "how_heard": "website",
        "answers": {"age_group": "16 or 17"},
        "days_ago": 25,
        "stages": ["contacted", "withdrawn"],
        "by_person": True,
        "reason": "I have started college on Tuesday evenings, so I cannot come for now.",
    },
    # Carer lay partner: leaving hospital (2 places, both filled)
    {
        "opportunity": "hospital-discharge-carers",
        "name": "Ray Booth",
        "preferred_contact": "phone",
        "phone": "07700 900115",
        "why": "My wife came home from hospital with no warning and no equipment. Nobody should go through that.",
        "how_heard": "community_group",
        "answers": {"which_days_suit_you": "Monday"},
        "days_ago": 35,
        "stages": ["contacted", "briefing_arranged", "taster_attended", "placed"],
    },
    {
        "opportunity": "hospital-discharge-carers",
        "name": "Sunita Patel",
        "email": "sunita.patel@example.org",
        "why": "I care for my father, who has dementia. I have been through discharge from 3 different wards.",
        "how_heard": "staff",
        "answers": {"which_days_suit_you": "Monday, Thursday"},
        "days_ago": 30,
        "stages": ["contacted", "placed"],
    },
    {
        "opportunity": "hospital-discharge-carers",
        "name": "Colin Hart",
        "email": "colin.hart@example.org",
        "why": "I look after my brother and would like to help other carers.",
        "how_heard": "website",
        "answers": {"which_days_suit_you": "Friday"},
        "days_ago": 10,
        "stages": ["not_proceeding"],
        "reason": "Both places were filled before we could talk to Colin. He would like to hear about the next one.",
        "note": "Colin is on our list for the next carers' project. Rang him to explain; he was fine about it.",
    },
    # Design day (closed)
    {
        "opportunity": "urgent-care-design-day",
        "name": "Karen Lloyd",
        "email": "karen.lloyd@example.org",
        "why": "I took my son to the minor injuries unit 3 times last year and have plenty of ideas.",
        "how_heard": "email",
        "days_ago": 30,
        "stages": ["contacted", "placed"],
    },
    {
        "opportunity": "urgent-care-design-day",
        "name": "Mohammed Al-Sayed",
        "email": "mohammed.alsayed@example.org",
        "phone": "07700 900119",
        "why": "I am a taxi driver and take a lot of people to Riverside. I see where they get lost.",
        "how_heard": "poster",
        "days_ago": 28,
        "stages": ["contacted", "withdrawn"],
        "reason": "Mohammed rang to say he has to work that Saturday after all.",
    },
    # Survey from home
    {
        "opportunity": "gp-online-booking-survey",
        "name": "Linda Green",
        "preferred_contact": "phone",
        "phone": "07700 900120",
        "access_needs_details": "I do not use the internet. Please post me a paper copy of the survey.",
        "why": "I can never get through to my surgery on the phone at 8am.",
        "how_heard": "other",
        "how_heard_details": "Local radio",
        "days_ago": 1,
        "stages": [],
    },
    # Community mental health reference group
    {
        "opportunity": "community-mental-health-group",
        "name": "Owen Pryce",
        "email": "owen.pryce@example.org",
        "why": "I have used the crisis team twice. Some of it was brilliant and some of it really was not.",
        "how_heard": "staff",
        "days_ago": 18,
        "stages": ["contacted", "briefing_arranged"],
    },
    {
        "opportunity": "community-mental-health-group",
        "name": "Fatima Begum",
        "email": "fatima.begum@example.org",
        "phone": "07700 900122",
        "access_needs": ["spoken_interpreter"],
        "access_needs_details": "A Sylheti interpreter, please.",
        "why": "In my community people do not talk about mental health. I want to help change that.",
        "how_heard": "community_group",
        "days_ago": 7,
        "stages": ["contacted"],
    },
    # First impressions visit
    {
        "opportunity": "cancer-day-unit-visit",
        "name": "George Whitaker",
        "email": "george.whitaker@example.org",
        "why": "My sister had chemotherapy there. I remember how lost we felt on the first day.",
        "how_heard": "website",
        "days_ago": 5,
        "stages": [],
    },
    # Easy Read checkers
    {
        "opportunity": "easy-read-checkers",
        "name": "Tom Baxter",
        "preferred_contact": "phone",
        "phone": "07700 900124",
        "access_needs": ["easy_read", "companion"],
        "access_needs_details": "My support worker Sam will come with me.",
        "why": "I like reading and I want letters to be easy for people like me.",
        "how_heard": "community_group",
        "days_ago": 11,
        "stages": ["contacted", "taster_attended"],
    },
]

REFERENCE_GROUP = {
    "name": "Leaflet readers",
    "description": (
        "People who read draft leaflets, letters and web pages at home and tell us whether they are clear."
    ),
    "organisation": "bht",
    "opportunity": "leaflet-readers",
}

# Sent to the group a few days ago; two members have answered, the others have not yet.
REVIEW_REQUEST = {
    "title": "Draft leaflet: your first pregnancy appointment",
    "instructions": (
        "Please read the draft leaflet about the first appointment with a midwife. Is it clear what happens "
        "and what to bring? Tell us about any words you had to read twice."
    ),
    "link": "https://documents.example.org/first-pregnancy-appointment-draft",
    "sent_days_ago": 4,
    "due_in_days": 10,
}

# Member (by name) -> (clarity, comments) for those who have answered.
REVIEW_ANSWERS = {
    "Margaret Ellis": (
        "partly",
        "The large print copy was easy to read. I did not know what 'booking appointment' meant: it sounds "
        "like you are booking something, not having a check-up.",
    ),
    "Samuel Adeyemi": ("clear", "Clear and friendly. The list of what to bring is very helpful."),
}

# (email, language, topic slugs, days ago)
SUBSCRIPTIONS = [
    ("ruth.mensah@example.org", "en", ["maternity", "young_people"], 14),
    ("krzysztof.zielinski@example.org", "pl", ["long_term", "older_people"], 8),
]
