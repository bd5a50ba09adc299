"""Polish translations of the opportunities index, all four venues and all twelve opportunities.

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

# The contact people's roles (opportunities/demo/en.py CONTACTS), by key.
# Names of their own in Polish, for the organisations that use one; the trusts keep their registered names.
ORGANISATION_NAMES = {
    "carers": ("Sieć Opiekunów Weir Valley", "Sieć Opiekunów"),
    "open-door": ("Open Door – poradnia dla młodzieży", "Open Door"),
}

CONTACT_ROLES = {
    "priya": "Koordynatorka zaangażowania pacjentów",
    "tom": "Koordynator głosu rodziców w opiece okołoporodowej",
    "joanne": "Kierowniczka ds. współpracy ze społecznością",
    "marek": "Pracownik wsparcia dla opiekunów",
    "leila": "Koordynatorka udziału młodzieży",
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
    "riverside": {
        "name": "Riverside Health Centre",
        "parking": "Bezpłatny parking za budynkiem, z 4 miejscami dla osób z niebieską kartą.",
        "public_transport": (
            "Autobus 22 z dworca autobusowego w Weir Valley zatrzymuje się na Mill Lane, 2 minuty pieszo."
        ),
        "access_notes": (
            "Sala spotkań jest na parterze. Zapytaj w recepcji, a ktoś cię tam zaprowadzi. Nie ma pętli "
            "indukcyjnej: jeśli jej potrzebujesz, daj nam znać, a przyniesiemy przenośną pętlę."
        ),
    },
    "carers-hub": {
        "name": "The Carers' Hub, Weir Valley Community Centre",
        "parking": "Można parkować przy ulicy na Chapel Street. Nie ma miejsc dla osób z niebieską kartą.",
        "public_transport": "Autobusy 22 i 31 zatrzymują się na głównej ulicy, 5 minut pieszo.",
        "access_notes": (
            "Przy drzwiach wejściowych są 3 schodki. Przy bocznych drzwiach jest podjazd: zadzwoń dzwonkiem, "
            "a otworzymy ci. Najbliższa toaleta dla osób z niepełnosprawnościami jest w bibliotece obok."
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
    "young-minds-website-review": {
        "title": "Oceń nasze strony internetowe o zdrowiu psychicznym młodych ludzi",
        "summary": (
            "Wypróbuj na telefonie nasze nowe strony o zdrowiu psychicznym dla młodych ludzi i powiedz nam, "
            "co o nich myślisz."
        ),
        "usual_time": "W dowolnej chwili przed terminem zgłoszeń",
        "meeting_length": "Około 45 minut",
        "role_length": "Jednorazowo",
        "preparation": "",
        "online_details": "Dostaniesz link do stron i krótki formularz online.",
        "payment_rate": "Bon na zakupy o wartości 10 funtów",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Otwórz nowe strony na telefonie lub komputerze. Sprawdź, jak znaleźć pomoc w gorszy dzień, "
                "a potem odpowiedz na kilka pytań o to, co było łatwe, a co niejasne.</p>"
                "<p>Jeśli wolisz, możemy wysłać ci te strony wydrukowane, pocztą.</p>"
            ),
        ],
        "form_fields": {},
    },
    "urgent-care-design-day": {
        "title": "Dzień projektowania: nowe centrum pilnej pomocy medycznej",
        "summary": (
            "Spędź dzień z personelem i pomóż zaplanować, jak ma działać nowe centrum pilnej pomocy medycznej "
            "w Riverside, od przyjścia aż do powrotu do domu."
        ),
        "usual_time": "Sobota, od 10:00 do 15:00",
        "meeting_length": "5 godzin, z obiadem i przerwami",
        "role_length": "Jeden dzień",
        "preparation": "",
        "online_details": "",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Razem przejdziemy przez plany, pomieszczenie po pomieszczeniu. Powiesz nam, gdzie ludzie "
                "mogą się zgubić, czekać zbyt długo albo się martwić, i pomożesz nam to poprawić, zanim zacznie "
                "się budowa.</p>"
                "<p>Centrum pilnej pomocy medycznej leczy urazy i choroby, które wymagają pomocy jeszcze tego "
                "samego dnia, ale nie zagrażają życiu, na przykład skręcenia albo niewielkie oparzenia.</p>"
            ),
        ],
        "form_fields": {},
    },
    "hospital-discharge-carers": {
        "title": "Opiekun jako partner społeczny: wypis ze szpitala",
        "summary": (
            "Osoby, które bez wynagrodzenia opiekują się bliskimi, pomagają personelowi szpitala i urzędu "
            "miasta sprawić, by wypis ze szpitala był bezpieczniejszy i mniej stresujący dla starszych osób "
            "i ich rodzin."
        ),
        "usual_time": "W poniedziałki, od 10:00 do 11:30",
        "meeting_length": "90 minut",
        "role_length": "3 miesiące",
        "preparation": "",
        "online_details": (
            "Możesz dołączyć przez telefon lub wideorozmowę, jeśli nie możesz zostawić osoby, którą się opiekujesz."
        ),
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Wypis ze szpitala może nastąpić bardzo szybko, a opiekunowie często mówią, że nikt im nie "
                "powiedział, czego się spodziewać. Pomożesz napisać prostą listę kontrolną dla rodzin "
                "i wypróbować ją na 2 oddziałach.</p>"
                "<p>Na czas spotkań płacimy za opiekę zastępczą nad twoim bliskim.</p>"
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
    "gp-online-booking-survey": {
        "title": "Ankieta: umawianie wizyt u lekarza rodzinnego przez internet",
        "summary": (
            "Powiedz nam, jak umawiasz wizyty u lekarza rodzinnego i co ci w tym przeszkadza. Zajmie to około "
            "10 minut."
        ),
        "usual_time": "Kiedy chcesz",
        "meeting_length": "Około 10 minut",
        "role_length": "Jednorazowo",
        "preparation": "",
        "online_details": ("Wypełnij ankietę online albo poproś o wersję papierową z bezpłatną kopertą zwrotną."),
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Dlaczego pytamy</h2>"
                "<p>Przychodnie lekarzy rodzinnych w Weir Valley zmieniają sposób umawiania wizyt. Chcemy "
                "wiedzieć, co działa dla ciebie, także jeśli nigdy nie umawiasz się przez internet.</p>"
                "<p>Twoje odpowiedzi są anonimowe. Tym, czego się dowiemy, podzielimy się na tej stronie.</p>"
            ),
        ],
        "form_fields": {},
    },
    "community-mental-health-group": {
        "title": "Grupa konsultacyjna: opieka psychiatryczna blisko domu",
        "summary": (
            "Osoby, które same korzystały z pomocy w zakresie zdrowia psychicznego, spotykają się co miesiąc "
            "przez internet, by współtworzyć opiekę psychiatryczną blisko domu w Weir Valley."
        ),
        "usual_time": "Ostatni piątek miesiąca, od 11:00 do 12:30",
        "meeting_length": "90 minut",
        "role_length": "12 miesięcy",
        "preparation": "Około 20 minut",
        "online_details": "Wideorozmowa w Microsoft Teams. Nie musisz włączać kamery.",
        "payment_rate": "30 funtów za każde spotkanie",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Grupa doradza w sprawie nowych usług, zanim ruszą, na przykład kawiarni dla osób w kryzysie "
                "albo zmian w kierowaniu do specjalistów. Członkowie grupy razem ustalają jej zasady.</p>"
                "<p>Jeśli potrzebujesz, w każdej chwili możesz zrobić sobie przerwę od grupy.</p>"
            ),
        ],
        "form_fields": {},
    },
    "cancer-day-unit-visit": {
        "title": "Wizyta „pierwsze wrażenie”: onkologiczny oddział dzienny",
        "summary": (
            "Obejdź onkologiczny oddział dzienny z kimś z personelu i powiedz nam, jak się czujesz, kiedy "
            "przychodzisz tam pierwszy raz."
        ),
        "usual_time": "Przedpołudnie w dzień roboczy, które ci pasuje",
        "meeting_length": "2 godziny",
        "role_length": "Jednorazowo",
        "preparation": "",
        "online_details": "",
        "payment_rate": "20 funtów za wizytę oraz zwrot kosztów dojazdu i parkowania",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Spojrzysz na oddział oczami kogoś, kto jest tu pierwszy raz: na oznakowanie, powitanie, "
                "poczekalnię i informacje na ścianach. Potem porozmawiamy o tym, co zauważyłeś lub "
                "zauważyłaś.</p>"
                "<p>Nie musisz mieć za sobą leczenia onkologicznego. Potrzebujemy właśnie świeżego "
                "spojrzenia.</p>"
            ),
        ],
        "form_fields": {},
    },
    "easy-read-checkers": {
        "title": "Grupa sprawdzająca teksty Easy Read (łatwe do czytania)",
        "summary": (
            "Osoby z niepełnosprawnością intelektualną sprawdzają, czy nasze listy i ulotki Easy Read są łatwe "
            "do zrozumienia."
        ),
        "usual_time": "Trzeci wtorek miesiąca, od 13:00 do 15:00",
        "meeting_length": "2 godziny, z przerwą",
        "role_length": "Tak długo, jak chcesz",
        "preparation": "",
        "online_details": "",
        "payment_rate": "20 funtów za każde spotkanie",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Razem czytamy teksty Easy Read. Mówisz nam, które słowa i obrazki są zrozumiałe, a które "
                "nie. Potem je zmieniamy.</p>"
                "<p>Możesz przyjść z osobą, która cię wspiera. Jej koszty dojazdu też zwracamy.</p>"
            ),
        ],
        "form_fields": {},
    },
    "young-carers-focus-group": {
        "title": "Grupa dyskusyjna młodych opiekunów",
        "summary": (
            "Pomagasz w domu w opiece nad kimś bliskim? Powiedz nam, co ułatwiłoby młodym opiekunom wizyty "
            "w szpitalu i u lekarza."
        ),
        "usual_time": "Sobotnie przedpołudnie w czasie wolnym od szkoły",
        "meeting_length": "2 godziny",
        "role_length": "Jednorazowo",
        "preparation": "",
        "online_details": "Jeśli nie możesz dotrzeć do Carers' Hub, możesz dołączyć przez internet.",
        "payment_rate": "",
        "body": [
            rich_text(
                "<h2>Czym się zajmiesz</h2>"
                "<p>Poznasz innych młodych opiekunów i porozmawiacie o tym, co się dzieje, kiedy osoba, którą "
                "się opiekujesz, trafia do szpitala. Będą przekąski i gry. Nie ma dobrych ani złych "
                "odpowiedzi.</p>"
            ),
        ],
        "form_fields": {
            "age_group": {
                "label": "Ile masz lat?",
                "choices": ["Mniej niż 14", "Od 14 do 17", "Od 18 do 25"],
                "help_text": "",
            },
        },
    },
}
