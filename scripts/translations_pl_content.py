# ruff: noqa: E501 (Polish sentences are kept whole on one line)
"""Polish for the content apps' interface strings (projects, news, guidebook). See translate.py."""

TRANSLATIONS = {
    # guidebook
    "Question": "Pytanie",
    "Answer": "Odpowiedź",
    "Question and answer": "Pytanie i odpowiedź",
    "Questions": "Pytania",
    "Frequently asked questions": "Najczęściej zadawane pytania",
    "Questions with answers that open on click.": "Pytania z odpowiedziami rozwijanymi po kliknięciu.",
    "Act": "Akt prawny",
    "E.g. the act of 24 April 2003 on public benefit activity and volunteering.": (
        "Np. ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie."
    ),
    "Provision": "Przepis",
    "E.g. art. 19a.": "Np. art. 19a.",
    "A link to the text, e.g. in ISAP.": "Odnośnik do tekstu, np. w ISAP.",
    "Legal reference": "Podstawa prawna",
    "An act and a provision this page is based on.": "Akt i przepis, na których opiera się strona.",
    "last reviewed on": "data ostatniego przeglądu",
    "When the content was last checked against the law and practice.": (
        "Kiedy treść ostatnio sprawdzono z przepisami i praktyką."
    ),
    "legal basis": "podstawa prawna",
    "The acts and provisions this page is based on.": "Akty i przepisy, na których opiera się strona.",
    "review notice": "uwaga o weryfikacji",
    "A notice shown on top of the page, e.g. that the content is a draft to be reviewed.": (
        "Komunikat na górze strony, np. że treść jest wersją roboczą do weryfikacji."
    ),
    "The content, built from blocks; add questions and answers with the FAQ block.": (
        "Treść z bloków; pytania i odpowiedzi dodaj blokiem FAQ."
    ),
    "Review and legal basis": "Weryfikacja i podstawa prawna",
    "guidebook page": "strona przewodnika",
    "guidebook pages": "strony przewodnika",
    "Legal basis": "Podstawa prawna",
    "Last reviewed on": "Treść sprawdzono",
    "Previous and next page of the guide": "Poprzednia i następna strona przewodnika",
    "Previous": "Poprzednia",
    "Next": "Następna",
    "Search the guide": "Szukaj w przewodniku",
    "Nothing in the guide matches “%(query)s”.": "W przewodniku nie ma nic dla „%(query)s”.",
    "Type what you are looking for in the search box.": "Wpisz w pole wyszukiwania, czego szukasz.",
    "Table of contents": "Spis treści",
    # news
    "News: %(project)s": "Aktualności: %(project)s",
    "news index": "lista aktualności",
    "news indexes": "listy aktualności",
    "date": "data",
    "The date shown with the news item.": "Data wyświetlana przy wiadomości.",
    "image": "obraz",
    "Shown at the top, in listings and when the page is shared.": (
        "Wyświetlany na górze, na listach i przy udostępnianiu strony."
    ),
    "tags": "tagi",
    "Topics readers can filter the news by.": "Tematy, według których można filtrować aktualności.",
    "related projects": "powiązane projekty",
    "The news item also appears on these projects' pages and feeds.": (
        "Wiadomość pojawi się też na stronach i w kanałach tych projektów."
    ),
    "Attached documents": "Załączone dokumenty",
    "Tags and projects": "Tagi i projekty",
    "news page": "aktualność",
    "news pages": "aktualności",
    "document": "dokument",
    "The file readers can download.": "Plik do pobrania przez czytelników.",
    "attached document": "załączony dokument",
    "attached documents": "załączone dokumenty",
    "Latest news": "Najnowsze aktualności",
    "All news": "Wszystkie aktualności",
    "Tags": "Tagi",
    "Filter news": "Filtruj aktualności",
    "Tag": "Tag",
    "All": "Wszystkie",
    "Project": "Projekt",
    "Filter": "Filtruj",
    "Subscribe": "Subskrybuj",
    "only “%(project)s”": "tylko „%(project)s”",
    "No news match these filters.": "Brak aktualności spełniających te kryteria.",
    "Related projects": "Powiązane projekty",
    # project blocks
    "Item": "Punkt",
    "Items": "Punkty",
    "One point of the list per item.": "Jeden punkt listy w każdym polu.",
    "List section": "Sekcja z listą",
    "A titled list, e.g. the goals or what was achieved.": (
        "Lista z tytułem, np. cele lub to, co udało się osiągnąć."
    ),
    "Task": "Zadanie",
    "Sub-point": "Podpunkt",
    "Sub-points": "Podpunkty",
    "Tasks": "Zadania",
    "Tasks with sub-points": "Zadania z podpunktami",
    "Numbered tasks, each with its sub-points.": "Numerowane zadania z podpunktami.",
    "Number": "Liczba",
    "The figure itself, e.g. 441 or 4%.": "Sama liczba, np. 441 albo 4%.",
    "What it counts, e.g. people who gave their opinion.": (
        "Co oznacza, np. osoby, które wyraziły opinię."
    ),
    "Figure": "Liczba z opisem",
    "Figures": "Liczby",
    "Key results in figures": "Rezultaty w liczbach",
    "Numbers with labels, shown as large figures.": "Liczby z opisami, wyświetlane dużą czcionką.",
    "Links": "Odnośniki",
    "Video": "Film",
    "A link to a video, e.g. on YouTube.": "Odnośnik do filmu, np. w YouTube.",
    "Videos": "Filmy",
    "Materials": "Materiały",
    "Documents, links and videos about the project.": "Dokumenty, odnośniki i filmy o projekcie.",
    "Name": "Imię i nazwisko lub nazwa",
    "Role": "Funkcja",
    "E.g. project coordinator.": "Np. koordynatorka projektu.",
    "Contact": "Kontakt",
    "The coordinator's name, phone and e-mail.": "Imię i nazwisko, telefon i e-mail koordynatora.",
    # registration form
    "Leave this field empty": "Pozostaw to pole puste",
    "I agree to the processing of my personal data by the organiser to handle my "
    "registration for this meeting.": (
        "Wyrażam zgodę na przetwarzanie moich danych osobowych przez organizatora w celu "
        "obsługi zgłoszenia na to spotkanie."
    ),
    "Consent is required to register.": "Zgoda jest wymagana, aby się zapisać.",
    "Optional: we call only if the meeting changes.": (
        "Nieobowiązkowo: zadzwonimy tylko, jeśli spotkanie się zmieni."
    ),
    "Optional: e.g. a sign language interpreter, step-free access, induction loop.": (
        "Nieobowiązkowo: np. tłumacz języka migowego, dostęp bez schodów, pętla indukcyjna."
    ),
    # project models
    "name": "nazwa",
    "The organisation's full name.": "Pełna nazwa organizacji.",
    "logo": "logo",
    "The logo shown on project pages; its alternative text is the name.": (
        "Logo wyświetlane na stronach projektów; jego tekstem alternatywnym jest nazwa."
    ),
    "website": "strona internetowa",
    "The address of the organisation's website.": "Adres strony internetowej organizacji.",
    "partner": "partner",
    "partners": "partnerzy",
    "project index": "lista projektów",
    "project indexes": "listy projektów",
    "planned": "planowany",
    "ongoing": "w realizacji",
    "completed": "zakończony",
    "start date": "data rozpoczęcia",
    "The day the project started.": "Dzień rozpoczęcia projektu.",
    "end date": "data zakończenia",
    "The day the project ended or will end.": "Dzień, w którym projekt się zakończył lub zakończy.",
    "Used by the filters of the project list.": "Używany przez filtry listy projektów.",
    "archived document": "dokument archiwalny",
    "Shows the “archived document” banner and hides the project from the default list; "
    "the page stays reachable.": (
        "Wyświetla baner „Dokument archiwalny” i ukrywa projekt na domyślnej liście; strona "
        "pozostaje dostępna."
    ),
    "target groups": "grupy docelowe",
    "Who the project is for; one group per line.": "Do kogo projekt jest skierowany; jedna grupa w wierszu.",
    "places of implementation": "miejsca realizacji",
    "Where the project is carried out, e.g. Kraków and Wrocław.": (
        "Gdzie projekt jest realizowany, np. Kraków i Wrocław."
    ),
    "funder": "finansujący",
    "Who funds or co-finances the project, e.g. the European Social Fund.": (
        "Kto finansuje lub współfinansuje projekt, np. Europejski Fundusz Społeczny."
    ),
    "funding programme": "program finansowania",
    "The programme, priority and measure, with the project number.": (
        "Program, priorytet i działanie wraz z numerem projektu."
    ),
    "co-financing note": "informacja o współfinansowaniu",
    "E.g. “The project is co-financed by the City of Kraków”.": (
        "Np. „Projekt współfinansowany ze środków Gminy Miejskiej Kraków”."
    ),
    "funding disclaimer": "klauzula finansującego",
    "The text the funder requires to be shown, word for word.": (
        "Tekst, który finansujący wymaga pokazać, słowo w słowo."
    ),
    "The sections of the project: goals, more information, background, tasks, achievements, "
    "key results, materials and contact.": (
        "Sekcje projektu: cele, więcej informacji, geneza, zadania, osiągnięcia, rezultaty "
        "w liczbach, materiały i kontakt."
    ),
    "Facts": "Podstawowe informacje",
    "Implementers, partners and funders": "Realizatorzy, partnerzy i finansujący",
    "Partner": "Partner",
    "Funding": "Finansowanie",
    "Meetings": "Spotkania",
    "Meeting": "Spotkanie",
    "project page": "strona projektu",
    "project pages": "strony projektów",
    "implementer": "realizator",
    "Choose the organisation from the partners snippets.": "Wybierz organizację spośród partnerów.",
    "role": "rola",
    "Implementers lead the project; funders' logos are shown with the funding.": (
        "Realizatorzy prowadzą projekt; logo finansujących pojawia się przy finansowaniu."
    ),
    "project partner": "partner projektu",
    "project partners": "partnerzy projektu",
    "The day of the meeting.": "Dzień spotkania.",
    "start time": "godzina rozpoczęcia",
    "Local time, e.g. 17:00.": "Czas lokalny, np. 17:00.",
    "end time": "godzina zakończenia",
    "Local time, e.g. 20:00.": "Czas lokalny, np. 20:00.",
    "topic": "temat",
    "What the meeting is about, e.g. Culture and arts.": "Czego dotyczy spotkanie, np. Kultura i sztuka.",
    "venue": "miejsce",
    "The name of the place, e.g. a foundation's office.": "Nazwa miejsca, np. siedziba fundacji.",
    "address": "adres",
    "Street and number, e.g. ul. Krasickiego 18.": "Ulica i numer, np. ul. Krasickiego 18.",
    "room": "sala",
    "Room or floor, e.g. room 040, 1st floor.": "Sala lub piętro, np. sala 040, I piętro.",
    "how to confirm attendance": "jak potwierdzić przybycie",
    "E.g. by e-mail or phone to the coordinator; the online form is added when registration "
    "is open.": (
        "Np. e-mailem lub telefonicznie do koordynatora; formularz on-line pojawia się, gdy "
        "zapisy są otwarte."
    ),
    "capacity": "liczba miejsc",
    "How many people can register; leave empty for no limit.": (
        "Ile osób może się zapisać; puste pole oznacza brak limitu."
    ),
    "online registration open": "zapisy on-line otwarte",
    "Shows the registration form for this meeting while it is upcoming.": (
        "Pokazuje formularz zapisu na spotkanie, dopóki się nie odbyło."
    ),
    "latitude": "szerokość geograficzna",
    "The venue's latitude, e.g. 50.061500, for the link to the map.": (
        "Szerokość geograficzna miejsca, np. 50.061500, do odnośnika na mapę."
    ),
    "longitude": "długość geograficzna",
    "The venue's longitude, e.g. 19.937100.": "Długość geograficzna miejsca, np. 19.937100.",
    "meeting": "spotkanie",
    "meetings": "spotkania",
    "name and surname": "imię i nazwisko",
    "organisation": "organizacja",
    "accessibility needs": "potrzeby dotyczące dostępności",
    "consent to processing personal data": "zgoda na przetwarzanie danych osobowych",
    "registered": "zapisano",
    "meeting registration": "zgłoszenie na spotkanie",
    "meeting registrations": "zgłoszenia na spotkania",
    "upcoming meetings page": "strona najbliższych spotkań",
    "upcoming meetings pages": "strony najbliższych spotkań",
    "Consent to processing personal data is required.": (
        "Zgoda na przetwarzanie danych osobowych jest wymagana."
    ),
    "Registration for this meeting is closed.": "Zapisy na to spotkanie są zamknięte.",
    "This e-mail address is already registered for this meeting.": (
        "Ten adres e-mail jest już zapisany na to spotkanie."
    ),
    "This meeting is full; no more registrations are taken.": (
        "Brak wolnych miejsc – zapisy na to spotkanie są zamknięte."
    ),
    "Registration confirmed: %(topic)s": "Potwierdzenie zapisu: %(topic)s",
    "Partners": "Partnerzy",
    "Meeting registrations": "Zgłoszenia na spotkania",
    # e-mail
    "Hello %(name)s,": "Dzień dobry, %(name)s,",
    "we have received your confirmation of attendance:": "otrzymaliśmy potwierdzenie przybycia na spotkanie:",
    "The attached file adds the meeting to your calendar.": (
        "Załączony plik doda spotkanie do Twojego kalendarza."
    ),
    "Your accessibility needs:": "Twoje potrzeby dotyczące dostępności:",
    "If you cannot come, please reply to this e-mail so someone else can take your place.": (
        "Jeśli nie możesz przyjść, odpowiedz na tę wiadomość – ktoś inny zajmie Twoje miejsce."
    ),
    # project templates
    "Upcoming meetings": "Najbliższe spotkania",
    "All upcoming meetings": "Wszystkie najbliższe spotkania",
    "Current projects": "Bieżące projekty",
    "Past meeting": "Spotkanie odbyło się",
    "Show the venue on the map": "Pokaż miejsce na mapie",
    "Add to calendar (.ics)": "Dodaj do kalendarza (.ics)",
    "This meeting is full.": "Brak wolnych miejsc.",
    "Confirm attendance": "Potwierdź przybycie",
    "Archived document": "Dokument archiwalny",
    "optional": "nieobowiązkowe",
    "Fields marked * are required. The organiser uses your data only to handle this "
    "registration and deletes it after the meeting's report is published.": (
        "Pola oznaczone * są obowiązkowe. Organizator wykorzystuje Twoje dane wyłącznie do "
        "obsługi zgłoszenia i usuwa je po opublikowaniu raportu ze spotkania."
    ),
    "Registration received": "Zgłoszenie przyjęte",
    "Thank you, your attendance is confirmed": "Dziękujemy, Twoje przybycie zostało potwierdzone",
    "We are expecting you at “%(topic)s” on %(date)s at %(start)s. A confirmation with a "
    "calendar file is on its way to your e-mail.": (
        "Czekamy na Ciebie na spotkaniu „%(topic)s” %(date)s o godz. %(start)s. Potwierdzenie "
        "z plikiem kalendarza wysłaliśmy na Twój adres e-mail."
    ),
    "Back to the project “%(project)s”": "Powrót do projektu „%(project)s”",
    "This meeting has already taken place.": "To spotkanie już się odbyło.",
    "Time": "Godziny",
    "Venue": "Miejsce",
    "Room": "Sala",
    "How to confirm attendance": "Jak potwierdzić przybycie",
    "Places": "Miejsca",
    "%(left)s of %(total)s left": "wolnych %(left)s z %(total)s",
    "Confirm your attendance": "Potwierdź swoje przybycie",
    "Filter projects": "Filtruj projekty",
    "Status": "Status",
    "Show archived projects": "Pokaż projekty archiwalne",
    "No projects match these filters.": "Brak projektów spełniających te kryteria.",
    "this page describes a completed project and is kept for reference.": (
        "strona opisuje zakończony projekt i jest przechowywana w celach informacyjnych."
    ),
    "Dates": "Termin realizacji",
    "Places of implementation": "Miejsca realizacji",
    "Implemented by": "Realizator",
    "Target groups": "Grupy docelowe",
    "Meeting schedule": "Harmonogram spotkań",
    "No meetings are planned.": "Nie zaplanowano spotkań.",
    "Past meetings": "Minione spotkania",
    "Funder": "Finansujący",
    "News about the project": "Aktualności o projekcie",
    "No meetings are planned at the moment.": "Obecnie nie zaplanowano spotkań.",
}

PLURALS = {
    "%(places)s place left": [
        "zostało %(places)s miejsce",
        "zostały %(places)s miejsca",
        "zostało %(places)s miejsc",
    ],
    "%(counter)s result for “%(query)s”": [
        "%(counter)s wynik dla „%(query)s”",
        "%(counter)s wyniki dla „%(query)s”",
        "%(counter)s wyników dla „%(query)s”",
    ],
}
