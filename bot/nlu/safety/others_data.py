"""Other students' data: their marks, records and whereabouts, who did best, lists of the
cohort, and anyone asking on a student's behalf (a parent, an employer, a claimed member of
staff). The bot never shares it and cannot check who is writing.
"""

from __future__ import annotations

import functools
import re

from bot.core.outsiders import asks_a_students_data, speaks_for_a_student
from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.personal_life import PRIVATE, _private_life
from bot.nlu.safety.staff_claims import _CLAIMS_STAFF
from bot.nlu.safety.words import _ASSESSED, _NOT_SOMEONE, _RELATION

# Asking for another student's contact details or work: someone other than the writer,
# and what identifies them or what they handed in ("the email of the guy who got top mark",
# "list everyone who hasn't submitted", "send me someone else's notebook"). "Like the
# others" compares a thing with its kind ("is task 3 handed in the same way like the others").
_SOMEONE_ELSE = re.compile(
    r"\b(?:(?:other|all(?: the)?|every) (?:students?|people|ppl)(?:'?s)?|"
    r"(?<!like the )(?<!like )(?<!as the )(?<!than the )others'?|"
    r"someone else'?s?|somebody else'?s?|"
    r"classmates?'?s?|(?:every|any)(?:one|body) (?:who|that|else|in (?:the|my|our|this) "
    r"(?:class|year|cohort|module|course|group))|the (?:guy|girl|person|"
    r"student|one|people|students) (?:who|that)|who (?:got|has|have|hasn't|haven't) (?:the )?"
    r"(?:top|best|highest|submitted|handed))\b")

# Anyone's private contact details ("whats <staff>'s personal phone number"): the page
# gives none, and they are no one else's to hand out.
_MAILBOX = r"(?:gmail|g-mail|hotmail|yahoo|icloud|proton ?mail|outlook)"
_PRIVATE_CONTACT = re.compile(
    r"\b(?:personal|private|home|mobile|cell) (?:phone|number|address|e-?mail|contact|"
    rf"mobile|cell|whatsapp|insta(?:gram)?|socials?|{_MAILBOX})\b"
    # a private mailbox of theirs, "does <name> have a gmail", "<name>'s hotmail"
    rf"|\b(?:his|her|their|[a-z]+'s|have an?|has an?|of) {_MAILBOX}\b")

# ... unless they are the writer's own ("can the staff see my home address"; "he ignores my
# emails" leaves whose personal number is asked).
_OWN_CONTACT = re.compile(r"\b(?:my|mine)(?: own)? (?:personal|private|home|mobile|cell)\b|"
                          r"\bmine\b")
_THEIR_DATA = re.compile(
    r"\b(?:e-?mails?|phone|numbers?|address(?:es)?|contacts?|names?|submissions?|submitted|"
    r"notebooks?|code|logins?|passwords?|grades|"
    # marks of punctuation are no one's grades ("only lectures with exclamation marks")
    r"(?<!exclamation )(?<!question )(?<!quotation )(?<!quote )(?<!punctuation )marks)\b")

# Someone else's marks, asked of a person rather than of the course: "what grade did <name>
# get", "how did <name> do in the coursework", "<name>'s score on task 3", "my flatmate's
# mark". What a task is worth ("how many marks is task 2", "the marks breakdown") is a
# course rule and stays answerable, and so does anything the writer asks of themself.
_MARK = r"(?:marks?|grades?|scores?|results?|percentages?)"

# What someone said of the course ("my friend said the exam is 70% of the grade", "... like my
# mate said"): a claim about the page to check, not their marks.
_SAYS = (r"(?:said|says|told me|tells me|reckons|thinks|thought|claims|claimed|mentioned|"
         r"insists|swears)")
_SAID_OF_PAGE = (rf" {_SAYS}(?: that)? (?:the|a|an|each|every|cw ?\d?|coursework|tasks?|exams?"
                 r"|quiz(?:zes)?|it)\b")
_SAID_LAST = rf" {_SAYS}\s*(?:[.?!,]|$)"

# Someone named (not a pronoun, nor the work or a quantity: "the mark of each task") and the
# work their mark is for.
_A_PERSON = (_NOT_SOMEONE + r"(?!(?:each|every|all|both|any|one|coursework|cw\d*|tasks?|"
             r"quiz\w*|exams?|tests?|lectures?|tutorials?|parts?|questions?|sections?|weeks?|"
             r"modules?|courses?|him|her|them)\b)[a-z]+")
_THEIR_WORK = r"(?:the |their |his |her )?(?:coursework|cw ?\d?|task ?\d?|exam|quiz|test)\b"
_OTHERS_MARKS = re.compile(
    # the others taken together ("what grades did the other students get on task 1")
    rf"\b(?:what|which|how many) {_MARK} (?:did|do|does|have|has) (?:the )?(?:other (?:students|"
    r"people|groups)|others|every(?:one|body)(?: else)?|the rest(?: of (?:the|us|my|our) \w+)?|"
    rf"my {_RELATION}) (?:get|got|score|scored|receive|received|achieve|achieved)\b|"
    rf"\b(?:what|which|how many) {_MARK} (?:did|does|has|have|will) {_NOT_SOMEONE}"
    rf"[a-z]+(?: [a-z]+){{0,2}} (?:get|got|receive|received|score|scored|have|end(?:ed)? up|"
    rf"achieve|achieved|obtain|obtained)\b"
    rf"|\bhow (?:did|has|does|is) (?:my {_RELATION}|{_NOT_SOMEONE}[a-z]+(?: [a-z]+)?) "
    rf"do(?:ne|ing)? (?:in|on|at|"
    rf"with) (?:the |their |his |her )?(?:coursework|cw ?\d?|task ?\d?|exam|quiz|test)\b"
    rf"|\b(?:what is|tell me|give me|show me|send me|what was) {_NOT_SOMEONE}[a-z]+"
    rf"(?: [a-z]+)?(?:'s|s) {_MARK} (?:on|in|for|from)\b"
    # the work named before the mark ("what is <name> <surname>'s cw1 mark"); a rule of the
    # course's ("<a place>'s grade boundaries") is not a person's mark
    rf"|\b(?:what is|tell me|give me|show me|send me|what was) {_A_PERSON}(?: [a-z]+)?'s "
    rf"(?:coursework|cw ?\d|task ?\d|exam|quiz|test) {_MARK}\b"
    r"(?! ?(?:boundar|breakdown|split|weight|scheme|distribution|criteria|polic|system))"
    # one named, in another order ("the mark of <name> in task 3", "what grade <name> got on
    # the quiz"; read so from "il voto di <name> nella task 3", "che voto ha preso <name>")
    rf"|\bthe {_MARK} of {_A_PERSON}(?: [a-z]+)? (?:in|on|for|at) {_THEIR_WORK}"
    rf"|\b(?:what|which) {_MARK} (?:{_A_PERSON}(?: [a-z]+)? got|got {_A_PERSON}(?: [a-z]+)?) "
    rf"(?:in|on|for|at) {_THEIR_WORK}"
    rf"|\bmy {_RELATION}(?:'s)?\b(?!{_SAID_OF_PAGE})[^.?!]{{0,40}}\b{_MARK}\b"
    rf"|\b{_MARK}\b[^.?!]{{0,30}}\b(?:my|our) {_RELATION}\b(?!{_SAID_LAST})"
    # a mark someone gave another ("what mark did <staff> give my neighbour", "which grade
    # has the marker given jo"): the writer's own ("give me") stays theirs to ask
    rf"|\b(?:what|which|how many|how much) {_MARK} (?:did|does|has|have|will|would) "
    rf"[a-z]+(?: [a-z]+){{0,2}} (?:give|given|gave|award|awarded|assign|assigned|put) (?:to )?"
    r"(?!(?:me|us|myself|for|on|in|at|it|this|that|the|a|an|each|every|per|out)\b)[a-z]+")

# The writer's own matter told beside another person ("my friend got the same accuracy and i
# lost marks", "a classmate shared code and i think i used bits of it", "my flatmate is in
# hospital, tell the lecturer she'll miss the quiz"): the writer's mark, work or worry, or
# word passed to the staff for someone; nothing of the other person's is asked for.
_OWN_STAKE = re.compile(
    r"\bmy (?:own )?(?:final |overall )?(?:marks?|grades?|scores?|results?|work|code|notebook|"
    r"submission|answers?|report|coursework|cw ?\d?)\b|\bmine\b"
    r"|\bi (?:lost|used|copied|borrowed|took|reused|submitted|handed|got)\b"
    r"|\b(?:am i|will i|could i|would i|might i|can i) (?:get |be )?(?:in trouble|flagged|"
    r"penali[sz]ed|accused|done for|reported)\b"
    r"|\b(?:tell|let|inform|notify|warn|message)\b[^.?!]{0,20}\b(?:the |my |our )?(?:staff|"
    r"lecturers?|tas?|tutors?|teachers?|markers?|course team|module lead(?:er)?|professors?|"
    r"profs?)\b")

# ... unless something of theirs is asked for all the same ("mine is lower, what did my
# friend get", "send me her notebook", "what's his email").
_ASKS_THEIRS = re.compile(
    r"\b(?:tell|give|show|send|share|forward|find|look up|check)(?: me| us)? (?:my |our )?"
    r"(?:his|her|their|[a-z]+'s)\b"
    r"|\bwhat(?:'s| is| was| were| are)\b[^.?!]{0,20}\b(?:his|her|their|[a-z]+'s)"
    r"(?: [a-z]+)? (?:marks?|grades?|scores?|results?|numbers?|e-?mails?|address|code|"
    r"notebooks?|contacts?)\b"
    # their contact details wanted ("i want his home address", "need her number")
    r"|\b(?:want|need|get|have|give me|find)\b[^.?!]{0,12}\b(?:his|her|their|[a-z]+'s) "
    r"(?:home |personal |private |own |mobile |phone )?(?:address|number|phone|mobile|"
    r"e-?mails?|contacts?|socials?)\b"
    r"|\b(?:what|how much|how many)(?: \w+)? (?:did|does|has) (?:he|she|they|my \w+) (?:get|got|"
    r"score|scored)\b"
    # a question of their private life ("where does my ta live, my mark is wrong")
    r"|\b(?:where|who|how old|what age)\b (?:does|do|did|is|are|was)\b[^.?!]{0,25}\b(?:live|"
    r"lives|living|stay|stays|staying|married|dating|age)\b")


def own_matter_beside_someone(text: str) -> bool:
    """Whether the normalised `text` tells the writer's own matter (or passes word to the
    staff) and asks for nothing of another person's: no request for their data."""
    return bool(_OWN_STAKE.search(text)) and not _ASKS_THEIRS.search(text)


# Whether another student has handed in or passed, or what they got ("has my flatmate
# submitted task 2 yet", "did my friend jo pass the quiz", "what did my mate get on cw1"):
# their record, not the writer's.
_OTHERS_RECORD = re.compile(
    rf"\b(?:has|have|did|is|was) my {_RELATION}(?: [a-z]+)? (?:already |actually |even )?"
    r"(?:submit(?:ted)?|hand(?:ed)?(?: (?:it|this|that))? ?in|upload(?:ed)?|pass(?:ed)?|"
    r"fail(?:ed)?|finish(?:ed)?|done|completed?)\b"
    rf"|\b(?:what|how much|how many) did my {_RELATION}(?: [a-z]+)? (?:get|score|receive)\b"
    # asked within another question ("can you tell me what my friend got in cw1")
    rf"|\b(?:what|how much|how many) (?:my {_RELATION}(?: [a-z]+)?|he|she) (?:got|scored|"
    r"received)\b"
    # by name ("did <name> pass the exam"): whether someone passed is their record
    rf"|\b(?:did|has|have) {_NOT_SOMEONE}(?!(?:one|it|anyone|anybody|everyone|everybody|"
    r"people|students|ppl)\b)[a-z]+ (?:already |actually |even )?(?:pass(?:ed)?|fail(?:ed)?)"
    r" (?:the |their |his |her )?(?:coursework|cw ?\d?|task ?\d?|exam|quiz|module|course)\b")

# Another student named, and whether they handed in or where they are ("has <name> turned in
# task 2 yet", "is <name> from my lab group at uni today"): their record and whereabouts,
# not the page's. The word in a person's place is no title, no course thing ("has marking
# finished", "is lecture 5 on campus") and no one unnamed ("is anyone from my group in").
_A_STUDENT = (_A_PERSON.replace(r"him|her|them)\b)", r"him|her|them|anyone|anybody|everyone|"
              r"everybody|someone|somebody|nobody|everything|something|nothing|people|ppl|"
              r"to|been|got|just|also|really|actually|already|still|yet|not|never|ever|even|"
              r"no|there|it|this|that|the|a|an|any|some|every|my|your|our|their|"
              r"on|in|at|of|for|from|with|"
              r"students?|dr|prof|professor|mr|mrs|ms|miss|sir|lecturers?|tas?|tutors?|staff|"
              r"markers?|q&a|qa|panel|sessions?|class|labs?|notes|slides|[a-z]+ing)\b)")
              + r"(?: [a-z]+)?")
# Where the person named is from, said after their name ("<name> from my group", "<name> in
# our tutorial"): still someone else, the question still of them.
_OF_MY_GROUP = (r"(?: (?:from|in|on) (?:my|our) (?:[a-z]+ )?(?:group|tutorial|class|team|lab|"
                r"course|year|cohort|project|module))?")
_NAMED_STATUS = re.compile(
    rf"\b(?:has|have|did|is) {_A_STUDENT}{_OF_MY_GROUP}"
    r"(?: (?:already|actually|even|yet|not|still))? "
    r"(?:submit(?:ted)?|handin|hand(?:ed)? (?:it |\w+ )?in|turn(?:ed)? (?:it |\w+ )?in|"
    r"finish(?:ed)?|done|complete(?:d)?)\b(?=[^.?!]{0,30}\b(?:coursework|cw ?\d?|task ?\d?|"
    r"notebook|assignment|project)\b)"
    rf"|\b(?:is|was) {_A_STUDENT}(?: from (?:my|our) [a-z]+(?: group)?)?(?: (?:in|at|on))? "
    # ("which weeks is <staff> around" asks of the page's sessions: no place named)
    r"(?:campus|uni|college|the lab|the library|home|in today|here today)\b")
_A_STUDENT_NAMED = re.compile(rf"\b(?:is|was) {_A_STUDENT} from (?:my|our) (?:[a-z]+ )?"
                              r"(?:group|tutorial|class|team|lab|course|year|cohort)\b")

# The same asked inside another question, the person first ("can you tell me if <name> has
# submitted task 2", "do you know whether <name> passed the quiz", "check if <name> came to
# the tutorial"): by its structure, whether or if, someone named, and what they did with their
# own work (a work named after it), their result, a session attended or a place. What the
# staff post (slides, notes) names no work of theirs; the writer, the course and its things
# are no one (`_A_STUDENT`).
_THEIR_OWN = r"(?=[^.?!]{0,30}\b(?:coursework|cw ?\d?|task ?\d?|notebook|assignment|project)\b)"
_RESULT = r"(?=[^.?!]{0,20}\b(?:coursework|cw ?\d?|task ?\d?|exam|quiz|test|module|course)\b)"
_SESSION = (r"(?=[^.?!]{0,20}\b(?:lectures?|tutorials?|q ?& ?as?|qa|sessions?|class|classes|"
            r"labs?|panel|seminar)\b)")
_NAMED_DID = re.compile(
    rf"\b(?:if|whether) {_A_STUDENT}{_OF_MY_GROUP}(?: (?:has|have|had|did|is|was|does))?"
    r"(?: (?:already|actually|even|ever|yet|not|still|really))? "
    r"(?:(?:submit(?:ted)?|handin|handed (?:it |\w+ )?in|turned (?:it |\w+ )?in|uploaded|"
    rf"finished|done|completed?){_THEIR_OWN}"
    # handing in, asked with "yet" or "already", is of their own work, unnamed ("tell me if
    # <name> handed in yet"; the normaliser writes "handed in" as "handin")
    r"|(?:submitted|handin|handed (?:it )?in|turned (?:it )?in|uploaded)(?: it| theirs)?"
    r" (?:yet|already)\b"
    r"|(?:handed|turned) (?:his |her |their )?(?:coursework|cw ?\d?|task ?\d?|notebook|"
    r"assignment|project)(?: \d+)? in\b"
    rf"|(?:pass(?:ed)?|fail(?:ed)?|got an extension|dropped out){_RESULT}"
    rf"|(?:attend(?:ed)?|went to|been to|gone to|came to|come to|showed up|turned up){_SESSION}"
    r"|(?:on|at|in) (?:campus|uni|college|the lab|the library|today|class today)\b)")

# Whether someone named passed or came ("did <name> pass the quiz", "has <name> attended any
# tutorial"), asked outright.
_NAMED_CAME = re.compile(
    rf"\b(?:did|has|have) {_A_STUDENT}{_OF_MY_GROUP}(?: (?:already|actually|even|ever|yet|not))? "
    rf"(?:(?:pass(?:ed)?|fail(?:ed)?){_RESULT}"
    rf"|(?:attend(?:ed)?|go to|gone to|been to|come to|show up|turn up){_SESSION})")


def asks_named_status(text: str) -> bool:
    """Whether the normalised `text` asks whether another student, named, has handed in their
    work, passed, come to a session, or where they are (a fellow student named with a private
    question of them), asked outright or inside another question."""
    return bool(_NAMED_STATUS.search(text) or _NAMED_DID.search(text)
                or _NAMED_CAME.search(text)
                or _A_STUDENT_NAMED.search(text) and _private_life(text, ()) == PRIVATE)


# Another student's marks asked by their name, wherever a person would stand ("what did
# <name> get on cw1", "what did <name> score in the quiz"): with assessed work named, a word
# there that is not the writer (nor "you", "they", a model named by the notes' words is
# caught by `_ASSESSED` needing assessed work) is someone's.
_NAMED_GOT = re.compile(
    rf"\b(?:what|how much|how many)(?: {_MARK})? (?:did|does|has) {_NOT_SOMEONE}"
    r"(?!(?:one|it)\b)[a-z]+(?: [a-z]+)? "
    r"(?:get|got|score|scored|receive|received|achieve|achieved|end up with)\b"
    r"[^.?!]{0,20}\b(?:on|in|for|at) (?:the |their |his |her )?(?:[\w-]+ ){0,2}(?:coursework|"
    r"cw ?\d?|task ?\d?|"
    r"exam|quiz|test)\b")

# Who did best or worst, or the top mark anyone got ("who got the highest mark in the
# class", "top score anyone got on cw2"): the marks of whoever that is. What one can get at
# most ("the highest mark you can get") is a course rule.
_SUPERLATIVE = r"(?:highest|top|best|lowest|worst|max(?:imum)?|min(?:imum)?|most)"
_DESCRIBED = (r"(?:guy|girl|person|student|one|kid|dude|lad|bloke|chap|man|woman|boy|"
              r"people|students|ones)")
_WHO_BEST = re.compile(
    rf"\bwho(?:ever)? (?:got|gets|get|has|had|scored|did|came|come|comes|was|is|finished|"
    rf"placed|ranked) (?:the )?(?:{_SUPERLATIVE}|first|1st|last|bottom)\b"
    rf"|\bwho {_SUPERLATIVE} (?:mark|grade|score)\w*"
    rf"|\b{_SUPERLATIVE} {_MARK}\b[^.?!]{{0,30}}\b(?:anyone|anybody|someone|somebody|"
    r"in (?:the|our|my) (?:class|year|cohort|module|course|group))\b"
    r"|\b(?:anyone|anybody|someone|somebody) (?:get|got|score|scored)\b[^.?!]{0,20}"
    rf"\b(?:full marks|100|{_SUPERLATIVE})\b")

# A person picked out by a result rather than named ("the guy with the highest mark", "the
# student who scored best", "the one that came top"): that person's marks or contact, whatever
# else the message asks ("... and can u give me his email" is no mark one can get).
_DESCRIBED_BEST = re.compile(
    rf"\b(?:the|that|this) {_DESCRIBED} (?:with|who(?: got| had| has| scored| came| did)?|that"
    rf"(?: got| had| has| scored| came| did)?) (?:the )?{_SUPERLATIVE}\b")
_MOST_ONE_CAN = re.compile(r"\b(?:can|could|possible|available|allowed|out of)\b")

# (an earlier year's solutions or answers asked are the answers to the work, declined as
# such: "anyone got last year's cw1 solutions")
_A_KEY = re.compile(r"\b(?:solutions?|answers?|answer keys?)\b")

# Other students' marks, names, contacts, lists or work asked in bulk ("export every
# students cw3 grade", "send me everyone's submissions", "i need the class list", "the
# emails of all students"): no one's to hand out, whoever the writer says they are (the bot
# cannot tell who writes; the staff have their own systems). A rule for every student ("does
# every student need a grade of 40 to pass") names no one's data.
_ASSESSED_ITEM = r"(?:(?:cw|task|coursework|exam|quiz|final|test|module)(?: ?\d)? )"
_DATA_NOUN = (r"(?:marks?|grades?|scores?|results?|names?|e-?mails?(?: address(?:es)?)?|"
              r"contacts?|contact details|details|data|submissions?|work|notebooks?|code|"
              r"files?|numbers?|ids?|cids?|records?|usernames?|transcripts?|feedback)")
_COHORT_DATA = re.compile(
    rf"\b(?:(?:every|each) (?:students?|person)'?s?|all (?:the |of the )?students'?s?|"
    rf"every(?:one|body)'?s?|(?:the )?(?:whole |entire )?(?:class|cohort|year group)'s|"
    rf"(?:the |other )?students'|(?:the )?other students'?s?) "
    rf"{_ASSESSED_ITEM}?{_DATA_NOUN}\b"
    r"|\b(?:class|student|cohort|enrol(?:l?ment)?|attendance) (?:lists?|rosters?|registers?|"
    r"spreadsheets?)\b|\b(?:marks?|grades?) (?:lists?|spreadsheets?|sheets?)\b"
    r"|\blists? of (?:all )?(?:the )?(?:students|(?:people|everyone|everybody) (?:on|in|"
    r"taking))\b"
    rf"|\b{_DATA_NOUN} of (?:all |every |each |the )?(?:the )?(?:students|class|cohort)\b")
_WANTS_DATA = re.compile(
    r"\b(?:send|export|give|share|show|list|download|forward|email|dm|pass|pull|dump|compile|"
    r"provide|need|want|see|access|tell|print|output|generate|collect|"
    r"(?:can|could|may) (?:i|we) (?:get|have)|get (?:me|us))\b")

# Who passed, failed or got a grade, or what the best student got ("who failed the module
# last year", "which students got a first", "what did the top student get"): another
# student's result. What one needs for a grade ("what do i need to get a first") is a rule.
_WON = (r"(?:a |an )?(?:first|2[:.]?1|2[:.]?2|third|distinction|merit|full marks|100%?|"
        r"top marks?|[a-f]\*?|the (?:highest|best|top|lowest|worst)|above \d+|over \d+|"
        r"below \d+|under \d+)")
_STUDENT_WHO = (r"(?:who|whoever|which (?:students?|people|ppl|ones?|of (?:us|them|the "
                r"students))|what students)")
_OTHERS_RESULT = re.compile(
    rf"\b{_STUDENT_WHO}(?: all)?(?: (?:has|have|had|did|actually|ever))? (?:failed|flunked|"
    r"passed)\b"
    rf"|\b{_STUDENT_WHO}(?: all)?(?: (?:has|have|had|did))? (?:got|get|scored|score|received|"
    rf"achieved|earned|ended up with) {_WON}(?!\w)"
    # who has or hasn't handed in, come or finished ("which students still havent submitted
    # cw1", "who didn't turn up to the tutorial"): other students' records
    rf"|\b{_STUDENT_WHO}(?: all)?(?: (?:still|already|actually))?(?: (?:has|have|had|did|is|"
    r"are|was|were)(?:n'?t| not)?|(?: (?:hasn'?t|haven'?t|hadn'?t|didn'?t|isn'?t|aren'?t|"
    r"wasn'?t|weren'?t|hasnt|havent|didnt|isnt|arent)))?(?: (?:yet|still|even|already|"
    r"actually|ever))? (?:submitted|handed (?:it |theirs |their \w+ )?in|handin|turned (?:it |"
    r"theirs )?in|attended|turned up|shown up|showed up|(?:come|came) to|completed|"
    r"finished|missed|skipped|been to)\b"
    rf"|\b{_STUDENT_WHO} (?:did|didn'?t|did not) (?:\w+ )?(?:submit|hand (?:it |\w+ )?in|"
    r"handin|turn (?:it |\w+ )?in|turn up|show up|attend|come to|complete|finish|miss|"
    r"skip)\b"
    r"|\b(?:the )?(?:top|best|highest[- ]scoring|strongest|weakest|worst|lowest[- ]scoring)"
    r" (?:students?|scorers?|performers?|person|people)\b[^.?!]{0,30}\b(?:get|got|score|"
    r"scored|marks?|grades?|results?|achieve|achieved|receive|received)\b")

# Who has an arrangement of their own ("which students have extra time in the exam", "has
# anyone got special arrangements for the quiz", "who else was given an extension"): other
# students' private circumstances. Whether one can get one ("can anyone get extra time", "do
# students with dyslexia get extra time") asks a rule.
_ARRANGEMENT = (r"(?:(?:special|exam|access|disability|reasonable|learning|support|extra[- ]time)"
                r" )?(?:arrangements?|adjustments?|accommodations?|extensions?|extra time|"
                r"more time|mitigating circumstances|ecs?|support plans?|deferrals?)")
_OTHERS_ARRANGEMENT = re.compile(
    r"\b(?:who(?: else)?|which (?:students?|people|ppl|ones?|of (?:us|them))|what students|"
    r"(?:any|some)(?:one|body)(?: else)?|any(?: other)? students?|other students|others)"
    r"(?: in (?:my|our|the|this) \w+)?(?: (?:already|also|actually))? (?:has|have|had|got|'s got|"
    r"has got|have got|was given|were given|has been given|have been given|received|is on|are "
    rf"on|applied for)(?: (?:an?|any|some|the))? {_ARRANGEMENT}\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def asks_cohort_data(text: str) -> bool:
    """Whether the normalised `text` asks for other students' data in bulk (marks, names,
    contacts, lists, work), who got which result, or who has an arrangement of their own."""
    return bool(_COHORT_DATA.search(text) and _WANTS_DATA.search(text)
                or _OTHERS_RESULT.search(text) or _OTHERS_ARRANGEMENT.search(text))


def _best_person(text: str) -> re.Match[str] | None:
    """Where the normalised `text` names a person by their result ("who came top", "the guy
    with the highest mark"), not the most one can get."""
    if (m := _DESCRIBED_BEST.search(text)) is not None:
        return m
    return None if _MOST_ONE_CAN.search(text) else _WHO_BEST.search(text)


def asks_of_best(text: str) -> bool:
    """Whether the normalised `text` asks the marks or details of whoever did best or worst
    in assessed work."""
    return _best_person(text) is not None and bool(
        _ASSESSED.search(text) or _THEIR_DATA.search(text)
        or re.search(r"\b(?:marks?|grades?)\b", text))


def third_party(text: str) -> bool:
    """Whether the normalised `text` is someone other than the student (a parent, an employer
    or recruiter, someone saying they are the course's staff) asking for a student's data:
    what they handed in, got, asked or said to the bot, or a list of students. Which the bot
    never shares, and it cannot check who is writing."""
    if not (speaks_for_a_student(text) or _CLAIMS_STAFF.search(text)):
        return False
    return (asks_a_students_data(text) or asks_cohort_data(text)
            or bool(_STUDENTS_NAMED.search(text) and _WANTS_DATA.search(text)))


# Students named or listed for someone ("the names of the top students", "a list of who
# passed"), asked by someone else.
_STUDENTS_NAMED = re.compile(r"\b(?:names?|lists?|details|contacts?|e-?mails?|cvs?)\b[^.?!]{0,30}"
                             r"\b(?:students|graduates|candidates|people (?:on|in|taking))\b"
                             r"|\b(?:students?|candidates?)'? (?:names?|lists?|details|contacts?|"
                             r"e-?mails?)\b")

# That person again, later in the message ("... and can u give me his email", "and what did
# she score"): the whole message asks about them.
_BACK_TO_THEM = re.compile(r"\b(?:he|she|his|her|him|hers|they|their|them|theirs)\b")


def refers_to_them(text: str) -> bool:
    """Whether the normalised `text` points back to a person with "he", "her", "their"..."""
    return _BACK_TO_THEM.search(text) is not None
