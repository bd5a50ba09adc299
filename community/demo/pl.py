"""Polish translations of the events index and three events.

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

SPRINT_AGENDA = agenda(
    [
        ["10:00", "Powitanie i historie powrotu do domu"],
        ["10:45", "Rozpisujemy dzień wypisu ze szpitala"],
        ["11:45", "Przerwa"],
        ["12:00", "Wybieramy 3 zmiany do wypróbowania"],
        ["12:45", "Kolejne kroki"],
    ]
)

PAGES = {
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
}
