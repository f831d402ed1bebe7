"""Questions with several parts: "when is cw2 due and who marks it?".

A question is split only where a new question clearly starts (after a "?", at "and" / "also"
followed by a question word, or at a comma between two questions), a later part borrows what
it leaves unsaid (the coursework, the day) from the part before, and the replies are joined.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot.core import wording as W
from bot.core.handlers import Reply
from bot.core.lexicon import DISPLEASED
from bot.core.personal import rule_verdict, system_down_beside_hand_in
from bot.core.recent_texts import holds_message_text
from bot.core.text import NOT_AN_ABBREVIATION, normalize
from bot.core.understand import Query
from bot.knowledge.framing import checks_an_explanation, tells_an_explanation
from bot.nlu.dialogue import has_subject

_QUESTION_START = (r"(?:who|whos|whom|when|whens|what|whats|where|wheres|how|hows|why|which|is|"
                   r"are|was|were|do|does|did|can|could|will|would|should|any|whether|"
                   r"(?:the )?(?:next|last|previous))\b(?!['\u2019]t)")  # not "and can't attend"
# "&" between two questions joins them like "and" ("Q&A" has no spaces around it).
_SPLIT = re.compile(rf"\?+\s+(?=\S)|\s*(?:,\s*)?(?:\band also\b|\band\b|\balso\b|\bplus\b|\+|&|;)"
                    rf"\s+(?={_QUESTION_START})", re.IGNORECASE)
# "... who decided that. anyway is task 3 also 7pm": a word that turns to another matter
# starts a new question after one that asks; after a remark ("he burnt the toast again lol.
# anyway when is the panel") it ends the context, and the message stays whole.
_TURN = re.compile(rf"(?<=[.!,])\s*\b(?:anyway|anyways|btw|by the way)\b,?\s+(?={_QUESTION_START})",
                   re.IGNORECASE)


# "honestly is this course worth it lol. what do we even cover": a sentence that starts as a
# question, ended with a full stop, and a question after it are two questions (after a
# statement, "... which is brutal. do i have to attend live", the message stays whole).
_SENTENCE_END = re.compile(rf"(?<=[a-z][.!])\s+(?={_QUESTION_START})", re.IGNORECASE)
_STARTS_AS_QUESTION = re.compile(
    r"^(?:(?:honestly|so|ok|okay|hey|hi|but|and|like|seriously|genuinely|just|also),?\s+)"
    r"{0,2}(?:is|are|was|were|do|does|did|can|could|will|would|should|what|whats|who|when|"
    r"where|how|why)\b", re.IGNORECASE)


# "<problem in my code>. unrelated but is cw2 due ...", "... no idea why. separate question,
# when is ...", "... on another note: is the q&a ...": the writer says the question is another
# matter, so it is one after a remark or a problem too (whose words it must not borrow).
_OTHER_MATTER_SAID = (
    r"(?:(?:also|and|but|oh|ok|okay|btw),?\s+)?(?:unrelated(?:ly)?(?: (?:but|q|question|note))?|"
    r"on (?:an ?other|a different|a separate|a side) note|(?:a |one )?(?:separate|different|"
    r"other|another|side|random|unrelated|diff) (?:q|qs|question|thing|note|matter)|"
    r"side ?note|changing (?:the )?(?:topic|subject)|different topic)\b"
    r"(?: (?:but|though|tho|btw))?\s*[:,\-\u2013\u2014.!]*\s+")
_OTHER_MATTER = re.compile(rf"(?<=[.!,?:;)])\s*\b{_OTHER_MATTER_SAID}(?={_QUESTION_START})",
                           re.IGNORECASE)
_OTHER_MATTER_FIRST = re.compile(rf"^\s*{_OTHER_MATTER_SAID}(?={_QUESTION_START})",
                                 re.IGNORECASE)


# "cw2 is the 23rd. and the one after that?", "tutorial 3 done, the previous one?": a pointer to
# the item beside the one just named is a question of its own (which borrows that item).
_BESIDE_NAMED = re.compile(
    r"(?<=[.!,;?])\s+(?=(?:(?:and|but|so|ok|okay)\s+)?(?:(?:what|how) about\s+)?"
    r"(?:the|that) (?:ones? (?:after|before|following|prior)|(?:next|previous|following|prior) "
    r"one)\b)", re.IGNORECASE)


def without_other_matter(text: str) -> str:
    """The question without the words that say it is another matter ("unrelated but is cw2
    due ...": "is cw2 due ..."), which would hide how it asks."""
    return _OTHER_MATTER_FIRST.sub("", text)


def _split_at_turns(text: str) -> list[str]:
    out = [text]
    turns = [*((m, False) for m in _TURN.finditer(text)),
             *((m, True) for m in _SENTENCE_END.finditer(text)),
             *((m, None) for m in _OTHER_MATTER.finditer(text)),
             *((m, None) for m in _BESIDE_NAMED.finditer(text))]
    for m, sentence in sorted(turns, key=lambda t: t[0].start(), reverse=True):
        left = text[:m.start()]
        last = _STATEMENT_LAST.split(left.strip())[-1]
        if m.start() >= len(out[0]):
            continue  # (two turn words at one place: split once)
        if sentence is None or (_STARTS_AS_QUESTION.search(last) if sentence else asks(last)):
            head = out.pop(0)
            out[:0] = [head[:m.start()], head[m.end():]]
    return out
# Numbered questions ("2 qs: 1) how much is the exam worth 2) what is an lstm") are parts
# too, when the list has a 1) and a 2) ("the same digit (a 1) every time" is no list).
_NUMBERED = re.compile(r"(?:^|\s+)\(?([1-9])\)\s+(?=\S)")
MAX_PARTS = 3


# "when do we do GANs, is there a tut on them too": a comma starts a new question only after
# a part that is itself a question ("if I miss the Q&A, is it recorded" stays whole), and not
# after a question about the material ("what is batch norm, how does it work" asks one thing).
_COMMA = re.compile(rf",\s+(?={_QUESTION_START})", re.IGNORECASE)
# A part that asks something or gives a command ("remind me before cw2, when is it anyway").
_ASKS_FIRST = re.compile(rf"{_QUESTION_START}|remind (?:me|us)\b", re.IGNORECASE)
_ABOUT_MATERIAL = re.compile(r"(?:what(?:'s| is| are| does| do)|whats|how (?:does|do|is|are|come)|"
                             r"why|(?:can you )?explain|difference|compare|define|intuition|"
                             r"tell me about)\b", re.IGNORECASE)


# "..., which is ..." after a choice between two ("the goodfellow one or bishop"): which of
# them, the same question.
_OF_THE_CHOICE = re.compile(r"which (?:one )?(?:is|are|was|of (?:them|the two|those))\b",
                            re.IGNORECASE)
_CHOICE = re.compile(r"\b\w+(?: one)? or (?:the )?\w+(?: one)?\W*$", re.IGNORECASE)

# "which room is the q&a in, is it huxley 311?": a guess at the place just asked for, which
# is checked with that question (one part), not asked on its own of nothing.
_GUESS_OF_IT = re.compile(r"(?:or )?(?:is|isn'?t|are|aren'?t) (?:it|that|they|this)\b",
                          re.IGNORECASE)
_WHERE_ASKED = re.compile(r"\bwhere\b|\b(?:which|what) (?:room|building|place|venue)\b",
                          re.IGNORECASE)


# A clause that leads with a session or a task, said as the time of a question after it
# ("before next week's <topic> lecture, ...", "ahead of the <topic> tutorial, ...").
_SESSION_LEAD = re.compile(
    r"^(?:(?:so|ok|okay|hey|hi),?\s+)?(?:before|ahead of|prior to|in prep for|to prep for|"
    r"preparing for|for|after|during|in)\s+(?:the |this |next |tomorrow'?s |today'?s |"
    r"next week'?s |this week'?s |[\w-]+'s )*(?:[\w&-]+\s+){0,3}?"
    r"(?:lectures?|lecs?|tutorials?|tuts?|q ?& ?as?|qas?|sessions?|panels?)\s*$",
    re.IGNORECASE)


def _asks_material_only(part: str) -> bool:
    """A question about the material that names nothing of the schedule ("what's a
    discriminator", "how does attention work")."""
    return bool(_ABOUT_MATERIAL.match(part.strip())) and not _names_schedule(part)


def _split_at_commas(part: str) -> list[str]:
    pieces = _COMMA.split(part)
    out = [pieces[0]]
    for piece in pieces[1:]:
        # (the part, or its question after what is said first: "3 qs sorry: when's the tut")
        # ("is it the goodfellow one or bishop, which is on the page": which of the two, no
        # question of its own)
        if (_OF_THE_CHOICE.match(piece) and _CHOICE.search(out[-1])
                or _GUESS_OF_IT.match(piece) and _WHERE_ASKED.search(out[-1])):
            out[-1] = f"{out[-1]}, {piece}"
        elif any(_ASKS_FIRST.match(left) and not _ABOUT_MATERIAL.match(left)
                 for left in (out[-1].strip(), _question_clause(out[-1]))):
            out.append(piece)
        elif _SESSION_LEAD.match(out[-1].strip()) and _asks_material_only(piece):
            # "before next week's <topic> lecture, what's <a term>": the session named
            # first is asked of too (when it is), beside the question about the material
            out.append(piece)
        else:
            out[-1] = f"{out[-1]}, {piece}"
    return out


# Words that make a part about the schedule rather than the material.
_SCHEDULE_WORDS = re.compile(
    r"\b(?:when|whens|where|who|whos|due|deadlines?|lectures?|lecs?|tutorials?|tuts?|q ?& ?as?|"
    r"qas?|week|weeks|cw\d*|coursework|tasks?|exams?|examinable|quiz(?:zes)?|submit|today|"
    r"tomorrow|tonight|tmrw|notes|slides|reading|time|date|"
    # how the course is run, not the material ("whats the forum called. and are there
    # office hours")
    r"office hours?|forums?|links?|urls?|websites?|e-?mails?|text ?books?|books?)\b",
    re.IGNORECASE)


_ADDRESS = re.compile(r"^(?:@\w+|(?:hey|hi|hello|yo)(?: bot)?)[\s,:!]+", re.IGNORECASE)


# Where the question of a part begins after what the student says first ("for task 2 im
# confused - whats the ELBO"): after the last clause mark.
_CLAUSE_MARK = re.compile(rf"(?:[.:!]{NOT_AN_ABBREVIATION}|\s[-\u2013\u2014]+|,)\s+")


def _question_clause(part: str) -> str:
    return _CLAUSE_MARK.split(_ADDRESS.sub("", part.strip()))[-1]


def _one_question_about_material(parts: list[str]) -> list[str]:
    """"what is mode collapse and how do people deal with it": one question about the
    material, best searched whole, also when something is said before it ("rewatched lec 16
    - what is the ELBO and why maximise it"); a part about the schedule still stands alone."""
    out = [parts[0]] if parts else []
    for part in parts[1:]:
        left = _ADDRESS.sub("", out[-1].strip())
        # After something said first, only a second question about the material joins
        # ("... 16.5? i get 16.5 lol" is an aside, not the question's second half).
        if not _ABOUT_MATERIAL.match(left) and _ABOUT_MATERIAL.match(part):
            left = _question_clause(left)
        if ((_ABOUT_MATERIAL.match(left) and not _names_schedule(left)
                and not _SCHEDULE_WORDS.search(part)) or _continues(left, part)
                or _checks_the_same_explanation(left, part)):
            out[-1] = f"{out[-1]}; {part}"
        else:
            out.append(part)
    return out


# Questions about the material asked inside a clause ("In multi-head attention how are the
# heads formed", "If a conv layer is followed by batchnorm, is the conv bias redundant").
_ASKS_MATERIAL = re.compile(_ABOUT_MATERIAL.pattern + r"|\b(?:how (?:are|can|should)|is the|"
                            r"are the|does the|do the)\b", re.IGNORECASE)
# "when" as a conjunction ("how does clipping help when training RNNs") asks no time.
_WHEN_DOING = re.compile(r"\bwhen \w+ing\b", re.IGNORECASE)


def _names_schedule(text: str) -> bool:
    return bool(_SCHEDULE_WORDS.search(_WHEN_DOING.sub("", text)))


def _checks_the_same_explanation(left: str, part: str) -> bool:
    """"X explained with the <story> analogy - does it hold up? where does it break": a check
    of an explanation after a part that tells or checks one asks of that explanation (alone,
    "where does it break" would ask where a thing is)."""
    return checks_an_explanation(part) and tells_an_explanation(left)


def _continues(left: str, part: str) -> bool:
    """A part after a question about the material that goes on asking about it ("why divide
    by sqrt(d_k) in the dot product? what goes wrong if we skip it", "... is the conv bias
    redundant? can I set bias=False", "the mapping we learn is still correct isnt it"): the
    left part's question (its last clause, after what is said first: "after the covariate
    shift tutorial: why is it a problem ...") asks about the material and neither names the
    schedule. Not a question about the schedule, however it is said ("... and is it on the
    exam"), nor a personal matter ("... can I get an extension"), which the rules read alone."""
    clause = _question_clause(left)
    asks = _ASKS_MATERIAL.search(clause)
    return bool(asks) and not _names_schedule(clause[asks.start():]) \
        and not _SCHEDULE_WORDS.search(part) and rule_verdict(part) is None


def _join_fragments(parts: list[str]) -> list[str]:
    """A one-word fragment is not a question of its own: "gpu?? what do they recommend"
    asks what they recommend for GPUs, so the fragment joins the part after it."""
    out: list[str] = []
    pending = ""
    for part in parts:
        if len(re.findall(r"\w+", part)) < 2:
            pending = f"{pending} {part}".strip()
            continue
        out.append(f"{pending} {part}".strip() if pending else part)
        pending = ""
    if pending and out:
        out[-1] = f"{out[-1]} {pending}"
    return out


def _numbered(text: str) -> list[str]:
    """The items of a numbered list of questions (what announces it, "hey 2 qs:", is no
    item), or the text alone."""
    marks = list(_NUMBERED.finditer(text))
    numbers = [m.group(1) for m in marks]
    if "1" not in numbers or "2" not in numbers[numbers.index("1"):]:
        return [text]
    first = numbers.index("1")
    items = [text[:marks[first].start()]] if asks(text[:marks[first].start()]) else []
    ends = [m.start() for m in marks[first + 1:]] + [len(text)]
    items += [text[m.end():end] for m, end in zip(marks[first:], ends, strict=True)]
    return items


# A list written one item a line: a bullet ("-", "*", "•") or a number ("1.", "2)") opens
# the line. Its lines are parts when two or more of them are items, or when two or more of
# the lines ask (one question a line after "hi"); a line that asks nothing (a greeting, a
# lead-in, "thanks!!") is no part of its own: before the first question it is dropped as a
# lead-in (unless the first item reads it: "copied from the email: ..." stays context of the
# question after it), after the last one it is a sign-off.
_ITEM_MARK = re.compile(r"^\s*(?:[-*•·]+|\(?[1-9][.)])\s+(?=\S)")


def _lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if re.search(r"\w", line)]
    if len(lines) < 2:
        return [text]
    # ("hey! 1) is there a tutorial": the greeting before the first item goes)
    bodies = [_ADDRESS.sub("", line) for line in lines]
    items = [bool(_ITEM_MARK.match(body)) for body in bodies]
    asking = [asks(_ITEM_MARK.sub("", body)) for body in bodies]
    if sum(items) < 2 and sum(asking) < 2:
        return [text]
    out: list[str] = []
    context = ""
    for line, body, item, asked in zip(lines, bodies, items, asking, strict=True):
        body = _ITEM_MARK.sub("", body)
        if asked or (item and sum(items) >= 2):
            out.append(f"{context} {body}".strip() if context else body)
            context = ""
        elif _greets(line):
            continue
        elif out:
            out[-1] = f"{out[-1]}. {body}"  # a remark after a question goes with it
        else:
            context = f"{context} {body}".strip()
    return out or [text]


_GREETING_LINE = re.compile(r"^(?:hi|hey|hello|yo|heya|hiya|morning|afternoon|evening|"
                            r"dear \w+|thanks?|thank you|thx|ty|cheers|many thanks|"
                            r"quick (?:ones?|qs?|questions?)|\d+ (?:qs|questions)|"
                            r"(?:a )?(?:few|couple(?: of)?|some) (?:quick )?(?:qs|questions)|"
                            r"sorry|pls|please)\b", re.IGNORECASE)


def _greets(line: str) -> bool:
    """A line that greets, thanks or announces the questions ("quick ones", "3 qs")."""
    return bool(_GREETING_LINE.match(normalize(line))) and len(re.findall(r"\w+", line)) <= 6


# "between X" whose "and Y" was split off: one span asked, between the two.
_BETWEEN_OPEN = re.compile(r"\bbetween\b(?!.*\band\b)", re.IGNORECASE)


def _join_between(parts: list[str]) -> list[str]:
    """"how long between tomorrow's tutorial and when cw2 is due" is one question: a part
    left with "between" and no "and" is joined to the part after it."""
    out: list[str] = []
    for part in parts:
        if out and _BETWEEN_OPEN.search(out[-1]):
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    return out


# A time said relative to when a text was written ("the Q&A this week is led by ..."), and a
# time named outright ("for week 5", "on 9 feb", "on tuesday").
_RELATIVE_TIME = re.compile(r"\b(?:(?:this|next|last) week|today|tomorrow|tonight|"
                            r"this (?:mon|tues|wednes|thurs|fri)day)\b", re.IGNORECASE)
_NAMED_TIME = re.compile(r"\b(?:week|wk) ?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar)"
                         r"|\b(?:jan|feb|mar)\w* \d{1,2}\b", re.IGNORECASE)


# A line quoted as a chat reply quotes it (Teams, e-mail): "> ..." at the line's start.
_REPLY_QUOTE = re.compile(r"^\s*>")


# The label a quoted chat line opens with ("> Reminder: cw2 due fri", "> FYI - ..."): what
# the quoted text was, not a command of the writer's nor a word of what it says.
_QUOTED_LABEL = re.compile(r"^(\s*>+\s*)[*_]*(?:friendly |quick |gentle )?(?:reminders?|fyi|"
                           r"announcement|update|notice|heads[- ]up|psa)[*_]*\s*[:!\-\u2013]+\s*",
                           re.IGNORECASE)


def without_quote_labels(text: str) -> str:
    """The text with the label of each line quoted as a chat reply dropped ("> Reminder: cw2
    due fri" / "is this true?"): the quoted text is asked about, not a reminder asked for."""
    return "\n".join(_QUOTED_LABEL.sub(r"\1", line) for line in text.splitlines())


def _reanchored(text: str) -> str:
    """A text quoted or forwarded on its own lines ("Dear all, the Q&A this week is led by
    Dr X" / "^ this was in my inbox, for week 5 is it X?"): its "this week" was said when it
    was written, so when the question after it names the time outright, that time is the
    one asked about and the quoted one goes."""
    lines = text.splitlines()
    last = next((i for i in range(len(lines) - 1, 0, -1) if asks(lines[i])), None)
    if last is None:
        return text
    if not _NAMED_TIME.search(lines[last]):
        # a line quoted as a chat reply quotes it ("> Q&A tomorrow at 10" / "is that still
        # on?"): its "tomorrow" was said when it was sent, unknown here, so the quoted
        # event is the subject, not the day it was sent nor today
        return "\n".join([_RELATIVE_TIME.sub(" ", line) if _REPLY_QUOTE.match(line) else line
                          for line in lines[:last]] + lines[last:])
    quoted = [_RELATIVE_TIME.sub(" ", line) if not asks(line) else line for line in lines[:last]]
    return "\n".join([*quoted, *lines[last:]])


# A part that only doubts ("are you sure?", "really??"): what it doubts is the claim after it
# ("are you sure? my friend said cw1 is due at 5"), which is then the guess to check.
# "list the tutorials and who runs each", "the q&as, and who takes each one": who runs each
# of the sessions the part before lists is one question of those sessions' staff, each
# beside its date (split, the second part would ask of nobody in particular).
_WHOSE_EACH = re.compile(r"^(?:and |with |plus )?(?:also )?(?:who|whom)(?:'s| is| are)?"
                         r"(?: \w+){0,2}? (?:runs?|running|takes?|taking|teach\w*|leads?|"
                         r"leading|gives?|giving|hosts?|hosting|does|doing|on|in charge of)"
                         r"(?: of)? (?:each(?: one| of them)?|them(?: each| all)?|those|these|"
                         r"every one|which(?: one)?)\b", re.IGNORECASE)


def _whose_each_joined(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and _WHOSE_EACH.search(part):
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    return out


_DOUBT = re.compile(r"^(?:(?:wait|hmm+|but|umm*|huh|what)\W+)*(?:are you sure|r u sure|you sure|"
                    r"u sure|really|seriously|is that right|is that true|are you certain)"
                    r"\W*$", re.IGNORECASE)


def _doubt_joined(parts: list[str]) -> list[str]:
    """A doubt before a claim is asked of that claim: one part, the claim with the doubt."""
    out: list[str] = []
    for part in parts:
        if out and _DOUBT.match(normalize(out[-1])):
            out[-1] = f"{part}, {out[-1]}"
        else:
            out.append(part)
    return out


# A line pasted from a program, a log or a terminal ("Traceback (most recent call last):",
# "  File \"train.py\", line 12", "RuntimeError: ...", "[W 10:02:11] Kernel restarted",
# "Epoch 3/10 loss=nan", "x = self.fc(x)"), not a sentence of the writer's.
_PASTED_LINE = re.compile(
    r"^\s*(?:traceback\b|file \"|```|>>>|\$ |[a-z_][\w.]*(?:error|exception|warning)\b"
    r"|(?:error|warn(?:ing)?|info|debug|fatal|critical)\b\s*[:\]]"
    r"|\[[a-z]? ?\d[\d:. -]*\]|\d{1,2}:\d\d:\d\d\b|epoch \d+|step \d+|iter\w* \d+"
    r"|(?:def|class|import|from|return|for|if|elif|else|while|with|try|except|raise|print)\b.*"
    r"(?:[:()=]|import)"
    r")"
    r"|^\s{2,}\S"  # indented: a program's body or a traceback's frames
    r"|^[^\s]*[\w\]\)]\s*=\s*\S|\w+=[\w.\-\[(]|[\w\])]\.\w+\(|^\s*[\])}]|[;{}]\s*$",
    re.IGNORECASE)


def split_paste(text: str) -> tuple[str, str] | None:
    """A message of pasted lines (code, a log, an error) followed by the writer's own words:
    (the paste, the words after it); None when the message has no pasted line or nothing
    after the last one."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    pasted = [i for i, line in enumerate(lines) if _PASTED_LINE.search(line)]
    if not pasted or pasted[-1] == len(lines) - 1:
        return None
    last = pasted[-1]
    return "\n".join(lines[:last + 1]), " ".join(line.strip() for line in lines[last + 1:])


# A list the writer asks to have checked ("is my calendar right: - cw1 fri 5 feb 7pm -
# tutorial 2/2 at 11", "can you check these:\n* ..."): the request, then its items.
_CHECK_LEAD = re.compile(r"^(?P<lead>[^\n:]*?\b(?:right|correct|accurate|ok|okay|check|"
                         r"verify|confirm|wrong|mistakes?|errors?)\b[^\n:]*?)\s*[:?]?\s*"
                         r"(?=(?:\n|\s)\s*(?:[-*•·]+|\(?[1-9][.)])\s)", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"(?:^|\n|\s)\s*(?:[-*•·]+|\(?[1-9][.)])\s+|\n+|;\s*")
# More items of a list to check are answered than questions of a message (MAX_PARTS).
MAX_CHECKED = 6


def _checked_list(text: str) -> list[str] | None:
    """Each item of a list the writer asks to have checked, as a yes/no question of its own
    ("is cw1 fri 5 feb 7pm?"): every item is checked against the page on its own (the
    premises each states), right or wrong. None for a message that is no such list."""
    m = _CHECK_LEAD.match(text.strip())
    if m is None:
        return None
    items = [i.strip(" ,.?") for i in _ITEM_SPLIT.split(text.strip()[m.end():])
             if re.search(r"\w", i)]
    if len(items) < 2:
        return None
    return [i if asks(i) else f"is {i}?" for i in items][:MAX_CHECKED]


# One's own mark stated or pasted ("you scored 41/100", "your CW1 mark is 12/30", "got 38%"):
# a score out of a total, beside a word of marking.
_SCORE = r"\d{1,3}(?:\.\d+)? ?(?:/ ?\d{1,3}|%|percent\b|out of \d{1,3})"
_MARK_STATED = re.compile(
    rf"\b(?:scored?|got|received|given|awarded|achieved|marks?|marked|grades?|graded|"
    rf"result)\b[^?!\n]{{0,40}}?(?<![\w.]){_SCORE}"
    rf"|(?<![\w.]){_SCORE}[^.?!\n]{{0,25}}\b(?:marks?|grades?|score)\b", re.IGNORECASE)
# The mark looked at again: a remark, a regrade, an appeal.
_REVIEW_ASKED = re.compile(r"\b(?:appeal\w*|re-?mark\w*|re-?grad\w*|re-?check\w*|review\w*|"
                           r"dispute\w*|contest\w*|challeng\w*)\b", re.IGNORECASE)


def _mark_appealed(text: str, parts: list[str]) -> bool:
    """A mark of one's own stated (or an email about it pasted) and its review asked for, in
    any parts: one personal matter, for a person, not a problem in one's work beside it."""
    return len(parts) > 1 and bool(_MARK_STATED.search(text)) and any(
        _REVIEW_ASKED.search(p) and rule_verdict(p) == "provision" for p in parts)


def split_question(text: str) -> list[str]:
    if (checked := _checked_list(text)) is not None:
        return checked
    if system_down_beside_hand_in(text):
        # "<system> is down?? task 1 is due tonight what do i do": the failure and the
        # deadline it threatens are one matter (its parts alone are a remark and a date)
        return [text]
    text = _reanchored(text)
    parts = [p.strip(" ,;?") for line in _lines(text) for item in _numbered(line)
             for turn in _split_at_turns(item)
             for part in _SPLIT.split(turn) for p in _split_at_commas(part)]
    parts = _join_fragments([p for p in parts if re.search(r"\w", p)])
    parts = _join_between(parts)
    parts = _doubt_joined(parts)
    parts = _whose_each_joined(parts)
    parts = _one_question_about_material(parts)
    parts = [piece for part in parts for piece in _id_then_remark(part)]
    if len(parts) > 1:
        parts = [_help_wrapper_dropped(p) for p in parts]
    if not parts or _mark_appealed(text, parts):
        return [text]
    return parts[:MAX_PARTS]


# Help asked for as the frame of a question in one part of several ("... and can you help
# me with what I should read for it", "I was wondering if you could help me figure out which
# lectures ..."): the question inside is what is asked, not the bot's help.
_HELP_WRAPPER = re.compile(
    r"^(?:(?:and|also|so|but|plus|then|second(?:ly)?|next)\W+)*(?:(?:i (?:was|am|'m) "
    r"wondering|i wonder(?:ed)?) (?:if|whether) )?(?:(?:you|u) (?:can|could|would|will|might) |"
    r"(?:can|could|would|will|pls|please)? ?(?:you|u)? ?)(?:please |pls |maybe |also )?"
    r"help (?:me )?(?:out )?(?:with |to )?"
    r"(?:figur(?:e|ing) out |work(?:ing)? out |understand(?:ing)? |find(?:ing)? out |"
    r"know(?:ing)? |see(?:ing)? |decid(?:e|ing) |check(?:ing)? )?"
    r"(?=(?:what|which|who|whom|when|where|how|whether|if)\b)", re.IGNORECASE)


def _help_wrapper_dropped(part: str) -> str:
    """The part without help asked as its frame, when a question follows it in the part."""
    m = _HELP_WRAPPER.match(part)
    return part[m.end():] if m and m.end() > 0 and "help" in m.group(0).lower() else part


# "L20 lol totally forgot about that one", "lec 11!! had no idea it existed", "cw2 haha":
# an item's id said first, then a remark that asks nothing, set off by "!"s or an
# interjection: the id alone asks for the item's entry, and the remark is an aside. Without
# the mark ("L20 was so confusing", "t3 covers what") the words after the id say or ask
# something of it, and the part stays whole.
_ITEM_ID = r"(?:cw|coursework|task|tutorial|tut|lecture|lect|lec|t|l) ?\d{1,2}[a-z]?"
_INTERJECTION = (r"(?:lo+l+|lmf?ao+|haha(?:ha)*|hah|ugh+|urgh+|omg|oh+|wow|whoa|oops|damn|"
                 r"dang|hmm+|welp|rip|bruh|yikes|ffs|xd|tbh|jeez|smh)")
_ID_THEN_REMARK = re.compile(
    rf"^\W*(?P<ids>{_ITEM_ID}(?:\s*(?:,|&|\+|\band\b)\s*{_ITEM_ID})*)"
    rf"(?:\s*[!.~]+\s*|\s+(?={_INTERJECTION}\b))(?P<remark>\w.*)$", re.IGNORECASE | re.DOTALL)


def _id_then_remark(part: str) -> list[str]:
    m = _ID_THEN_REMARK.match(part)
    if m is None or asks(m.group("remark")):
        return [part]
    return [m.group("ids"), m.group("remark")]


def inherit(later: Query, earlier: Query) -> None:
    """Fill what the later part leaves out ("who marks it") from the earlier part, if that
    part asked something ("was off sick, what did i miss" borrows nothing from "off sick")."""
    if _POINTS_BACK.search(later.text) and not _names_a_subject(later):
        # "exam date?? and is it online": "it" is the exam, which is no event or id (said
        # without a question word, the "??" cut off by the split, it is still what is asked)
        for concept in _SUBJECT_CONCEPTS & earlier.cues.keys() - later.cues.keys():
            later.cues[concept] = set(earlier.cues[concept])
    if not asks(earlier.raw):
        return
    if (earlier.asks_count and later.direction is None and not later.asks_count
            and _THEY.search(later.text)
            and not (later.coursework or later.lectures or later.tutorials or later.notes)):
        # "how many cws are there and when are they due": "they" are every one counted
        later.direction = "all"
    if later.kinds and later.direction in _OWN_ORDER and not _POINTS_BACK.search(later.text):
        # "is week 9 empty? and when's the last tutorial": a part that names the kind of
        # thing and which one it wants (the next, the last) is a question of its own.
        return
    if (later.kinds and later.time.window is not None
            and not _POINTS_BACK.search(later.time.remainder)):
        # "where do we ask questions? also is there a quiz this week": a part that names the
        # kind of thing and its own time ("this" of "this week" points at no earlier part)
        # is a question of its own too; the earlier part's words are no subject of it.
        return
    if not (later.coursework or later.lectures or later.tutorials or later.staff or later.notes
            or later.subject_words):
        # "who marks it" borrows the task; "when is the panel" names what it asks about.
        if not later.kinds or "deadline" in later.kinds:
            later.coursework = list(earlier.coursework)
        later.lectures = list(earlier.lectures) if not later.kinds else []
        later.tutorials = list(earlier.tutorials) if not later.kinds else []
        later.topic = earlier.topic  # "... batch norm, and when is its tutorial?"
        later.subject_words = list(earlier.subject_words)
        later.focus_words = list(earlier.subject_words)  # "its": the topic is what is asked
        later.search_text = f"{earlier.text} {later.text}"
        if not later.kinds:
            later.kinds = set(earlier.kinds)

    # "is week 9 empty? and when's the last tutorial": a part that says which one it wants
    # (the next, the last, the first) asks about the whole course, not the earlier part's day.
    if (later.time.window is None and earlier.time.window is not None
            and later.direction not in _OWN_ORDER):
        later.time = replace(earlier.time, remainder=later.time.remainder)


# A statement that the writer is taken at some time: a stay away, an appointment, a job, an
# observance, another module's teaching ("going home from the 12th to the 21st", "exam for
# another module on 2 mar", "my stats lectures are thursdays 2-4").
_STATES_TAKEN = re.compile(
    r"\b(?:(?<!passed )(?<!pass )away|home|fly|flying|flight|travel\w*|trip|holiday|visit\w*|"
    r"stay\w*|hospital|"
    r"appointment|exam|wedding|conference|funeral|shifts?|job|work\w*|busy|off|leave|"
    r"observe|sabbath|shabbat|keep|seminar|lab|class|interview|abroad|gone|commitments?)\b")
# Another module's teaching, said with its hours ("my stats lessons are thursdays 2-4"): a
# time taken only with a time of day ("swapped from another module this week" is none).
_TEACHING_TAKEN = re.compile(r"\b(?:seminars|labs|classes|modules?|lessons?|practicals?)\b")
# Attending asked ("my lab ends 11:15 on tuesdays. can i still make the q&a?": its "still" is
# no question of what is left)
_ATTEND = frozenset({"make", "attend", "catch"})
# What a part asks of a time said before it: "what will i miss", "anything due then",
# "is anything on while i'm away", "is that a problem".
_OF_THAT_TIME = frozenset({"then", "while", "during", "meantime", "miss", "missing", "clash",
                           "clashes", "conflict", "overlap", "problem", "issue", "affect",
                           "fall", "land", "away", "gone", "what", "whats", "anything", "any",
                           "which", "something"}) | _ATTEND
_ITS_OWN_ORDER = frozenset({"next", "last", "first", "previous"})
# A clash asked in so many words, of a stretch the part names ("which would i miss next
# week", "does anything clash in march"), and the stretches a weekly time recurs within.
_CLASH_ASKED = frozenset({"miss", "missing", "clash", "clashes", "clashing", "conflict",
                          "conflicts", "overlap", "overlaps", "collide", "collides"})
_STRETCHES = frozenset({"week", "month", "range"})


def asks_of_stated_time(part: Query, whole: Query) -> bool:
    """A part with no time of its own that asks what falls in a time the message states
    elsewhere, as the writer's ("away 20 feb - 2 mar. what's due or on?", "i keep shabbat,
    friday sunset to saturday. any deadlines then?"): it is asked of that time. Not a part
    that names its own order or thing ("... when is the next q&a?")."""
    said = whole.time
    if said.window is None and said.weekday is None and said.busy is None:
        return False
    taken = _STATES_TAKEN.search(whole.text) or (
        said.busy is not None and _TEACHING_TAKEN.search(whole.text))
    if part.time.window is not None and (said.busy is None or not said.busy.weekly):
        # (a part with its own stretch is asked of a weekly time only: a day's time said
        # elsewhere is no time within "next week")
        return False
    return may_ask_of_stated_time(part) and bool(taken)


def may_ask_of_stated_time(part: Query) -> bool:
    """What `asks_of_stated_time` asks of the part alone: whether the whole message need be
    read at all (a second parse of it, for nearly every message, when it is not)."""
    t = part.time
    if (t.window is not None and t.weekday is None and t.busy is None
            and t.window.granularity in _STRETCHES and set(part.words) & _CLASH_ASKED):
        # "(my other module is on thursdays at 11,) which sessions would i miss next week":
        # the part's own stretch bounds the weekly time said elsewhere; it asks the clash
        return True
    if t.window is not None or t.weekday is not None or t.busy is not None:
        return False
    if (part.direction in _ITS_OWN_ORDER or part.coursework or part.lectures or part.tutorials
            or part.staff or part.asks_remaining and not set(part.words) & _ATTEND):
        # ("what's still left": from now on)
        return False
    return bool(set(part.words) & _OF_THAT_TIME)


def asks_all_of(later: Query, earlier: Query) -> bool:
    """"when is anything due? just list it all": a part that names nothing and asks for every
    one of what the part before asks about (which then wants all of them, not the next)."""
    return (later.direction == "all" and earlier.direction is None
            and not _names_a_subject(later) and not later.time.window
            and bool(_POINTS_BACK.search(later.text)))


# Things asked about that are named by a word, not an id, and that "it" can point back to.
_SUBJECT_CONCEPTS = frozenset({"exam"})
def _names_a_subject(q: Query) -> bool:
    return has_subject(q) or bool(q.kinds)


_OWN_ORDER = frozenset({"next", "last", "first", "previous", "upcoming"})
# The plural that points back to what a part before counted ("... when are they due").
_THEY = re.compile(r"\b(?:they|them|those|these|each|every one)\b")
_POINTS_BACK = re.compile(r"\b(?:it|its|that|this|them|those|these|same|then)\b")


_ASIDES = {"unknown", "greeting", "off_topic"}
# The last clause of a text (what a turn to another matter follows).
_STATEMENT_LAST = re.compile(rf"(?<=[.!?,;]){NOT_AN_ABBREVIATION}\s+")
# Does a text ask something? One test for the whole pipeline (where a question starts after
# context, whether a part borrows from the one before, whether an unanswered part is an
# aside): a question mark or word, a request to explain, or a clause that starts like a
# question ("is it recorded"; not "the panel is on tuesday", whose verb is a statement's).
# (A clause that starts with a verb asks when a subject follows it: "was the lecture
# recorded", "is batchnorm examinable", not "was off sick", "am so lost", "is what it is";
# a joining word may come first, "n is the rnn tutorial this week", "and is it recorded".)
_NO_SUBJECT = (r"(?:off|out|away|sick|ill|late|early|busy|free|behind|back|in|on|at|not|so|"
               r"very|really|too|still|just|gonna|going|such|what|like|fine|ok|okay|done|"
               r"lost|confused|stuck|literally|basically|totally|also)\b")
_ASKS = re.compile(r"\?|\b(?:who|whos|whom|when|whens|what|whats|where|wheres|how|hows|why|"
                   r"which)\b|(?:^|[,;:.!]\s*)(?:(?:and|n|&|also|plus|but|so)\s+)?"
                   r"(?:(?:is|are|was|were|do|does|did|can|could|will|would|should|has|"
                   rf"have)\s+(?!{_NO_SUBJECT})\w|any\b|(?:pl(?:ea)?se? |pls |"
                   r"can you |could you )?(?:explain|describe|eli5)\b)"
                   # a request written as a statement, as a letter asks: "please let me
                   # know ...", "I would be grateful if you could let me know whether ..."
                   r"|\blet (?:me|us) know\b|\bwonder(?:ing)? (?:if|whether)\b"
                   # a guess with a tag, its "?" cut off by the split: "lectures 20 and 21 yeah"
                   r"|\b(?:right|yeah|yh|correct|innit|(?:is|are|do|does)n't (?:it|they))\W*$"
                   r"|\b(?:tell (?:me|us)|grateful|appreciate)\b[^.?!]{0,40}?\b(?:whether|if)\b")


# (asked of each part by several steps of the split and the reply: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def asks(text: str) -> bool:
    # (an item of a list asks as its words do: "1) is there a tutorial in week 8")
    return bool(_ASKS.search(normalize(_LIST_MARKS.sub("", text))))


_LIST_MARKS = re.compile(r"(?m)^\s*(?:[-*\u2022\u00b7]+|\(?[1-9][.)])\s+(?=\S)")


# Parts that say something a student needs to hear even when they ask nothing ("... i was
# ill, i need an extension").
_NEVER_ASIDE = {"personal", "refused", "policy", "feedback", "missing", "own_work",
                "not_on_page", "other_course", "complaint", "clarify"}


def is_aside(query: Query, reply: Reply) -> bool:
    """A part that asks nothing ("i keep forgetting lol", "my professor mentioned it and i
    zoned out") when it was not answered. A remark read as a complaint that asks nothing and
    finds no fault with the course ("I'm confused w the hour" after "Q&A starts in 20 min
    right?") is the question's context, not a complaint to pass on; "sloppy" or "useless"
    is still heard."""
    if reply.answered or reply.quotes:  # a passage of the notes shown, even hedged
        return False
    asking = asks(query.raw)
    if reply.intent == "complaint":
        return not asking and not DISPLEASED & set(query.words)
    return reply.intent in _ASIDES or (reply.intent not in _NEVER_ASIDE and not asking)


def _says_nothing_new(text: str, before: str) -> bool:
    """Every line of `text` is already in `before`, but for a lead-in ("Next up: ...")."""
    def said(line: str) -> bool:
        line = line.strip().lstrip("• ")
        return not line or line in before or (": " in line and line.split(": ", 1)[1] in before)
    return all(said(line) for line in text.splitlines())


def combine(replies: list[Reply], asides: list[bool] | None = None) -> Reply:
    # "when is cw2 due? i keep forgetting lol": the aside is not a question to fail on.
    asides = asides or [r.intent in _ASIDES for r in replies]
    useful = [r for r, aside in zip(replies, asides, strict=True) if not aside]
    replies = useful or replies[:1]
    # "whats after the vae/gan tut?? like which tut comes next": a part that asks again, and
    # is answered with the very sessions an answer before it already gives, adds nothing.
    replies = [r for i, r in enumerate(replies) if not (
        i and r.intent == "schedule" and r.answered and r.events
        and _says_nothing_new(r.text, "\n".join(p.text for p in replies[:i])))]
    if len(replies) == 1:
        return replies[0]
    first = replies[0]
    events, seen = [], set()
    for r in replies:
        for e in r.events:
            if e.id not in seen:
                seen.add(e.id)
                events.append(e)
    texts = list(dict.fromkeys(r.text for r in replies))
    # "is there a tutorial tomorrow and what's it on": one answer ("Yes: ...") holds the other
    texts = [t for t in texts if not any(t != other and t in other for other in texts)]
    # ("r the gan lectures in the exam?? theres no ! on them": the yes of one part stands
    # before the other's fuller answer that holds the rest of it)
    yes = W.CONFIRM_YES + " "
    for t in [t for t in texts if t.startswith(yes)]:
        if (holder := next((o for o in texts if o != t and t.removeprefix(yes) in o
                            and not o.startswith(yes)), None)) is not None:
            texts = [yes + o if o == holder else o for o in texts if o != t]
    # A message with a personal matter in any part is private as a whole ("is it possible to
    # move my exam? I have a hospital appointment"): triage and the FAQ go by this intent.
    intent = "personal" if any(r.intent == "personal" for r in replies) else first.intent
    return Reply(intent, all(r.answered for r in replies),
                 min(r.confidence for r in replies), "\n\n".join(texts), events,
                 [s for r in replies for s in r.sources],
                 suggestions=[s for r in replies for s in r.suggestions],
                 quotes=[x for r in replies for x in r.quotes])


# A correction in the same message ("when's cw2 due? wait no, i meant cw3", "who runs t03,
# sorry i mean t04"): the id said after "i mean(t)" replaces the last id of the same kind
# said before it, and the correcting clause goes. Kinds by the words a student writes.
_ID_KINDS = {"cw": "task", "coursework": "task", "task": "task", "t": "tutorial",
             "tut": "tutorial", "tutorial": "tutorial", "lec": "lecture", "lecture": "lecture",
             "l": "lecture", "week": "week", "wk": "week"}
_ID = r"(?:cw|coursework|task|tutorial|tut|lecture|lec|week|wk|t|l) ?\d{1,2}[a-z]?"
_CORRECTION = re.compile(
    rf"[\s,;:-]*\b(?:(?:wait|oops|sorry|no|nope|actually|correction|my bad)\b[\s,.!-]*)*"
    rf"(?:i )?mean(?:t)?\s+(?P<new>{_ID})\b[\s.!]*", re.IGNORECASE)
_ID_SAID = re.compile(rf"\b{_ID}\b", re.IGNORECASE)


def _id_kind(said: str) -> str | None:
    return _ID_KINDS.get(re.match(r"[a-z]+", said.lower()).group())  # type: ignore[union-attr]


def corrected(text: str) -> str:
    """The message with a correction of an id applied (unchanged when there is none, or
    when nothing of that kind was said before it)."""
    m = _CORRECTION.search(text)
    if m is None:
        return text
    kind = _id_kind(m.group("new"))
    before = [s for s in _ID_SAID.finditer(text, 0, m.start()) if _id_kind(s.group()) == kind]
    if not before:
        return text
    old = before[-1]
    end = m.end()
    return (text[:old.start()] + m.group("new") + text[old.end():m.start()]
            + (" " if end < len(text) else "") + text[end:]).strip()


# A message that opens by correcting what was asked before ("no i meant cw1", "i meant the
# q&a not the tutorial", "nope, the week 6 one"): what it names after the correction is what
# is asked about, and what it sets that against ("not the tutorial") is not.
_MEANT_LEAD = re.compile(
    r"^\W*(?:(?:no+|nope|nah|sorry|oops|wait|actually|sry|my bad|not that(?: one)?)\b[\s,.!:-]*)*"
    r"(?:(?:i )?(?:mean|meant|was asking about|was talking about|am asking about)\b[\s,:-]*)"
    # "no, the tutorial" corrects; "no tutorial in week 9?" asks whether there is none: a
    # bare "no" leads a correction only with a mark after it ("nope"/"nah" need none).
    r"|^\W*(?:no+\s*[,.!:-]|nope\b|nah\b)[\s,.!:-]*(?=(?:the|cw|task|coursework|lecture|lec|tut|tutorial|"
    r"week|wk|q ?& ?a|qa|quiz|panel|exam)\b)", re.IGNORECASE)
_NOT_THAT = re.compile(r"[\s,;]+(?:not|rather than|instead of)\s+(?:the\s+|that\s+)?"
                       r"[\w&' -]{1,30}?(?:\s+one)?\W*$", re.IGNORECASE)


def meant_alone(text: str) -> str:
    """A correction said with nothing before it in the message, read as the question about
    what it names: a question when it asks one ("no i meant when is cw1 due"), otherwise
    "what about <it>" (the form of a follow-up)."""
    m = _MEANT_LEAD.match(text)
    if m is None or m.end() >= len(text.rstrip()):
        return text
    rest = _NOT_THAT.sub("", text[m.end():]).strip()
    if len(re.findall(r"\w+", rest)) < 1:
        return text
    return rest if asks(rest.rstrip("?")) else f"what about {rest}"


# A letter's closing at the end of a message ("Kind regards, Ana", "Many thanks in advance,
# Dr. P. Osei", "Yours faithfully\nM. Osei", "Best, Tom"): a formula, then at most a name.
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?])|(?<=\n)|^)\s*(?:(?:kind|best|warm|warmest|many) (?:regards|wishes)|regards|"
    r"best|cheers|sincerely|respectfully|all the best|yours (?:sincerely|faithfully|truly)|"
    r"(?:many |thanks? )?thanks?(?: you)?(?: (?:very|so) much| a lot| again)?(?: in advance)?"
    r"(?: for your (?:help|time))?)"
    r"[\s,.!-]*(?-i:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}[\s.]*)?$", re.IGNORECASE)


def without_sign_off(message: str) -> str:
    """The message without a letter's closing after its last sentence, when something that
    asks is left before it."""
    m = _SIGN_OFF.search(message.rstrip())
    if m is None or m.start() == 0:
        return message
    rest = message[:m.start()].rstrip()
    return rest if rest and asks(rest) else message
