"""The demo site in Polish: the same pages and blocks as `en.py`, written in plain Polish."""

from home.demo.blocks import (
    action_link,
    card,
    card_group,
    details,
    document_link,
    expander,
    image,
    inset_text,
    page_link,
    quote,
    rich_text,
    step,
    table,
    warning_callout,
)

HOME = {
    "title": "Side by Side",
    "search_description": (
        "Pacjenci, opiekunowie, młodzi ludzie i lokalne społeczności współpracują z personelem NHS w "
        "Brackenford i Weir Valley, aby poprawić opiekę zdrowotną."
    ),
    "hero_heading": "Pomóż ulepszyć lokalną opiekę zdrowotną NHS",
    "hero_text": (
        "Wiesz, jak to jest korzystać z usług zdrowotnych. Pracuj ramię w ramię z personelem NHS, aby "
        "zmieniać je na lepsze. Nie potrzebujesz żadnych kwalifikacji ani doświadczenia."
    ),
    "hero_link_text": "Znajdź sposób, aby się zaangażować",
    "opportunities_heading": "Zacznij tutaj",
    "events_heading": "Wkrótce",
    "steps_heading": "Jak się zaangażować",
    "steps": [
        step(
            "Znajdź coś dla siebie",
            "Przeczytaj o sposobach udziału. Niektóre zajmują godzinę, inne kilka miesięcy.",
            page="get-involved",
        ),
        step(
            "Skontaktuj się z nami",
            "Napisz e-mail, zadzwoń lub wyślij list i powiedz nam, co Cię interesuje. Nie musisz wypełniać "
            "długiego formularza.",
            page="contact-us",
        ),
        step(
            "Porozmawiaj z nami",
            "Zadzwonimy do Ciebie, aby opowiedzieć, na czym polega udział, jakiego wsparcia potrzebujesz i co "
            "będzie dalej.",
        ),
        step(
            "Weź udział, z naszym wsparciem",
            "Najpierw przyjdź na spotkanie próbne. Zwracamy Twoje koszty, a zrezygnować możesz w każdej chwili.",
            page="about",
        ),
    ],
    "body": [
        quote(
            "Na początku się denerwowałam. Teraz pomagam decydować, jak działa poradnia diabetologiczna, a "
            "personel naprawdę słucha tego, co mówimy.",
            "Partnerka społeczna, projekt poradni diabetologicznej",
        ),
    ],
}

ABOUT = {
    "title": "O programie Side by Side",
    "search_description": "Kto prowadzi Side by Side, kto może wziąć udział i co dzięki temu się zmieniło.",
    "intro": (
        "Side by Side łączy pacjentów, opiekunów, młodych ludzi i lokalne społeczności z personelem NHS, aby "
        "wspólnie ulepszać usługi zdrowotne w Brackenford i Weir Valley."
    ),
    "body": [
        rich_text(
            "<h2>Czym się zajmujemy</h2>"
            "<p>Side by Side prowadzą dwie organizacje NHS: Brackenford Hospitals NHS Foundation Trust oraz "
            "Weir Valley Community Health NHS Trust. Program jest częścią Brackenford and Weir Valley "
            "Integrated Care System (ICS).</p>"
            "<p>ICS to partnerstwo NHS, samorządów i organizacji charytatywnych, które planuje opiekę "
            "zdrowotną i społeczną w danym regionie.</p>"
            "<p>Szukamy osób, które chcą pomóc, dobieramy dla nich projekty i wspieramy je podczas udziału.</p>"
            "<h2>Kto może wziąć udział</h2>"
            "<p>Każdy, kto mieszka w regionie lub korzysta z tutejszych usług, w tym:</p>"
            "<ul>"
            "<li>pacjenci, którzy korzystają z usług teraz lub korzystali w przeszłości</li>"
            "<li>członkowie rodzin i nieodpłatni opiekunowie</li>"
            "<li>młodzi ludzie w wieku od 14 do 25 lat</li>"
            "<li>grupy społeczne i lokalne organizacje charytatywne</li>"
            "</ul>"
            "<p>Nie potrzebujesz doświadczenia ani kwalifikacji.</p>"
        ),
        image(
            "community",
            "Ilustracja: ulica z kolorowymi domami i sercem nad nimi.",
            "Współpracujemy ze społecznościami w całym Brackenford i Weir Valley.",
        ),
        rich_text(
            "<h2>Dlaczego to ważne</h2>"
            "<p>Osoby korzystające z usług często zauważają rzeczy, których personel nie widzi. Kiedy "
            "personel i pacjenci planują zmiany razem, zmiany działają lepiej i dłużej się utrzymują.</p>"
        ),
        quote(
            "Najlepsze zmiany na naszym oddziale zaproponowali pacjenci, którzy powiedzieli nam, jak "
            "naprawdę wygląda poczekalnia.",
            "Kierowniczka oddziału, Brackenford General Hospital",
        ),
        rich_text(
            "<h2>Co już się zmieniło</h2>"
            "<ul>"
            "<li>listy z terminami wizyt napisane od nowa razem z pacjentami, aby były łatwiejsze do "
            "zrozumienia</li>"
            "<li>ciche pomieszczenie dla rodzin na dziecięcym oddziale ratunkowym</li>"
            "<li>wieczorne godziny przyjęć dla osób, które pracują w ciągu dnia</li>"
            "</ul>"
        ),
        inset_text(
            "<p>Zawsze mówimy Ci, co zmieniła Twoja pomoc, nawet jeśli jakiejś zmiany nie udało się wprowadzić.</p>"
        ),
        card_group(
            [
                card("Jak się zaangażować", "Sposoby udziału i ile czasu zajmuje każdy z nich.", "get-involved"),
                card("Kontakt", "Zadaj pytanie lub powiedz nam, że chcesz wziąć udział.", "contact-us"),
                card("Informacja o prywatności", "Jak dbamy o Twoje dane.", "privacy-notice"),
            ]
        ),
    ],
}

GET_INVOLVED = {
    "title": "Jak się zaangażować",
    "search_description": (
        "Dołącz do projektu jako partner społeczny, opiniuj materiały z domu, dołącz do forum młodzieży, "
        "przyjdź na wydarzenie lub znajdź opiekuna-towarzysza."
    ),
    "intro": (
        "Jest wiele sposobów, aby pomóc ulepszyć lokalne usługi zdrowotne. Wybierz ten, który pasuje do "
        "Twojego życia. Możesz spróbować więcej niż jednego."
    ),
    "body": [
        rich_text("<h2>Sposoby udziału</h2><p>Oto najważniejsze z nich. Każdy opisujemy poniżej.</p>"),
        table(
            "Sposoby udziału i ile czasu zajmuje każdy z nich",
            [
                ["Sposób udziału", "Ile czasu to zajmuje", "Gdzie"],
                [
                    "Partner społeczny w projekcie usprawnień",
                    "Około 2 godzin w miesiącu przez 6–12 miesięcy",
                    "Osobiście, przez wideo lub telefon",
                ],
                ["Grupa opiniująca", "1–2 godziny za każdym razem, gdy coś Ci wyślemy", "W domu, e-mailem lub pocztą"],
                ["Forum młodzieży (14–25 lat)", "Jeden wieczór w miesiącu", "Osobiście lub online"],
                ["Wydarzenie „sprint usprawnień”", "Jeden dzień lub dwa połowy dnia", "Osobiście"],
                [
                    "Towarzysz z sieci wsparcia rówieśniczego",
                    "Godzina lub dwie w miesiącu, tak długo, jak chcesz",
                    "Tam, gdzie obojgu Wam pasuje",
                ],
            ],
        ),
        rich_text(
            "<h2>Partner społeczny w projekcie usprawnień</h2>"
            "<p>Partner społeczny to pacjent, opiekun lub mieszkaniec, który dołącza do zespołu projektu na "
            "równych prawach. Personel wie, jak prowadzić usługi. Ty wiesz, jak to jest z nich korzystać.</p>"
            "<p>Czego możesz się spodziewać:</p>"
            "<ul>"
            "<li>krótkiego spotkania informacyjnego o projekcie i zespole przed rozpoczęciem</li>"
            "<li>spotkania próbnego, po którym nie musisz kontynuować</li>"
            "<li>dwóch partnerów społecznych w każdym projekcie, gdy to możliwe, abyś nie był(a) sam(a)</li>"
            "<li>zwrotu kosztów dojazdu, parkowania i opieki</li>"
            "</ul>"
        ),
        image(
            "improvement-event",
            "Ilustracja: trzy osoby przy stole obok tablicy z kolorowymi karteczkami.",
        ),
        details(
            "Czym jest projekt usprawnień?",
            "<p>Zespół złożony z personelu i partnerów społecznych pracuje nad jednym problemem, na przykład "
            "długim czekaniem w poradni. Zespół sprawdza, co powoduje problem, próbuje małych zmian i "
            "zostawia te, które działają.</p>",
        ),
        document_link("lay-partner-guide", "Przeczytaj przewodnik dla partnerów społecznych (w języku angielskim)"),
        rich_text(
            "<h2>Grupy opiniujące</h2>"
            "<p>Grupa opiniująca czyta materiały i mówi nam, co o nich myśli, nie wychodząc z domu. Wysyłamy "
            "Ci ulotki, listy i strony internetowe e-mailem lub pocztą, jak wolisz. Odpowiadasz w dogodnym "
            "dla siebie czasie, zwykle w ciągu 2 tygodni.</p>"
        ),
        image("from-home", "Ilustracja: laptop i list w kopercie."),
        rich_text(
            "<h2>Forum młodzieży</h2>"
            "<p>Jeśli masz od 14 do 25 lat, na forum młodzieży możesz wypowiedzieć się o usługach dla młodych "
            "ludzi, takich jak wsparcie zdrowia psychicznego czy przejście z opieki dziecięcej do opieki dla "
            "dorosłych. Forum spotyka się jeden wieczór w miesiącu, jest poczęstunek.</p>"
            "<h2>Wydarzenia „sprint usprawnień”</h2>"
            "<p>Na takim wydarzeniu pacjenci, opiekunowie, personel i mieszkańcy przez jeden dzień pracują "
            "razem nad jednym problemem. Każdy jest mile widziany. Nie musisz zobowiązywać się do niczego "
            "więcej.</p>"
            "<h2>Znajdź towarzysza</h2>"
            "<p>Nasza sieć wsparcia rówieśniczego może dobrać Ci towarzysza: osobę, która już wcześniej brała "
            "udział. Może pójść z Tobą na pierwsze spotkanie i odpowiedzieć na Twoje pytania.</p>"
        ),
        expander(
            "Czy dostanę wynagrodzenie?",
            "<p>Zawsze zwracamy koszty dojazdu, parkowania i opieki. Za pracę w projekcie i udział w "
            "wydarzeniach „sprint usprawnień” oferujemy też zapłatę za Twój czas.</p>"
            "<p>Jeśli otrzymujesz zasiłki, porozmawiaj z nami, zanim przyjmiesz zapłatę. Pomożemy Ci "
            "sprawdzić, czy może to na nie wpłynąć.</p>",
        ),
        expander(
            "Czy mogę zrezygnować w każdej chwili?",
            "<p>Tak. Możesz zrobić przerwę lub zrezygnować, kiedy chcesz, i nie musisz podawać powodu. Daj nam "
            "tylko znać, abyśmy przestali się z Tobą kontaktować.</p>",
        ),
        action_link("Powiedz nam, że chcesz wziąć udział", page="contact-us"),
    ],
}

ACCESSIBILITY = {
    "title": "Deklaracja dostępności",
    "search_description": "Jak dostępna jest ta strona, jakie znamy problemy i jak zgłosić problem.",
    "intro": (
        "Ta deklaracja wyjaśnia, na ile dostępna jest ta strona, co zrobić, jeśli masz trudności z "
        "korzystaniem z niej, i jak zgłosić problem."
    ),
    "body": [
        rich_text(
            "<p>Brackenford Hospitals NHS Foundation Trust prowadzi tę stronę dla programu Side by Side. "
            "Chcemy, aby mogło z niej korzystać jak najwięcej osób. Na przykład powinno być możliwe:</p>"
            "<ul>"
            "<li>zmienianie kolorów, kontrastu i czcionek w ustawieniach przeglądarki lub urządzenia</li>"
            "<li>powiększenie do 400% bez wychodzenia tekstu poza ekran</li>"
            "<li>poruszanie się po większości strony tylko za pomocą klawiatury lub programu do "
            "rozpoznawania mowy</li>"
            "<li>słuchanie większości strony za pomocą czytnika ekranu, takiego jak NVDA, JAWS lub "
            "VoiceOver</li>"
            "<li>czytanie strony po angielsku, polsku lub arabsku</li>"
            "</ul>"
            "<p>Staraliśmy się też, aby tekst był jak najprostszy.</p>"
            '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> ma porady (po angielsku), jak '
            "ułatwić sobie korzystanie z urządzenia, jeśli masz niepełnosprawność.</p>"
            "<h2>Na ile dostępna jest ta strona</h2>"
            "<p>Ta strona jest częściowo zgodna ze standardem Web Content Accessibility Guidelines (WCAG) w "
            "wersji 2.2 na poziomie AA z powodu problemów opisanych poniżej.</p>"
        ),
        details(
            "Co to jest WCAG?",
            "<p>Web Content Accessibility Guidelines (WCAG) to międzynarodowy standard, który opisuje, jak "
            "tworzyć strony dostępne dla osób z niepełnosprawnościami. Strony instytucji publicznych w "
            "Wielkiej Brytanii muszą spełniać poziom AA.</p>",
        ),
        table(
            "Znane nam problemy z dostępnością",
            [
                ["Problem", "Kryterium sukcesu WCAG 2.2", "Co z tym robimy"],
                [
                    "Niektóre starsze dokumenty PDF nie mają nagłówków ani znaczników, więc czytniki ekranu "
                    "nie mogą się po nich łatwo poruszać.",
                    "1.3.1 Informacje i relacje",
                    "Zastępujemy je stronami internetowymi, gdy je aktualizujemy.",
                ],
                [
                    "Niektóre filmy z innych stron nie mają napisów po polsku ani po arabsku.",
                    "1.2.2 Napisy rozszerzone (nagranie)",
                    "Każdy film ma pisemną transkrypcję. Dodajemy napisy, gdy publikujemy nowe filmy.",
                ],
                [
                    "Strony po polsku i po arabsku mogą być aktualizowane kilka dni później niż strony po angielsku.",
                    "Nie jest to niezgodność z WCAG",
                    "Co miesiąc sprawdzamy przetłumaczone strony.",
                ],
            ],
        ),
        rich_text(
            "<h2>Jeśli potrzebujesz informacji w innej formie</h2>"
            "<p>Skontaktuj się z nami, jeśli potrzebujesz informacji z tej strony w innej formie, na przykład "
            "dużym drukiem, w wersji łatwej do czytania, jako nagranie, w alfabecie Braille’a lub w innym "
            "języku. Odpowiemy w ciągu 5 dni roboczych.</p>"
            "<p>Możesz "
            f"{page_link('contact-us', 'skontaktować się z nami e-mailem, telefonicznie lub listownie')}.</p>"
            "<h2>Zgłaszanie problemów z dostępnością</h2>"
            "<p>Jeśli znajdziesz problem, którego nie ma na tej liście, lub uważasz, że nie spełniamy wymagań "
            "dostępności, daj nam znać. Pomoże nam to go naprawić.</p>"
            "<h2>Procedura egzekwowania</h2>"
            "<p>Equality and Human Rights Commission (EHRC, Komisja ds. Równości i Praw Człowieka) pilnuje, "
            "aby strony instytucji publicznych przestrzegały brytyjskich przepisów o dostępności z 2018 roku "
            "(Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018). "
            "Jeśli nie jesteś zadowolony(-a) z odpowiedzi na skargę, skontaktuj się z Equality Advisory and "
            "Support Service (EASS).</p>"
        ),
        action_link(
            "Skontaktuj się z Equality Advisory and Support Service", url="https://www.equalityadvisoryservice.com/"
        ),
        rich_text(
            "<h2>Jak testowaliśmy tę stronę</h2>"
            "<p>Każda strona jest automatycznie sprawdzana pod kątem problemów z dostępnością, po angielsku i "
            "po arabsku, za każdym razem, gdy zmieniamy serwis. Sprawdzamy też najważniejsze zadania tylko za "
            "pomocą klawiatury i z czytnikiem ekranu.</p>"
            "<p>Deklarację przygotowaliśmy 2 czerwca 2025 r. Ostatnio sprawdziliśmy ją 2 czerwca 2025 r.</p>"
        ),
    ],
}

PRIVACY = {
    "title": "Informacja o prywatności",
    "search_description": (
        "Jakie dane zbieramy, gdy się angażujesz, dlaczego ich potrzebujemy, jak długo je przechowujemy i "
        "jakie masz prawa."
    ),
    "intro": (
        "Ta informacja wyjaśnia, jakie dane zbieramy, gdy angażujesz się w Side by Side, dlaczego ich "
        "potrzebujemy, jak długo je przechowujemy i jakie masz prawa."
    ),
    "body": [
        rich_text(
            "<h2>Kim jesteśmy</h2>"
            "<p>Side by Side prowadzą Brackenford Hospitals NHS Foundation Trust oraz Weir Valley Community "
            "Health NHS Trust. Administratorem danych jest Brackenford Hospitals NHS Foundation Trust. "
            "Oznacza to, że decyduje, jak wykorzystywane są Twoje dane, i musi dbać o ich bezpieczeństwo.</p>"
            "<h2>Jakie dane zbieramy</h2>"
            "<ul>"
            "<li>Twoje imię i nazwisko oraz sposób kontaktu: e-mail, telefon lub poczta, jak wolisz</li>"
            "<li>sposoby, w jakie chcesz się zaangażować</li>"
            "<li>wsparcie, o które prosisz, na przykład tłumacza lub dostęp bez schodów</li>"
            "<li>dane potrzebne do zwrotu kosztów, na przykład numer konta bankowego</li>"
            "<li>jeśli założysz konto: Twój adres e-mail i wybrane ustawienia</li>"
            "</ul>"
            "<p>Nie zaglądamy do Twojej dokumentacji medycznej. Aby wziąć udział, nigdy nie musisz mówić nam "
            "o swoim zdrowiu.</p>"
        ),
        inset_text(
            "<p>Ta strona nie używa plików cookie do śledzenia Cię. Ustawia plik cookie tylko wtedy, gdy się "
            "zalogujesz, aby utrzymać Cię w stanie zalogowania.</p>"
        ),
        rich_text(
            "<h2>Do czego ich używamy</h2>"
            "<ul>"
            "<li>aby kontaktować się z Tobą w sprawie możliwości, o które pytałeś(-aś)</li>"
            "<li>aby zorganizować potrzebne Ci wsparcie i zwrócić Twoje koszty</li>"
            "<li>aby wiedzieć, kto bierze udział, i docierać do osób, których jeszcze nie słyszymy (używamy "
            "do tego tylko zbiorczych liczb, nigdy nazwisk)</li>"
            "</ul>"
            "<p>Zgodnie z prawem potrzebujemy podstawy prawnej, aby korzystać z Twoich danych. Naszą podstawą "
            "jest to, że angażowanie mieszkańców należy do zadań NHS. Nazywa się to zadaniem realizowanym w "
            "interesie publicznym. Jeśli zdecydujesz się powiedzieć nam o swoim zdrowiu lub pochodzeniu, "
            "używamy tych informacji tylko za Twoją zgodą.</p>"
        ),
        table(
            "Jak długo przechowujemy Twoje dane",
            [
                ["Dane", "Jak długo je przechowujemy"],
                [
                    "Twoje dane kontaktowe i sposoby, w jakie chcesz się zaangażować",
                    "2 lata od Twojego ostatniego udziału lub krócej, jeśli poprosisz o ich usunięcie",
                ],
                [
                    "Dokumentacja zwrotu kosztów i płatności",
                    "6 lat, ponieważ prawo wymaga przechowywania dokumentacji finansowej",
                ],
                [
                    "Notatki ze spotkań, w których brałeś(-aś) udział",
                    "10 lat jako część dokumentacji projektu, bez Twoich danych kontaktowych",
                ],
                ["Wiadomości, które do nas wysyłasz", "1 rok"],
            ],
        ),
        details(
            "Komu udostępniamy Twoje dane",
            "<p>Tylko pracownikom prowadzącym projekt, do którego dołączysz. Nigdy nie sprzedajemy Twoich "
            "danych i nigdy nie używamy ich do marketingu. Firmy, które obsługują naszą stronę i pocztę "
            "e-mail, przechowują je dla nas w Wielkiej Brytanii na podstawie umowy.</p>",
            style="expander",
        ),
        expander(
            "Twoje prawa",
            "<p>Masz prawo:</p>"
            "<ul>"
            "<li>poprosić o kopię danych, które o Tobie mamy</li>"
            "<li>poprosić o poprawienie ich, jeśli są błędne</li>"
            "<li>poprosić o ich usunięcie</li>"
            "<li>sprzeciwić się temu, jak ich używamy, lub poprosić o ograniczenie ich użycia</li>"
            "<li>w każdej chwili wycofać zgodę, jeśli o nią prosiliśmy</li>"
            "</ul>"
            "<p>Odpowiemy w ciągu 1 miesiąca.</p>",
        ),
        rich_text(
            "<h2>Kontakt z inspektorem ochrony danych</h2>"
            '<p>Napisz na adres <a href="mailto:dpo@example.org">dpo@example.org</a> lub wyślij list na adres: '
            "Data Protection Officer, Brackenford General Hospital, Mill Lane, Brackenford.</p>"
            "<h2>Jeśli chcesz złożyć skargę</h2>"
            "<p>Jeśli nie podoba Ci się, jak wykorzystaliśmy Twoje dane, możesz złożyć skargę do "
            '<a href="https://ico.org.uk/make-a-complaint/">Information Commissioner’s Office (ICO)</a>, '
            "niezależnego brytyjskiego organu ochrony danych.</p>"
            "<p>Ostatnia aktualizacja tej informacji: 2 czerwca 2025 r.</p>"
        ),
    ],
}

CONTACT = {
    "title": "Kontakt",
    "search_description": (
        "Napisz e-mail, zadzwoń lub wyślij list do zespołu Side by Side. Nie udzielamy porad medycznych."
    ),
    "intro": (
        "Skontaktuj się z nami, aby zadać pytanie, powiedzieć nam, że chcesz wziąć udział, lub przekazać "
        "uwagi o tej stronie."
    ),
    "body": [
        warning_callout(
            "Nie udzielamy porad medycznych",
            "<p>Jeśli potrzebujesz pomocy medycznej, skontaktuj się ze swoją przychodnią (GP) lub skorzystaj z "
            "NHS 111. W nagłym wypadku zadzwoń pod numer 999.</p>",
        ),
        action_link("Uzyskaj pomoc w NHS 111 online", url="https://111.nhs.uk/"),
        rich_text(
            "<h2>E-mail</h2>"
            '<p><a href="mailto:sidebyside@example.org">sidebyside@example.org</a></p>'
            "<p>Odpowiadamy w ciągu 3 dni roboczych.</p>"
            "<h2>Telefon</h2>"
            "<p>01632 960 418, od poniedziałku do piątku, od 9:00 do 17:00.</p>"
            "<p>Jeśli nie odbierzemy, zostaw wiadomość, a oddzwonimy.</p>"
            "<h2>Poczta</h2>"
            "<p>Side by Side team<br/>Brackenford General Hospital<br/>Mill Lane<br/>Brackenford</p>"
        ),
        inset_text(
            "<p>Jeśli chcesz rozmawiać w innym języku niż angielski, na przykład po polsku, lub potrzebujesz "
            "tłumacza brytyjskiego języka migowego (BSL), powiedz nam. Zapewnimy go bezpłatnie.</p>"
        ),
        rich_text("<h2>Dowiedz się więcej</h2>"),
        card_group(
            [
                card("Jak się zaangażować", "Sposoby udziału i ile czasu zajmuje każdy z nich.", "get-involved"),
                card("O programie Side by Side", "Kim jesteśmy i co już się zmieniło.", "about"),
            ],
            columns="2",
        ),
    ],
}

PAGES = {
    "about": ABOUT,
    "get-involved": GET_INVOLVED,
    "accessibility-statement": ACCESSIBILITY,
    "privacy-notice": PRIVACY,
    "contact-us": CONTACT,
}
