"""Easy Read versions of three demo pages (how to get involved, the leaflet readers group and the Brackenford
leaving hospital sprint), in English, Polish and Arabic, each point with a picture from images/easy-read/.

Found again by parent and slug, and published only when the words differ, like the rest of the demo."""

from wagtail.models import Locale

from home.models import EasyReadPage

# Pictures: key -> (title, file under home/demo/images/). The alt text is written per point and language.
PICTURES = {
    key: (f"Easy Read picture: {title}", f"easy-read/{key}.png")
    for key, title in {
        "people": "people together",
        "talking": "two speech bubbles",
        "calendar": "a calendar",
        "clock": "a clock",
        "money": "a pound coin",
        "bus": "a bus",
        "phone": "a mobile phone",
        "home": "a house",
        "tick": "a green tick",
        "help": "a question mark",
    }.items()
}

# Where each Easy Read page goes: (kind of parent, the parent's demo key).
PARENTS = {
    "get-involved": ("page", "get-involved"),
    "leaflet-readers": ("opportunity", "leaflet-readers"),
    "discharge-sprint-brackenford": ("event", "discharge-sprint-brackenford"),
}

# language -> page key -> {"title", "search_description", "points": [(picture, alt text, sentence)]}
CONTENT = {
    "en": {
        "get-involved": {
            "title": "How to get involved: Easy Read",
            "search_description": "How to help make NHS care better, in Easy Read.",
            "points": [
                ("people", "People together", "You can help us make NHS care better."),
                ("talking", "Two speech bubbles", "Tell us what it is like to use our services."),
                ("calendar", "A calendar", "Choose something that fits your week."),
                ("home", "A house", "Some things you can do from home."),
                ("money", "A pound coin", "We pay your travel. Some roles are paid too."),
                ("phone", "A mobile phone", "Call us if you want to talk first: 01632 960 418."),
            ],
        },
        "leaflet-readers": {
            "title": "Leaflet readers group: Easy Read",
            "search_description": "Read our leaflets at home and tell us if they are clear, in Easy Read.",
            "points": [
                ("home", "A house", "Read our leaflets and letters at home."),
                ("tick", "A green tick", "Tell us if they are clear and easy to read."),
                ("calendar", "A calendar", "We send you one about once a month."),
                ("clock", "A clock", "It takes about 1 hour."),
                ("talking", "Two speech bubbles", "Answer 2 short questions by email, post or phone."),
                ("help", "A question mark", "Busy that month? You can skip it."),
            ],
        },
        "discharge-sprint-brackenford": {
            "title": "Leaving hospital morning: Easy Read",
            "search_description": "A morning to make going home from hospital better, in Easy Read.",
            "points": [
                ("calendar", "A calendar", "Come for one morning at Brackenford General Hospital."),
                ("people", "People together", "You work with ward staff and carers."),
                ("home", "A house", "We talk about going home from hospital."),
                ("talking", "Two speech bubbles", "Tell us what helped and what was hard."),
                ("bus", "A bus", "We pay for your travel."),
                ("clock", "A clock", "You can take a break at any time."),
            ],
        },
    },
    "pl": {
        "get-involved": {
            "title": "Jak się zaangażować: tekst łatwy do czytania",
            "search_description": "Jak pomóc ulepszyć opiekę NHS, w tekście łatwym do czytania.",
            "points": [
                ("people", "Ludzie razem", "Możesz pomóc nam ulepszyć opiekę NHS."),
                ("talking", "Dwa dymki rozmowy", "Powiedz nam, jak korzystasz z naszych usług."),
                ("calendar", "Kalendarz", "Wybierz coś, co pasuje do Twojego tygodnia."),
                ("home", "Dom", "Niektóre rzeczy możesz robić z domu."),
                ("money", "Moneta jednofuntowa", "Płacimy za dojazd. Niektóre role są też płatne."),
                ("phone", "Telefon komórkowy", "Zadzwoń, jeśli chcesz najpierw porozmawiać: 01632 960 418."),
            ],
        },
        "leaflet-readers": {
            "title": "Grupa czytelników ulotek: tekst łatwy do czytania",
            "search_description": "Czytaj nasze ulotki w domu i powiedz, czy są jasne. Tekst łatwy do czytania.",
            "points": [
                ("home", "Dom", "Czytaj nasze ulotki i listy w domu."),
                ("tick", "Zielony znaczek", "Powiedz nam, czy są jasne i łatwe do czytania."),
                ("calendar", "Kalendarz", "Wysyłamy jedną mniej więcej raz w miesiącu."),
                ("clock", "Zegar", "To zajmuje około 1 godziny."),
                ("talking", "Dwa dymki rozmowy", "Odpowiedz na 2 krótkie pytania e-mailem, pocztą lub telefonicznie."),
                ("help", "Znak zapytania", "Masz zajęty miesiąc? Możesz go pominąć."),
            ],
        },
        "discharge-sprint-brackenford": {
            "title": "Poranek o wychodzeniu ze szpitala: tekst łatwy do czytania",
            "search_description": "Poranek, by ulepszyć powrót ze szpitala do domu. Tekst łatwy do czytania.",
            "points": [
                ("calendar", "Kalendarz", "Przyjdź na jeden poranek do szpitala Brackenford General."),
                ("people", "Ludzie razem", "Pracujesz z personelem oddziału i opiekunami."),
                ("home", "Dom", "Rozmawiamy o powrocie ze szpitala do domu."),
                ("talking", "Dwa dymki rozmowy", "Powiedz nam, co pomogło, a co było trudne."),
                ("bus", "Autobus", "Płacimy za dojazd."),
                ("clock", "Zegar", "Możesz zrobić przerwę w każdej chwili."),
            ],
        },
    },
    "ar": {
        "get-involved": {
            "title": "كيف تشارك: نص سهل القراءة",
            "search_description": "كيف تساعد في تحسين رعاية NHS، بنص سهل القراءة.",
            "points": [
                ("people", "أشخاص معًا", "يمكنك مساعدتنا في تحسين رعاية NHS."),
                ("talking", "فقاعتا كلام", "أخبرنا كيف تجد خدماتنا."),
                ("calendar", "تقويم", "اختر شيئًا يناسب أسبوعك."),
                ("home", "منزل", "يمكنك القيام ببعض الأشياء من المنزل."),
                ("money", "قطعة نقدية بجنيه واحد", "ندفع تكاليف تنقلك. وبعض الأدوار مدفوعة أيضًا."),
                ("phone", "هاتف محمول", "اتصل بنا إن أردت التحدث أولًا: 01632 960 418."),
            ],
        },
        "leaflet-readers": {
            "title": "مجموعة قرّاء النشرات: نص سهل القراءة",
            "search_description": "اقرأ نشراتنا في المنزل وأخبرنا إن كانت واضحة، بنص سهل القراءة.",
            "points": [
                ("home", "منزل", "اقرأ نشراتنا ورسائلنا في المنزل."),
                ("tick", "علامة صح خضراء", "أخبرنا إن كانت واضحة وسهلة القراءة."),
                ("calendar", "تقويم", "نرسل لك واحدة مرة في الشهر تقريبًا."),
                ("clock", "ساعة", "يستغرق ذلك ساعة واحدة تقريبًا."),
                ("talking", "فقاعتا كلام", "أجب عن سؤالين قصيرين بالبريد الإلكتروني أو البريد أو الهاتف."),
                ("help", "علامة استفهام", "مشغول هذا الشهر؟ يمكنك تخطيه."),
            ],
        },
        "discharge-sprint-brackenford": {
            "title": "صباح مغادرة المستشفى: نص سهل القراءة",
            "search_description": "صباح لتحسين العودة من المستشفى إلى المنزل، بنص سهل القراءة.",
            "points": [
                ("calendar", "تقويم", "تعال لصباح واحد إلى مستشفى Brackenford General."),
                ("people", "أشخاص معًا", "تعمل مع موظفي الجناح ومقدمي الرعاية."),
                ("home", "منزل", "نتحدث عن العودة من المستشفى إلى المنزل."),
                ("talking", "فقاعتا كلام", "أخبرنا ما الذي ساعدك وما الذي كان صعبًا."),
                ("bus", "حافلة", "ندفع تكاليف تنقلك."),
                ("clock", "ساعة", "يمكنك أخذ استراحة في أي وقت."),
            ],
        },
    },
}

SLUG = "easy-read"


def load_easy_read(loader):
    """Create or update the Easy Read pages; returns {language: [page, ...]}."""
    pictures = {key: loader.ensure_image(*spec) for key, spec in PICTURES.items()}
    loaded = {}
    for code, pages in CONTENT.items():
        for key, text in pages.items():
            parent = _parent(loader, code, key)
            if parent is None:
                continue
            page = _ensure_page(loader, code, key, parent, text["title"])
            fields = {
                "title": text["title"],
                "search_description": text["search_description"],
                "body": _body(loader, code, key, text["points"], pictures),
            }
            loader.publish_if_changed(page, fields)
            loaded.setdefault(code, []).append(page)
    return loaded


def _parent(loader, code, key):
    kind, demo_key = PARENTS[key]
    if kind == "page":
        return loader.pages[code].get(demo_key)
    from community.models import EventPage
    from opportunities.models import OpportunityPage

    model = OpportunityPage if kind == "opportunity" else EventPage
    english = model.objects.filter(slug=demo_key, locale__language_code="en").first()
    if english is None:
        return None
    return english if code == "en" else english.get_translation_or_none(Locale.objects.get(language_code=code))


def _ensure_page(loader, code, key, parent, title):
    page = EasyReadPage.objects.child_of(parent).first()
    if page is not None:
        return page
    if code != "en":
        english = EasyReadPage.objects.child_of(_parent(loader, "en", key)).first()
        if english is not None:
            page = english.copy_for_translation(Locale.objects.get(language_code=code))
            loader.changes.append(f"Created {code} translation of {english.title!r}")
            return EasyReadPage.objects.get(pk=page.pk)
    page = EasyReadPage(title=title, slug=SLUG, live=False, body=[])
    parent.add_child(instance=page)
    loader.changes.append(f"Created page {page.url_path}")
    return page


def _body(loader, code, key, points, pictures):
    return loader.stream(
        code,
        f"easy-read/{key}",
        [("point", {"image": pictures[picture].pk, "image_alt": alt, "text": text}) for picture, alt, text in points],
    )
