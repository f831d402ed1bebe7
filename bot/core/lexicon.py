"""Words that signal what a question is about, grouped by concept.

These are general cue words of any course (not phrasings of known questions); the handlers
read them, and the intent classifier reads which concepts a question has. One course's own
words (a nickname for one of its events, its book's short name, its submission system) are
in its vocabulary file beside the schedule, and `bot/core/course_words.py` adds them here.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.core import more_languages, request_words

CUES: dict[str, set[str]] = {
    "deadline": {"deadline", "due", "handin", "cutoff", "dues", "submitted", "open", "closed",
                 "closes", "urgent", "urgently", "pressing", "prioritise", "prioritize",
                 "priority"},
    "coursework": {"coursework", "cw", "cws", "task", "tasks", "assignment", "assignments",
                   "project", "projects", "homework", "hw", "practical", "practicals"},
    "qa": {"qa", "qas"},
    "tutorial": {"tutorial", "tutorials", "tut", "tuts", "lab", "labs"},
    "lecture": {"lecture", "lectures", "lec", "lecs", "lect"},
    "live": {"live", "livestream", "synchronous"},
    "quiz": {"quiz", "quizzes", "quizes", "quizz"},
    "panel": {"panel", "discussion"},
    "session": {"session", "sessions", "class", "classes", "lesson", "lessons", "meeting",
                "meetings", "event", "events", "happening", "scheduled", "timetable",
                "schedule", "calendar", "agenda", "planned", "going", "busy", "free",
                "anything", "teaching", "empty"},
    "when": {"when", "time", "date", "day", "days", "times", "dates", "start", "starts",
             "begin", "begins", "o'clock"},
    "how_long": {"long", "many", "left", "until", "till", "til", "remaining", "countdown",
                 "much"},
    "who": {"who", "whom", "whose", "staff", "ta", "tas", "lecturer", "lecturers",
            "instructor", "instructors", "teacher", "teachers", "professor", "prof", "tutor",
            "tutors", "marker", "markers", "assessor", "assessors", "responsible",
            "lecturing"},
    "assess": {"assess", "assesses", "assessed", "assessing", "assessor", "assessors", "mark",
               "marked", "marks", "marking", "marker", "markers", "grade", "grades", "grading",
               "grader", "graders", "evaluate", "evaluates", "evaluating", "correct", "corrects",
               "corrected"},
    "run": {"run", "runs", "running", "teach", "teaches", "teaching", "taught", "give",
            "gives", "giving", "given", "lead", "leads", "leading", "host", "hosts",
            "hosting", "hosted", "present", "presents", "presenting", "deliver", "delivers",
            "delivering", "take", "takes", "taking", "charge", "organise", "organize",
            "organises", "organizes", "answering"},
    "where": {"where", "location", "place", "room", "rooms", "venue", "held", "link", "join",
              "attend", "online", "physical", "campus", "building", "happen", "teams",
              "msteams", "platform", "zoom"},
    "read": {"read", "reading", "readings", "paper", "papers", "notes", "slides",
             "material", "materials", "prepare", "preparation", "prep", "resources",
             "resource", "literature", "notebook", "notebooks", "revise"},
    "cover": {"cover", "covers", "covered", "covering", "topic", "topics", "about",
              "taught", "learn", "discussed", "discuss", "content", "contents", "syllabus",
              "involve", "involves", "include", "includes", "which", "focus"},
    "explain": {"explain", "define", "definition", "meaning", "mean", "means", "why",
                "intuition", "difference", "derive", "derivation", "work", "works",
                "understand", "formula", "equation", "example", "purpose", "idea"},
    "exam": {"exam", "exams", "examination", "final", "finals", "openbook", "midterm", "midterms",
             "resit", "resits"},
    "weight": {"weight", "weights", "weighted", "weighting", "worth", "percent",
               "percentage", "count", "counts", "proportion", "split", "breakdown",
               "contribute", "contributes", "overall", "assessment", "assessments",
               "graded", "mark", "marks", "%", "assessed"},
    "examinable": {"examinable", "examined", "assessable", "tested", "nonexaminable"},
    "submit": {"submit", "submitting", "submission", "submissions", "upload", "uploading",
               "handin", "zip", "format", "send", "deliverable", "deliverables",
               "deliver", "file", "files"},
    "book": {"book", "books", "textbook", "textbooks", "reference"},
    "gpu": {"gpu", "gpus", "cuda", "hardware", "cloud", "cpu", "vram"},
    # what one sets up to do the work (the page's advice on where to run the notebooks)
    "software": {"software", "install", "installed", "installing", "setup", "ide", "tools",
                 "tooling", "libraries", "laptop"},
    "forum": {"forum", "board", "ask", "post", "questions", "contact", "email", "message"},
    "materials_where": {"materials", "find", "download", "access", "get", "located"},
    "recorded": {"recorded", "prerecorded", "recording", "recordings", "video", "videos",
                 "watch", "inperson", "online", "delivered", "streamed", "records"},
    "individual": {"individual", "individually", "group", "groups", "team", "pair", "pairs",
                   "partner", "partners", "alone", "collaborate", "collaboration", "together",
                   "myself", "own", "mate", "mates", "friend", "friends", "flatmate",
                   "classmate", "classmates", "plagiarise", "plagiarize", "plagiarism",
                   # (other languages' words for it, read in an English message too)
                   *more_languages.ALONE_OR_TOGETHER},
    "revision": {"revision", "refresher", "prerequisite", "prerequisites", "background",
                 # ("materials to refresh linear algebra", "brush up on probability")
                 "refresh", "refreshing", "brush", "primer"},
    "spec": {"spec", "specs", "specification", "brief", "handout", "instructions",
             "description", "descriptions", "sheet", "script", "scripts", "jupyter",
             "ipynb"},
    "not_on_page": {"readingweek", "halfterm", "termbreak", "officehours", "passmark",
                    "modulecredits",
                    "gradeboundary", "previousyears", "email", "emails", "phone", "office",
                    "address", "password", "login", "solutions", "rubric", "pages", "report",
                    "reports", "wordcount", "sizelimit", "link", "links", "url", "urls",
                    "enrolled", "enrolment", "enrollment", "joincode", "version",
                    "versions"},
    "help": {"help", "commands", "command", "capabilities", "features", "usage"},
    "greeting": {"hi", "hello", "hey", "thanks", "thank", "cheers", "morning", "afternoon",
                 "evening", "yo", "hiya", "ty", "thx"},
    "personal": {"my", "i", "me", "mine"},
    "personal_matter": {"extension", "extensions", "extenuating", "ill", "sick", "illness",
                        "result", "results", "score", "scored", "pass", "passed", "fail",
                        "failed", "mitigating", "grade", "grades", "mark", "marks",
                        "covid", "isolating", "personal", "disability"},
    "feedback": {"feedback", "results", "marks", "grades", "marked", "graded", "returned"},
    "release": {"release", "released", "releasing", "back", "published", "out", "returned",
                "receive", "expect"},
    "policy": {"penalty", "penalties", "late", "lateness", "mandatory", "compulsory",
               "attendance", "plagiarism", "resubmit", "resubmission", "cheating", "allowed",
               "requirement", "prerequisites", "prerequisite", "workload", "chatgpt",
               "regrade", "appeal", "permitted"},
    # Words that name a rule of running a course and nothing the notes teach ("resit",
    # "plagiarism"; not "penalty" or "allowed", which the notes use of their own subjects).
    "course_rule": {"resit", "resits", "retake", "retakes", "reassessment", "attendance",
                    "plagiarism", "plagiarise", "plagiarize", "lateness", "regrade",
                    "regrading", "resubmit", "resubmission", "cheating", "misconduct"},
    "course": {"code", "term", "module", "course", "title", "name", "called"},
    "week_word": {"week", "weeks", "wk", "weekly"},
    "past": {"was", "were", "did", "had", "happened", "went", "previous", "missed", "miss",
             "ago", "already", "past", "passed"},
    "next": {"next", "upcoming", "coming", "soon", "soonest", "following", "closest",
             "nearest", "imminent", "future", "after", "later", "remaining",
             # what to do first is what falls due first ("what's most urgent")
             "urgent", "urgently", "pressing", "prioritise", "prioritize", "priority"},
    "previous": {"previous", "last", "prior", "recent", "latest", "preceding"},
    "all": {"all", "every", "list", "each", "overview", "full", "whole", "complete"},
    "none_left": {"any", "more", "still", "remaining", "left", "other"},
}

# Verbs a student puts before a topic to say what a session does with it ("the one about
# making fake images", "the lecture on teaching computers to build things"): they name no
# topic, so they neither count against a title nor keep it from being named.
TOPIC_CARRIER_VERBS = frozenset({
    "make", "makes", "making", "made", "teach", "teaches", "teaching", "taught", "build",
    "builds", "building", "built", "do", "does", "doing", "did", "done", "learn", "learns",
    "learning", "learnt", "learned", "use", "uses", "using", "used", "cover", "covers",
    "covering", "covered", "talk", "talks", "talking", "talked", "discuss", "discusses",
    "discussing", "discussed", "show", "shows", "showing", "showed", "get", "gets", "getting",
    "create", "creates", "creating", "created", "train", "trains", "training", "trained",
    "work", "working", "worked", "try", "tried", "trying", "introduce", "introduced",
    "introducing", "explain", "explained", "explaining", "went", "go", "going",
})

# Words beside an id that ask for the item in general, nothing in particular ("cw2 info",
# "tell me about lecture 5", "any details on T03 pls"): its main facts.
IN_GENERAL = frozenset({"info", "infos", "information", "details", "detail", "deets", "about",
                        "abt", "regarding", "re", "on", "for", "tell", "me", "us", "give",
                        "show", "overview", "summary", "rundown", "lowdown", "everything",
                        "the", "a", "any", "some", "more", "all", "pls", "please", "plz",
                        "i", "need", "want", "can", "could", "you", "hi", "hey", "ok", "so"})

# The not_on_page words that name a period of the year (a page without them dates none):
# what is on around the day asked is worth saying beside it.
PERIOD_TERMS = frozenset({"readingweek", "halfterm", "termbreak"})

# Asking for a period in brief ("a rundown of march", "summarise next week", "overview of
# week 6"): with a named week or month, what is on and due in it.
PERIOD_SUMMARY = re.compile(
    r"\b(?:summary|summaries|summari[sz]e|summari[sz]ing|overview|rundown|run-down|lowdown|"
    r"recap|round-?up|breakdown|outline|agenda|at a glance)\b")

# Chat filler that says nothing about what is asked.
FILLER = {"guys", "mate", "folks", "lol", "pls", "please", "plz", "btw", "anyone", "everyone",
          # how often, not what: "when r the q&as normally" asks for the q&as
          "normally", "usually", "typically", "generally", "regularly", "ordinarily",
          "someone", "quick", "question", "hey", "hi", "hello", "thanks", "ok", "okay", "bro",
          "dude", "sorry", "wondering", "remind", "again", "exactly", "confirm", "check",
          "ask", "asking", "tell", "know", "wanted", "wanna", "think", "sure", "thx", "cheers",
          "also", "still", "yet", "haha", "xd", "idk", "wait", "hmm", "um", "uh", "like",
          "gonna", "gotta", "need", "needs", "supposed", "meant", "going", "happen", "happens",
          "upcoming", "coming", "exact", "specific", "official", "date", "info", "information",
          "details", "thing", "things", "stuff", "everything", "anything", "today", "time",
          "there", "thr", "any", "put", "set", "whole", "kindly", "mins", "minutes",
          "hours", "hrs", "days", "weeks", "left", "long", "soon", "work", "use", "good",
          "great", "nice", "cool", "morning", "afternoon", "evening", "awesome", "hope", "else",
          "end", "rest", "other", "one", "ones", "smth", "sth", "something", "nothing", "wot",
          "wots", "yo", "ya", "yall", "lemme", "gimme", "real", "quickly", "now", "currently",
          "ever", "maybe", "possibly", "perhaps", "really", "should", "would", "could", "might",
          "must", "shall", "able", "way", "best", "help", "anybody", "somebody", "everybody",
          "kind", "sort", "plan", "plans", "agenda", "programme", "program", "lineup", "number",
          "num", "no", "didnt", "dont", "doesnt", "cant", "heard", "hear", "theres", "get",
          "got", "understand", "apart", "studying", "study", "doing", "covering", "dumb",
          "stupid", "silly", "basic", "newbie", "confused", "watched", "goes", "go", "went",
          "rewatch", "rewatching", "rewatched", "revisit", "revisiting",
          "just", "basically", "literally", "tbh", "ngl", "honestly", "anyway", "q", "qs",
          "tho", "though", "only", "even", "actually", "never", "used",
          # people in general, as "folks" and "anyone" are: "who are the people for the
          # q&a" asks who runs it, "what do people use" asks what is used ("a person" is
          # not: "can i talk to an actual person" asks for one)
          "people", "ppl",
          # emphasis, as "real" is: "is there an actual tutorial" asks for a tutorial
          "actual", "proper", "genuine"}

# Everyday life no course's schedule is about (weather, food and drink, sport, travel,
# shopping, entertainment): a question naming one and nothing of the course is not about the
# course, whatever time it names ("is it gonna rain tomorrow").
EVERYDAY_KINDS: dict[str, frozenset[str]] = {
    "weather": frozenset({"weather", "rain", "raining", "rainy", "snow", "snowing", "sunny", "sun",
                          "cloudy", "wind", "windy", "storm", "forecast", "umbrella"}),
    "food": frozenset({"food", "lunch", "dinner", "breakfast", "restaurant", "restaurants",
                       "pizza", "coffee", "recipe", "recipes", "cook", "cooking", "meal", "meals",
                       "bake", "baking", "cafe", "pasta", "rice", "eggs", "banana", "bananas",
                       "fruit", "calories", "vegan", "vegetarian", "boil"}),
    "going_out": frozenset({"pub", "pubs", "beer", "drinks", "cocktail", "cocktails", "wine",
                            "nightclub", "clubbing"}),
    "sport": frozenset({"football", "gym", "sport", "sports"}),
    "travel": frozenset({"traffic", "tube", "bus", "buses", "flight", "flights", "taxi"}),
    "shopping": frozenset({"shop", "shops", "shopping", "supermarket", "fashion", "outfit",
                           "haircut"}),
    "entertainment": frozenset({"film", "films", "movie", "movies", "cinema", "concert", "tv",
                                "netflix", "music", "gaming"}),
    "occasions": frozenset({"birthday", "holiday", "holidays", "vacation", "christmas",
                            "easter"}),
    "money": frozenset({"bitcoin", "crypto", "stocks", "stock", "dogecoin", "doge", "ethereum",
                        "btc", "nft", "nfts", "forex", "invest", "investing", "investment",
                        "investments"}),
    "politics": frozenset({"election", "elections", "vote", "voting", "politics", "president",
                           "presidents", "politician", "politicians", "parliament", "brexit",
                           "referendum", "tory", "tories", "democrats", "republicans"}),
    "horoscopes": frozenset({"horoscope"}),
    "creative": frozenset({"joke", "jokes", "poem", "poems", "riddle", "riddles", "limerick"}),
}
EVERYDAY = frozenset().union(*EVERYDAY_KINDS.values())
# Matters of one's home, job or friends ("the boiler in flat 4", "cover my shift"): in a
# message addressed to someone by name, a sign it was meant for them, not the course.
LIFE_MATTERS = frozenset({
    "landlord", "landlady", "flat", "flatmate", "flatmates", "boiler", "heating", "rent",
    "plumber", "leak", "leaking", "washing", "fridge", "keys", "key", "deposit", "lease",
    "tenancy", "neighbour", "neighbours", "shift", "shifts", "manager", "boss", "rota",
    "cafe", "pub", "party", "dinner", "lunch", "drinks", "football", "gym", "mum", "dad",
    "wedding", "birthday", "holiday", "window", "door", "repair", "repairs", "bins",
    "kitchen", "bathroom", "shower", "electricity", "bills", "bill", "parcel", "car"})
# A greeting addressed to someone by name at the start of a message ("Hi Mark, ...",
# "Dear Grace,", "Mark, the washing machine ..."): group 1 after a greeting, group 2 alone
# before a comma. Capitalised, as names are written.
VOCATIVE = re.compile(r"^\W*(?:(?i:hi|hey|hello|hiya|dear|good morning|morning|evening|yo)"
                      r"\s+([A-Z][a-z]+)\b|([A-Z][a-z]+)\s*,)")
# After a bare "Word," at a message's start, the rest of a list of one- or two-word items
# ("Sigmoid, tanh or ReLU", "Adam, RMSprop, or SGD"): the word is the list's first item, not
# a name greeted. (An item opening with a question word or an auxiliary is a question put to
# the person named: "Mark, is cw2 or cw3 due first".)
_ITEM = (r"(?!(?:is|are|was|do|does|did|can|could|would|should|will|what|when|where|which|"
         r"who|why|how|i|you|we|my|your|the|a|an)\b)[\w.+-]+(?:\s+[\w.+-]+)?")
LIST_GOES_ON = re.compile(rf"\s*{_ITEM}\s*(?:,\s*{_ITEM}\s*)*,?\s*(?:or|and|vs\.?|versus)\s+\w",
                          re.IGNORECASE)
# Capitalised words at a message's start that are no one's name.
NOT_A_NAME = frozenset({
    "all", "everyone", "everybody", "guys", "there", "team", "folks", "bot", "again", "sorry",
    "ok", "okay", "so", "also", "thanks", "please", "quick", "btw", "well", "yes", "no",
    "right", "wait", "hmm", "hi", "hey", "hello", "and", "but", "um", "ah", "oh", "actually",
    "anyway", "sir", "madam", "prof", "professor", "doctor", "dr", "mate", "bro", "friend",
    "friends", "y'all", "yall", "you", "i", "today", "tomorrow", "tonight", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "great",
    "cool", "nice", "awesome", "perfect", "got", "question", "morning", "afternoon",
    "evening", "dear", "the", "this", "that", "what", "when", "where", "which", "who", "why",
    "how", "is", "are", "can", "do", "does", "would", "could", "should", "if", "in",
    "on", "for", "first", "then", "next", "now", "lol", "ty", "thx", "cheers"})


def everyday_kind(words: list[str]) -> str | None:
    """The one kind of everyday matter `words` name ("food" for "how long do i boil pasta"),
    or None when they name none, or more than one."""
    kinds = {k for k, named in EVERYDAY_KINDS.items() if named & set(words)}
    return kinds.pop() if len(kinds) == 1 else None

# Words that make a question about a share of the final mark.
# A message of only these words (after any @mention), one of them at least a greeting or a
# check that the bot is there, greets it ("@bot hello?? u there", "anyone home?", "is this
# thing on"): it asks nothing else.
GREETING_WORDS = frozenset({
    "hi", "hii", "hiii", "hello", "helloo", "hellooo", "hey", "heyy", "heyyy", "hiya", "yo",
    "sup", "howdy", "greetings", "morning", "evening", "afternoon", "ping", "test", "testing",
    "bot", "chatbot", "coursebot", "there", "anyone", "anybody", "someone", "somebody", "awake",
    "home", "online", "thing"})
GREETING_FILLERS = frozenset({
    "good", "assistant", "u", "you", "ya", "is", "are", "r", "this", "on", "still", "here",
    "working", "oi", "guys", "all", "everyone", "dear", "again", "and"})
# A farewell ("ok bye, cya later", "gtg, night all"): one of its words, and only those and
# their fillers, make the message a goodbye.
FAREWELL_WORDS = frozenset({
    "bye", "byee", "byeee", "byebye", "goodbye", "cya", "cyaa", "seeya", "ttyl", "gtg", "g2g",
    "laters", "later", "night", "nite", "goodnight", "gn", "ciao", "farewell"})
FAREWELL_FILLERS = frozenset({
    "ok", "okay", "k", "kk", "alright", "right", "cool", "well", "then", "for", "now", "see",
    "you", "u", "ya", "yall", "soon", "tomorrow", "tmrw", "again", "all", "everyone", "guys",
    "bot", "thanks", "thank", "thx", "ty", "cheers", "lol", "haha", "i", "m", "im", "gotta",
    "got", "to", "go", "have", "a", "good", "nice", "great", "day", "evening", "weekend", "and",
    "so", "oh", "anyway", "talk", "catch", "take", "care", "peace", "out", "x", "xx", "mate",
    "off", "heading", "logging", "signing", "that", "s", "it", "tc", "bro", "ttys", "speak",
    "lot", "much", "loads"})
# When one will be back ("talk on monday", "see you next week", "until friday then"): fillers
# of a farewell said in its own words, not of a bare "night"/"later" ("monday night?" asks).
FAREWELL_WHEN = frozenset({
    "on", "next", "week", "until", "till", "in", "the", "morning", "tonight", "tomorrow", "tmrw",
    "tmr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"})
# Farewell words that are also times of day: no goodbye beside a day ("tuesday night").
FAREWELL_TIMES = frozenset({"night", "nite", "later", "laters"})
# Words of displeasure with how the course is run: a question asked with them ("which is
# it?? sloppy") is answered and the complaint heard too.
DISPLEASED = frozenset({"sloppy", "useless", "ridiculous", "terrible", "awful", "unacceptable",
                        "shambles", "chaotic", "disorganised", "disorganized", "rubbish",
                        "pathetic", "inconsistent", "confusing", "frustrating", "annoying",
                        "mess"})
# Help not being given ("nobody answers", "the tas ignore us", "how am i supposed to get
# help", "can i talk to a human"): a complaint about getting help, whoever it names.
NO_HELP = re.compile(
    r"\b(?:nobody|no one|noone|no-one|never|not|don'?t|doesn'?t|won'?t|didn'?t)(?: \w+)? "
    r"(?:answers?|answered|replies|reply|replied|responds?|responded|helps?|gets? back)\b|"
    r"\bignor(?:e|es|ed|ing) (?:us|me|our|my)\b|"
    r"\bhow (?:am i|are we|is anyone) (?:supposed|meant) to\b|"
    r"\bwhere (?:am i|are we|do i|do we) (?:supposed|meant) to (?:get|find) (?:help|answers)\b|"
    r"\b(?:talk|speak|chat) to (?:a |an |some )?(?:human|real person|person|actual person)\b")
# Asking how something odd the page shows works out ("both at 11? how does that work",
# "which one do i go to", "can i do both", "is that a mistake"): the page shows it, and says
# nothing of how it works.
ASKS_HOW_IT_WORKS = re.compile(
    r"\bhow (?:does|do|would|will|is) (?:that|this|it|they|those)\b[^.?!]{0,20}\b(?:work|going to|"
    r"happen)|\bhow (?:am i|are we|can i|can we|do i|do we|is anyone) (?:supposed |meant |going )?"
    r"(?:to )?(?:attend|go|do|make|be at|join|manage)|\bwhich (?:one|of (?:them|those|the two)) "
    r"(?:do|should|to|is|are|will|goes|runs|happens)\b|\b(?:do|attend|join|go to|make) both\b|"
    r"\bboth at once\b|\b(?:mistake|typo|error)\b|"
    r"\bwhy (?:is|are|do|does)\b[^.?!]{0,60}\b(?:same|both|clash|overlap)")
# Which of sessions at one time to go to ("which one am i supposed to go to", "which should
# i attend", "which of them do i join"): a choice the page does not make for anyone.
ASKS_WHICH_TO_ATTEND = re.compile(
    r"\bwhich(?: one| of (?:them|the two|these|those|the sessions))? (?:am i|are we|should i|"
    r"should we|do i|do we|must i|would i|shall i)(?: \w+)?(?: supposed to| meant to| have to|"
    r" need to| expected to)? (?:go to|attend|join|pick|choose|prioriti[sz]e)\b")
# What is asked of a thing the page lists that no schedule holds a field for, whatever the
# thing: how much work it is or how it compares in size ("is task 2 more work than task 1",
# "which coursework is the longest"), whether its dates change if something happens ("if
# there's a strike will the deadlines move"), how its groups are formed or changed ("how are
# tutorial groups decided", "can i swap ta"). Answered as not stated, never with its dates.
# What one goes to when attendance is asked ("should I go to the tutorials"; not "should I go
# to a&e", "have to go to work").
_SESSION_AFTER = (r" (?:the |all |every |these |those |each |any )?(?:live )?"
                  r"(?:sessions?|lectures?|tutorials?|tuts?|class(?:es)?|q ?& ?as?|q and as?|qas?|"
                  r"seminars?|labs?|panels?|them|it|those|these)\b")


# "list every staff member on the page", "name all the TAs", "full list of tutors": the
# course's staff asked for as a whole (their names are on the page, by role); not a way to
# reach them ("emails of all the TAs"), which `CONTACT_WORDS` tells apart.
_STAFF_NOUN = (r"(?:(?:teaching |course )?(?:staff(?: members?)?|team)|tas?|gtas?|tutors?|"
               r"lecturers?|instructors?|teachers?|demonstrators?|assistants?|assessors?|"
               r"markers?|people (?:who|that) (?:teach|run)\w*)")
LISTS_STAFF = re.compile(
    rf"\b(?:list|name|names of|enumerate|tell me|who are|who're|who is|who's)\b[^.?!]{{0,25}}?"
    rf"\b(?:all|every|each|the whole|the full|the entire)(?: of)?(?: the)? {_STAFF_NOUN}\b"
    rf"|\b(?:full|complete|whole) list of (?:the |all )?{_STAFF_NOUN}\b"
    rf"|\ball (?:the )?{_STAFF_NOUN} (?:on|named on|listed on|in) the (?:course )?page\b")
CONTACT_WORDS = re.compile(r"\b(?:e-?mails?|phones?|numbers?|address(?:es)?|contacts?|"
                           r"office hours|offices?|handles?|linkedin|socials?)\b")


# "who teaches the most lectures", "which TA is on the fewest sessions": people ranked by how
# many items the page lists them for (not one item's people).
RANKS_PEOPLE = re.compile(
    r"\b(?:who|whom|which (?:\w+ ){0,2}?(?:tas?|tutors?|lecturers?|persons?|people|staff|profs?|"
    r"professors?|teachers?|assistants?|assessors?|markers?))\b[^.?!]{0,60}?"
    r"\b(?:(?:the )?(?:most|fewest|least)(?: \w+)? (?:sessions?|lectures?|tutorials?|tuts?|"
    r"q ?& ?as?|qas?|panels?|quiz(?:zes)?|courseworks?|cws?|tasks?|deadlines?|assessments?|"
    r"marking|teaching|things|stuff)\b|(?:the )?(?:most|fewest|least) *[?.!]*$|"
    # how often one is seen: "who will I see most often in the live sessions", "who do I
    # see the most in the q&as"
    r"(?:the )?(?:most|fewest|least) (?:often|frequently|regularly)\b|"
    rf"(?:the )?(?:most|fewest|least) (?:in|at|during|across|over|throughout){_SESSION_AFTER}|"
    r"more than (?:any(?:one|body)|the others?)\b)")


# A place closing is a disruption; an item closing ("when do quizzes shut", "when does the
# cw2 submission close") is its closing time, asked of the item.
_PLACE_CLOSES = (r"(?:university|uni|campus|college|building|library|department|school|"
                 r"site|everything)\b[^.?!]{0,20}\b(?:closes|closed|shuts?|shut down|closing)")


UNSTATED_PREDICATES: dict[str, re.Pattern[str]] = {
    "effort": re.compile(
        r"\bhow (?:much|many) (?:work|effort|time|hours?|days?|weeks?)\b[^.?!]{0,30}\b(?:take|"
        r"takes|need|needed|spend|put in|required|expected|go into)\b"
        r"|\bhow long (?:will|does|should|would|do|did|might)\b[^.?!]{0,40}\btake\b"
        r"|\b(?:more|less) (?:work|effort|time[- ]consuming|involved|demanding)\b"
        r"|\b(?:longer|shorter|bigger|smaller|heavier|lighter|harder|easier|tougher)\b[^.?!]{0,40}"
        r"\b(?:than|compared|vs|versus)\b"
        r"|\b(?:longest|biggest|hardest|easiest|shortest|smallest|heaviest|most (?:work|effort|"
        r"time[- ]consuming|difficult|demanding))\b"
        r"|\bhow (?:big|large|heavy|hard|difficult|demanding|time[- ]consuming) (?:is|are|was|"
        r"will)\b|\bworkload\b"),
    "contingency": re.compile(
        r"\b(?:if|in case|when|what if|should|because of|due to)\b[^.?!]{0,40}\b(?:strikes?|"
        r"striking|industrial action|disruptions?|disrupted|closures?|lockdown|outages?|"
        r"power cut|snow|pandemic|emergency|" + _PLACE_CLOSES + r")\b"
        r"|\b(?:strikes?|industrial action|disruptions?|closures?|lockdown|outages?)\b[^.?!]{0,40}"
        r"\b(?:move|moved|change|changed|postponed?|extended|pushed|delayed|affect|affected|"
        r"cancel+ed|shift|shifted)\b"),
    # what happens to a session that does not take place ("if the Q&A gets cancelled one
    # week does it get rescheduled", "what happens if a tutorial is called off"): no
    # schedule says; a fact about the session's slot is asked, not its date
    "cancellation": re.compile(
        r"(?:\b(?:if|in case|when|whenever|what if|should|suppose|supposing|assuming)|^say)\b"
        r"[^.?!]{0,40}\b(?:cancel+ed|cancels|"
        r"called off|doesn'?t (?:happen|run|go ahead|take place)|(?:is|are|gets?|got) (?:skipped|"
        r"dropped))\b"
        r"|\b(?:does|do|will|would|is|are|gets?)\b[^.?!]{0,25}\b(?:get|gets|be|been)? ?"
        r"(?:re-?scheduled|made up|replaced|moved to another (?:day|week|time|slot))\b"
        r"(?![^.?!]{0,20}\b(?:to|for) (?:mon|tue|wed|thu|fri|sat|sun|\d))"
        r"|\b(?:do|will|would|does) (?:they|you|the staff|staff|the lecturers?|the tas?) "
        r"(?:re-?schedule|make up|make it up|replace)\b"),
    "grouping": re.compile(
        r"\bhow (?:are|is|do|does|will|were|did)\b[^.?!]{0,20}\b(?:groups?|teams?|tas|tutors?)\b"
        r"[^.?!]{0,20}\b(?:formed|assigned|allocated|decided|chosen|picked|made|split|sorted|"
        r"organi[sz]ed|determined|set)\b"
        r"|\b(?:swap|switch|change|move|transfer)\b[^.?!]{0,25}\b(?:groups?|tutors?|tas?|teams?)\b"
        r"|\b(?:which|what) (?:tutorial |tut )?(?:group|team)\b[^.?!]{0,15}\b(?:am i|are we|i'?m|"
        r"do i)\b|\b(?:assigned|allocated) (?:to )?(?:a |my |our )?(?:tas?|tutors?|groups?)\b"),
    # how the work is marked: its scheme or criteria ("cw2 - how is it going to be marked",
    # "what do the markers look for in task 3", "is it graded on accuracy"); not who marks
    # it nor when marks come back
    "marking": re.compile(
        r"\bhow(?:'s| (?:is|are|will|would|was|were|does|do)\b)[^.?!]{0,30}\b(?:marked|graded|"
        r"assessed|evaluated|scored)\b"
        r"|\bhow (?:do|does|will|would) (?:they|you|we|it|the (?:markers?|tas?|staff|"
        r"assessors?|lecturers?)) (?:mark|grade|assess|evaluate|score)\b"
        r"|\b(?:marking|mark|grading|assessment) (?:scheme|criteria|rubric|guide|guidelines|"
        r"breakdown)\b|\brubrics?\b"
        r"|\bwhat (?:are|do|will|does) (?:they|the markers?|the assessors?|the tas?|the staff|"
        r"markers?|assessors?) (?:be )?look(?:ing)? for\b"
        r"|\b(?:marked|graded|assessed|judged) (?:on|for|by how|according to)\b"
        r"(?! (?:time|the \d))"),
    # papers to practise the exam on ("are there past papers", "will we get a mock exam",
    # "any sample exam questions from previous years"): never this year's questions, which
    # safety refuses
    "practice_papers": re.compile(
        r"\b(?:past|previous|old|older|sample|specimen|practice|mock|example|model)\s+"
        r"(?:exam\s+|test\s+)?(?:papers?|exams?|tests?|finals)\b"
        r"|\bpast (?:exam )?questions\b|\bmocks?\b|\bpast[- ]?papers?\b"),
    # whether one must attend ("is attendance compulsory", "do we have to attend the
    # tutorials", "does anyone take a register")
    "attendance": re.compile(
        r"\battendance\b|\b(?:take|takes|taking|keep|keeps|sign) (?:a |the )?(?:register|"
        r"roll)\b|(?<!how am i )(?<!how are we )(?<!how can i )(?<!how do i )"
        r"\b(?:have|need|got|required|obliged|expected|supposed|meant) to (?:attend\b|"
        r"go to" + _SESSION_AFTER + r"|turn up\b|show up\b|be (?:there|present)\b)"
        r"|\b(?:must|should) (?:i |we |you )?(?:attend\b|go to" + _SESSION_AFTER + r")"
        r"|\battend(?:ing)?\b[^.?!]{0,30}\b(?:compulsory|mandatory|"
        r"obligatory|required|optional)\b"
        r"|\b(?:compulsory|mandatory|obligatory|required) to (?:attend|go|turn up|show up|be "
        r"there)\b"),  # (a session named as mandatory: what the page lists of it)
}


# Attributes of a session no schedule records, asked yes/no of a session ("is the tutorial
# on tuesday compulsory", "does the q&a have a waiting list", "is it taught in english"): a
# check of its day, time, place or staff answers another question (property_asked.py).
SESSION_UNSTATED_ATTRIBUTES: dict[str, re.Pattern[str]] = {
    "attendance": re.compile(
        r"\b(?:compulsory|mandatory|obligatory|optional|attendance|roll call)\b"
        r"|\bregister\b(?! for)"
        r"|\brequired\b(?! (?:reading|readings|materials?|to (?:submit|hand|upload)))"),
    "language": re.compile(
        r"\b(?:in|taught in|held in|given in|spoken in) (?:english|[a-z]+ish|[a-z]+ese|french|"
        r"german|spanish|mandarin|cantonese|hindi|arabic|urdu|russian|italian|greek)\b"
        r"|\bwhat language\b"),
    "booking": re.compile(
        r"\b(?:sign[- ]?up|signups?|book(?:ed|ing)?|register(?:ed)? for|reserve|waiting list|"
        r"wait ?list|capacity|places? left|spaces? left|spots? left|limited places|cap(?:ped)? "
        r"at|full up)\b"),
    "equipment": re.compile(
        r"\b(?:lab (?:machines?|computers?|pcs?)|(?:machines?|computers?|pcs?) with (?:a )?gpus?"
        r"|gpu (?:machines?|computers?|servers?|cluster|lab)|webcams?|cameras?(?: on)?|"
        r"microphones?|mics?)\b"),
    "audience": re.compile(
        r"\bopen to\b|\b(?:can|could|may) (?:auditors?|anyone|visitors?|non[- ]?students?|"
        r"other students|guests?) (?:join|come|attend|sit in)\b"),
    "format": re.compile(r"\b(?:interactive|breakout rooms?|in (?:small )?groups|one[- ]to[- ]one"
                         r"|1[- ]to[- ]1|hands[- ]on)\b"),
}


def session_unstated_attribute(text: str) -> str | None:
    """The attribute no schedule records that `text` (lower case) asks of a session
    (SESSION_UNSTATED_ATTRIBUTES' key), or None."""
    return next((k for k, pattern in SESSION_UNSTATED_ATTRIBUTES.items()
                 if pattern.search(text)), None)


# A group of students named by how or where they study ("exchange students", "part-timers",
# "visiting students", "msc students"): words of any course. A rule asked for such a group
# that the page never names is not the page's to settle (`student_group`).
_GROUP_WORD = (r"(?:exchange|visiting|erasmus|international|overseas|mature|affiliate|"
               r"occasional|study[- ]abroad|distance[- ]learning|part[- ]time|msc|meng|beng|"
               r"bsc|mres|phd|undergrad(?:uate)?|postgrad(?:uate)?|auditing|"
               r"(?:first|second|third|final)[- ]year|joint[- ]honou?rs)")
_STUDENT_GROUP = re.compile(
    rf"\b(?P<group>{_GROUP_WORD}(?:,? (?:and|or|&|/) {_GROUP_WORD})*) "
    r"(?:students?|learners?|people|folks|ppl)\b"
    r"|\b(?P<bare>part[- ]?timers?|auditors?|erasmus)\b")
# ... and what is asked of them: a rule, whether something is allowed, required, exempt or
# different for them (the group's words and these in one clause, either order).
_RULE_ASKED = (r"\b(?:can|could|may|allowed|permitted|have to|has to|must|required|exempt|"
               r"excused|skip|only|different|differently|same|longer|later|earlier|extended|"
               r"extra|more time|"
               r"extensions?|instead|apply|applies)\b")


def student_group(text: str) -> str | None:
    """The group of students `text` (lower case) asks a rule of, as written ("exchange
    students", "part-timers"), or None: the group and a rule word in one sentence."""
    for m in _STUDENT_GROUP.finditer(text):
        start = max(text.rfind(mark, 0, m.start()) for mark in ".?!") + 1
        ends = [i for mark in ".?!" if (i := text.find(mark, m.end())) >= 0]
        clause = text[start:min(ends, default=len(text))]
        if re.search(_RULE_ASKED, clause):
            return m.group()
    return None


def unstated_predicate(text: str) -> str | None:
    """What of a thing `text` asks that no schedule states ("effort", "contingency",
    "grouping", "marking"), or None."""
    return next((k for k, pattern in UNSTATED_PREDICATES.items() if pattern.search(text)), None)


# What to run the work on ("what should i run them on", "which machine do i train it on",
# "can i run the notebooks on my laptop"): the page's compute advice, whatever else the
# message asks first.
RUN_ON_WHAT = re.compile(
    r"\b(?:what|which|where)\b[^.?!]{0,30}\b(?:run|running|train|training|execute)\b"
    r"[^.?!]{0,20}\b(?:on|with)\b\s*(?:[?!.+&]|$|\b(?:or|and|then|lol)\b)"
    r"|\b(?:run|running|train|training)\b[^.?!]{0,25}\bon (?:what|which|my (?:own )?(?:laptop|"
    r"computer|pc|mac|machine)|a (?:laptop|cpu|mac|pc))\b"
    r"|\b(?:what|which) (?:kind of )?(?:hardware|machine|computer|laptop|setup|compute)\b"
    r"[^.?!]{0,20}\b(?:need|use|should|do)\b")
# How hard something is next to others ("is the exam harder than the other ones", "how
# tough is it compared to other modules", "is this exam easier than ml's"): a judgement no
# course page states, whatever it is said of.
HARDER_THAN = re.compile(
    r"\b(?:harder|easier|tougher|more (?:difficult|brutal|demanding|challenging|work)|less "
    r"(?:difficult|demanding|challenging|work)|as (?:hard|difficult|tough|easy) as|worse|"
    r"heavier|lighter)\b[^.?!]{0,40}\b(?:than|compared (?:to|with)|vs|versus)\b"
    r"|\b(?:hard|difficult|tough|easy|brutal|demanding|challenging|difficulty)\b[^.?!]{0,30}"
    r"\b(?:compared (?:to|with)|relative to|vs|versus)\b")
# An earlier run of the course said ("alumnus here", "when i took it in 2019", "years ago")
# beside a change, a sameness or a comparison asked ("has it changed", "is it still <staff>",
# "was it harder"): no page says what another run had.
_EARLIER_RUN_SAID = re.compile(
    r"\b(?:previousyears|last year|(?:two|three|few|couple of|\d) years? (?:ago|back)|"
    r"(?:in|since|back in) (?:19|20)\d\d|back then|alumn(?:us|a|i|ae)|graduated|"
    r"when i (?:took|did|had|sat|was on) (?:it|this|the (?:course|module|class)))\b")
_CHANGE_ASKED = re.compile(r"\b(?:chang(?:e|ed|es|ing)|different|differ|same|updated|still|"
                           r"harder|easier|tougher|used to|anymore|any more)\b")


def asks_of_an_earlier_run(text: str) -> bool:
    """Whether the (normalised) message asks how the course compares with an earlier run."""
    return bool(_EARLIER_RUN_SAID.search(text) and _CHANGE_ASKED.search(text))


# The course as a whole compared with another module ("is this module harder than <other>",
# "more work than the <x> course"): words of any course.
COURSE_AS_A_WHOLE = re.compile(r"\b(?:course|module|class|unit|modules|courses)\b")
# A judgement or advice about the course as a whole that no page gives: how hard it is,
# whether it is worth taking, whether it suits the writer ("is the course hard", "is it worth
# taking if i'm weak at maths", "should i take this module if my python is rusty", "would
# this class be manageable for a beginner"). Not how hard a thing is to do ("is it hard to
# implement a gan": the notes'), nor a task or the exam (compared elsewhere).
_THE_COURSE = r"(?:the|this|that|ur|your) (?:course|module|class|unit|subject)"
COURSE_JUDGEMENT = re.compile(
    rf"\b(?:is|are|was|will|would|does|do)(?: (?:\w+ ){{0,2}})?(?:{_THE_COURSE})(?: going to)?"
    r"(?: be)?(?: (?:really|very|too|super|actually|quite|that|so|very|generally))? "
    r"(?:hard|difficult|tough|easy|manageable|doable|heavy|intense|demanding|challenging|"
    r"brutal|a lot of work|hard work|worth it|worth taking|worth doing|suitable|"
    r"worth the effort)\b(?! to\b)"
    rf"|\bhow (?:hard|difficult|tough|easy|demanding|intense|heavy) (?:is|was|will be) "
    rf"(?:{_THE_COURSE})\b"
    r"|\bworth (?:taking|doing|choosing|picking)\b"
    rf"|\bshould i (?:take|do|pick|choose|enrol\w*(?: in| on)?|sign up for) (?:{_THE_COURSE})\b"
    r"|\b(?:manageable|doable|suitable) for (?:a |someone|people|beginners?|me\b|"
    r"non-?\w+ students)(?![^.?!]{0,15}\bto\b)")
# Things handed out to read or watch, not sessions held ("where are the tutorial notebooks",
# "the lecture videos, are they on teams"): asked where, their place is the materials'.
MATERIAL_THINGS = frozenset({"notebook", "notebooks", "ipynb", "jupyter", "video", "videos",
                             "recording", "recordings", "slides", "handout", "handouts",
                             "materials", "notes", "pdf", "pdfs", "sheet", "sheets",
                             "worksheet", "worksheets", "exercise", "exercises", "problems",
                             "solution", "solutions"})
# Who first made an idea ("who invented the LSTM", "who came up with dropout", "who
# introduced the transformer"): the history of what the notes teach (they cite the papers
# and their authors), unless what was made is the course's own (`COURSE_MADE`).
ORIGIN_ASKED = re.compile(
    r"\bwho (?:first |originally |actually |really )?(?:made|invented|introduced|proposed|"
    r"created|designed|developed|devised|discovered|pioneered|coined|came up with|"
    r"come up with|thought of|thought up)\b(?P<made>[^.?!;]*)")
# What the course itself makes: its sessions, materials and assessments, the page, the bot.
COURSE_MADE = MATERIAL_THINGS | frozenset({
    "lecture", "lectures", "lecturer", "tutorial", "tutorials", "course", "module", "class",
    "coursework", "cw", "assignment", "assignments", "task", "tasks", "quiz", "quizzes",
    "exam", "exams", "test", "tests", "spec", "page", "website", "site", "schedule",
    "timetable", "you", "u", "bot", "chatbot", "assistant", "this", "it", "us", "them"})
WEIGHT_WORDS = {"worth", "weight", "weighted", "weighting", "percent", "percentage", "count",
                "counts", "%", "contribute", "contributes", "graded", "assessed"}

# Words never treated as a topic; kept out of typo correction's reach too.
# Words that end a guess and ask it to be confirmed ("cw2 is friday right?", "at 10 yep?"):
# one list for every reader of such tags.
GUESS_TAGS = ("right", "correct", "yeah", "yep", "yup", "yh", "true", "innit")
GUESS_TAG_WORDS = "|".join(GUESS_TAGS)


STOPWORDS = {
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
    "i", "me", "my", "we", "our", "us", "you", "your", "it", "its", "they", "them", "this",
    "he", "she", "him", "her", "his", "hers", "their", "theirs",
    "that", "these", "those", "what", "which", "who", "whom", "when", "where", "why", "how",
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "over",
    "and", "or", "but", "if", "then", "so", "than", "can", "could", "should", "would",
    "will", "shall", "may", "might", "must", "have", "has", "had", "there", "here", "any",
    "some", "no", "not", "please", "tell", "know", "want", "need", "wanna", "gonna", "let",
    "get", "go", "up", "out", "just", "also", "too", "very", "much", "many", "more", "most",
    "again", "ever", "yet", "still", "all", "each", "both", "other", "such", "own", "same",
    "as", "like", "one", "ones", "show", "give", "find", "see", "look", "hey", "hi",
    "hello", "thanks", "pls", "plz", "u", "ur", "im", "i'm", "i'd", "i'll", "we're", "it's",
    "doing", "done", "happen", "happens", "happening", "going", "got", "gotten",
    "course", "module", "bot", "thing", "things",
    "stuff", "anything", "something", "everything", "yes", "ok", "okay", "right", "sure",
    # tags that turn a statement into a question ("q&a is at 10 on tuesdays yeah?")
    "yeah", "yep", "yup", "yh", "innit",
    "exactly", "actually", "really", "currently", "now", "today", "tomorrow",
    "yesterday", "tonight", "week", "weeks", "day", "days", "time", "date", "next", "last",
    "come", "comes", "came", "coming", "upcoming", "previous", "first", "second", "third",
    "exact", "say", "couple",  # ("the first couple of tutorials": a count, never a topic)
    "says", "said", "talk", "talks", "cover", "covers", "covered", "covering", "topic",
    "topics", "taught", "teach", "teaches", "learn", "explain", "define", "mean",
    "means", "meaning", "difference", "between", "lecture", "lectures", "tutorial",
    "tutorials", "session", "sessions", "class", "classes", "lesson", "lessons", "discussed",
    "discuss", "intro", "introduction", "basics", "part", "parts", "new", "we'll", "study",
    "studied", "whats",
}

# Words of any course worth correcting towards (besides the cues, the schedule's own words
# and the subject's words in the course's vocabulary file).
DOMAIN_WORDS = {
    "tomorrow", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december",
    "week", "weekend", "morning", "afternoon", "evening", "logistics", "tutorial",
    "lecture", "coursework", "deadline", "examinable", "assessment", "assessed",
    "submission", "submit", "answer", "question", "questions", "reminder", "remind",
}

# Common words of other languages that students mix into an English question ("wann ist die
# q&a diese woche", "cw deadline 5 feb hai ya 5 march", "zhe ge course de exam he coursework
# bili shi duoshao", "todo el curso es online o hay algo presencial"), with the English they
# stand for ("" for a particle that says nothing here). Function words, question words and
# the commonest time words of romanised Hindi, German, Spanish and pinyin: what is asked is in
# the English words, ids and dates around them. Read only in a message that has at least two
# of MIXED_MARKS, so that an English "he", "die" or "me" keeps its meaning. (French added with
# a few more German and Hindi words: "c'est quoi le livre pour le cours", "wo finde ich".)
FOREIGN_WORDS = {
    # romanised Hindi/Urdu
    "kya": "", "kab": "when", "kahan": "where", "kaise": "how", "kitna": "how much",
    "kitne": "how many", "kaun": "who", "hai": "is", "hain": "are", "tha": "was",
    "hoga": "will be", "hogi": "will be", "thi": "was",
    "mein": "in", "se": "to", "tak": "",
    "bhi": "also", "ya": "or", "aur": "and", "ka": "", "ki": "", "ke": "", "ko": "", "pe": "on",
    "na": "", "nahi": "not", "nahin": "not", "yaar": "", "bhai": "", "sab": "all",
    "koi": "any", "kal": "tomorrow", "aaj": "today", "abhi": "now", "agla": "next",
    "agle": "next", "hafte": "week", "aayega": "come up", "aayegi": "come up", "matlab": "",
    "accha": "", "acha": "", "toh": "so", "kuch": "something", "hum": "we", "mujhe": "i",
    "mera": "my", "meri": "my",
    # German
    "wann": "when", "wie": "how", "wer": "who", "ist": "is",
    "sind": "are", "gibt": "is there", "die": "the", "der": "the", "das": "the",
    "den": "the", "dem": "the", "ein": "a", "eine": "a", "diese": "this", "dieser": "this",
    "diesen": "this", "nächste": "next", "naechste": "next", "nachste": "next",
    "woche": "week", "heute": "today", "morgen": "tomorrow", "und": "and", "oder": "or",
    "für": "for", "fur": "for", "fuer": "for", "mit": "with", "noch": "still", "auch": "also",
    "nicht": "not", "kein": "no", "keine": "no", "wieder": "again", "bitte": "please",
    "ich": "i", "wir": "we", "uns": "us",
    # Spanish
    "cuando": "when", "cuándo": "when", "donde": "where", "dónde": "where", "como": "how",
    "cómo": "how", "qué": "what", "que": "what", "quien": "who", "el": "the", "los": "the",
    "las": "the", "una": "a", "del": "of the", "de": "", "en": "in", "es": "is",
    "hay": "is there", "o": "or", "y": "and", "todo": "all", "toda": "all",
    "todos": "all", "algo": "something", "curso": "course", "semana": "week",
    "esta": "this", "este": "this", "hoy": "today", "mañana": "tomorrow", "manana": "tomorrow",
    "próxima": "next", "proxima": "next", "tarea": "coursework", "examen": "exam",
    "clase": "lecture", "hola": "hello", "pero": "but", "tambien": "also",
    "también": "also", "para": "for", "presencial": "in person", "por": "for", "favor": "",
    # pinyin
    "zhe": "this", "ge": "", "zhege": "this", "nage": "that", "shi": "is",
    "bili": "split", "duoshao": "how much", "shenme": "what", "shihou": "time",
    "shenmeshihou": "when", "jintian": "today", "mingtian": "tomorrow", "zhou": "week",
    "zhouyi": "monday", "ba": "", "ne": "", "women": "we",
    "meiyou": "is there no", "kaoshi": "exam", "zuoye": "coursework",
    "jidian": "what time", "nali": "where",
    "keyi": "can", "buyao": "not need", "haishi": "or",
    # more romanised Hindi/Urdu ("<topic> wala lecture kaunse week mein hai")
    "wala": "", "wali": "", "wale": "", "waala": "", "kaunsa": "which", "kaunse": "which",
    "kaunsi": "which", "konsa": "which", "konse": "which", "konsi": "which",
    "kidhar": "where", "batao": "tell me", "chahiye": "need", "kyun": "why", "kyu": "why",
    "hota": "is", "hoti": "is", "milega": "is there", "milegi": "is there",
    # more German ("wo finde ich die notebooks")
    "wo": "where", "finde": "find", "finden": "find", "frage": "question", "kurze": "quick",
    "kurz": "quick", "hallo": "hello", "einen": "a", "welche": "which", "welcher": "which",
    "welches": "which", "vorlesung": "lecture", "gut": "good", "danke": "thanks",
    # French
    "bonjour": "hello", "salut": "hello", "cest": "is", "quoi": "what",
    "quel": "which", "quelle": "which", "quand": "when", "où": "where", "qui": "who",
    "le": "the", "la": "the", "les": "the", "un": "a", "une": "a", "des": "", "du": "of the",
    "pour": "for", "est": "is", "et": "and", "je": "i", "nous": "we", "dans": "in",
    "avec": "with", "mais": "but", "aussi": "also", "encore": "again", "merci": "thanks",
    "cours": "course", "livre": "book", "semaine": "week", "prochain": "next",
    "prochaine": "next", "demain": "tomorrow",
    "recommandé": "recommended", "recommandée": "recommended", "trouver": "find",
    "peux": "can",
    # a loss, an illness or an emergency in the family, told in another language ("meri dadi
    # ka dehant ho gaya", "mi abuela murió ayer"): read as the English words the personal
    # rules know
    "dehant": "passed away", "dehaant": "passed away", "guzar": "passed away",
    "intekaal": "passed away", "inteqal": "passed away", "maut": "death", "gaye": "", "gayi": "",
    "gaya": "", "dadi": "grandmother", "daadi": "grandmother", "nani": "grandmother",
    "naani": "grandmother", "dadaji": "grandfather", "nanaji": "grandfather", "maa": "mother",
    "pitaji": "father", "behen": "sister", "bimaar": "ill", "bimar": "ill", "beemar": "ill",
    "aspatal": "hospital", "aspataal": "hospital", "ghar": "home", "paunga": "can",
    "paungi": "can", "karun": "do", "sakta": "can", "sakti": "can", "murió": "died",
    "murio": "died", "falleció": "passed away", "fallecio": "passed away",
    "abuela": "grandmother", "abuelo": "grandfather", "madre": "mother", "padre": "father",
    "hermano": "brother", "hermana": "sister", "enfermo": "ill", "enferma": "ill",
    "hospitalizado": "in hospital", "hospitalizada": "in hospital", "ayer": "yesterday",
    "mi": "my", "hago": "do", "puedo": "can", "emergencia": "emergency",
    # a mark asked to be looked at again ("¿me pueden dar una revisión de la nota de cw2?")
    "revisión": "review", "recalificación": "remark", "recalificacion": "remark",
    "recalificar": "remark", "reclamar": "appeal", "reclamación": "appeal",
    "reclamacion": "appeal", "calificación": "mark", "calificacion": "mark",
    "gestorben": "passed away", "meine": "my", "verstorben": "passed away",
    "oma": "grandmother", "opa": "grandfather", "mutter": "mother",
    "vater": "father", "krank": "ill", "krankenhaus": "hospital", "beerdigung": "funeral",
    "notfall": "emergency", "décédé": "passed away", "décédée": "passed away", "mère": "mother",
    "père": "father", "malade": "ill", "hôpital": "hospital", "hopital": "hospital",
    "enterrement": "funeral", "urgence": "emergency",
    # days of the week and the hour, in Spanish, German and French ("a qué hora es la q&a del
    # martes para mí", "ist die q&a am dienstag um 10 uhr", "le tutorial de mardi")
    "lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "miercoles": "wednesday",
    "jueves": "thursday", "viernes": "friday", "sábado": "saturday", "sabado": "saturday",
    "domingo": "sunday", "hora": "time", "mí": "me", "estoy": "i am",
    "montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday",
    "donnerstag": "thursday", "freitag": "friday", "samstag": "saturday", "sonntag": "sunday",
    "uhr": "",
    "lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
    "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday", "heure": "time",
    # what is asked for, in the same languages ("wann ist die abgabe", "dónde encuentro los
    # apuntes", "kao shi shi shen me shi hou": language.joined_pinyin joins the syllables)
    "encuentro": "find", "encontrar": "find", "apuntes": "notes", "clases": "lectures",
    "entrega": "submission", "entregar": "submit", "plazo": "deadline", "fecha": "date",
    "deberes": "homework", "tareas": "coursework", "diapositivas": "slides",
    "tutoría": "tutorial", "tutoria": "tutorial", "libro": "book",
    "abgabe": "submission", "abgeben": "submit", "hausaufgabe": "homework",
    "hausaufgaben": "homework", "übung": "tutorial", "ubung": "tutorial", "uebung": "tutorial",
    "übungen": "tutorials", "vorlesungen": "lectures", "unterlagen": "materials",
    "folien": "slides", "prüfung": "exam", "prufung": "exam", "pruefung": "exam",
    "klausur": "exam", "buch": "book", "frist": "deadline", "sprechstunde": "office hours",
    "sprechstunden": "office hours", "bei": "with",
    "devoir": "homework", "devoirs": "homework", "rendre": "submit", "diapos": "slides",
    "qingwen": "", "kecheng": "course", "jiezhi": "deadline", "qimo": "final",
    "jiangzuo": "lecture", "shangke": "lecture", "fudao": "tutorial", "ziliao": "materials",
    "biji": "notes", "kejian": "slides", "tijiao": "submit", "nihao": "hello",
    "xiexie": "thanks", "zainali": "where", "xiazhou": "next week", "benzhou": "this week",
    "zhezhou": "this week", "laoshi": "lecturer", "zhujiao": "ta", "ma": "",
    # Italian and Portuguese: question words, the day and the hour, what is asked for ("a che
    # ora è il tutorial domani", "quando é o prazo do cw2", "que horas é a aula de amanhã")
    "quando": "when", "dove": "where", "chi": "who", "cosa": "what", "che": "what",
    "quale": "which", "qual": "which", "ora": "time", "orario": "time", "è": "is",
    "il": "the", "gli": "the", "della": "of the", "dello": "of the", "dei": "of the",
    "delle": "of the", "di": "", "domani": "tomorrow", "oggi": "today",
    "settimana": "week", "prossima": "next", "prossimo": "next", "questa": "this",
    "questo": "this", "lezione": "lecture", "lezioni": "lectures", "scadenza": "deadline",
    "consegna": "submission", "compito": "coursework", "compiti": "coursework",
    "esame": "exam", "esercitazione": "tutorial", "ciao": "hello", "grazie": "thanks",
    "sono": "are", "lunedì": "monday", "lunedi": "monday", "martedì": "tuesday",
    "martedi": "tuesday", "mercoledì": "wednesday", "mercoledi": "wednesday",
    "giovedì": "thursday", "giovedi": "thursday", "venerdì": "friday", "venerdi": "friday",
    "sabato": "saturday", "domenica": "sunday",
    "onde": "where", "quem": "who", "é": "is", "os": "the", "prazo": "deadline",
    "amanhã": "tomorrow", "amanha": "tomorrow", "hoje": "today", "aula": "lecture",
    "aulas": "lectures", "horas": "time", "exame": "exam", "trabalho": "coursework",
    "terça": "tuesday", "terca": "tuesday", "quarta": "wednesday", "quinta": "thursday",
    "sexta": "friday", "feira": "", "obrigado": "thanks", "obrigada": "thanks",
    "olá": "hello", "ola": "hello", "você": "you", "voce": "you", "próximo": "next",
    "proximo": "next",
    # more German, Spanish and French words of what is asked for
    "tutorium": "tutorial", "sesión": "session", "sesion": "session", "rendu": "submission",
    "limite": "",  # ("la date limite": the date)
    # the exam, the coursework and its deadline, in more of their forms (round 18: "sınav",
    # "l'examen" were read, the plural or another word for them was not)
    "imtihan": "exam", "imtihaan": "exam", "pariksha": "exam", "jama": "submit",
    "prüfungen": "exam", "pruefungen": "exam", "klausuren": "exam", "abgabetermin": "deadline",
    "abgabefrist": "deadline", "hausarbeit": "coursework", "exámenes": "exam",
    "examenes": "exam", "parcial": "midterm", "prueba": "exam", "trabajo": "coursework",
    "examens": "exam", "partiel": "exam", "partiels": "exam", "échéance": "deadline",
    "echeance": "deadline", "amphi": "lecture", "esami": "exam", "appello": "exam",
    "esercitazioni": "tutorials", "prova": "exam", "provas": "exam", "trabalhos": "coursework",
    "monitoria": "tutorial", "ketang": "lecture", "qimokaoshi": "final exam",
    # the weight of a part in the final mark (round 18: "l'exam compte pour combien dans la
    # note finale", "cuánto vale el examen", "wie viel zählt die prüfung", "quanto conta")
    "compte": "counts", "comptent": "count", "combien": "how much", "vaut": "worth",
    "valent": "worth", "pourcentage": "percentage", "poids": "weight", "finale": "final",
    "cuánto": "how much", "cuanto": "how much", "cuánta": "how much", "cuanta": "how much",
    "vale": "worth", "valen": "worth", "cuenta": "counts", "cuentan": "count",
    "porcentaje": "percentage", "peso": "weight", "nota": "mark", "notas": "marks",
    "viel": "much", "wieviel": "how much", "zählt": "counts", "zaehlt": "counts",
    "zahlt": "counts", "zählen": "count", "endnote": "final mark", "gesamtnote": "final mark",
    "gewichtung": "weighting", "gewichtet": "weighted", "prozent": "percent",
    "anteil": "proportion", "quanto": "how much", "quanta": "how much", "conta": "counts",
    "contano": "count", "voto": "mark", "percentuale": "percentage", "valore": "worth",
    "quantos": "how many", "porcentagem": "percentage",
    # a fellow student's work asked to be handed over ("koi apna cw3 ka code bhej do", "alguien
    # me pasa su código"): read as the English the refusal of another's work knows ("apna" is
    # the subject's own: "own", never a second person's)
    "bhej": "send", "bhejo": "send", "bhejdo": "send", "bhejna": "send", "bhejiye": "send",
    "dikhao": "show", "dikhado": "show", "dedo": "give", "apna": "own", "apni": "own",
    "apne": "own", "kisi": "someone", "karunga": "do", "karungi": "do", "karenge": "do",
    "alguien": "someone", "pasar": "send", "pasa": "send", "pásame": "send me",
    "pasame": "send me", "mandar": "send", "mándame": "send me", "mandame": "send me",
    "enviar": "send", "envíame": "send me", "enviame": "send me", "compartir": "share",
    "comparte": "share", "tu": "your", "su": "their", "código": "code", "codigo": "code",
    "copiar": "copy",
}
# Words of romanised Chinese read in a message that is romanised Chinese
# (language.in_english_pinyin), besides the pinyin of FOREIGN_WORDS, and before it where both
# have a word ("wo" is "I" here, German "where" there); syllables written apart are joined.
PINYIN_WORDS = {
    "wo": "i", "ni": "you", "xiang": "want to", "zhidao": "know", "riqi": "date",
    "jiezhiriqi": "deadline", "he": "and", "gen": "and", "shijian": "time", "zai": "",
    "zenme": "how", "weishenme": "why", "shui": "who", "naxie": "which", "yao": "need",
    "xuyao": "need", "dou": "all", "qing": "", "wen": "", "le": "", "de": "",
}
# Function words of French, Spanish and German (data/function_words.yaml): in a message with
# two of them, no topic. Loaded once; the file is part of the package.
FUNCTION_WORDS: frozenset[str] = frozenset(
    w for words in yaml.safe_load(
        (Path(__file__).parent / "data" / "function_words.yaml").read_text(encoding="utf-8")
    ).values() for w in words)
# The words above that are no English word: two of them make a message a mixed one.
MIXED_MARKS = frozenset({
    "kya", "kab", "kahan", "kaise", "kitna", "kitne", "kaun", "hai", "hain", "hoga", "hogi",
    "mein", "bhi", "aur", "nahi", "nahin", "yaar", "bhai", "abhi", "agla", "agle", "hafte",
    "aayega", "aayegi", "matlab", "sab", "pe", "accha", "acha", "toh", "kuch", "mujhe", "mera",
    "meri",
    "wann", "ist", "sind", "gibt", "der", "das", "dem", "ein", "eine", "diese", "dieser",
    "diesen", "nächste", "naechste", "woche", "heute", "morgen", "und", "oder", "für",
    "fuer", "mit", "noch", "auch", "nicht", "kein", "keine", "wieder", "bitte", "ich", "wir",
    "cuando", "cuándo", "donde", "dónde", "cómo", "qué", "que", "quien", "los", "las", "una",
    "del", "hay", "todo", "toda", "todos", "algo", "curso", "semana", "esta", "este", "hoy",
    "mañana", "manana", "próxima", "proxima", "tarea", "examen", "clase", "hola", "pero",
    "tambien", "también", "para", "presencial", "por",
    "zhe", "zhege", "nage", "shi", "bili", "duoshao", "shenme", "shihou", "shenmeshihou",
    "jintian", "mingtian", "zhouyi", "women", "meiyou", "kaoshi", "zuoye", "jidian", "nali",
    "keyi", "buyao", "haishi",
    "wala", "wali", "wale", "waala", "kaunsa", "kaunse", "kaunsi", "konsa", "konse", "konsi",
    "kidhar", "batao", "chahiye", "kyun", "kyu", "hota", "hoti", "milega", "milegi", "thi",
    "finde", "finden", "frage", "kurze", "einen", "welche", "welcher", "welches", "vorlesung",
    "danke",
    "bonjour", "salut", "cest", "quoi", "quel", "quelle", "quand", "où", "les",
    "une", "nous", "dans", "avec", "mais", "aussi", "encore", "merci", "cours", "livre",
    "semaine", "prochain", "prochaine", "demain", "recommandé",
    "recommandée", "trouver", "peux",
    # (a loss, an illness or an emergency told in another language)
    "dehant", "dehaant", "guzar", "intekaal", "inteqal", "maut", "gaye", "gayi", "gaya", "dadi",
    "daadi", "nani", "naani", "dadaji", "nanaji", "maa", "pitaji", "behen", "bimaar", "bimar",
    "beemar", "aspatal", "aspataal", "ghar", "paunga", "paungi", "karun", "sakta", "sakti",
    "murió", "murio", "falleció", "fallecio", "abuela", "abuelo", "madre", "padre", "hermano",
    "hermana", "enfermo", "enferma", "hospitalizado", "hospitalizada", "ayer", "mi", "hago",
    "puedo", "emergencia", "revisión", "recalificación", "recalificacion",
    "recalificar", "reclamar", "reclamación", "reclamacion", "calificación", "calificacion",
    "gestorben", "meine", "verstorben", "oma", "opa", "mutter", "vater",
    "krank",
    "krankenhaus", "beerdigung", "notfall", "décédé", "décédée", "mère", "père", "malade",
    "hôpital", "hopital", "enterrement", "urgence",
    "encuentro", "encontrar", "apuntes", "clases", "entrega", "entregar", "plazo", "fecha",
    "deberes", "tareas", "diapositivas", "tutoría", "tutoria", "libro",
    "abgabe", "abgeben", "hausaufgabe", "hausaufgaben", "übung", "ubung", "uebung", "übungen",
    "vorlesungen", "unterlagen", "folien", "prüfung", "prufung", "pruefung", "klausur", "buch",
    "frist", "devoir", "devoirs", "rendre", "diapos",
    "qingwen", "kecheng", "jiezhi", "qimo", "jiangzuo", "shangke", "fudao", "ziliao", "biji",
    "kejian", "tijiao", "nihao", "xiexie", "zainali", "xiazhou", "benzhou", "zhezhou",
    "laoshi", "zhujiao",
    "quando", "dove", "chi", "cosa", "che", "quale", "qual", "ora", "orario", "è", "il",
    "gli", "della", "dello", "dei", "delle", "domani", "oggi", "settimana", "prossima",
    "prossimo", "questa", "questo", "lezione", "lezioni", "scadenza", "consegna", "compito",
    "compiti", "esame", "esercitazione", "ciao", "grazie", "sono", "lunedì", "lunedi",
    "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi",
    "sabato", "domenica",
    "onde", "quem", "é", "prazo", "amanhã", "amanha", "hoje", "aula", "aulas", "horas",
    "exame", "trabalho", "terça", "terca", "quarta", "quinta", "sexta", "feira", "obrigado",
    "obrigada", "olá", "você", "voce", "próximo", "proximo",
    "tutorium", "sesión", "sesion", "rendu", "limite",
    "imtihan", "imtihaan", "pariksha", "prüfungen", "pruefungen", "klausuren", "abgabetermin",
    "abgabefrist", "hausarbeit", "exámenes", "examenes", "parcial", "prueba", "trabajo",
    "examens", "partiel", "partiels", "échéance", "echeance", "amphi", "esami", "appello",
    "esercitazioni", "prova", "provas", "trabalhos", "monitoria", "ketang", "qimokaoshi",
    "compte", "comptent", "combien", "vaut", "valent", "pourcentage", "poids", "cuánto",
    "cuanto", "cuánta", "cuanta", "valen", "cuenta", "cuentan", "porcentaje", "peso", "nota",
    "notas", "viel", "wieviel", "zählt", "zaehlt", "zählen", "endnote", "gesamtnote",
    "gewichtung", "gewichtet", "prozent", "anteil", "quanto", "quanta", "conta", "contano",
    "voto", "percentuale", "quantos", "porcentagem",
    "bhej", "bhejo", "bhejdo", "bhejna", "bhejiye", "dikhao", "dikhado", "dedo", "apna", "apni",
    "apne", "kisi", "karunga", "karungi", "karenge", "alguien", "pasar", "pásame", "pasame",
    "mándame", "mandame", "envíame", "enviame", "compartir", "código", "codigo", "copiar",
})
# Romanised Japanese, Turkish and Greek (bot.core.more_languages).
FOREIGN_WORDS.update(more_languages.WORDS)
MIXED_MARKS = MIXED_MARKS | more_languages.MARKS
# Words of requests declined and of wellbeing (bot.core.request_words); a word read already
# keeps its reading.
FOREIGN_WORDS.update({w: e for w, e in request_words.WORDS.items() if w not in FOREIGN_WORDS})
MIXED_MARKS = MIXED_MARKS | frozenset(request_words.WORDS)


# Words that say another course is meant even when none is named ("my other module").
ANOTHER_COURSE = re.compile(r"\b(?:other|another|different|second|diff)\s+(?:courses?|modules?|"
                            r"class(?:es)?|subjects?|lectures?|departments?|dept|degrees?|uni)\b")
