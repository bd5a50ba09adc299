"""Polish translations of the events index and all thirteen events.

Only the words: every other fact comes from the English page, and venues are translated by the
opportunities demo. Extra questions keep their English clean name, so answers line up in every language.
"""

from home.demo.blocks import details, inset_text, page_link, table


def agenda(rows):
    return table("Plan dnia", [["Godzina", "Co się dzieje"], *rows])


INDEX = {
    "title": "Wydarzenia",
    "search_description": "Sprinty usprawnień, spotkania informacyjne, warsztaty, forum młodzieży i dyżury.",
    "introduction": (
        "Pomóż ulepszyć lokalne usługi zdrowotne na miejscu albo przez internet. Każde wydarzenie jest "
        "bezpłatne, zwracamy koszty dojazdu i nie potrzebujesz żadnego doświadczenia. Zapisanie się zajmuje "
        "kilka minut."
    ),
}

WSPARCIE_W_DZIEN = (
    "Zwracamy koszty dojazdu i parkowania. Daj nam znać, jeśli na czas spotkania potrzebujesz opieki dla "
    "bliskiej osoby."
)

WIEK = ["14 lub 15", "16 lub 17", "Od 18 do 25"]

SPRINT_AGENDA = agenda(
    [
        ["10:00", "Powitanie i historie powrotu do domu"],
        ["10:45", "Rozpisujemy dzień wypisu ze szpitala"],
        ["11:45", "Przerwa"],
        ["12:00", "Wybieramy 3 zmiany do wypróbowania"],
        ["12:45", "Kolejne kroki"],
    ]
)

SERIES = {
    "leaving-hospital": (
        "Wyjście ze szpitala: sprinty usprawnień",
        "Ten sam poranny sprint w Brackenford i w Weir Valley, aby opiekunowie i pacjenci z obu miast mogli pomóc "
        "sprawić, że powrót ze szpitala do domu będzie bezpieczniejszy i spokojniejszy.",
    ),
}

PAGES = {
    "outpatient-letters-sprint": {
        "title": "Sprint usprawnień: jaśniejsze listy przed wizytą w szpitalu",
        "summary": (
            "Spędź dzień z personelem i pomóż napisać od nowa listy, które wysyłamy przed wizytami w szpitalu, "
            "tak żeby każdy wiedział, kiedy i dokąd przyjść oraz co ze sobą zabrać."
        ),
        "what_to_expect": (
            "<p>Będziesz pracować w małej grupie z personelem poradni i osobami, które wysyłają listy. Każda "
            "grupa bierze jeden list, czyta go na głos i razem pisze go od nowa.</p>"
            "<ul><li>Zapewniamy obiad, napoje i przekąski.</li>"
            "<li>Płacimy 25 funtów za dzień i zwracamy koszty dojazdu i parkowania.</li>"
            "<li>Możesz zrobić przerwę, kiedy tylko chcesz.</li></ul>"
        ),
        "agenda": [
            agenda(
                [
                    ["9:30", "Kawa i powitanie"],
                    ["10:00", "Co pacjenci powiedzieli nam o naszych listach"],
                    ["11:00", "Piszemy listy od nowa w małych grupach"],
                    ["12:30", "Obiad"],
                    ["13:15", "Sprawdzamy nowe listy na sobie nawzajem"],
                    ["14:45", "Co dalej i podziękowania"],
                ]
            ),
            inset_text(
                "<p>Jeśli masz list ze szpitala, który był dla ciebie niejasny, weź go ze sobą. Zakryj swoje dane.</p>"
            ),
        ],
        "form_fields": {
            "had_outpatient_appointment": {
                "label": "Czy w ciągu ostatniego roku miałeś lub miałaś wizytę w poradni szpitalnej?",
                "choices": ["Tak", "Nie", "Opiekuję się kimś, kto miał taką wizytę"],
                "help_text": "",
            },
        },
    },
    "discharge-sprint-brackenford": {
        "title": "Sprint o wypisie ze szpitala: Brackenford",
        "summary": (
            "Poranek z personelem oddziałów i opiekunami. Razem sprawimy, że powrót do domu ze Szpitala "
            "Ogólnego w Brackenford będzie bezpieczniejszy i spokojniejszy dla starszych osób i ich rodzin."
        ),
        "what_to_expect": (
            "<p>Zaczniemy od prawdziwych historii wypisu ze szpitala, dobrych i złych. Potem godzina po "
            "godzinie rozpiszemy dzień powrotu do domu i wybierzemy 3 zmiany, które wypróbujemy na oddziałach.</p>"
            "<p>Zwracamy koszty dojazdu i parkowania. Daj nam znać, jeśli na czas spotkania potrzebujesz "
            "opieki dla bliskiej osoby.</p>"
        ),
        "agenda": [
            SPRINT_AGENDA,
            details(
                "Czy to to samo co sprint w Weir Valley?",
                "<p>Tak. To ten sam sprint w innym mieście. Wybierz ten, na który łatwiej ci dotrzeć.</p>",
            ),
        ],
        "form_fields": {
            "experience_of_leaving_hospital": {
                "label": "Czy jest coś w wypisie ze szpitala, o czym chcesz porozmawiać?",
                "choices": [],
                "help_text": "To pytanie nieobowiązkowe. Wystarczy jedno lub dwa zdania.",
            },
        },
    },
    "discharge-sprint-weir-valley": {
        "title": "Sprint o wypisie ze szpitala: Weir Valley",
        "summary": (
            "Sprint o wypisie ze szpitala przyjeżdża do Weir Valley. Pomóż personelowi służby zdrowia i urzędu "
            "miasta sprawić, by powrót ze szpitala do domu był spokojniejszy dla rodzin."
        ),
        "what_to_expect": (
            "<p>To ten sam poranek co sprint w Brackenford. Prowadzi go Carers Network razem z personelem "
            "oddziałów i urzędu miasta. Najpierw słuchamy, a potem razem planujemy zmiany.</p>"
            f"<p>{WSPARCIE_W_DZIEN}</p>"
        ),
        "agenda": [SPRINT_AGENDA],
        "form_fields": {
            "experience_of_leaving_hospital": {
                "label": "Czy jest coś w wypisie ze szpitala, o czym chcesz porozmawiać?",
                "choices": [],
                "help_text": "To pytanie nieobowiązkowe. Wystarczy jedno lub dwa zdania.",
            },
        },
    },
    "maternity-sharing-event": {
        "title": "Wasze głosy, nasze zmiany: opieka położnicza w tym roku",
        "summary": (
            "Dowiedz się, co zmieniło się na oddziale położniczym dzięki głosom rodziców, i pomóż wybrać, "
            "czym zajmiemy się dalej. Przyjdź osobiście albo dołącz przez internet."
        ),
        "what_to_expect": (
            "<p>Położne i rodzice z partnerstwa głosów rodziców opowiedzą, co zmieniło się w tym roku. "
            "Potem będzie czas na twoje pytania i pomysły.</p>"
            "<p>Niemowlęta i dzieci są bardzo mile widziane. Jest spokojne miejsce do karmienia.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["18:30", "Powitanie przy herbacie i cieście"],
                    ["18:45", "Co nam powiedzieliście i co zmieniliśmy"],
                    ["19:15", "Wasze pytania"],
                    ["19:40", "Głosowanie nad priorytetami na przyszły rok"],
                ]
            ),
        ],
        "form_fields": {
            "joining_how": {"label": "Jak weźmiesz udział?", "choices": ["Osobiście", "Online"], "help_text": ""},
        },
    },
    "getting-started-online": {
        "title": "Pierwsze kroki: spotkanie online o tym, jak się zaangażować",
        "summary": (
            "Dopiero zaczynasz? Dowiedz się, kim są partnerzy społeczni, czym są grupy konsultacyjne i sprinty "
            "oraz jakie wsparcie dostaniesz. Przyjazne spotkanie przez internet."
        ),
        "what_to_expect": (
            "<p>Krótka, luźna wideorozmowa. Możesz wyłączyć kamerę i zadawać pytania na czacie.</p>"
            "<ul><li>Jakie są rodzaje ról</li>"
            "<li>Ile zajmują czasu i ile płacimy</li>"
            "<li>Jak zapisać się na pierwsze wydarzenie</li></ul>"
        ),
        "agenda": [
            agenda(
                [
                    ["18:00", "Powitanie i jak działa rozmowa"],
                    ["18:10", "Sposoby zaangażowania"],
                    ["18:40", "Partnerka społeczna opowiada o swoim pierwszym roku"],
                    ["18:55", "Wasze pytania"],
                ]
            ),
            inset_text(
                "<p>Pierwszy raz na wideorozmowie? Przeczytaj stronę "
                + page_link("get-involved", "jak się zaangażować")
                + ". Możemy zadzwonić dzień wcześniej i pomóc ci sprawdzić link.</p>"
            ),
        ],
        "form_fields": {},
    },
    "interview-panel-training": {
        "title": "Szkolenie: udział w komisji rekrutacyjnej",
        "summary": (
            "Jednodniowe warsztaty dla osób, które chcą pomagać w rozmowach kwalifikacyjnych z nowymi "
            "pracownikami. Miejsca są dla osób, które już z nami działają, dlatego sprawdzamy każde zgłoszenie."
        ),
        "what_to_expect": (
            "<p>Dowiesz się, jak wyglądają rozmowy kwalifikacyjne w NHS, jak zadawać uczciwe pytania i jak "
            "oceniać odpowiedzi. Ćwiczymy w scenkach, więc pod koniec dnia poczujesz się gotowy lub gotowa.</p>"
            "<p>Przejrzymy każde zgłoszenie i w ciągu tygodnia damy ci znać, czy mamy dla ciebie miejsce.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10:00", "Jak wyglądają rozmowy kwalifikacyjne w NHS"],
                    ["11:00", "Jak zadawać uczciwe pytania"],
                    ["12:30", "Obiad"],
                    ["13:15", "Ćwiczymy rozmowy kwalifikacyjne"],
                    ["14:30", "Ocenianie odpowiedzi i omówienie"],
                ]
            ),
        ],
        "form_fields": {
            "how_you_volunteer_now": {
                "label": "W jaki sposób działasz teraz z nami jako wolontariusz lub wolontariuszka?",
                "choices": [],
                "help_text": "Na przykład jako partner społeczny albo w grupie konsultacyjnej.",
            },
        },
    },
    "youth-forum-winter": {
        "title": "Spotkanie forum młodzieży: pomoc w zdrowiu psychicznym w szkole",
        "summary": (
            "Dla młodych ludzi w wieku od 14 do 25 lat. Powiedz pielęgniarkom szkolnym i specjalistom od "
            "zdrowia psychicznego, co ułatwiłoby proszenie o pomoc w szkole. Będzie pizza."
        ),
        "what_to_expect": (
            "<p>Luźne spotkanie z innymi młodymi ludźmi i 2 gośćmi z zespołu pielęgniarek szkolnych. Chcą "
            "usłyszeć twoje pomysły, a nie prawić ci kazania.</p>"
            "<p>Jeśli masz mniej niż 16 lat, przy zapisie poprosimy o kontakt do rodzica lub opiekuna.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["17:00", "Pizza i pogaduchy"],
                    ["17:20", "Rozmowa z zespołem pielęgniarek szkolnych"],
                    ["18:10", "Co chcemy zmienić"],
                ]
            ),
        ],
        "form_fields": {
            "age_group": {"label": "Ile masz lat?", "choices": WIEK, "help_text": ""},
        },
    },
    "carers-coffee-drop-in": {
        "title": "Poranna kawa dla opiekunów",
        "summary": (
            "Wpadnij na herbatę i pogawędkę z innymi opiekunami. Będą też pracownicy zespołu zajmującego się "
            "wypisami ze szpitala, żeby słuchać i odpowiadać na pytania."
        ),
        "what_to_expect": (
            "<p>Przyjdź na 10 minut albo zostań na cały poranek. Nie musisz się zapisywać, ale gdy się zapiszesz, "
            "łatwiej nam kupić tyle ciasta, żeby dla wszystkich wystarczyło.</p>"
        ),
        "agenda": [],
        "form_fields": {},
    },
    "urgent-care-waiting-sprint": {
        "title": "Sprint usprawnień: czekanie w centrum pilnej pomocy medycznej",
        "summary": (
            "Pacjenci, rodzice i personel razem pracowali nad tym, by czekanie w centrum pilnej pomocy "
            "medycznej w Riverside było mniej stresujące."
        ),
        "what_to_expect": (
            "<p>Razem obeszliśmy poczekalnię, wysłuchaliśmy osób, które tam czekały, i zaprojektowaliśmy "
            "lepsze oznakowanie oraz informacje o czasie oczekiwania.</p>"
        ),
        "agenda": [
            agenda(
                [
                    ["10:00", "Obchodzimy poczekalnię"],
                    ["11:00", "Jak to jest czekać"],
                    ["12:00", "Obiad"],
                    ["12:45", "Projektujemy oznakowanie i informacje"],
                ]
            ),
        ],
        "form_fields": {},
    },
    "cancer-unit-sharing-event": {
        "title": "Onkologiczny oddział dzienny: co zmieniło się po waszych wizytach",
        "summary": (
            "Zespół onkologicznego oddziału dziennego opowiedział, co zmienił po wizytach „pierwsze wrażenie”, "
            "od oznakowania po pakiet powitalny."
        ),
        "what_to_expect": (
            "<p>Krótkie wystąpienie kierownika oddziału, spacer po oddziale, żeby zobaczyć zmiany, i czas na "
            "pytania przy herbacie.</p>"
        ),
        "agenda": [],
        "form_fields": {},
    },
    "plain-english-workshop": {
        "title": "Warsztaty: jak wyłapać żargon w ulotkach o zdrowiu",
        "summary": (
            "Warsztaty online dla czytelników ulotek i wszystkich ciekawych: jak wyłapać żargon i zaproponować "
            "prostsze słowa."
        ),
        "what_to_expect": (
            "<p>Razem przejrzeliśmy prawdziwe ulotki i ćwiczyliśmy zamienianie trudnych zdań na proste.</p>"
        ),
        "agenda": [],
        "form_fields": {},
    },
    "youth-forum-autumn": {
        "title": "Spotkanie forum młodzieży: przejście do opieki dla dorosłych",
        "summary": (
            "Młodzi ludzie opowiedzieli personelowi, jak to jest przejść z opieki zdrowotnej dla dzieci do "
            "opieki dla dorosłych i co by w tym pomogło."
        ),
        "what_to_expect": (
            "<p>Pizza, quiz i szczera rozmowa z 2 pielęgniarkami, które pomagają młodym ludziom przejść do "
            "opieki dla dorosłych.</p>"
        ),
        "agenda": [],
        "form_fields": {
            "age_group": {"label": "Ile masz lat?", "choices": WIEK, "help_text": ""},
        },
    },
    "riverside-health-drop-in": {
        "title": "Dyżur: powiedz, co myślisz o umawianiu wizyt u lekarza rodzinnego",
        "summary": (
            "Przez jedno popołudnie w Riverside Health Centre był personel, żeby usłyszeć, jak działa dla ciebie "
            "umawianie wizyt u lekarza rodzinnego."
        ),
        "what_to_expect": (
            "<p>Nie trzeba było się umawiać. Mieliśmy papierowe ankiety i osobę, która pomagała je wypełnić.</p>"
        ),
        "agenda": [],
        "form_fields": {},
    },
}
