"""Polish for the advisory point's interface strings (English msgid -> Polish)."""

TRANSLATIONS = {
    # models
    "in person": "stacjonarnie",
    "online": "online",
    "by phone": "telefonicznie",
    "Monday": "poniedziałek",
    "Tuesday": "wtorek",
    "Wednesday": "środa",
    "Thursday": "czwartek",
    "Friday": "piątek",
    "Saturday": "sobota",
    "Sunday": "niedziela",
    "name": "nazwa",
    "E.g. law, taxes.": "Np. prawo, podatki.",
    "slug": "slug",
    "The topic's part of the address.": "Część adresu strony tematu.",
    "description": "opis",
    "What the advisors help with.": "W czym pomagają doradcy.",
    "duration in minutes": "czas trwania w minutach",
    "How long a consultation lasts; only slots at least this long are offered.": (
        "Ile trwa konsultacja; proponowane są tylko terminy co najmniej tak długie."
    ),
    "Consultations at the point's office.": "Konsultacje w siedzibie punktu.",
    "Consultations by video call.": "Konsultacje przez wideorozmowę.",
    "Consultations by phone.": "Konsultacje przez telefon.",
    "what to bring": "co przygotować",
    "Documents or information to prepare; repeated in the confirmation e-mail.": (
        "Dokumenty lub informacje do przygotowania; powtarzane w e-mailu z potwierdzeniem."
    ),
    "order": "kolejność",
    "Topics are listed in this order.": "Tematy są wyświetlane w tej kolejności.",
    "topic": "temat",
    "topics": "tematy",
    "First name and surname.": "Imię i nazwisko.",
    "bio": "opis doradcy",
    "A few sentences shown to visitors.": "Kilka zdań widocznych dla odwiedzających.",
    "photo": "zdjęcie",
    "An optional portrait.": "Opcjonalne zdjęcie portretowe.",
    "The topics this advisor can be booked for.": "Tematy, w których można umówić się z doradcą.",
    "New bookings and cancellations are sent here.": (
        "Na ten adres trafiają nowe rezerwacje i odwołania."
    ),
    "user account": "konto użytkownika",
    "The admin account with which this advisor sees their own bookings.": (
        "Konto w panelu, na którym doradca widzi swoje rezerwacje."
    ),
    "active": "aktywny",
    "Inactive advisors cannot be booked.": "Z nieaktywnym doradcą nie można się umówić.",
    "advisor": "doradca",
    "advisors": "doradcy",
    "Whose availability this is.": "Czyja to dostępność.",
    "weekday": "dzień tygodnia",
    "The day of the week.": "Dzień tygodnia.",
    "from": "od",
    "Local time (Europe/Warsaw).": "Czas lokalny (Europe/Warsaw).",
    "until": "do",
    "Local time; the last slot ends by this time.": (
        "Czas lokalny; ostatni termin kończy się najpóźniej o tej godzinie."
    ),
    "slot length in minutes": "długość terminu w minutach",
    "The length of one consultation slot.": "Długość jednego terminu konsultacji.",
    "break after each slot in minutes": "przerwa po każdym terminie w minutach",
    "Free time kept after each consultation.": "Wolny czas zostawiany po każdej konsultacji.",
    "mode": "forma",
    "How the consultations in this window take place.": (
        "W jakiej formie odbywają się konsultacje w tym oknie."
    ),
    "place or video-call link": "miejsce lub link do wideorozmowy",
    "The room address, the video-call link or the phone note.": (
        "Adres sali, link do wideorozmowy lub informacja o rozmowie telefonicznej."
    ),
    "valid from": "obowiązuje od",
    "Empty: valid already.": "Puste: obowiązuje już teraz.",
    "valid until": "obowiązuje do",
    "Empty: valid until changed.": "Puste: obowiązuje do odwołania.",
    "availability rule": "reguła dostępności",
    "availability rules": "reguły dostępności",
    "The end must be after the start.": "Koniec musi być po początku.",
    "Empty: the whole point is closed.": "Puste: zamknięty jest cały punkt.",
    "first day": "pierwszy dzień",
    "The first closed day.": "Pierwszy dzień zamknięcia.",
    "last day": "ostatni dzień",
    "The last closed day (inclusive).": "Ostatni dzień zamknięcia (włącznie).",
    "reason": "powód",
    "E.g. holiday, training.": "Np. urlop, szkolenie.",
    "closure": "zamknięcie",
    "closures": "zamknięcia",
    "whole point": "cały punkt",
    "A KRS number has exactly 10 digits.": "Numer KRS ma dokładnie 10 cyfr.",
    "confirmed": "potwierdzona",
    "cancelled": "odwołana",
    "attended": "odbyta",
    "no-show": "nieobecność",
    "Who gives the consultation.": "Kto prowadzi konsultację.",
    "What the consultation is about.": "Czego dotyczy konsultacja.",
    "start": "początek",
    "When the consultation starts.": "Kiedy zaczyna się konsultacja.",
    "end": "koniec",
    "When the consultation ends.": "Kiedy kończy się konsultacja.",
    "How it takes place.": "W jakiej formie się odbywa.",
    "Copied from the availability rule.": "Przepisane z reguły dostępności.",
    "organization": "organizacja",
    "The NGO or initiative.": "Organizacja pozarządowa lub inicjatywa.",
    "KRS number": "numer KRS",
    "Optional: the organization's number in the National Court Register.": (
        "Opcjonalnie: numer organizacji w Krajowym Rejestrze Sądowym."
    ),
    "contact person": "osoba kontaktowa",
    "Who comes.": "Kto przyjdzie.",
    "For the confirmation.": "Do wysłania potwierdzenia.",
    "Optional.": "Opcjonalnie.",
    "question": "pytanie",
    "What the organization wants to discuss.": "O czym organizacja chce porozmawiać.",
    "consent given at": "zgoda wyrażona",
    "When the person agreed to the processing of personal data.": (
        "Kiedy osoba zgodziła się na przetwarzanie danych osobowych."
    ),
    "Cancelled bookings free the slot.": "Odwołana rezerwacja zwalnia termin.",
    "cancel secret": "sekret odwołania",
    "Part of the signed cancel link.": "Część podpisanego linku do odwołania.",
    "staff notes": "notatki zespołu",
    "Internal; never shown to the organization.": (
        "Wewnętrzne; nigdy nie są pokazywane organizacji."
    ),
    "reminder sent": "przypomnienie wysłane",
    "anonymised": "zanonimizowano",
    "booking": "rezerwacja",
    "bookings": "rezerwacje",
    "Can see every advisor's bookings": "Może widzieć rezerwacje wszystkich doradców",
    "minimum notice in hours": "minimalne wyprzedzenie w godzinach",
    "A slot can be booked at least this many hours before it starts.": (
        "Termin można zarezerwować najpóźniej tyle godzin przed jego początkiem."
    ),
    "booking horizon in weeks": "horyzont rezerwacji w tygodniach",
    "How many weeks ahead people can book.": "Na ile tygodni naprzód można rezerwować.",
    "active bookings per e-mail": "aktywne rezerwacje na adres e-mail",
    "How many upcoming consultations one e-mail address may hold.": (
        "Ile nadchodzących konsultacji może mieć jeden adres e-mail."
    ),
    "privacy notice": "klauzula informacyjna",
    "Shown on the booking form next to the consent.": (
        "Wyświetlana w formularzu rezerwacji obok zgody."
    ),
    "retention of personal data in days": "okres przechowywania danych osobowych w dniach",
    "After this many days from a consultation its personal data are removed.": (
        "Po tylu dniach od konsultacji jej dane osobowe są usuwane."
    ),
    "Booking limits": "Limity rezerwacji",
    "Personal data": "Dane osobowe",
    "booking policy": "zasady rezerwacji",
    "booking policies": "zasady rezerwacji",
    "advisory page": "strona punktu doradczego",
    "advisory pages": "strony punktu doradczego",
    # services and views
    "This slot has just been taken.": "Ten termin został właśnie zajęty.",
    "This e-mail address already has %(count)s upcoming consultations, the most one address "
    "may hold. Cancel one of them or use another address.": (
        "Ten adres e-mail ma już %(count)s nadchodzące konsultacje, tyle ile może mieć jeden "
        "adres. Odwołaj jedną z nich lub podaj inny adres."
    ),
    "A cancelled booking cannot be marked.": "Odwołanej rezerwacji nie można oznaczyć.",
    "Reminder: your consultation tomorrow, %(when)s": (
        "Przypomnienie: jutro Twoja konsultacja, %(when)s"
    ),
    "Consultation: %(topic)s (%(advisor)s)": "Konsultacja: %(topic)s (%(advisor)s)",
    "Your consultation is booked: %(when)s": "Konsultacja zarezerwowana: %(when)s",
    "New booking: %(when)s, %(topic)s": "Nowa rezerwacja: %(when)s, %(topic)s",
    "Your consultation is cancelled: %(when)s": "Konsultacja odwołana: %(when)s",
    "Booking cancelled: %(when)s, %(topic)s": "Rezerwacja odwołana: %(when)s, %(topic)s",
    "Too many attempts from your address. Please try again in an hour.": (
        "Zbyt wiele prób z Twojego adresu. Spróbuj ponownie za godzinę."
    ),
    # forms
    "Organization or initiative": "Organizacja lub inicjatywa",
    "Enter the name of your organization or initiative.": (
        "Podaj nazwę organizacji lub inicjatywy."
    ),
    "KRS number (optional)": "Numer KRS (opcjonalnie)",
    "Ten digits, if your organization is registered in the KRS.": (
        "Dziesięć cyfr, jeśli organizacja jest wpisana do KRS."
    ),
    "Your name": "Imię i nazwisko",
    "Enter your first name and surname.": "Podaj imię i nazwisko.",
    "We send the confirmation and the cancel link here.": (
        "Na ten adres wyślemy potwierdzenie i link do odwołania."
    ),
    "Enter your e-mail address.": "Podaj adres e-mail.",
    "Enter a valid e-mail address, e.g. name@example.org.": (
        "Podaj poprawny adres e-mail, np. imie@example.org."
    ),
    "Phone (optional)": "Telefon (opcjonalnie)",
    "Needed for consultations by phone.": "Potrzebny przy konsultacjach telefonicznych.",
    "What would you like to discuss?": "O czym chcesz porozmawiać?",
    "A few sentences help the advisor prepare.": "Kilka zdań pomoże doradcy się przygotować.",
    "I agree to the processing of my personal data to arrange the consultation.": (
        "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu umówienia konsultacji."
    ),
    "The consultation cannot be booked without this consent.": (
        "Bez tej zgody nie można zarezerwować konsultacji."
    ),
    "Leave this field empty": "Zostaw to pole puste",
    "Phone": "Telefon",
    "Enter the phone number the advisor should call.": (
        "Podaj numer telefonu, pod który ma zadzwonić doradca."
    ),
    "Enter a phone number, e.g. 12 345 67 89.": "Podaj numer telefonu, np. 12 345 67 89.",
    "The form could not be sent. Please try again.": (
        "Nie udało się wysłać formularza. Spróbuj ponownie."
    ),
    # admin
    "Booking marked: %(status)s.": "Rezerwacja oznaczona: %(status)s.",
    "Topics": "Tematy",
    "Advisors": "Doradcy",
    "Availability": "Dostępność",
    "Closures": "Zamknięcia",
    "Attended": "Odbyta",
    "No-show": "Nieobecność",
    "Bookings": "Rezerwacje",
    "Calendar": "Kalendarz",
    "Statistics": "Statystyki",
    "Calendar of consultations": "Kalendarz konsultacji",
    "Weeks": "Tygodnie",
    "Previous week": "Poprzedni tydzień",
    "Next week": "Następny tydzień",
    "Consultations from %(start)s to %(end)s": "Konsultacje od %(start)s do %(end)s",
    "Day": "Dzień",
    "Consultations": "Konsultacje",
    "Consultations today and tomorrow": "Konsultacje dziś i jutro",
    "No consultations.": "Brak konsultacji.",
    "Mark a booking": "Oznacz rezerwację",
    "Mark as %(status)s": "Oznacz jako: %(status)s",
    "Back": "Wróć",
    "Statistics of the advisory point": "Statystyki punktu doradczego",
    "All bookings": "Wszystkie rezerwacje",
    "Cancelled": "Odwołane",
    "Attendance rate": "Odsetek obecności",
    "No-show rate": "Odsetek nieobecności",
    "Bookings per topic per month": "Rezerwacje według tematu i miesiąca",
    "Month": "Miesiąc",
    "Topic": "Temat",
    "No bookings yet.": "Nie ma jeszcze rezerwacji.",
    # public templates
    "Step 1 of 3: choose a topic": "Krok 1 z 3: wybierz temat",
    "No consultations can be booked at the moment.": (
        "Obecnie nie można zarezerwować konsultacji."
    ),
    "Cancel a consultation": "Odwołanie konsultacji",
    "This cancel link is not valid. Please use the link from your confirmation e-mail.": (
        "Ten link do odwołania jest nieprawidłowy. Użyj linku z e-maila z potwierdzeniem."
    ),
    "When": "Termin",
    "Advisor": "Doradca",
    "Do you want to cancel this consultation? The time becomes free for others.": (
        "Czy chcesz odwołać tę konsultację? Termin zwolni się dla innych."
    ),
    "Cancel the consultation": "Odwołaj konsultację",
    "The consultation is cancelled. We have sent you a confirmation.": (
        "Konsultacja została odwołana. Wysłaliśmy potwierdzenie."
    ),
    "This consultation has already been cancelled; the link has been used.": (
        "Ta konsultacja została już odwołana; link został wykorzystany."
    ),
    "This consultation has already taken place, so it can no longer be cancelled.": (
        "Ta konsultacja już się odbyła, więc nie można jej odwołać."
    ),
    "Book a consultation": "Umów konsultację",
    "Consultation booked": "Konsultacja zarezerwowana",
    "We have sent the confirmation, with a calendar file and a cancel link, to %(email)s.": (
        "Potwierdzenie z plikiem kalendarza i linkiem do odwołania wysłaliśmy na adres %(email)s."
    ),
    "Mode": "Forma",
    "Place": "Miejsce",
    "What to bring": "Co przygotować",
    "Back to the advisory point": "Wróć do punktu doradczego",
    "Step 3 of 3: your details": "Krok 3 z 3: Twoje dane",
    "any advisor": "dowolny doradca",
    "Choose another time": "Wybierz inny termin",
    "Please correct the fields marked below.": "Popraw pola oznaczone poniżej.",
    "Book the consultation": "Zarezerwuj konsultację",
    "Please choose another time.": "Wybierz inny termin.",
    "The nearest free times": "Najbliższe wolne terminy",
    "See all free times": "Zobacz wszystkie wolne terminy",
    "Free consultations for NGOs": "Bezpłatne konsultacje dla organizacji",
    "Law, taxes and accounting, new media, funding: book a free consultation with an advisor.": (
        "Prawo, podatki i księgowość, nowe media, finansowanie: umów bezpłatną konsultację "
        "z doradcą."
    ),
    "Choose another topic": "Wybierz inny temat",
    "Step 2 of 3: choose a time": "Krok 2 z 3: wybierz termin",
    "Any advisor": "Dowolny doradca",
    "Show free times": "Pokaż wolne terminy",
    "Free times from %(start)s to %(end)s": "Wolne terminy od %(start)s do %(end)s",
    "Free times": "Wolne terminy",
    "no free times": "brak wolnych terminów",
    "There are no free times this week. Try the next week or another advisor.": (
        "W tym tygodniu nie ma wolnych terminów. Sprawdź następny tydzień lub innego doradcę."
    ),
    # e-mails
    "A consultation with you has been cancelled; the time is free again.": (
        "Konsultacja z Tobą została odwołana; termin jest znowu wolny."
    ),
    "Organization": "Organizacja",
    "A new consultation has been booked with you.": "Zarezerwowano u Ciebie nową konsultację.",
    "Contact": "Kontakt",
    "Question": "Pytanie",
    "In the admin": "W panelu",
    "Hello %(name)s,": "Dzień dobry %(name)s,",
    "your consultation has been cancelled.": "Twoja konsultacja została odwołana.",
    "You are welcome to book another time on our website.": (
        "Zapraszamy do zarezerwowania innego terminu na naszej stronie."
    ),
    "your consultation at the advisory point is booked.": (
        "Twoja konsultacja w punkcie doradczym została zarezerwowana."
    ),
    "The attached file adds the consultation to your calendar.": (
        "Załączony plik doda konsultację do Twojego kalendarza."
    ),
    "If you cannot come, please cancel so that someone else can use the time:": (
        "Jeśli nie możesz przyjść, odwołaj konsultację, aby ktoś inny mógł skorzystać z terminu:"
    ),
    "we remind you of your consultation tomorrow.": "przypominamy o jutrzejszej konsultacji.",
}

PLURALS = {
    "%(minutes)s minute": ["%(minutes)s minuta", "%(minutes)s minuty", "%(minutes)s minut"],
}

TRANSLATIONS.update(
    {
        "Start": "Początek",
        "Local time, e.g. 2026-11-23 09:00; it must be a free slot.": (
            "Czas lokalny, np. 2026-11-23 09:00; musi to być wolny termin."
        ),
        "The person agreed to the processing of their personal data.": (
            "Osoba wyraziła zgodę na przetwarzanie swoich danych osobowych."
        ),
        "This time is not a free slot of the chosen topic.": (
            "Ten czas nie jest wolnym terminem wybranego tematu."
        ),
        "Booked: %(booking)s.": "Zarezerwowano: %(booking)s.",
    }
)
TRANSLATIONS["Download as CSV"] = "Pobierz jako CSV"
TRANSLATIONS["Attendance can be marked once the consultation has started."] = (
    "Obecność można oznaczyć dopiero po rozpoczęciu konsultacji."
)
TRANSLATIONS["This advisor already has availability overlapping this time: %(rule)s."] = (
    "Ten doradca ma już dostępność nakładającą się na ten czas: %(rule)s."
)
TRANSLATIONS["About the advisors"] = "O doradcach"
