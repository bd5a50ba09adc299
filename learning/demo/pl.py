"""Polish translations of the learning index, every programme and module, the A to Z page and the glossary.

Only the words: every other fact comes from the English page. Blocks are in the same order as in English,
so each block keeps its id in every language. Abbreviations people will meet in English letters and signs
(PALS, GP, A&E) stay in English, with their meaning in Polish.
"""

from home.demo.blocks import details, inset_text, page_link, rich_text
from learning.demo.blocks import activity, answer, key_point, pdsa_planner, quiz, reflection, worked_example

INDEX = {
    "title": "Ucz się z nami",
    "search_description": "Bezpłatne krótkie kursy o tym, jak działa NHS, jak ulepszać opiekę i jak zabierać głos.",
    "introduction": (
        "Krótkie, bezpłatne kursy dla każdego, kto chce pomóc ulepszyć lokalne usługi zdrowotne. Ucz się we "
        "własnym tempie, przyjdź na warsztaty albo poproś o wersję drukowaną. Nie potrzebujesz doświadczenia."
    ),
    "body": [
        details(
            "Nie korzystam z internetu. Czy mogę się uczyć?",
            "<p>Tak. Niektóre kursy wysyłamy pocztą jako bezpłatny pakiet drukowany. Zadzwoń pod numer "
            "01632 960 418, a wyślemy go do Ciebie. Możesz też przyjść na warsztaty na miejscu.</p>",
        ),
    ],
}

GLOSSARY_PAGE = {
    "title": "Słowniczek NHS od A do Z",
    "search_description": "Proste wyjaśnienia słów i skrótów, które można spotkać w NHS.",
    "introduction": (
        "W NHS używa się wielu skrótów i specjalnych słów. Tutaj wyjaśniamy je prostym językiem. Skróty "
        "zostawiamy po angielsku, bo tak zobaczysz je w listach i na szpitalnych tablicach. Jeśli brakuje "
        "jakiegoś słowa, napisz do nas, a je dodamy."
    ),
}

PDSA_HINTS = {
    "plan": "Co wypróbujesz, kto to zrobi i czego się spodziewasz?",
    "do": "Co się stało, gdy to wypróbowano? Zapisz wszystko, co Cię zaskoczyło.",
    "study": "Porównaj to, co się stało, z tym, czego się spodziewałeś. Czego się nauczyłeś?",
    "act": "Zostawisz zmianę, poprawisz ją i sprawdzisz ponownie, czy zrezygnujesz?",
}

PAGES = {
    "how-the-nhs-works": {
        "title": "Jak działa NHS: kto o czym decyduje",
        "summary": (
            "Dowiedz się, kto prowadzi lokalne usługi zdrowotne, jak zapadają decyzje i gdzie jest miejsce na Twój "
            "głos."
        ),
        "time_needed": "Około 1 godziny, w dwóch częściach",
        "outcomes": (
            "<ul><li>wyjaśnić, kto prowadzi przychodnie, szpitale i opiekę środowiskową w Twojej okolicy</li>"
            "<li>wymienić instytucje, które sprawdzają, czy opieka jest bezpieczna i dobra</li>"
            "<li>znaleźć spotkania, na których zapadają decyzje, i dowiedzieć się, jak zabrać głos</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Dla każdego, kto korzysta z lokalnych usług zdrowotnych, opiekuje się kimś bliskim albo "
            "jest po prostu ciekawy. Serdecznie zapraszamy też młodzież od 14. roku życia.</p>"
        ),
        "printed_pack_how": (
            "Zadzwoń pod numer 01632 960 418, od poniedziałku do piątku w godzinach 9:00–17:00, i poproś o "
            "pakiet „Jak działa NHS”. Podaj adres i powiedz, czy potrzebujesz dużego druku. Pakiet jest "
            "bezpłatny i dociera w ciągu około tygodnia. Możesz mówić po polsku – zorganizujemy tłumacza."
        ),
        "body": [
            rich_text(
                "<p>NHS może wyglądać jak jedna wielka organizacja. W rzeczywistości to wiele organizacji, "
                "które ze sobą współpracują. Kiedy wiesz, kto za co odpowiada, łatwiej zwrócić się do "
                "właściwej osoby i mieć wpływ na decyzje.</p><p>Przejdź obie części po kolei albo zacznij "
                "od tej, której potrzebujesz.</p>"
            ),
        ],
    },
    "who-runs-what": {
        "title": "Kto za co odpowiada w lokalnym NHS",
        "summary": "Przychodnie GP, trusty szpitalne, opieka środowiskowa oraz ci, którzy je planują i kontrolują.",
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>wyjaśnić różnicę między przychodnią GP, trustem a ICB</li>"
            "<li>wskazać, kto sprawdza, czy opieka jest bezpieczna</li>"
            "<li>wiedzieć, dokąd się zwrócić, gdy coś pójdzie nie tak</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Większość osób najpierw styka się z NHS w przychodni lekarza rodzinnego (GP). Przychodnie "
                "to zwykle małe firmy, którym NHS płaci za opiekę nad zapisanymi pacjentami. Szpitalami i "
                "opieką środowiskową, na przykład pielęgniarkami środowiskowymi, zarządzają trusty NHS.</p>"
                "<p>U nas Brackenford Hospitals NHS Foundation Trust prowadzi szpital ogólny. Weir Valley "
                "Community Health NHS Trust prowadzi pielęgniarstwo środowiskowe, punkt pilnej pomocy "
                "Riverside i terapię dla dzieci.</p>"
            ),
            key_point(
                "<p>Zintegrowana rada opieki (ICB) planuje większość lokalnych usług zdrowotnych i za nie "
                "płaci. Razem z samorządami i organizacjami charytatywnymi tworzy zintegrowany system "
                "opieki (ICS).</p>"
            ),
            rich_text(
                "<p>Inne instytucje sprawdzają, czy opieka jest dobra. Komisja Jakości Opieki (CQC) "
                "kontroluje placówki i publikuje oceny. Healthwatch wysłuchuje mieszkańców i przekazuje "
                "dalej ich opinie. PALS, szpitalne biuro porad dla pacjentów, pomaga rozwiązać problem w "
                "szpitalu.</p>"
            ),
            worked_example(
                "Droga Nadii przez system opieki",
                "<p>Nadia ma 67 lat i ciężką infekcję dróg oddechowych. W ciągu jednego tygodnia trafia do "
                "kilku różnych organizacji.</p>",
                [
                    "<p>Lekarz GP bada ją i kieruje na prześwietlenie do punktu pilnej pomocy Riverside, "
                    "który prowadzi Weir Valley Community Health.</p>",
                    "<p>Zdjęcie pokazuje zapalenie płuc, więc Nadia trafia do szpitala Brackenford General, "
                    "prowadzonego przez foundation trust.</p>",
                    "<p>Po powrocie do domu odwiedzają ją pielęgniarki środowiskowe. Za wszystkie trzy "
                    "usługi płaci ICB.</p>",
                    "<p>Córka Nadii nie jest zadowolona z tego, jak zaplanowano wypis. Kontaktuje się z "
                    "PALS w szpitalu, a ci umawiają rozmowę z kierowniczką oddziału.</p>",
                ],
                "<p>Każda organizacja ma własny personel, budżet i procedurę skarg, ale planują razem. "
                "Gdy wiesz, kto prowadził którą część, łatwiej pytać właściwe osoby.</p>",
            ),
            activity(
                "Narysuj własną mapę",
                "<p>Zapisz trzy ostatnie usługi zdrowotne, z których korzystałeś Ty albo ktoś, kim się "
                "opiekujesz. Obok każdej wpisz, kto ją prowadzi. Jeśli nie wiesz, zajrzyj do listów albo "
                "na stronę internetową. Poniżej możesz pobrać jednostronicowy przewodnik.</p>",
            ),
            quiz(
                "Kto kontroluje szpitale i publikuje oceny, takie jak „dobry” czy „wymaga poprawy”?",
                answer("ICB", "Niezupełnie. ICB planuje usługi i za nie płaci, ale ich nie kontroluje."),
                answer(
                    "Komisja Jakości Opieki (CQC)",
                    "Dobrze. CQC jest niezależna od placówek, które kontroluje.",
                    correct=True,
                ),
                answer("PALS", "Niezupełnie. PALS pomaga w problemach, ale jest częścią szpitala."),
            ),
        ],
        "resources": {"who-runs-what-guide": "Jednostronicowy przewodnik (po angielsku): kto prowadzi lokalne usługi"},
    },
    "how-decisions-are-made": {
        "title": "Jak trust szpitalny podejmuje decyzje",
        "summary": (
            "Zarządy trustów, gubernatorzy i dokumenty zarządu – oraz gdzie pacjenci i mieszkańcy mogą zabrać głos."
        ),
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>wyjaśnić, czym zajmuje się zarząd trustu</li>"
            "<li>opisać rolę dyrektorów niewykonawczych i gubernatorów</li>"
            "<li>znaleźć i przeczytać dokumenty na publiczne posiedzenie zarządu</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Każdy trust NHS ma zarząd. Zarząd zatwierdza plany, sprawdza, czy opieka jest "
                "bezpieczna, i pilnuje, by pieniądze były dobrze wydawane. Zasiadają w nim dwa rodzaje "
                "członków. Dyrektorzy wykonawczy, na przykład dyrektor naczelny i naczelna pielęgniarka, "
                "kierują trustem na co dzień. Dyrektorzy niewykonawczy (NED) przychodzą z zewnątrz – ich "
                "zadaniem jest zadawanie trudnych pytań.</p>"
                "<p>Większość posiedzeń zarządu jest jawna. Każdy może je obserwować, a dokumenty trafiają "
                "na stronę trustu mniej więcej tydzień wcześniej.</p>"
            ),
            key_point(
                "<p>Foundation trusty mają też gubernatorów, wybieranych przez mieszkańców i personel. "
                "Gubernatorzy powołują dyrektorów niewykonawczych i rozliczają ich z pracy. Możesz "
                "bezpłatnie zostać członkiem foundation trustu i głosować w wyborach.</p>"
            ),
            worked_example(
                "Przeniesienie poradni diabetologicznej",
                "<p>Brackenford Hospitals chciał przenieść poradnię diabetologiczną z centrum miasta na "
                "teren głównego szpitala.</p>",
                [
                    "<p>Pracownicy przygotowali dokument dla zarządu. Opisali w nim oszczędności i zagrożenia.</p>",
                    "<p>Jedna z gubernatorek słyszała od starszych pacjentów, którzy nie jeżdżą samochodem. "
                    "Zapytała zarząd, jak mają tam dojechać.</p>",
                    "<p>Dyrektor niewykonawczy poprosił, by przed decyzją poznać zdanie pacjentów. Zarząd "
                    "zgodził się poczekać.</p>",
                    "<p>Partnerzy społeczni poprowadzili dwa spotkania z pacjentami. Trust zostawił "
                    "wieczorną poradnię w mieście i uruchomił bezpłatny autobus.</p>",
                ],
                "<p>Decyzje zapadają na spotkaniach, na podstawie dokumentów. Najwięcej zmienia to, czy "
                "głos pacjentów trafi do dokumentu jeszcze przed spotkaniem.</p>",
            ),
            inset_text(
                "<p>W Brackenford Hospitals młodzi ludzie mogą zostać członkami foundation trustu już od "
                "14. roku życia. Poproś biuro członkowskie o formularz.</p>"
            ),
            reflection(
                "O co byś zapytał?",
                "<p>Pomyśl o zmianie w lokalnej usłudze, która dotknęła Ciebie lub Twoją rodzinę. Gdybyś "
                "mógł zadać zarządowi jedno pytanie na ten temat, jakie by ono było?</p>",
            ),
            quiz(
                "Czyim głównym zadaniem w zarządzie jest zadawanie trudnych pytań?",
                answer("Dyrektora naczelnego", "Niezupełnie. Dyrektor naczelny kieruje trustem na co dzień."),
                answer(
                    "Dyrektorów niewykonawczych",
                    "Dobrze. Przychodzą spoza trustu, więc mogą kwestionować i sprawdzać.",
                    correct=True,
                ),
                answer("Działu finansów", "Niezupełnie. Dział finansów pisze dokumenty, ale nie zasiada w zarządzie."),
            ),
        ],
    },
    "improving-care": {
        "title": "Lepsza opieka: sprawdzone metody",
        "summary": "Poznaj proste metody, którymi zespoły NHS ulepszają opiekę: małe testy, mierzenie i mapowanie.",
        "time_needed": "Około 2 godzin, w trzech częściach, oraz warsztaty, jeśli chcesz",
        "outcomes": (
            "<ul><li>zaplanować mały test zmiany w cyklu PDSA</li>"
            "<li>ocenić, czy zmiana coś poprawiła</li>"
            "<li>narysować mapę drogi pacjenta, by znaleźć opóźnienia i luki</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Dla pacjentów, opiekunów i pracowników, którzy dołączają do projektu doskonalenia albo chcą "
            "dołączyć. Metody są te same dla wszystkich i działają najlepiej, gdy pacjenci i personel uczą "
            "się ich razem.</p>"
        ),
        "body": [
            rich_text(
                "<p>Doskonalenie nie musi oznaczać wielkich projektów i długich raportów. Większość dobrych "
                "zmian zaczyna się od małej skali: jeden oddział, jedna poradnia, jeden tydzień. Te trzy "
                "części pokazują, jak to zrobić.</p>"
                "<p>Możesz wypróbować te metody w praktyce na jednym z naszych sprintów doskonalenia, "
                "wymienionych poniżej.</p>"
            ),
        ],
    },
    "pdsa-cycles": {
        "title": "Małe testy zmiany: cykle PDSA",
        "summary": (
            "Zaplanuj, wykonaj, przeanalizuj, działaj: jak wypróbować pomysł na małą skalę, wyciągnąć wnioski i "
            "spróbować znowu."
        ),
        "time_needed": "Około 40 minut",
        "outcomes": (
            "<ul><li>wyjaśnić cztery kroki cyklu PDSA</li>"
            "<li>zaplanować własny mały test</li>"
            "<li>zdecydować, co zrobić po teście</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>PDSA to skrót od angielskich słów plan, do, study, act: zaplanuj, wykonaj, przeanalizuj, "
                "działaj. To sposób, by szybko i bezpiecznie sprawdzić pomysł, zanim zmieni się coś dla "
                "wszystkich.</p>"
                "<ul><li><strong>Zaplanuj:</strong> ustal, co wypróbujesz, kto to zrobi i czego się "
                "spodziewasz.</li>"
                "<li><strong>Wykonaj:</strong> wypróbuj to na małą skalę.</li>"
                "<li><strong>Przeanalizuj:</strong> sprawdź, co się stało, i porównaj z oczekiwaniami.</li>"
                "<li><strong>Działaj:</strong> zostaw zmianę, popraw ją i sprawdź ponownie albo "
                "zrezygnuj.</li></ul>"
            ),
            key_point(
                "<p>Zacznij od mniejszej skali, niż wydaje się rozsądne: jedna poradnia, jeden poranek, "
                "pięciu pacjentów. Małe testy są szybkie, tanie i bezpieczne, a nieudany test też czegoś "
                "uczy.</p>"
            ),
            worked_example(
                "Czytelniejsze listy z onkologicznego oddziału dziennego",
                "<p>Pacjenci oddziału dziennego w Brackenford mówili, że list z pierwszym terminem jest "
                "niejasny. Wiele osób przychodziło do złego wejścia.</p>",
                [
                    "<p><strong>Zaplanuj:</strong> partnerka społeczna i pielęgniarka napisały list od nowa "
                    "i dodały prostą mapkę. Spodziewały się, że mniej osób się zgubi.</p>",
                    "<p><strong>Wykonaj:</strong> wysłały nowy list do 12 nowych pacjentów umówionych w "
                    "jednym tygodniu.</p>",
                    "<p><strong>Przeanalizuj:</strong> 11 z 12 osób trafiło do właściwego wejścia, a "
                    "wcześniej mniej więcej połowa. Dwie osoby powiedziały, że mapka jest za mała.</p>",
                    "<p><strong>Działaj:</strong> powiększyły mapkę i testowały przez kolejne dwa tygodnie, "
                    "zanim zaczęto ją wysyłać wszystkim.</p>",
                ],
                "<p>Każdy cykl trwał tydzień. Cztery małe cykle nauczyły zespół więcej niż miesiące planowania.</p>",
            ),
            pdsa_planner(
                "Spróbuj: zaplanuj mały test zmiany",
                "<p>Pomyśl o czymś małym, co chciałbyś ulepszyć. Wypełnij teraz plan, a do kolejnych kroków "
                "wróć, gdy już to wypróbujesz.</p>",
                PDSA_HINTS["plan"],
                PDSA_HINTS["do"],
                PDSA_HINTS["study"],
                PDSA_HINTS["act"],
            ),
            quiz(
                "Pierwszy test się nie udał. Co najlepiej zrobić dalej?",
                answer("Porzucić pomysł", "Niezupełnie. Jeden test rzadko wystarcza, by ocenić pomysł."),
                answer(
                    "Ustalić dlaczego, coś zmienić i sprawdzić ponownie",
                    "Dobrze. To krok „działaj” – tak powstaje większość dobrych zmian.",
                    correct=True,
                ),
                answer(
                    "I tak wprowadzić zmianę dla wszystkich",
                    "Niezupełnie. Rozpowszechnienie zmiany, która nie zadziałała, może zaszkodzić.",
                ),
            ),
        ],
        "resources": {"pdsa-planner-sheet": "Planer PDSA (po angielsku) do wydrukowania i wypełnienia ręcznie"},
    },
    "measuring-for-improvement": {
        "title": "Mierzenie na potrzeby doskonalenia",
        "summary": "Jak sprawdzić, czy zmiana naprawdę coś poprawiła – za pomocą prostych liczb i wykresu przebiegu.",
        "time_needed": "Około 40 minut",
        "outcomes": (
            "<ul><li>dobrać prostą miarę do zmiany</li>"
            "<li>wyjaśnić, czym jest punkt odniesienia</li>"
            "<li>odczytać wykres przebiegu</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Mierzenie na potrzeby doskonalenia to co innego niż mierzenie do raportu. Potrzebujesz "
                "kilku prostych liczb, zbieranych często, które pokażą, czy jest lepiej.</p>"
                "<p>Zespoły zwykle śledzą trzy rodzaje miar. <strong>Miara wyniku</strong> dotyczy tego, co "
                "ważne dla pacjentów, na przykład czasu oczekiwania. <strong>Miara procesu</strong> pokazuje, "
                "czy zmiana w ogóle się dzieje, na przykład ilu pracowników używa nowej listy kontrolnej. "
                "<strong>Miara równoważąca</strong> sprawdza, czy nie pogorszyło się coś innego.</p>"
            ),
            key_point(
                "<p>Zawsze zmierz sytuację, zanim cokolwiek zmienisz. To Twój punkt odniesienia. Bez niego "
                "nie da się stwierdzić, czy jest lepiej.</p>"
            ),
            worked_example(
                "Czas oczekiwania w Riverside",
                "<p>Pacjenci punktu pilnej pomocy Riverside mówili, że najgorsza jest niewiedza, jak długo "
                "będą czekać.</p>",
                [
                    "<p>Przez dwa tygodnie wolontariusze pytali 20 osób dziennie: „Czy wie Pan/Pani mniej "
                    "więcej, jak długo będzie czekać?”. Tylko 3 na 10 odpowiadały „tak”. To był punkt "
                    "odniesienia.</p>",
                    "<p>Zespół powiesił w poczekalni ekran z przewidywanym czasem oczekiwania, "
                    "aktualizowanym co pół godziny.</p>",
                    "<p>Codziennie zadawano to samo pytanie, a odpowiedzi zaznaczano na wykresie przebiegu, "
                    "czyli prostym wykresie liniowym w czasie.</p>",
                    "<p>W ciągu trzech tygodni „tak” odpowiadało 8 na 10 osób. Spadła też liczba skarg w "
                    "recepcji – ich miara równoważąca.</p>",
                ],
                "<p>Wykres przebiegu pokazuje zmianę w czasie. Jeden dobry dzień niewiele dowodzi; seria "
                "dobrych dni pokazuje prawdziwą zmianę.</p>",
            ),
            activity(
                "Wybierz miarę",
                "<p>Pomyśl o zmianie, którą chciałbyś zobaczyć. Zapisz dla niej jedną miarę wyniku, jedną "
                "miarę procesu i jedną miarę równoważącą. Każda powinna być na tyle prosta, by dało się ją "
                "policzyć długopisem na kartce.</p>",
            ),
            pdsa_planner(
                "Zaplanuj test i sposób pomiaru",
                "<p>Użyj tego planera przy teście, dla którego znasz punkt odniesienia. W planie wpisz, co "
                "będziesz liczyć i jak często.</p>",
                "Co wypróbujesz i co policzysz, by sprawdzić, czy zadziałało?",
                "Co się stało? Zapisz zebrane liczby.",
                "Jak te liczby wypadają w porównaniu z punktem odniesienia?",
                "Co zrobisz dalej: zostawisz, zmienisz czy zrezygnujesz?",
            ),
            quiz(
                "Po co jest punkt odniesienia?",
                answer(
                    "Żeby wiedzieć, jak było przed zmianą",
                    "Dobrze. Późniejsze pomiary porównuje się z punktem odniesienia, by zobaczyć poprawę.",
                    correct=True,
                ),
                answer("Bo zarząd o niego prosi", "Niezupełnie. Służy przede wszystkim Twojej własnej nauce."),
                answer(
                    "Żeby ustalić cel",
                    "Niezupełnie. Może pomóc wyznaczyć cel, ale przede wszystkim służy do porównań.",
                ),
            ),
        ],
        "resources": {"run-chart-sheet": "Pusty wykres przebiegu (po angielsku) do wydrukowania, z instrukcją"},
    },
    "process-mapping": {
        "title": "Mapa drogi pacjenta",
        "summary": (
            "Narysuj każdy krok, który pokonuje pacjent – z jego perspektywy – by znaleźć opóźnienia, luki i "
            "powtarzane pytania."
        ),
        "time_needed": "Około 40 minut",
        "outcomes": (
            "<ul><li>narysować prostą mapę procesu</li>"
            "<li>wskazać kroki, które wydłużają czekanie, a niczego nie wnoszą</li>"
            "<li>wyjaśnić, dlaczego pacjenci muszą współtworzyć mapę</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Mapa procesu pokazuje po kolei każdy krok drogi przez usługę. Zespoły zwykle rysują ją "
                "na długiej rolce papieru, przyklejając karteczki – jeden krok na jednej karteczce.</p>"
                "<p>Najbardziej przydatne są mapy rysowane z perspektywy pacjenta: co widzi, na co czeka i "
                "o co jest pytany. Personel często widzi tylko swój fragment drogi.</p>"
            ),
            key_point(
                "<p>Narysuj drogę taką, jaka jest dziś, a nie taką, jaka powinna być. Potem zaznacz kroki, "
                "na których ludzie czekają, powtarzają to samo albo się gubią.</p>"
            ),
            worked_example(
                "Powrót ze szpitala do domu",
                "<p>Opiekunowie mówili Brackenford Hospitals, że wyjście do domu trwa cały dzień, nawet gdy "
                "lekarz już rano powiedział „może Pan/Pani iść”.</p>",
                [
                    "<p>Opiekunowie, personel oddziału, farmaceuci i sanitariusze wspólnie rozrysowali każdy "
                    "krok jednego porannego wypisu. Mapa miała 34 karteczki.</p>",
                    "<p>Opiekunowie dodali kroki, których personel nigdy nie widział, na przykład czekanie "
                    "na parkingu na telefon.</p>",
                    "<p>Najdłużej czekano na leki do domu. Receptę wypisywano dopiero po obchodzie.</p>",
                    "<p>Zespół sprawdził, co się stanie, gdy receptę wypisze się dzień wcześniej. Czekanie "
                    "skróciło się o połowę.</p>",
                ],
                "<p>Nikt nie znał całej drogi w pojedynkę. Dopiero wspólne rysowanie pokazało, gdzie ucieka czas.</p>",
            ),
            activity(
                "Narysuj drogę, którą znasz",
                "<p>Wybierz drogę, którą dobrze znasz, na przykład zamawianie stałej recepty. Zapisz każdy "
                "krok na osobnej kartce i ułóż je po kolei. Zakreśl kroki, na których czekałeś albo "
                "musiałeś coś powtarzać.</p>",
            ),
            quiz(
                "Kto powinien współtworzyć mapę drogi pacjenta?",
                answer("Tylko kierownicy", "Niezupełnie. Kierownicy rzadko widzą każdy krok."),
                answer("Tylko personel oddziału", "Niezupełnie. Personel widzi swój fragment, a nie całość."),
                answer(
                    "Pacjenci, opiekunowie i personel razem",
                    "Dobrze. Każdy widzi inne kroki, więc mapa jest pełna tylko wtedy, gdy rysują ją wszyscy.",
                    correct=True,
                ),
            ),
        ],
    },
    "your-voice-in-the-room": {
        "title": "Twój głos przy stole",
        "summary": (
            "Nabierz pewności siebie, by wpływać na decyzje: zabieranie głosu, czytanie dokumentów i udział w "
            "spotkaniach."
        ),
        "time_needed": "Około 1,5 godziny, w trzech częściach",
        "outcomes": (
            "<ul><li>wykorzystać swoje doświadczenie, by wpływać na zmiany</li>"
            "<li>pewnie czytać dokumenty i protokoły spotkań</li>"
            "<li>zadawać trudne pytania w pełen szacunku sposób</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Dla partnerów pacjentów, opiekunów, członków forum młodzieżowego i wszystkich, którzy "
            "zasiadają albo chcieliby zasiąść w komitecie, panelu czy grupie projektowej.</p>"
        ),
        "body": [
            rich_text(
                "<p>Bycie jedynym pacjentem w sali pełnej personelu może onieśmielać. Jesteś tam, bo Twoje "
                "doświadczenie ma znaczenie. Ten kurs podpowiada praktyczne sposoby, jak dobrze je "
                "wykorzystać.</p>"
                "<p>Nasze spotkanie online „Na dobry początek” i dzień szkoleniowy dla członków komisji "
                "rekrutacyjnych są jego kontynuacją.</p>"
            ),
        ],
    },
    "influencing-as-a-partner": {
        "title": "Przywództwo i wpływ w roli partnera pacjenta",
        "summary": (
            "Jak zamienić swoją historię w zmianę: wiedzieć, czego chcesz, znaleźć sojuszników i zostać wysłuchanym."
        ),
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>zamienić osobiste doświadczenie w jasną prośbę</li>"
            "<li>znaleźć osoby, które mogą pomóc</li>"
            "<li>nie poddawać się, gdy zmiany idą powoli</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Nie potrzebujesz stanowiska, żeby przewodzić. Partnerzy pacjentów przewodzą wtedy, gdy "
                "pilnują, by grupa skupiała się na tym, co ważne dla pacjentów, włączają innych i "
                "doprowadzają sprawy do końca.</p>"
                "<p>Twoja historia ma siłę, ale sama w sobie może zostać wysłuchana i zapomniana. Wpływ "
                "pojawia się wtedy, gdy połączysz ją z jasną prośbą: co powinno się zmienić i kto może to "
                "zmienić.</p>"
            ),
            key_point(
                "<p>Powiedz, co się stało, dlaczego to ważne i co chciałbyś zmienić. Schemat „historia, "
                "dlaczego, prośba” zmieści się w dwóch minutach na każdym spotkaniu.</p>"
            ),
            worked_example(
                "Spokojniejsza poczekalnia dla młodzieży",
                "<p>Członkowie forum młodzieżowego Open Door uważali, że poczekalnia poradni zdrowia "
                "psychicznego dla dzieci jest pusta i stresująca.</p>",
                [
                    "<p>Zrobili zdjęcia i zapisali, jak się czuli, czekając tam.</p>",
                    "<p>Poprosili kierownika poradni o dziesięć minut na zebraniu zespołu i skorzystali ze "
                    "schematu „historia, dlaczego, prośba”.</p>",
                    "<p>Pielęgniarka, która się z nimi zgadzała, zaproponowała pomoc. Znalazła niewielki budżet.</p>",
                    "<p>Młodzi ludzie wybrali kolory i obrazy. Forum co pół roku sprawdza, jak wygląda "
                    "poczekalnia.</p>",
                ],
                "<p>Jasna prośba i jeden sojusznik w środku zamieniły skargę w trwałą zmianę.</p>",
            ),
            reflection(
                "Twoja historia, dlaczego i prośba",
                "<p>Pomyśl o jednym doświadczeniu związanym z opieką, które chciałbyś zmienić. Napisz jedno "
                "zdanie o tym, co się stało, jedno o tym, dlaczego to ważne, i jedno o tym, co powinno się "
                "wydarzyć.</p>",
            ),
            quiz(
                "Co zwykle daje osobistej historii największą siłę wpływu?",
                answer(
                    "Opowiedzenie jej ze wszystkimi szczegółami", "Niezupełnie. Nadmiar szczegółów może ukryć sedno."
                ),
                answer(
                    "Połączenie jej z jasną prośbą do konkretnej osoby lub grupy",
                    "Dobrze. Na jasną prośbę można zareagować.",
                    correct=True,
                ),
                answer("Czekanie, aż ktoś o nią poprosi", "Niezupełnie. Możesz sam ją zaproponować."),
            ),
        ],
    },
    "papers-and-minutes": {
        "title": "Dokumenty i protokoły spotkań",
        "summary": (
            "Czym są porządek obrad, dokumenty, protokoły i rejestr zadań – i jak szybko przeczytać stos dokumentów."
        ),
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>wyjaśnić, do czego służy każdy dokument spotkania</li>"
            "<li>przeczytać długi dokument w dziesięć minut</li>"
            "<li>sprawdzić, czy protokół oddaje to, co powiedziano</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Większość spotkań w NHS przebiega według tego samego schematu. Mniej więcej tydzień "
                "wcześniej dostajesz <strong>porządek obrad</strong> (listę punktów), <strong>dokumenty</strong> "
                "do każdego punktu i <strong>protokół</strong> z poprzedniego spotkania. Protokół to pisemny "
                "zapis podjętych decyzji. <strong>Rejestr zadań</strong> mówi, kto zgodził się co zrobić i "
                "do kiedy.</p>"
                "<p>Spotkanie wymaga <strong>kworum</strong>, czyli najmniejszej liczby członków, którzy "
                "muszą być obecni, by decyzje były ważne.</p>"
            ),
            key_point(
                "<p>Nie musisz czytać każdej strony. Przeczytaj stronę tytułową każdego dokumentu. Jest tam "
                "napisane, czego oczekuje się od spotkania: przyjęcia do wiadomości, dyskusji czy decyzji.</p>"
            ),
            worked_example(
                "Czytanie dokumentu o opiece okołoporodowej",
                "<p>Amara zasiada w partnerstwie Maternity Voices. Dokumenty na następne spotkanie mają 48 stron.</p>",
                [
                    "<p>Najpierw czyta porządek obrad i zaznacza dwa punkty, na których najbardziej jej zależy.</p>",
                    "<p>Przy każdym z nich czyta stronę tytułową i streszczenie oraz szuka tego, co "
                    "powiedziały kobiety i rodziny.</p>",
                    "<p>W dokumencie o indukcji porodu nie ma opinii rodzin. Zapisuje pytanie na marginesie.</p>",
                    "<p>Na spotkaniu zadaje je. W protokole zapisano, że przed zatwierdzeniem planu "
                    "zostaną zapytane rodziny.</p>",
                ],
                "<p>Skupienie się na kilku punktach i na tym, czy w dokumencie jest głos pacjentów, sprawia, "
                "że przygotowanie jest szybkie i przydatne.</p>",
            ),
            activity(
                "Poćwicz na prawdziwych dokumentach",
                "<p>Znajdź na stronie lokalnego trustu dokumenty na publiczne posiedzenie zarządu. Wybierz "
                "jeden i znajdź trzy rzeczy: czego oczekuje się od spotkania, kto go napisał i czy mówi, co "
                "myślą pacjenci.</p>",
            ),
            quiz(
                "Czym jest kworum?",
                answer("Przewodniczącym spotkania", "Niezupełnie. Przewodniczący prowadzi spotkanie."),
                answer(
                    "Najmniejszą liczbą członków, którzy muszą być obecni, by decyzje były ważne",
                    "Dobrze. Bez kworum można rozmawiać, ale nie można decydować.",
                    correct=True,
                ),
                answer("Pisemnym zapisem spotkania", "Niezupełnie. To jest protokół."),
            ),
        ],
        "resources": {"meeting-checklist": "Lista kontrolna (po angielsku): przed spotkaniem, w trakcie i po nim"},
    },
    "confident-challenge": {
        "title": "Jak pewnie zadawać trudne pytania",
        "summary": "Pełne szacunku sposoby, by pytać, nie zgadzać się i domagać się odpowiedzi, gdy coś jest nie tak.",
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>zadać pytanie otwarte, które przyniesie prawdziwą odpowiedź</li>"
            "<li>nie zgadzać się, nie psując relacji</li>"
            "<li>wiedzieć, co zrobić, gdy nikt Cię nie słucha</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Zadawanie trudnych pytań to część Twojej roli. Dobry personel to docenia, bo pomaga mu "
                "zobaczyć to, co mógł przeoczyć. Sposób, w jaki pytasz, bardzo wpływa na odpowiedź.</p>"
                "<p>Najlepiej działają pytania otwarte. Spróbuj: „Proszę mi pomóc zrozumieć, jak...”, „Co "
                "zauważyliby pacjenci, gdyby...” albo „Skąd będziemy wiedzieć, że to zadziałało?”.</p>"
            ),
            key_point(
                "<p>Bądź ciekawy, nie oskarżaj. Kwestionuj plan, a nie osobę. Jeśli nie dostaniesz "
                "odpowiedzi, poproś, by zapisano to w protokole i wrócono do sprawy.</p>"
            ),
            worked_example(
                "Głos w sprawie listy oczekujących",
                "<p>Na spotkaniu o usługach zdrowia psychicznego Kwame usłyszał, że czas oczekiwania na "
                "terapię „się ustabilizował”. Z grupy wsparcia wiedział, że ludzie wciąż czekają "
                "miesiącami.</p>",
                [
                    "<p>Zapytał: „Proszę mi pomóc zrozumieć, co znaczy «ustabilizował się» dla kogoś, kto "
                    "dostał skierowanie dzisiaj”.</p>",
                    "<p>Usłyszał, że czas oczekiwania już się nie wydłuża, ale nadal wynosi 18 tygodni.</p>",
                    "<p>Zapytał, jakie wsparcie ludzie dostają w czasie oczekiwania. Nikt nie wiedział.</p>",
                    "<p>Przewodnicząca dopisała zadanie do rejestru: na następnym spotkaniu przedstawić "
                    "informację o wsparciu w czasie oczekiwania.</p>",
                ],
                "<p>Spokojne, otwarte pytanie przyniosło jasną odpowiedź i konkretne zadanie, a nikt nie "
                "poczuł się zaatakowany.</p>",
            ),
            reflection(
                "Kiedy się powstrzymałeś?",
                "<p>Przypomnij sobie sytuację, w której chciałeś coś zakwestionować, ale tego nie zrobiłeś. "
                "Co Cię powstrzymało? Jakie pytanie otwarte mogłeś zadać?</p>",
            ),
            details(
                "Co, jeśli nadal nikt mnie nie słucha?",
                "<p>Porozmawiaj z przewodniczącym po spotkaniu albo ze swoją osobą kontaktową w zespole "
                "Side by Side. Pomogą Ci ponownie poruszyć sprawę. Zawsze możesz też zrezygnować, jeśli "
                "grupa Ci nie odpowiada.</p>",
            ),
            quiz(
                "Które pytanie najpewniej przyniesie przydatną odpowiedź?",
                answer(
                    "„Dlaczego znowu źle to zrobiliście?”", "Niezupełnie. Takie pytanie może wywołać postawę obronną."
                ),
                answer(
                    "„Skąd będziemy wiedzieć, że to zadziałało dla pacjentów?”",
                    "Dobrze. Jest otwarte, życzliwe i skupione na pacjentach.",
                    correct=True,
                ),
                answer("„Czyli wszystko w porządku?”", "Niezupełnie. Zachęca do zwykłego „tak” i kończy rozmowę."),
            ),
        ],
    },
    "working-as-equals": {
        "title": "Współpraca z pacjentami i mieszkańcami na równych prawach",
        "summary": (
            "Dla personelu NHS: jak dzielić się władzą z partnerami pacjentami – od planowania po prowadzenie spotkań."
        ),
        "time_needed": "Około 1 godziny, w dwóch częściach, oraz warsztaty dla chętnych",
        "outcomes": (
            "<ul><li>wyjaśnić, co w praktyce oznacza współtworzenie</li>"
            "<li>zaplanować udział pacjentów uczciwie i z godziwym wynagrodzeniem</li>"
            "<li>prowadzić spotkania, w których partnerzy społeczni mogą w pełni uczestniczyć</li></ul>"
        ),
        "who_it_is_for": (
            "<p>Dla pracowników na każdym stanowisku, którzy współpracują albo chcą współpracować z "
            "pacjentami, opiekunami i społecznościami przy projektach doskonalenia.</p>"
        ),
        "body": [
            rich_text(
                "<p>Pacjenci i opiekunowie są ekspertami we własnych doświadczeniach. Ten kurs pokazuje, "
                "jak zrobić miejsce na tę wiedzę jako równorzędną część Twojej pracy, a nie dodatek na "
                "końcu.</p>"
                "<p>Opiera się na polityce udziału pacjentów w naszych trustach, w tym na naszych "
                + page_link("get-involved", "zasadach wynagrodzeń i zwrotu kosztów")
                + ".</p>"
            ),
        ],
    },
    "equal-partners": {
        "title": "Co znaczy współpraca na równych prawach",
        "summary": (
            "Współtworzenie, dzielenie się władzą i uczciwe wynagradzanie – na przykładzie usług dla osób z "
            "niepełnosprawnością intelektualną."
        ),
        "time_needed": "Około 30 minut",
        "outcomes": (
            "<ul><li>odróżnić informowanie, konsultowanie i współtworzenie</li>"
            "<li>włączać ludzi od samego początku</li>"
            "<li>uczciwie wynagradzać i wspierać partnerów</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Udział pacjentów może oznaczać bardzo różne rzeczy. <strong>Informowanie</strong> to "
                "mówienie ludziom, co już postanowiono. <strong>Konsultowanie</strong> to pytanie o zdanie "
                "na temat Twojego planu. <strong>Współtworzenie</strong> to wspólne decydowanie od samego "
                "początku, ze wspólną władzą i wspólnymi zasługami.</p>"
                "<p>Nie każdy projekt wymaga pełnego współtworzenia. Mów jednak uczciwie, co proponujesz, i "
                "nigdy nie nazywaj konsultacji współtworzeniem.</p>"
            ),
            key_point(
                "<p>Zaproś ludzi, zanim problem zostanie zdefiniowany. Jeśli rozwiązanie jest już wybrane, "
                "to konsultujesz, a nie współtworzysz.</p>"
            ),
            worked_example(
                "Listy o wizytach, które da się przeczytać",
                "<p>Weir Valley Community Health chciał zmniejszyć liczbę opuszczonych wizyt wśród osób z "
                "niepełnosprawnością intelektualną.</p>",
                [
                    "<p>Personel najpierw planował SMS z przypomnieniem. Zamiast tego zaprosił na pierwsze "
                    "spotkanie czworo samorzeczników, płacąc im za czas.</p>",
                    "<p>Samorzecznicy powiedzieli, że problemem jest list: za długi, bez obrazków i bez "
                    "nazwiska osoby, do której można zadzwonić.</p>",
                    "<p>Razem napisali list w wersji Easy Read i przetestowali go z 20 osobami.</p>",
                    "<p>Liczba opuszczonych wizyt w tej grupie spadła o jedną trzecią. Samorzecznicy "
                    "przedstawili wyniki zarządowi razem z personelem.</p>",
                ],
                "<p>Zapytanie na początku, zanim wybrano rozwiązanie, zmieniło cały projekt.</p>",
            ),
            reflection(
                "Gdzie leży władza?",
                "<p>Pomyśl o projekcie, przy którym pracujesz. Kto określił, na czym polega problem? Kto "
                "ustala porządek obrad? Czym mógłbyś następnym razem podzielić się z partnerami "
                "pacjentami?</p>",
            ),
            quiz(
                "Zespół prosi pacjentów o uwagi do gotowej ulotki. Co to jest?",
                answer("Współtworzenie", "Niezupełnie. Ulotkę napisano, zanim włączono pacjentów."),
                answer(
                    "Konsultacja",
                    "Dobrze. Pytanie o zdanie na temat czegoś gotowego to konsultacja. Jest przydatna, ale "
                    "to coś innego.",
                    correct=True,
                ),
                answer("Informowanie", "Niezupełnie. Pacjentów pyta się o zdanie, a nie tylko informuje."),
            ),
        ],
    },
    "inclusive-meetings": {
        "title": "Spotkania, w których każdy może uczestniczyć",
        "summary": (
            "Praktyczne kroki dla personelu: dokumenty, prosty język, dostęp online i miejsce na głos partnerów "
            "społecznych."
        ),
        "time_needed": "Około 30 minut, oraz warsztaty z prostego języka dla chętnych",
        "outcomes": (
            "<ul><li>wysyłać dokumenty, z których ludzie mogą korzystać</li>"
            "<li>prowadzić spotkanie tak, by partnerzy społeczni byli wysłuchani</li>"
            "<li>sprawić, by spotkania online i hybrydowe działały dla wszystkich</li></ul>"
        ),
        "body": [
            rich_text(
                "<p>Wielu partnerów społecznych przestaje przychodzić nie z braku zainteresowania, ale "
                "dlatego, że trudno im uczestniczyć w spotkaniach. Małe zmiany wiele dają:</p>"
                "<ul><li>wysyłaj dokumenty co najmniej tydzień wcześniej, w formie, o którą proszono</li>"
                "<li>wyjaśniaj każdy skrót albo używaj prostych słów</li>"
                "<li>umieszczaj punkty partnerów społecznych na początku porządku obrad, a nie na końcu</li>"
                "<li>pytaj partnerów społecznych o zdanie przed personelem, a nie po nim</li></ul>"
            ),
            key_point(
                "<p>Zapytaj każdego partnera, czego potrzebuje, by uczestniczyć, i zapisz to. Sprawdzaj to "
                "co kilka miesięcy – potrzeby się zmieniają.</p>"
            ),
            worked_example(
                "Jak ożywić grupę ds. rejestracji online",
                "<p>Grupa projektowa zajmująca się rejestracją online do GP spotykała się przez "
                "wideokonferencję. Dwie starsze partnerki społeczne ciągle odpadały.</p>",
                [
                    "<p>Przewodnicząca zadzwoniła do każdej z nich. Jedna nie mogła znaleźć linku, druga "
                    "źle słyszała na tablecie.</p>",
                    "<p>Zespół wysłał drukowaną instrukcję dołączania i zaproponował udział przez telefon, "
                    "z wcześniej przesłanymi slajdami.</p>",
                    "<p>Przewodnicząca zaczęła zwracać się po imieniu do osób przy telefonie, by zaprosić je "
                    "do rozmowy.</p>",
                    "<p>Od tej pory obie partnerki przychodziły na każde spotkanie.</p>",
                ],
                "<p>Pytanie, dlaczego ktoś odszedł, ujawniło proste i tanie rozwiązania.</p>",
            ),
            activity(
                "Sprawdź swój następny porządek obrad",
                "<p>Weź porządek obrad najbliższego spotkania z partnerami społecznymi. Zakreśl każdy skrót "
                "i każdy punkt, w którym partnerzy mówią na końcu. Zmień co najmniej dwie rzeczy.</p>",
            ),
            quiz(
                "Kiedy najlepiej wysłać dokumenty partnerom społecznym?",
                answer("W dniu spotkania", "Niezupełnie. Nie ma wtedy czasu na lekturę."),
                answer(
                    "Co najmniej tydzień wcześniej, w formie, o którą prosili",
                    "Dobrze. Dzięki temu jest czas na lekturę i przygotowanie pytań.",
                    correct=True,
                ),
                answer("Tylko jeśli poproszą", "Niezupełnie. Wszyscy powinni dostać dokumenty w tym samym czasie."),
            ),
        ],
    },
}

GLOSSARY = {
    "ae": {
        "term": "A&E",
        "full_form": "Szpitalny oddział ratunkowy (Accident and emergency)",
        "meaning": "Oddział szpitala dla osób z poważnymi urazami i chorobami, które wymagają pilnej pomocy.",
    },
    "baseline": {
        "term": "Punkt odniesienia",
        "full_form": "Baseline",
        "meaning": "Pomiar tego, jak jest przed zmianą, by później sprawdzić, czy zmiana pomogła.",
    },
    "board-papers": {
        "term": "Dokumenty zarządu",
        "full_form": "Board papers",
        "meaning": (
            "Raporty, które zarząd czyta przed posiedzeniem. Dokumenty z jawnych posiedzeń są na stronie trustu."
        ),
    },
    "chair": {
        "term": "Przewodniczący",
        "full_form": "Chair",
        "meaning": "Osoba, która prowadzi spotkanie lub zarząd i dba o to, by każdy mógł zabrać głos.",
    },
    "clinical-governance": {
        "term": "Nadzór kliniczny",
        "full_form": "Clinical governance",
        "meaning": "Sposoby, w jakie placówka sprawdza i poprawia bezpieczeństwo i jakość opieki.",
    },
    "co-production": {
        "term": "Współtworzenie",
        "full_form": "Co-production",
        "meaning": "Personel i pacjenci wspólnie decydują i projektują coś od samego początku, na równych prawach.",
    },
    "commissioning": {
        "term": "Zlecanie usług",
        "full_form": "Commissioning",
        "meaning": "Planowanie, jakich usług zdrowotnych potrzebuje dany obszar, i płacenie za nie.",
    },
    "cqc": {
        "term": "CQC",
        "full_form": "Komisja Jakości Opieki (Care Quality Commission)",
        "meaning": "Niezależna instytucja, która kontroluje placówki zdrowia i opieki w Anglii i publikuje ich oceny.",
    },
    "discharge": {
        "term": "Wypis",
        "full_form": "Discharge",
        "meaning": "Moment, gdy pacjent opuszcza szpital lub usługę, oraz plan jego dalszej opieki.",
    },
    "executive-director": {
        "term": "Dyrektor wykonawczy",
        "full_form": "Executive director",
        "meaning": (
            "Członek kierownictwa, który zarządza częścią trustu i zasiada w zarządzie, na przykład naczelna "
            "pielęgniarka."
        ),
    },
    "ft": {
        "term": "FT",
        "full_form": "Foundation trust – trust o większej samodzielności",
        "meaning": "Trust NHS z większą swobodą finansową, który ma członków i gubernatorów z lokalnej społeczności.",
    },
    "gp": {
        "term": "GP",
        "full_form": "Lekarz rodzinny (General practitioner)",
        "meaning": (
            "Lekarz pierwszego kontaktu. Przychodnia GP to zwykle pierwsze miejsce, do którego idziesz, gdy chorujesz."
        ),
    },
    "governor": {
        "term": "Gubernator",
        "full_form": "Governor",
        "meaning": "Osoba wybrana przez członków foundation trustu, by ich reprezentować i rozliczać zarząd.",
    },
    "healthwatch": {
        "term": "Healthwatch",
        "full_form": "Niezależna organizacja mieszkańców",
        "meaning": (
            "Niezależna lokalna organizacja, która słucha opinii ludzi o zdrowiu i opiece i przekazuje je dalej."
        ),
    },
    "icb": {
        "term": "ICB",
        "full_form": "Zintegrowana rada opieki (Integrated care board)",
        "meaning": "Instytucja NHS, która planuje większość usług zdrowotnych w danym obszarze i za nie płaci.",
    },
    "ics": {
        "term": "ICS",
        "full_form": "Zintegrowany system opieki (Integrated care system)",
        "meaning": "NHS, samorządy i organizacje charytatywne z danego obszaru, które razem planują zdrowie i opiekę.",
    },
    "lay-partner": {
        "term": "Partner społeczny",
        "full_form": "Lay partner",
        "meaning": (
            "Pacjent, opiekun lub mieszkaniec, który dołącza do projektu lub grupy jako równy członek, ale nie jako "
            "pracownik."
        ),
    },
    "minutes": {
        "term": "Protokół",
        "full_form": "Minutes",
        "meaning": "Pisemny zapis spotkania: kto był obecny, o czym rozmawiano i co postanowiono.",
    },
    "action-log": {
        "term": "Rejestr zadań",
        "full_form": "Action log",
        "meaning": "Lista tego, kto po spotkaniu zgodził się co zrobić i do kiedy.",
    },
    "agenda": {
        "term": "Porządek obrad",
        "full_form": "Agenda",
        "meaning": "Lista tematów, o których będzie mowa na spotkaniu, w kolejności.",
    },
    "ned": {
        "term": "NED",
        "full_form": "Dyrektor niewykonawczy (Non-executive director)",
        "meaning": "Członek zarządu spoza trustu, którego zadaniem jest zadawanie trudnych pytań.",
    },
    "outpatients": {
        "term": "Poradnia specjalistyczna",
        "full_form": "Outpatients",
        "meaning": "Wizyty w szpitalu u specjalisty, po których tego samego dnia wracasz do domu.",
    },
    "pals": {
        "term": "PALS",
        "full_form": "Biuro porad i kontaktu dla pacjentów (Patient Advice and Liaison Service)",
        "meaning": "Zespół w szpitalu, który pomaga pacjentom i rodzinom w pytaniach, wątpliwościach i problemach.",
    },
    "pdsa": {
        "term": "PDSA",
        "full_form": "Zaplanuj, wykonaj, przeanalizuj, działaj (Plan, do, study, act)",
        "meaning": "Sposób na szybkie sprawdzenie małej zmiany, wyciągnięcie wniosków i decyzję, co dalej.",
    },
    "process-map": {
        "term": "Mapa procesu",
        "full_form": "Process map",
        "meaning": "Rysunek każdego kroku drogi przez usługę, który pomaga znaleźć opóźnienia i luki.",
    },
    "quorum": {
        "term": "Kworum",
        "full_form": "Quorum",
        "meaning": "Najmniejsza liczba członków, którzy muszą być na spotkaniu, by jego decyzje były ważne.",
    },
    "referral": {
        "term": "Skierowanie",
        "full_form": "Referral",
        "meaning": (
            "Gdy jeden specjalista prosi inną placówkę, by Cię przyjęła, na przykład GP kieruje Cię do szpitala."
        ),
    },
    "run-chart": {
        "term": "Wykres przebiegu",
        "full_form": "Run chart",
        "meaning": "Wykres liniowy miary w czasie, który pokazuje, czy zmiana coś poprawiła.",
    },
    "trust": {
        "term": "Trust",
        "full_form": "NHS trust – organizacja NHS",
        "meaning": "Organizacja NHS, która prowadzi szpitale, opiekę środowiskową albo usługi zdrowia psychicznego.",
    },
    "trust-board": {
        "term": "Zarząd trustu",
        "full_form": "Trust board",
        "meaning": "Grupa dyrektorów, która zatwierdza plany trustu i sprawdza opiekę, finanse i personel.",
    },
    "urgent-treatment-centre": {
        "term": "UTC",
        "full_form": "Punkt pilnej pomocy (Urgent treatment centre)",
        "meaning": (
            "Miejsce, do którego idziesz z pilnym problemem, który nie zagraża życiu, na przykład ze skręceniem "
            "albo drobnym oparzeniem."
        ),
    },
    "easy-read": {
        "term": "Easy Read",
        "full_form": "Tekst łatwy do czytania",
        "meaning": (
            "Informacje napisane krótkimi, prostymi zdaniami z obrazkami, dla osób z niepełnosprawnością "
            "intelektualną."
        ),
    },
    "balancing-measure": {
        "term": "Miara równoważąca",
        "full_form": "Balancing measure",
        "meaning": "Miara, która sprawdza, czy zmiana nie pogorszyła czegoś innego.",
    },
}
