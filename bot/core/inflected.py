"""Russian (Cyrillic), Arabic (in its script) and Greek course words, read as English by
their stems.

These languages inflect their words ("экзамен", "экзамена", "экзамене") and Arabic joins
its article and conjunctions onto them ("والامتحان": and the exam), so a word list of whole
words misses most of what students write. A word here is read when it is one of a
language's stems with at most `MAX_ENDING` letters after it (and, in Arabic, one of its
clitics before it); stems of `SHORT` letters or fewer only as the whole word. Two-word
entries ("не могу": I cannot) are read first. As with Chinese (`chinese.read_han`), a
message is read so only when it holds at least `LEAST` entries; the words of the script
no entry covers are dropped, and with fewer entries the message is left as it is (the bot
then says it reads English).
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.chinese import tidy_spacing

MAX_ENDING = 3
SHORT = 3
LEAST = 2

RUSSIAN = {
    # what is asked
    "когда": "when", "где": "where", "куда": "where", "кто": "who", "как": "how",
    "во сколько": "what time", "сколько": "how much", "какой": "what", "какая": "what",
    "какое": "what", "какие": "what", "каком": "what", "какого": "what", "числа": "date",
    "почему": "why", "что": "what",
    "ли": "", "это": "this", "и": "and", "или": "or", "в": "in", "во": "in", "на": "on",
    "по": "", "для": "for", "у": "", "я": "i", "мне": "me", "мой": "my", "моя": "my",
    "мою": "my", "можно": "can i", "могу": "can i", "не могу": "i cannot",
    "не успеваю": "i cannot finish in time", "не успею": "i cannot finish in time",
    # what it is asked of
    "дедлайн": "deadline", "срок": "deadline", "сдач": "submission", "сдать": "submit",
    "сдавать": "submit", "загруз": "upload", "экзамен": "exam", "курсов": "coursework",
    "задани": "coursework", "домашн": "homework", "лекци": "lecture", "семинар": "tutorial",
    "туториал": "tutorial", "преподавател": "lecturer", "лектор": "lecturer",
    "ведет": "runs", "ведёт": "runs", "проводит": "runs", "процент": "percent",
    "оценк": "mark", "балл": "marks", "итогов": "final", "финальн": "final", "вес": "weight",
    "групп": "group", "индивидуальн": "individual", "самостоятельн": "individually",
    "книг": "book", "учебник": "textbook", "рекоменд": "recommended", "курс": "course",
    "предмет": "course", "день": "day", "время": "time", "времени": "time", "час": "hour",
    "завтра": "tomorrow", "сегодня": "today", "недел": "week", "следующ": "next",
    "понедельник": "monday", "вторник": "tuesday", "среда": "wednesday",
    "среду": "wednesday", "четверг": "thursday", "пятниц": "friday", "суббот": "saturday",
    "воскресень": "sunday", "первое": "first", "первого": "first", "второе": "second",
    "второго": "second", "третье": "third", "третьего": "third",
    # a personal matter told
    "болен": "ill", "больна": "ill", "болею": "ill", "заболел": "ill", "болезн": "illness",
    "больниц": "hospital", "продлен": "extension", "отсрочк": "extension",
    "дислекси": "dyslexia", "инвалидност": "disability", "дополнительн": "extra",
    # a submission gone wrong ("загрузил не тот файл", "дедлайн прошёл, можно заменить?")
    "не тот": "wrong", "не ту": "wrong", "не то": "wrong", "неправильн": "wrong",
    "неверн": "wrong", "прошел": "passed", "прошла": "passed", "прошло": "passed",
    "истек": "passed", "замен": "replace", "перезагруз": "re-upload", "файл": "file",
    "архив": "zip", "систем": "system", "опоздал": "late", "поздно": "late",
    "забыл": "forgot", "отправ": "sent",
    "законч": "finish", "доделать": "finish", "семь": "family", "семейн": "family",
    # a request declined (a contact detail, others' marks, the rules set aside, work done
    # for pay) and wellbeing told (not coping, not sleeping, a loss)
    "дай": "give", "дайте": "give", "скажи": "tell", "номер": "number", "телефон": "phone",
    "личн": "personal", "мобильн": "mobile", "покажи": "show",
    "покажите": "show", "игнорир": "ignore", "забудь": "forget", "правил": "rules",
    "инструкци": "instructions", "всех": "all", "все": "all", "други": "other",
    "студент": "students", "сделай": "do", "сделайте": "do", "напиши": "write",
    "за меня": "for me", "заплачу": "i'll pay", "плачу": "i'll pay", "целиком": "whole",
    "всю": "whole", "весь": "whole", "мне плохо": "i am not ok",
    "мне очень плохо": "i am really not ok", "почти не сплю": "i barely sleep",
    "не сплю": "i can't sleep", "не могу спать": "i can't sleep",
    "не справляюсь": "i can't cope", "не знаю": "i don't know", "что делать": "what to do",
    "у меня": "my", "умер": "passed away", "скончал": "passed away", "бабушк": "grandmother",
    "дедушк": "grandfather", "мама": "mother", "мать": "mother", "отец": "father",
    "папа": "father", "брат": "brother", "сестр": "sister", "похорон": "funeral",
}

# Arabic, written as normalised below (no vowel marks; alef forms as ا, ى as ي, ة as ه).
ARABIC = {
    "متي": "when", "اين": "where", "وين": "where", "فين": "where", "مين": "who",
    "ماذا": "what", "ما": "what", "شو": "what", "ايش": "what", "كم": "how much",
    "كيف": "how", "ازاي": "how", "هل": "", "في": "in", "على": "on", "او": "or", "ام": "or",
    "انا": "i", "عندي": "i have", "لدي": "i have", "ممكن": "can i", "يمكنني": "can i",
    "استطيع": "can i", "لا استطيع": "i cannot", "لا يمكنني": "i cannot",
    # what it is asked of
    "موعد": "date", "اخر موعد": "deadline", "تسليم": "submission", "اسلم": "submit",
    "نسلم": "submit", "امتحان": "exam", "اختبار": "exam", "واجب": "coursework",
    "مهمه": "coursework", "مشروع": "project", "محاضره": "lecture", "محاضرات": "lectures",
    "محاضر": "lecturer", "استاذ": "lecturer", "دكتور": "lecturer", "يدرس": "teaches",
    "درس": "lecture", "ماده": "course", "مقرر": "course", "كتاب": "book", "مرجع": "textbook",
    "موصي": "recommended", "مقترح": "recommended", "ينصح": "recommended", "نسبه": "percent",
    "درجه": "mark", "علامه": "mark", "نهائي": "final", "نهائيه": "final",
    "مجموعه": "group", "مجموعات": "groups", "فردي": "individual", "فرديه": "individual",
    "ساعه": "time", "وقت": "time", "غدا": "tomorrow", "بكره": "tomorrow", "اليوم": "today",
    "اسبوع": "week", "قادم": "next", "قادمه": "next", "مقبل": "next", "جاي": "next",
    "الاثنين": "monday", "الثلاثاء": "tuesday", "الاربعاء": "wednesday", "الخميس": "thursday",
    "الجمعه": "friday", "السبت": "saturday", "الاحد": "sunday", "الاول": "1", "الاولي": "1",
    "الثاني": "2", "الثانيه": "2", "الثالث": "3", "الثالثه": "3",
    # a personal matter told
    "مريض": "ill", "مريضه": "ill", "مرض": "illness", "مستشفي": "hospital",
    "تمديد": "extension", "تاجيل": "extension", "عسر": "dyslexia", "اعاقه": "disability",
    "اضافي": "extra", "اضافيه": "extra", "اكمال": "finish", "انهاء": "finish",
    "عائلي": "family", "عائليه": "family", "اسره": "family",
    # a request declined: answers asked for ("اعطني اجابات الاختبار"), a text written as
    # someone else ("اكتب رساله بانتحال شخصيه الدكتور")
    "اعطني": "give me", "اعطيني": "give me", "عطني": "give me", "ارسل": "send",
    "اريد": "i want", "اجابات": "answers", "اجابه": "answer", "حلول": "solutions",
    "اختبار قصير": "quiz", "الاختبار القصير": "quiz", "كويز": "quiz", "كامله": "whole",
    "كامل": "whole", "كاملا": "whole", "جميع": "all", "الرابع": "4", "الخامس": "5",
    "السادس": "6", "السابع": "7", "الثامن": "8", "اكتب": "write", "اكتبي": "write",
    "رساله": "message", "اعلان": "announcement", "بريد": "email", "باسم": "in the name of",
    "انتحال": "impersonating", "بانتحال": "impersonating", "منتحلا": "impersonating",
    "ينتحل": "impersonating", "تنتحل": "impersonating", "طلاب": "students",
    # someone's contact details ("اعطني البريد الالكتروني لزميلي"): the one whose they are
    # comes after them in Arabic, read as "of" them
    "الكتروني": "", "ايميل": "email address", "هاتف": "phone number", "رقم": "number",
    "جوال": "mobile number", "موبايل": "mobile number", "عنوان": "address",
    "زميل": "of my classmate", "زملاء": "of my classmates", "زملايي": "of my classmates",
    "صديق": "of my friend", "طالب": "student", "صف": "class",
    # help while a test is sat ("ساعدني اثناء الامتحان الان"), work done for the writer
    # ("حل واجبي بدلا عني")
    "ساعدني": "help me", "ساعد": "help", "اثناء": "during the", "خلال": "during the",
    "الان": "now", "سارسل": "i will send", "اسئله": "questions", "سوال": "question",
    "لك": "you", "اجب": "answer", "جاوب": "answer", "حل": "solve", "اعمل": "do",
    "عني": "for me", "مني": "for me", "نيابه": "", "بدلا": "",
    # words of a matter told ("لم استطع حضور ... بخصوص الواجب"; "استطع" is the form "لم"
    # takes, "could not")
    "استطع": "i could not", "حضور": "attend", "احضر": "attend",
    "بخصوص": "about", "جدا": "very",
    "هذا": "this", "هذه": "this",
}
# Readings that say nothing of what is asked: a message whose other words of the script go
# mostly unread is not read (the bot then says it reads English), not answered from a few
# particles and one noun ("give me email in").
_SAYS_LITTLE = frozenset({"", "in", "on", "or", "i", "you", "what", "how", "now", "during the",
                          "this", "very"})
# At least this share of a message's Arabic words must be read as more than a particle.
ARABIC_READ_SHARE = 0.3
# Clitics Arabic writes onto a word (conjunctions, prepositions, the article), longest first.
_ARABIC_CLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # vowel marks and the stretching tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                                 "ئ": "ي", "؟": "?", "،": ","})

# Greek, without its accents and with σ for final ς.
GREEK = {
    "ποτε": "when", "που": "where", "ποιοσ": "who", "ποια": "which", "ποιο": "which",
    "τι": "what", "τι ωρα": "what time", "ωρα": "time", "ποσο": "how much", "πωσ": "how",
    "αυτη": "this", "αυτο": "this", "αυτην": "this", "την": "", "τη": "", "το": "",
    "τον": "", "της": "", "του": "", "στην": "on", "στη": "on", "στο": "on", "στισ": "at",
    "και": "and", "για": "for", "να": "", "μου": "my", "εχω": "i have", "ειμαι": "i am",
    "μπορω": "can i", "δεν μπορω": "i cannot", "ειναι": "is",
    # what it is asked of
    "εξετασ": "exam", "εξεταση": "exam", "διαγωνισμα": "exam", "εργασι": "coursework",
    "προθεσμι": "deadline", "παραδοσ": "submission", "παραδωσ": "submit",
    "υποβολ": "submission", "υποβαλ": "submit", "διαλεξ": "lecture", "μαθημα": "lecture",
    "φροντιστηρι": "tutorial", "ποσοστο": "percent", "βαθμο": "mark", "βαθμοσ": "mark",
    "βαθμου": "mark", "τελικ": "final", "ατομικ": "individual", "ομαδ": "group",
    "βιβλι": "book", "συγγραμμα": "textbook", "προτειν": "recommended",
    "συνιστ": "recommended", "καθηγητ": "lecturer", "διδασκ": "teaches",
    "αυριο": "tomorrow", "σημερα": "today", "εβδομαδ": "week", "επομεν": "next",
    "δευτερα": "monday", "τριτη": "tuesday", "τεταρτη": "wednesday", "πεμπτη": "thursday",
    "παρασκευη": "friday", "σαββατο": "saturday", "κυριακη": "sunday", "χρονο": "time",
    # a personal matter told
    "δυσλεξι": "dyslexia", "αναπηρι": "disability", "αρρωστ": "ill", "ασθεν": "ill",
    "νοσοκομει": "hospital", "παραταση": "extension", "παρατασ": "extension",
    "επιπλεον": "extra", "τελειωσ": "finish", "οικογεν": "family",
}
# "ή" (or) is "η" (the) without its accent: read before accents are dropped.
_GREEK_ACCENTED = {"ή": "or"}

_WORD = re.compile(r"[^\W\d_]+")
# Letters a Greek word may have after its stem ("προτείν-εται"); Russian and Arabic fewer.
_MAX_ENDING = {"GREEK": 4}


def _script(word: str) -> str:
    name = unicodedata.name(word[0], "")
    return next((s for s in _SCRIPTS if name.startswith(s)), "")


def _plain(word: str, script: str) -> str:
    """The word lower-cased as the entries are written."""
    word = word.lower()
    if script == "ARABIC":
        return _ARABIC_MARKS.sub("", word).translate(_ARABIC_LETTERS)
    if script == "CYRILLIC":
        return word.replace("ё", "е")  # (й is a letter of its own, not и with a mark)
    word = "".join(ch for ch in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(ch))
    return word.replace("ς", "σ")


# Each script's entries, spelt as `_plain` spells the words read ("نهائي": "نهايي").
_SCRIPTS = {script: {" ".join(_plain(w, script) for w in key.split()): english
                     for key, english in entries.items()}
            for script, entries in (("CYRILLIC", RUSSIAN), ("ARABIC", ARABIC),
                                    ("GREEK", GREEK))}


def _stem_reading(word: str, entries: dict[str, str], script: str) -> str | None:
    """The English of `word` (plain), or None: an entry it is, or (an entry longer than
    SHORT letters) begins with, with at most MAX_ENDING letters after; in Arabic after one
    of its clitics too."""
    if word in entries:
        return entries[word]
    bases = [word] + [word[len(c):] for c in _ARABIC_CLITICS
                      if script == "ARABIC" and word.startswith(c) and len(word) > len(c) + 1]
    for base in bases:
        if base in entries:
            return entries[base]
        for end in range(1, _MAX_ENDING.get(script, MAX_ENDING) + 1):
            stem = base[:-end]
            if len(stem) > SHORT and stem in entries:
                return entries[stem]
    return None


def _readings(text: str) -> list[tuple[int, int, str | None]]:
    """Each word of these scripts in `text`: its span and its English (None: no entry)."""
    if text.isascii():  # (most messages: no letter of these scripts, and no name to look up)
        return []
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, str | None]] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        script = _script(word)
        if not script:
            i += 1
            continue
        entries = _SCRIPTS[script]
        if script == "GREEK" and word.lower() in _GREEK_ACCENTED:
            out.append((start, end, _GREEK_ACCENTED[word.lower()]))
            i += 1
            continue
        plain = _plain(word, script)
        if i + 1 < len(words) and _script(words[i + 1][2]) == script:
            pair = f"{plain} {_plain(words[i + 1][2], script)}"
            if pair in entries and text[end:words[i + 1][0]].strip() == "":
                out.append((start, words[i + 1][1], entries[pair]))
                i += 2
                continue
        out.append((start, end, _stem_reading(plain, entries, script)))
        i += 1
    return out


def found(text: str) -> int:
    """How many entries `text` holds."""
    return sum(english is not None for _, _, english in _readings(text))


def _read_too_little(text: str, readings: list[tuple[int, int, str | None]]) -> bool:
    """Whether the message's Arabic words are mostly unread or read only as particles."""
    arabic = [english for start, end, english in readings
              if _script(text[start:end]) == "ARABIC"]
    said = sum(english is not None and english not in _SAYS_LITTLE for english in arabic)
    return bool(arabic) and said < ARABIC_READ_SHARE * len(arabic)


def _replaced(text: str, by_entry, by_other) -> str | None:
    readings = _readings(text)
    if (sum(english is not None for _, _, english in readings) < LEAST
            or _read_too_little(text, readings)):
        return None
    out, last = [], 0
    for start, end, english in readings:
        out.append(text[last:start])
        out.append(by_entry(english) if english is not None else by_other(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out).translate(_ARABIC_LETTERS)


def read_inflected(text: str) -> str:
    """`text` with its Russian, Arabic and Greek read as English words when it holds at
    least LEAST entries (words of those scripts no entry covers dropped); else as it is."""
    read = _replaced(text, lambda e: f" {e} ", lambda _: " ")
    if read is None:
        return text
    return tidy_spacing(read)


def without_read(text: str) -> str:
    """`text` without the words `read_inflected` reads in it (what is left went unread)."""
    read = _replaced(text, lambda _: " ", lambda word: word)
    return text if read is None else read
