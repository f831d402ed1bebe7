"""Romanised Japanese, Turkish, Arabic, Greek, Vietnamese, Polish, Dutch (and more Italian
and Portuguese) words students write a request in, or mix into an
English one ("shimekiri wa itsu desu ka", "sınav ne zaman", "is the tutorial αυτή την
Τρίτη"), with the English they stand for. Merged into lexicon.FOREIGN_WORDS (the words) and
lexicon.MIXED_MARKS (those no English word, two of which make a message a mixed one).

Particles and short words that mean something else in English or in another language the
bot reads ("no", "mi", "kim", "ve") are each language's own: read only in a message with two
of that language's marks (OWN_LANGUAGE_WORDS).
"""

from __future__ import annotations

import re
import unicodedata


def _plain(word: str) -> str:
    """The word as often typed without its accents or letters ("sınav": "sinav",
    "kōgi": "kogi", "αύριο": "αυριο")."""
    word = word.replace("ı", "i").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))


def _with_plain(words: dict[str, str]) -> dict[str, str]:
    """`words` and, for each written with accents, its plain spelling too."""
    return {**{_plain(w): e for w, e in words.items()}, **words}


# Romanised Japanese (Hepburn, long vowels written ō, ou or o): question words, the day and
# the hour, what is asked for.
JAPANESE = _with_plain({
    "desu": "is", "desuka": "is", "deshou": "is", "deshō": "is", "arimasu": "is there",
    "arimasuka": "is there", "arimasen": "is there no", "masu": "", "itsu": "when",
    "nanji": "what time", "nanyoubi": "what day", "nanyōbi": "what day",
    "nannichi": "what date", "doko": "where", "dochira": "which", "dore": "which",
    "ikutsu": "how many", "ashita": "tomorrow", "kyou": "today", "kyō": "today",
    "konshuu": "this week", "konshū": "this week", "raishuu": "next week",
    "raishū": "next week", "tsugi": "next", "shimekiri": "deadline", "kigen": "deadline",
    "teishutsu": "submission", "kadai": "coursework", "shukudai": "homework",
    "shiken": "exam", "kimatsu": "final", "jugyou": "lecture", "jugyō": "lecture",
    "kougi": "lecture", "kōgi": "lecture", "tutoriaru": "tutorial", "chuutoriaru": "tutorial",
    "chūtoriaru": "tutorial", "enshuu": "tutorial", "enshū": "tutorial", "kojin": "individual",
    "guruupu": "group", "gurūpu": "group", "gurupu": "group", "jikan": "time",
    "getsuyoubi": "monday", "getsuyōbi": "monday", "kayoubi": "tuesday", "kayōbi": "tuesday",
    "suiyoubi": "wednesday", "suiyōbi": "wednesday", "mokuyoubi": "thursday",
    "mokuyōbi": "thursday", "kinyoubi": "friday", "kin'youbi": "friday", "kinyōbi": "friday",
    "doyoubi": "saturday", "doyōbi": "saturday", "nichiyoubi": "sunday",
    "nichiyōbi": "sunday", "onegaishimasu": "please", "arigatou": "thanks",
    "arigatō": "thanks", "konnichiwa": "hello", "sumimasen": "",
    "shikenbi": "exam date", "shimekiribi": "deadline", "kurasu": "lecture",
    "repōto": "coursework", "repooto": "coursework",
    # a classmate and their account ("tomodachi no akaunto ni roguin"): read so that a
    # request to get into it is declined like its English saying
    "tomodachi": "friend", "yuujin": "friend", "yūjin": "friend", "doukyuusei": "classmate",
    "dōkyūsei": "classmate", "kurasumeito": "classmate", "gakusei": "student",
    "akaunto": "account", "roguin": "login", "pasuwaado": "password", "pasuwādo": "password",
})
# ... of which these are read only in a message with two words of JAPANESE ("nani" is Hindi
# "grandmother", "no" English).
JAPANESE_OWN = {
    "no": "", "wa": "", "ga": "", "wo": "", "o": "", "ni": "", "de": "", "mo": "also",
    "ka": "", "ne": "", "yo": "", "dare": "who", "nan": "what", "nani": "what",
    "asu": "tomorrow", "sensei": "lecturer",
}

# Turkish (with and without its letters ı ş ç ğ ö ü).
TURKISH = _with_plain({
    "zaman": "when", "saat": "time", "kaçta": "what time", "kaç": "how many",
    "nerede": "where", "nerde": "where", "hangi": "which", "nedir": "what is",
    "sınav": "exam", "sınavı": "exam", "vize": "midterm", "teslim": "submission",
    "tarihi": "date", "tarih": "date", "yarın": "tomorrow", "bugün": "today",
    "ders": "lecture", "dersi": "lecture", "dersler": "lectures", "ödev": "coursework",
    "ödevi": "coursework", "ödevler": "coursework", "proje": "project", "grup": "group",
    "grupla": "in a group", "bireysel": "individual", "hafta": "week", "haftaki": "week's",
    "haftaya": "next week", "gelecek": "next", "sonraki": "next", "hoca": "lecturer",
    "hocası": "lecturer", "veya": "or", "için": "for", "merhaba": "hello",
    "lütfen": "please", "teşekkürler": "thanks", "pazartesi": "monday",
    "salı": "tuesday", "çarşamba": "wednesday", "perşembe": "thursday", "cuma": "friday",
    "cumartesi": "saturday", "pazar": "sunday", "günü": "",
    # a teacher addressed ("hocam"), and more forms of what is asked for
    "hocam": "", "hocamız": "", "sınavlar": "exam", "sınavımız": "exam", "sınavın": "exam",
    "finali": "final exam", "ödevimiz": "coursework", "ödevin": "coursework",
    "teslimi": "submission", "dersimiz": "lecture", "derste": "lecture",
    "uygulama": "tutorial", "uygulaması": "tutorial", "yarınki": "tomorrow", "gün": "day",
    "zamanı": "when",
    # the bot's instructions asked for ("komutlarını göster", "gizli talimatların neler"):
    # the possessive suffix read as the "your" it is, after the noun as Turkish puts it
    "talimat": "instructions", "talimatlar": "instructions", "talimatların": "your instructions",
    "talimatlarını": "your instructions", "talimatlarin": "your instructions",
    "komutların": "your commands", "komutlarını": "your commands", "komutlar": "commands",
    "mesajın": "your message", "mesajını": "your message", "sistem": "system",
    "gizli": "secret", "göster": "show", "söyle": "tell", "bana": "me", "neler": "what are",
    # a hand-in gone wrong ("yanlış zip dosyasını yükledim, süre de doldu, ne yapabilirim"):
    # what was handed in, how, and that the time ran out
    "yanlış": "wrong", "dosya": "file", "dosyayı": "file", "dosyasını": "file",
    "dosyamı": "my file", "dosyam": "my file", "yükledim": "i uploaded",
    "yüklemişim": "i uploaded", "gönderdim": "i submitted",
    "süre": "the time", "süresi": "the deadline", "doldu": "has passed", "geçti": "has passed",
    "bitti": "is over", "kaçırdım": "i missed", "yapabilirim": "can i do",
    "yapmalıyım": "should i do", "yapayım": "should i do", "unuttum": "i forgot",
})
# ... of which these are read only in a message with two words of TURKISH.
TURKISH_OWN = _with_plain({
    "mı": "", "mi": "", "mu": "", "mü": "", "ne": "", "var": "is there", "yok": "is there no",
    "bu": "this", "ve": "and", "kim": "who", "son": "", "ya": "or", "da": "",
})

# Greek (with and without its accents).
GREEK = _with_plain({
    "αυτή": "this", "αυτήν": "this", "αυτό": "this", "αυτός": "this", "την": "", "τη": "",
    "το": "", "η": "", "ο": "", "οι": "", "τα": "", "της": "", "του": "", "στις": "at",
    "στην": "on", "στο": "on", "και": "and", "ή": "or", "για": "for", "πότε": "when",
    "τι": "what", "ώρα": "time", "πού": "where", "ποιος": "who", "ποια": "which",
    "είναι": "is", "έχει": "is there", "αύριο": "tomorrow", "σήμερα": "today",
    "επόμενη": "next", "επόμενο": "next", "εβδομάδα": "week", "διάλεξη": "lecture",
    "μάθημα": "lecture", "εξέταση": "exam", "εξετάσεις": "exam", "προθεσμία": "deadline",
    "εργασία": "coursework", "φροντιστήριο": "tutorial", "ατομική": "individual",
    "ομαδική": "group", "ομάδα": "group", "δευτέρα": "monday", "τρίτη": "tuesday",
    "τετάρτη": "wednesday", "πέμπτη": "thursday", "παρασκευή": "friday",
    "σάββατο": "saturday", "κυριακή": "sunday", "ευχαριστώ": "thanks", "γεια": "hello",
    "εξετάσεων": "exam", "διαγώνισμα": "exam", "παράδοση": "submission",
    "προθεσμίας": "deadline", "εργασίες": "coursework", "εργασίας": "coursework",
    "διαλέξεις": "lectures", "διάλεξης": "lecture", "φροντιστήρια": "tutorials",
    "φροντιστηρίου": "tutorial",
})

# Romanised Arabic as written in chat ("Arabizi", Egyptian and Levantine, digits for letters:
# "3" ع, "7" ح, "2" ء): question words, the day, what is asked for.
ARABIC = {
    "emta": "when", "imta": "when", "emtah": "when", "amta": "when", "feen": "where",
    "fein": "where", "wein": "where", "kam": "how many", "kaam": "how many", "bta3": "of",
    "beta3": "of", "bta3et": "of", "btaa": "of", "leh": "why", "leish": "why", "ezay": "how",
    "izay": "how", "keef": "how", "imtihan": "exam", "emte7an": "exam", "el2mte7an": "exam",
    "mo7adra": "lecture", "mo7adrat": "lectures", "muhadra": "lecture", "wa2t": "time",
    "bokra": "tomorrow", "bukra": "tomorrow", "ennaharda": "today", "elnaharda": "today",
    "elyoum": "today", "el2sbo3": "week", "esbo3": "week", "osbo3": "week",
    "ba3d": "after", "2abl": "before", "lazem": "must", "momken": "can", "3ayez": "want",
    "3ayza": "want", "shukran": "thanks", "shokran": "thanks", "mafeesh": "is there no",
    "fi2": "is there",
}
# ... of which these are read only in a message with two words of ARABIC ("w", "fi", "el":
# "and", "in", "the"; "ya" calls someone, "eh" is English too).
ARABIC_OWN = {
    "w": "and", "we": "and", "wel": "and the", "fi": "in", "fe": "in", "el": "the",
    "ya": "", "eh": "what", "eih": "what", "shu": "what", "sho": "what", "ana": "i",
    "ma3": "with", "3la": "on", "walla": "or", "aw": "or", "hal": "is", "da": "this",
    "di": "this", "kif": "how",
}

# Vietnamese, with its diacritics (words written without them, "bai giang", are mostly
# English words or other languages' syllables: those are VIETNAMESE_OWN).
VIETNAMESE = {
    "giảng": "lecture", "giang": "lecture", "tuần": "week", "tuan": "week", "hạn": "deadline",
    "nộp": "submit", "nop": "submit", "bài": "", "tập": "coursework", "thi": "exam",
    "khi": "", "nào": "when", "ở": "", "đâu": "where", "ngày": "", "mai": "tomorrow",
    "nói": "", "về": "about", "gì": "what", "vậy": "", "chào": "hello", "cảm": "",
    "ơn": "thanks", "nhiều": "", "hôm": "", "nay": "today", "sau": "next", "tới": "next",
    "môn": "course", "học": "", "kỳ": "", "điểm": "marks", "mấy": "what", "giờ": "time",
    "lúc": "at", "thầy": "lecturer", "cô": "lecturer", "ạ": "", "ơi": "", "của": "of",
    "em": "i", "có": "is there", "không": "", "nhóm": "group", "cá": "", "nhân": "individual",
    "kiểm": "", "tra": "exam", "slide": "slides", "sách": "book", "giáo": "", "trình": "textbook",
    # a request declined: a text written as someone else, answers asked for
    "viết": "write", "soạn": "write", "gửi": "send",
}
# ... of which these are read only in a message with two words of VIETNAMESE: spellings
# without diacritics, or words of English or another language ("hai" is Hindi "is").
VIETNAMESE_OWN = _with_plain({
    "bai": "", "tap": "coursework", "han": "deadline", "thi": "exam", "khi": "", "nao": "when",
    "o": "", "dau": "where", "ngay": "", "mai": "tomorrow", "noi": "", "ve": "about",
    "gi": "what", "vay": "", "chao": "hello", "cam": "", "nhieu": "", "hom": "",
    "nay": "today", "toi": "next", "mon": "course", "hoc": "", "ky": "", "diem": "marks",
    "may": "what", "gio": "time", "luc": "at", "thay": "lecturer", "co": "is there",
    "khong": "", "hai": "two", "em": "i", "cua": "of", "nhom": "group", "sach": "book",
    # words of two syllables, read before each syllable alone ("gia hạn": extension, not
    # "deadline"), and a personal matter told ("em bị ốm phải nằm viện")
    "nằm viện": "in hospital", "bệnh viện": "hospital", "bị ốm": "ill", "bị bệnh": "ill",
    "ốm": "ill", "gia hạn": "extension", "không thể": "i cannot", "hoàn thành": "finish",
    "kịp": "in time", "khó đọc": "dyslexia", "khuyết tật": "disability",
    "thêm thời gian": "extra time", "thời gian": "time", "bao nhiêu": "how much",
    "phần trăm": "percent", "chiếm": "counts", "cuối kỳ": "final", "tổng kết": "final",
    "ai": "who", "dạy": "teaches", "phụ trách": "runs", "thứ hai": "monday",
    "thứ ba": "tuesday", "thứ tư": "wednesday", "thứ năm": "thursday", "thứ sáu": "friday",
    "thứ bảy": "saturday", "chủ nhật": "sunday", "làm sao": "what should i do",
    "nộp bài": "submit coursework", "như thế nào": "how", "thế nào": "how", "ở đâu": "where",
    "khi nào": "when", "mấy giờ": "what time", "nên đọc": "recommended",
    "giới thiệu": "recommended", "cá nhân": "individual", "theo nhóm": "in groups",
    "hay": "or", "bài thi": "exam", "bài tập": "coursework", "bài giảng": "lecture",
    "gia đình": "family", "tài liệu": "materials",
    # a request declined ("viết tin nhắn giả danh thầy ...": a message impersonating the
    # lecturer; "cho em xin đáp án bài kiểm tra": give me the quiz's answers)
    "giả danh": "impersonating", "mạo danh": "impersonating", "đóng giả": "pretending to be",
    "tin nhắn": "message", "thông báo": "announcement", "email": "email",
    "cả lớp": "the whole class", "đáp án": "answers", "lời giải": "solutions",
    "cho em xin": "give me", "cho mình xin": "give me", "cho tôi xin": "give me",
    "toàn bộ": "whole",
})

# Dutch: question words, what is asked for, and a personal matter told ("ik ben ziek, kan ik
# uitstel krijgen"). Words that are English or another language's ("wie" is German "how",
# "college", "lever", "of" English) are DUTCH_OWN.
DUTCH = {
    "wanneer": "when", "waar": "where", "hoeveel": "how much", "hoelaat": "what time",
    "welke": "which", "moeten": "must", "moet": "must", "inleveren": "submit",
    "ingeleverd": "submitted", "indienen": "submit", "ingediend": "submitted",
    "inlevering": "submission", "tentamen": "exam", "tentamens": "exams",
    "opdracht": "coursework", "opdrachten": "coursework", "werkcollege": "tutorial",
    "werkcolleges": "tutorials", "hoorcollege": "lecture", "hoorcolleges": "lectures",
    "vandaag": "today", "volgende": "next", "volgend": "next",
    "maandag": "monday", "dinsdag": "tuesday", "woensdag": "wednesday",
    "donderdag": "thursday", "vrijdag": "friday", "zaterdag": "saturday", "zondag": "sunday",
    "groepje": "group", "groepjes": "groups", "groep": "group", "groepen": "groups",
    "individueel": "individual", "alleen": "alone", "tijd": "time", "uitstel": "extension",
    "ziek": "ill", "ziekenhuis": "hospital", "dyslexie": "dyslexia", "beperking": "disability",
    "cijfer": "mark", "cijfers": "marks", "eindcijfer": "final mark", "telt": "counts",
    "procent": "percent", "boek": "book", "boeken": "books", "aanbevolen": "recommended",
    "docent": "lecturer", "geeft": "runs", "bedankt": "thanks", "alsjeblieft": "please",
    "afmaken": "finish", "afronden": "finish", "krijgen": "get", "kunnen": "can",
    "opgenomen": "recorded", "opname": "recording", "maken": "do", "familie": "family",
    "welk": "which", "hoelang": "how long", "laat": "late", "morgen": "tomorrow",
    # function words no English one
    "het": "the", "een": "a", "niet": "not", "mijn": "my", "naar": "to", "bij": "at",
    "ook": "also", "wij": "we", "jij": "you",
}
DUTCH_OWN = {
    "wie": "who", "hoe": "how", "hoe laat": "what time", "is": "is", "de": "the",
    "het": "the", "een": "a", "ik": "i", "we": "we", "wij": "we", "ze": "them", "je": "you",
    "jij": "you", "in": "in", "op": "on", "van": "of", "voor": "for", "kan": "can",
    "ben": "am", "heb": "have", "niet": "not", "mee": "", "lever": "submit",
    "college": "lecture", "colleges": "lectures", "naar": "to", "en": "and", "of": "or",
    "wat": "what",
    "zijn": "are", "er": "", "mijn": "my", "te": "", "om": "at", "uur": "", "dat": "that",
    "die": "the", "met": "with", "bij": "at", "aan": "", "nog": "still", "ook": "also",
    "wel": "", "maar": "but", "morgen": "tomorrow", "extra": "extra", "week": "week",
    "hoeveel procent": "what percentage",
}

# Polish (with and without its letters ą ć ę ł ń ó ś ź ż): question words, what is asked for,
# and a personal matter told ("czy mogę dostać dodatkowy czas na egzaminie").
POLISH = _with_plain({
    "kiedy": "when", "gdzie": "where", "kto": "who", "ile": "how much", "jaki": "what",
    "jaka": "what", "jakie": "what", "jest": "is", "są": "are", "będzie": "will be",
    "egzamin": "exam", "egzaminu": "exam", "egzaminie": "exam", "kolokwium": "exam",
    "termin": "deadline", "terminu": "deadline", "oddania": "submission", "oddać": "submit",
    "zadanie": "coursework", "zadania": "coursework", "zadań": "coursework",
    "projekt": "project", "grupach": "groups", "grupie": "in a group", "grupa": "group",
    "grupowo": "in groups", "indywidualnie": "individually", "samodzielnie": "individually",
    "wykład": "lecture", "wykładu": "lecture", "wykłady": "lectures", "wykładzie": "lecture",
    "ćwiczenia": "tutorial", "ćwiczeń": "tutorial", "ćwiczeniach": "tutorial",
    "zajęcia": "lecture", "zajęciach": "lecture", "waga": "weight", "wagę": "weight",
    "procent": "percent", "ocena": "mark", "oceny": "mark", "ocenie": "mark",
    "końcowej": "final", "końcowa": "final", "jutro": "tomorrow", "dzisiaj": "today",
    "dziś": "today", "tydzień": "week", "tygodniu": "week", "tygodnia": "week",
    "następny": "next", "następna": "next", "następne": "next", "nagrany": "recorded",
    "nagrane": "recorded", "nagrywane": "recorded", "nagranie": "recording",
    "robimy": "we do", "mogę": "can i", "dostać": "get", "dodatkowy": "extra",
    "dodatkowego": "extra", "czas": "time", "czasu": "time", "rodzinne": "family",
    "rodzinnych": "family", "rodzina": "family", "przyjść": "attend", "przyjdę": "attend",
    "niepełnosprawność": "disability", "dysleksja": "dyslexia", "dysleksję": "dyslexia",
    "prowadzący": "lecturer", "dzięki": "thanks", "dziękuję": "thanks", "cześć": "hello",
    "proszę": "please", "czy": "", "mam": "i have",
    # a mark asked to be looked at again ("czy mogę prosić o ponowne sprawdzenie cw2")
    "ponowne": "another", "ponownie": "again", "sprawdzenie": "check", "sprawdzić": "check",
    "ocenę": "mark", "oceną": "mark", "odwołać": "appeal", "odwołanie": "appeal",
    "punkty": "marks", "punktów": "marks", "prosić": "ask for", "wynik": "result",
    # the hour and the day asked for ("o której godzinie jest wykład w czwartek?")
    "której": "what time", "godzinie": "time", "godzina": "time", "godziny": "time",
    "poniedziałek": "monday", "wtorek": "tuesday", "środa": "wednesday",
    "środę": "wednesday", "czwartek": "thursday", "piątek": "friday", "sobota": "saturday",
    "sobotę": "saturday", "niedziela": "sunday", "niedzielę": "sunday", "tym": "this",
    "przyszłym": "next", "przyszły": "next", "sesja": "session", "sesji": "session",
    "mieszkam": "i live", "jestem": "i am", "strefie": "zone", "czasowej": "time",
    # a personal matter told ("byłem chory przez 10 dni, czy mogę dostać przedłużenie")
    "chory": "ill", "chora": "ill", "choroba": "illness", "chorobę": "illness",
    "choroby": "illness", "szpitalu": "hospital", "szpital": "hospital",
    "lekarza": "doctor", "lekarz": "doctor", "lekarskie": "sick note", "zwolnienie": "",
    "zaświadczenie": "certificate", "przedłużenie": "extension",
    "przedłużenia": "extension", "przedłużyć": "extend", "byłem": "i was", "byłam": "i was",
    "dni": "days", "dzień": "day", "tygodni": "weeks", "przez": "for",
    # a mishap told ("mój laptop się zepsuł dzień przed terminem, co mam zrobić?")
    "mój": "my", "moja": "my", "moje": "my", "laptop": "laptop", "komputer": "computer",
    "zepsuł": "broke", "zepsuła": "broke", "zepsuło": "broke", "zepsuty": "broken",
    "padł": "died", "przed": "before", "terminem": "deadline", "po": "after",
    "zrobić": "do", "co": "what", "straciłem": "i lost", "straciłam": "i lost",
    "plik": "file", "pliki": "files", "pracę": "work", "praca": "work",
    # a mark asked to be changed ("zmień moją ocenę z cw2 na 90", "podnieś mi ocenę")
    "zmień": "change", "zmienić": "change", "zmieńcie": "change", "podnieś": "raise",
    "podnieść": "raise", "popraw": "fix", "ustaw": "set", "moją": "my", "mojej": "my",
    # answers leaked or put online ("odpowiedzi do kolokwium wyciekły", "ktoś wrzucił do sieci")
    "odpowiedzi": "answers", "rozwiązania": "solutions", "pytania": "questions",
    "wyciekły": "leaked", "wyciekło": "leaked", "wyciek": "leak", "podaj": "give",
})
# ... of which these are read only in a message with two words of POLISH.
POLISH_OWN = _with_plain({
    "w": "in", "we": "in", "i": "and", "na": "on", "z": "with", "do": "to", "o": "about",
    "to": "", "nie": "not", "mi": "me", "się": "", "bo": "because", "ze": "from",
    "powodów": "reasons", "sprawy": "matters", "o której": "what time",
    "o której godzinie": "what time", "co mam zrobić": "what should i do",
    "co mam robić": "what should i do", "co robić": "what should i do",
})

# Italian and Portuguese words besides lexicon.FOREIGN_WORDS' (question, day and weight words
# there): group or individual work, recordings, and a personal matter told ("ho un DSA, posso
# avere tempo extra all'esame?", "não posso ir à aula por motivos familiares").
ITALIAN = _with_plain({
    "avere": "have", "gruppo": "group", "gruppi": "groups", "individuale": "individual",
    "individuali": "individual", "individualmente": "individually",
    "registrata": "recorded", "registrate": "recorded",
    "registrato": "recorded", "registrazione": "recording", "famiglia": "family",
    "familiari": "family", "motivi": "reasons", "personali": "personal",
    "partecipare": "attend", "venire": "come", "disabilità": "disability",
    "dislessia": "dyslexia", "supplementare": "extra", "aggiuntivo": "extra",
    "sarà": "will be",
    # a library or tool one may use instead of another ("posso usare tensorflow invece di
    # pytorch", "al posto di", "anziché"): read as the English rule question
    "usare": "use", "utilizzare": "use", "invece": "instead", "anziché": "instead of",
    "possibile": "possible",
})
ITALIAN_OWN = {
    "ho": "i have", "o": "or", "non": "not", "un": "a", "tempo": "time", "e": "and",
    "mio": "my", "mia": "my", "posso": "can i", "dsa": "learning disability",
    "in": "in", "a": "at", "al": "at the", "per": "for", "da": "by", "solo": "alone",
    "invece di": "instead of", "al posto di": "instead of", "si può": "can i", "si puo": "can i",
    "nei": "in the",
}
PORTUGUESE = {**_with_plain({
    "não": "not", "grupos": "groups", "individualmente": "individually",
    "gravada": "recorded", "gravadas": "recorded", "gravado": "recorded",
    "gravados": "recorded", "gravação": "recording", "familiares": "family",
    "motivos": "reasons", "assistir": "attend",
    "deficiência": "disability", "dislexia": "dyslexia", "adicional": "extra",
    "consigo": "can i", "tutoria": "tutorial", "palestra": "lecture", "vai": "will",
    "individuais": "individual", "tenho": "i have", "ter": "have",
    "são": "are",
}), "será": "will be"}  # (accented only: plain "sera" is French, and English "que sera sera")
PORTUGUESE_OWN = {
    "o": "the", "a": "the", "os": "the", "as": "the", "do": "of the", "da": "of the",
    "dos": "of the", "das": "of the", "na": "in the", "no": "in the", "em": "in",
    "um": "a", "uma": "a", "e": "and", "eu": "i", "meu": "my", "minha": "my",
    "posso": "can i", "tempo": "time", "grupo": "group", "ir": "go", "à": "to the",
    "por": "for", "peso": "weight", "qual": "what",
    "família": "family",  # (not its plain spelling: Spanish "familia")
}
# Whether the coursework is done alone or together, in Spanish, French and German ("el cw3
# es individual o en grupo", "le cw2 est individuel ou en groupe", "einzeln oder in
# gruppen"): none an English word, each the same in every language that has it.
ALONE_OR_TOGETHER = _with_plain({
    "grupo": "group", "grupal": "group", "pareja": "pair", "parejas": "pairs",
    "equipo": "team", "equipos": "teams", "individuales": "individual",
    "groupe": "group", "groupes": "groups", "individuel": "individual",
    "individuelle": "individual", "individuellement": "individually", "binôme": "pair",
    "binômes": "pairs", "seule": "alone",
    "gruppe": "group", "gruppen": "groups", "einzeln": "individually", "allein": "alone",
    "alleine": "alone", "einzelarbeit": "individual work", "gruppenarbeit": "group work",
    "partnerarbeit": "pair work",
})
# Marks of Italian and Portuguese only (lexicon.FOREIGN_WORDS has both languages' words, and
# Spanish shares many: "o" is "or" in Spanish and Italian, "the" in Portuguese).
ITALIAN_MARKS = frozenset(ITALIAN) | {
    "è", "esame", "esami", "lezione", "lezioni", "scadenza", "consegna", "compito",
    "compiti", "esercitazione", "domani", "oggi", "settimana", "prossima", "prossimo",
    "dove", "cosa", "della", "dello", "dei", "delle", "il", "gli", "voto", "percentuale",
    "quanto", "conta", "orario", "posto"}
PORTUGUESE_MARKS = frozenset(PORTUGUESE) | {
    "é", "exame", "prazo", "aula", "aulas", "você", "voce", "nao", "amanhã", "amanha",
    "hoje", "horas", "trabalho", "trabalhos", "provas", "porcentagem", "quantos",
    "obrigado", "obrigada", "olá", "quem", "onde", "qual", "quando", "ter", "são", "sao"}

# An adjective written after its noun, as in Italian, Portuguese and Polish ("tempo extra",
# "nota final", "oceny końcowej"): read before it in English ("extra time", "final mark").
POSTPOSED = re.compile(r"\b(time|mark|marks|grade|exam|deadline|submission|project)\s+"
                       r"(extra|final|additional|individual)\b")

# Particles that make a question of what goes before them: two in a message ask which of two
# ("kojin desu ka guruupu desu ka", "bireysel mi grup mu": individual or group).
QUESTION_PARTICLES = frozenset({"ka", "mı", "mi", "mu", "mü"})
# ... and those that make a question of what comes after them ("czy A czy B": A or B).
LEADING_PARTICLES = frozenset({"czy"})

# Words of another language's own, and the marks that make a message that language's.
OWN_LANGUAGE_WORDS: tuple[tuple[frozenset[str], dict[str, str]], ...] = (
    (frozenset(JAPANESE), JAPANESE_OWN),
    (frozenset(TURKISH), TURKISH_OWN),
    (frozenset(ARABIC), ARABIC_OWN),
    (frozenset(VIETNAMESE), VIETNAMESE_OWN),
    (frozenset(POLISH), POLISH_OWN),
    (frozenset(DUTCH), DUTCH_OWN),
    (ITALIAN_MARKS, ITALIAN_OWN),
    (PORTUGUESE_MARKS, PORTUGUESE_OWN),
)
WORDS = {**JAPANESE, **TURKISH, **GREEK, **ARABIC, **VIETNAMESE, **POLISH, **DUTCH,
         **ITALIAN, **PORTUGUESE, **ALONE_OR_TOGETHER}
# None is an English word (nor another language's the bot reads).
MARKS = frozenset(WORDS)
