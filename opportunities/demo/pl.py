"""Polish translations of the opportunities index, two venues and four opportunities.

Only the words: every other fact comes from the English page. Extra questions keep their English clean
name, so answers line up in every language.
"""

from home.demo.blocks import details, inset_text, page_link, rich_text

DNI_ROBOCZE = ["Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek"]

INDEX = {
    "title": "Możliwości",
    "search_description": "Role, grupy i wydarzenia, dzięki którym możesz pomóc ulepszyć lokalną opiekę zdrowotną.",
    "introduction": (
        "Znajdź sposób, by pomóc ulepszyć lokalne usługi zdrowotne. Niektóre role zajmują godzinę w domu, "
        "inne kilka godzin w miesiącu. Zwracamy koszty i możesz zrezygnować w każdej chwili."
    ),
}

VENUES = {
    "brackenford-general": {
        "name": "Centrum Szkoleniowe, Szpital Ogólny w Brackenford",
        "parking": (
            "Miejsca dla osób z niebieską kartą przy głównym wejściu. Pozostali goście parkują na parkingu B. "
            "Zwracamy koszt parkowania."
        ),
        "public_transport": (
            "Autobusy 4 i 12 zatrzymują się przy głównym wejściu. Dworzec kolejowy jest 15 minut pieszo."
        ),
        "access_notes": (
            "Na poziom 2 wjedziesz windą obok głównej recepcji. Obok sali spotkań jest cichy pokój, jeśli "
            "potrzebujesz przerwy."
        ),
    },
    "open-door": {
        "name": "Open Door, 14 Market Street",
        "parking": "Tylko parkingi w centrum miasta. Jeśli potrzebujesz miejsca, daj nam znać, a je zarezerwujemy.",
        "public_transport": "Większość autobusów zatrzymuje się na dworcu autobusowym po drugiej stronie ulicy.",
        "access_notes": "Wszystko jest na parterze. Jest cichy pokój z pufami i przyciemnionym światłem.",
    },
}

PAGES = {
    "diabetes-clinic-lay-partner": {
        "title": "Partner społeczny: nowa organizacja poradni diabetologicznej",
        "summary": (
            "Pomóż nam zmienić poradnię diabetologiczną dla dorosłych w Szpitalu Ogólnym w Brackenford, żeby "
            "łatwiej było dotrzeć na wizytę, a sama wizyta była mniej pośpieszna."
        ),
        "usual_time": "Druga środa miesiąca, od 14:00 do 16:00",
        "meeting_length": "2 godziny",
        "role_length": "12 miesięcy",
        "preparation": "Około 30 minut czytania przed każdym spotkaniem",
        "online_details": "Możesz dołączyć przez wideorozmowę w Microsoft Teams. Możemy pożyczyć ci tablet.",
        "payment_rate": "25 funtów za każde spotkanie oraz zwrot kosztów dojazdu i parkowania",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Dołączysz do małego zespołu lekarzy, pielęgniarek i kierowników, którzy chcą zmienić "
                "sposób działania poradni. Pomożesz zdecydować, co zmienić najpierw, i sprawdzisz, czy "
                "zmiany działają dla pacjentów.</p>"
                "<h2>Kogo szukamy</h2>"
                "<p>Masz cukrzycę typu 1 lub 2 albo opiekujesz się kimś, kto ją ma. Nie musisz mieć "
                "doświadczenia w spotkaniach. Chcemy usłyszeć, jak naprawdę wygląda korzystanie z poradni.</p>"
            ),
            details(
                "Jak wygląda spotkanie?",
                "<p>Za każdym razem omawiamy jedną część pracy poradni, na przykład zapisy, czekanie albo "
                "wizyty kontrolne. Każdy mówi, co myśli. Prowadzący dba o to, by partnerzy społeczni "
                "zabierali głos jako pierwsi.</p>",
            ),
            inset_text(
                "<p>Przeczytaj stronę " + page_link("get-involved", "jak się zaangażować") + ", aby dowiedzieć "
                "się, czym zajmują się partnerzy społeczni i jakie wsparcie oferujemy.</p>"
            ),
        ],
        "form_fields": {
            "which_days_suit_you": {
                "label": "Które dni ci odpowiadają?",
                "choices": DNI_ROBOCZE,
                "help_text": "Zaznacz wszystkie pasujące.",
            },
        },
    },
    "maternity-voices": {
        "title": "Partnerstwo głosów rodziców: opieka okołoporodowa i noworodkowa",
        "summary": (
            "Rodzice i rodziny współpracują z położnymi i lekarzami, by ulepszyć opiekę nad matką "
            "i noworodkiem w Szpitalu Ogólnym w Brackenford."
        ),
        "usual_time": "Pierwszy czwartek miesiąca, od 18:30 do 20:00",
        "meeting_length": "90 minut",
        "role_length": "Co najmniej 6 miesięcy",
        "preparation": "Nie trzeba. Przed każdym spotkaniem wysyłamy krótkie podsumowanie.",
        "online_details": "Dołącz przez wideorozmowę. Niemowlęta i dzieci są mile widziane przed kamerą i na sali.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Opowiesz, co pomogło, a co nie, w czasie ciąży, porodu i pierwszych tygodni z dzieckiem. "
                "Razem wybierzemy, co poprawić w danym roku, na przykład informacje na oddziale albo pomoc "
                "przy karmieniu.</p>"
                "<h2>Kogo szukamy</h2>"
                "<p>Rodziców, partnerów i rodzin, które w ostatnich latach korzystały z opieki położniczej "
                "lub neonatologicznej. Szczególnie chcemy usłyszeć ojców, młodych rodziców i rodziny, dla "
                "których angielski nie jest pierwszym językiem.</p>"
            ),
            inset_text("<p>Możemy zapewnić tłumacza na spotkania. Powiedz nam, jakiego języka potrzebujesz.</p>"),
        ],
        "form_fields": {
            "used_maternity_unit_recently": {
                "label": "Czy w ciągu ostatnich 2 lat korzystałaś lub korzystałeś z oddziału położniczego?",
                "choices": ["Tak", "Nie", "Wolę nie mówić"],
                "help_text": "",
            },
            "which_days_suit_you": {
                "label": "Które dni ci odpowiadają?",
                "choices": DNI_ROBOCZE,
                "help_text": "Zaznacz wszystkie pasujące.",
            },
        },
    },
    "leaflet-readers": {
        "title": "Grupa czytelników ulotek",
        "summary": (
            "Czytaj w domu projekty ulotek i listów dla pacjentów i powiedz nam, czy są zrozumiałe. Zajmuje "
            "to około godziny raz w miesiącu."
        ),
        "usual_time": "Kiedy ci pasuje",
        "meeting_length": "Za każdym razem około godziny",
        "role_length": "Tak długo, jak chcesz",
        "preparation": "",
        "online_details": "",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Mniej więcej raz w miesiącu wyślemy ci e-mailem lub pocztą projekt ulotki, listu albo "
                "strony internetowej. Przeczytasz go i odpowiesz na 2 krótkie pytania: czy jest zrozumiały "
                "i co byś zmienił lub zmieniła?</p>"
                "<p>Na odpowiedź masz 2 tygodnie. Jeśli jesteś zajęty lub zajęta, pomiń ten raz. Nie musisz "
                "niczego wyjaśniać.</p>"
                "<h2>Kogo szukamy</h2>"
                "<p>Każdego, kto mieszka w Brackenford lub Weir Valley. Szczególnie zapraszamy osoby, którym "
                "trudno czyta się informacje o zdrowiu: to dla was ulotki muszą być napisane.</p>"
            ),
        ],
        "form_fields": {
            "how_to_receive": {
                "label": "Jak chcesz otrzymywać ulotki?",
                "choices": ["E-mailem", "Pocztą"],
                "help_text": "",
            },
        },
    },
    "youth-forum": {
        "title": "Młodzieżowe forum zdrowia Open Door",
        "summary": (
            "Masz od 14 do 25 lat? Spotykaj się co 2 tygodnie z innymi młodymi ludźmi i pomóż zmienić usługi "
            "zdrowotne dla młodzieży w Brackenford."
        ),
        "usual_time": "Co drugi wtorek, od 17:00 do 18:30",
        "meeting_length": "90 minut, z pizzą",
        "role_length": "Tak długo, jak chcesz",
        "preparation": "",
        "online_details": "",
        "payment_rate": "Bon na zakupy o wartości 15 funtów za każde spotkanie",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Forum rozmawia o sprawach ważnych dla młodych ludzi, takich jak wsparcie w zdrowiu "
                "psychicznym, poradnie zdrowia seksualnego czy przejście z opieki dziecięcej do opieki dla "
                "dorosłych. Pracownicy przychodzą, żeby słuchać, i wracają, żeby powiedzieć, co się "
                "zmieniło.</p>"
                "<h2>Kto może dołączyć</h2>"
                "<p>Każdy w wieku od 14 do 25 lat, kto mieszka lub uczy się w Brackenford. Jeśli masz mniej "
                "niż 16 lat, poprosimy rodzica lub opiekuna o zgodę.</p>"
            ),
            details(
                "Stresuję się, że przyjdę sam lub sama",
                "<p>To normalne. Przyjdź najpierw na spotkanie próbne i weź ze sobą znajomego, jeśli chcesz. "
                "Ktoś z forum może czekać na ciebie przy drzwiach i usiąść obok.</p>",
            ),
        ],
        "form_fields": {
            "age_group": {
                "label": "Ile masz lat?",
                "choices": ["14 lub 15", "16 lub 17", "Od 18 do 25"],
                "help_text": "",
            },
        },
    },
}
