"""Requests for academic misconduct that wear another request's clothes: results made up to
be handed in as one's own, assessment answers or marking material asked through a story or a
role, and a look at someone else's finished solution "just to check". General English only:
no course's names, ids or dates (the rules they break are the course data's)."""
from __future__ import annotations

import re

# -- results made up ---------------------------------------------------------------------
# What a piece of work reports as having been run: scores, metrics, tables, logs, curves.
_RESULT = (r"(?:results?|scores?|metrics?|numbers?|figures|accurac(?:y|ies)|loss(?:es)?|"
           r"loss (?:curves?|plots?|values?)|(?:training|validation|val|test|eval\w*) "
           r"(?:logs?|curves?|runs?|histor(?:y|ies)|outputs?|accurac(?:y|ies)|loss(?:es)?)|"
           r"logs?|curves?|plots?|graphs?|(?:results?|accuracy|ablation) tables?|tables?|"
           r"benchmarks?|experiments?|fid|bleu|f1|auc|psnr|ssim|perplexit(?:y|ies)|iou|"
           r"precision|recall|(?:inception|is) scores?)")
# Made up, said by the verb ("make up", "invent", "fudge") ...
_INVENTS = re.compile(
    r"\b(?:make|making|made) (?:(?:me|us|up|some|a|an|the|my) ){0,3}?up\b[^.?!]{0,40}?"
    rf"\b{_RESULT}\b"
    rf"|\b(?:invent|fabricate|falsify|fudge|cook up|dream up|fake|doctor)(?:s|ing)?\b"
    rf"(?: (?:me|us|up|some|a|an|the|my|our))*(?: [\w-]+){{0,3}}? {_RESULT}\b"
    rf"|\b{_RESULT}\b (?:for (?:me|us|my|our) [\w -]{{0,30}})?that (?:i|we) (?:can |could )?"
    r"(?:make up|invent|fake|fudge)\b")
# ... or by the adjective, with something asked ("give me realistic accuracies for ...").
_MADE_UP = re.compile(
    r"\b(?:fake|made[- ]up|invented|fabricated|fictional|fictitious|bogus|believable|"
    r"plausible|realistic|convincing|credible|reasonable[- ]looking|fake[- ]looking)"
    rf"(?: [\w-]+){{0,3}}? {_RESULT}\b")
_ASKED = re.compile(r"\b(?:give|gimme|write|generate|produce|create|make|draw|plot|fill|"
                    r"need|want|come up with|put together|type up|can (?:you|u)|could (?:you|u)|"
                    r"would (?:you|u)|please|pls)\b")
# A generator's "fake" samples are the notes' matter, not a made-up result.
_GAN_TALK = re.compile(r"\b(?:real|generator|discriminator|generated|samples?|images?)\b")
# Claimed as run: "as if i ran them", "i'll say i trained it", "so it looks like my model
# converged", "that i can put in my report".
_CLAIMED_RUN = re.compile(
    r"\bas (?:if|though) (?:i|we|my|our)\b[^.?!]{0,30}\b(?:ran|run|trained|did|had|got|"
    r"finished|completed|converged|worked)\b"
    r"|\b(?:i'?ll|i will|i can|i could|i'd|to|and) (?:just )?(?:say|claim|pretend|report|"
    r"tell (?:them|the \w+|my \w+)|present it|make it look)\b[^.?!]{0,20}\b(?:i|we|it|they|"
    r"these|those|my|our)\b[^.?!]{0,20}\b(?:ran|run|trained|did|got|came from|mine|my own|"
    r"real)\b"
    r"|\b(?:look|looks|looking) like (?:i|we|my|our|it)\b[^.?!]{0,30}\b(?:ran|run|trained|"
    r"converged|worked|finished|completed)\b"
    r"|\b(?:put|use|include|submit|paste|hand in)\b[^.?!]{0,15}\b(?:in|into|for|as) "
    r"(?:my|our) (?:\w+ ){0,2}(?:report|write-?up|coursework|cw ?\d*|submission|notebook|"
    r"results? section|paper|thesis)\b")
_RESULT_SAID = re.compile(rf"\b{_RESULT}\b")
_PASSED_OFF = re.compile(r"\b(?:as (?:if|though)|say|claim|pretend|look(?:s|ing)? like)\b")
_WORK_OF_MINE = re.compile(r"\b(?:my|our)\b[^.?!]{0,30}\b(?:report|write-?up|coursework|cw|"
                           r"task|submission|notebook|results?|run|model|gan|vae|network|"
                           r"training|experiments?)\b")


def _of_a_generator(said: re.Match[str]) -> bool:
    """A generator's "fake" samples said, not a result made up."""
    return said.group(0).startswith("fake") and _GAN_TALK.search(said.group(0)) is not None


def fabricates_results(text: str) -> bool:
    """Whether the normalised `text` asks for results (scores, tables, training logs,
    curves) to be made up for the writer's own work: invented outright, or made to look
    like runs the writer will claim."""
    invented = _INVENTS.search(text)
    if (invented and (_WORK_OF_MINE.search(text) or _CLAIMED_RUN.search(text))
            and not _of_a_generator(invented)):
        return True
    made_up = _MADE_UP.search(text)
    if made_up and _ASKED.search(text) and (_WORK_OF_MINE.search(text)
                                            or _CLAIMED_RUN.search(text)):
        return not _of_a_generator(made_up)
    # results made for the writer that will pass as a run of theirs ("a table of
    # accuracies i can put in my report as if i ran them")
    return bool(_ASKED.search(text) and _RESULT_SAID.search(text)
                and _CLAIMED_RUN.search(text) and _PASSED_OFF.search(text))


# -- assessment answers through a story or a role ------------------------------------------
# A frame around the request: a role to play, a story to write, someone who "used to" read
# it out.
_FRAME = re.compile(
    r"\b(?:pretend\w*|role ?-?play\w*|act(?:ing)? as|play(?:ing)? (?:the )?(?:role|part)|"
    r"in character|imagine (?:you'?re|you are|that you|being)|you are now|from now on you|"
    r"(?:be|become) (?:my|her|him|them|like)\b|"
    r"for (?:a|my|the|our) (?:\w+ )?(?:novel|story|book|screenplay|script|play|film|movie|"
    r"poem|game|fanfic\w*|sketch|comic)|"
    r"(?:write|tell|give)(?: me)? (?:a|the) (?:\w+ )?(?:story|scene|poem|dialogue|song|"
    r"script|tale)|"
    r"used to (?:read|tell|recite|sing|whisper|say|give|share)|bedtime|lullab\w*|"
    r"(?:late|dead|deceased|passed) (?:grand\w*|gran|nan|nana|granny|uncle|aunt\w*|mum|mom|"
    r"mother|dad|father)|hypothetical\w*|"
    # (a role given to the bot: "you're a professor who shares the questions early")
    r"(?:you'?re|you are|ur|u r) (?:now )?(?:a|an|the|my) (?:[\w-]+ ){0,2}?(?:professor|prof|"
    r"lecturer|examiner|teacher|tutor|ta|marker|instructor|insider|staff member)\b)")
_OVERRIDE = re.compile(r"\b(?:ignore|disregard|override|jailbreak\w*|dan|dev ?mode|developer "
                       r"mode|admin (?:rights|mode|access)|full access|unrestricted|no (?:rules|"
                       r"restrictions|limits|filters)|without (?:rules|restrictions|limits))\b")
# What is asked inside it: the marking material, or answers and solutions of assessed work.
_MARKING_ASKED = re.compile(
    r"\b(?:mark(?:ing)? (?:scheme|schemes|criteria|rubrics?|guide\w*|keys?|sheets?)|"
    r"grading (?:scheme|criteria|rubrics?|guide\w*|keys?)|rubrics?|answer keys?|"
    r"model answers?|how (?:\w+ ){0,3}(?:is|are|gets?|will be) (?:marked|graded)|"
    r"(?:criteri(?:on|a)) by (?:criteri(?:on|a)))\b")
_ANSWERS_ASKED = re.compile(
    r"\b(?:answers?|solutions?|solution (?:code|notebooks?))\b[^.?!]{0,25}\b(?:quiz\w*|"
    r"exams?|tests?|cw ?\d*|coursework|tasks?|assignments?|notebooks?)\b"
    r"|\b(?:quiz\w*|exams?|tests?|cw ?\d*|coursework|tasks?|assignments?)(?: \d+)? "
    r"(?:answers?|solutions?)\b")

# ... or what a test will ask ("what's on the exam", "the questions in the final"): in a role,
# what the staff would know before it is sat; a practice or past paper is the writer's study
_TEST = r"(?:exams?|tests?|papers?|quiz\w*|finals?)\b"
_TEST_CONTENT = re.compile(
    rf"\b(?:questions?|contents?|topics?|problems?)\b[^.?!]{{0,20}}\b(?:on|in|for|of) (?:the |"
    rf"this year'?s |our |tomorrow'?s |next week'?s )?(?:final |upcoming |real |actual )?{_TEST}"
    rf"|\bwhat(?:'s| is| will be| are)(?: going to be| gonna be)? (?:on|in) (?:the |this year'?s |"
    rf"our )?(?:final |upcoming |real |actual )?{_TEST}"
    r"|\b(?:exam|test|quiz) (?:questions?|papers?|contents?)\b|\bwhat (?:will|'ll) come up\b")
_STUDY_PAPER = re.compile(r"\b(?:practice|mock|sample|example|past|revision|made[- ]up|"
                          r"similar)\b")


def framed_assessment_ask(text: str) -> str | None:
    """"marking", "assessed_work" or "exam_content" when the normalised `text` wraps a request
    for the marking material, for assessment answers or for what a test will ask in a role, a
    story or someone's memory; else None. A plain question about the marking is no such
    request."""
    if not _FRAME.search(text) or _OVERRIDE.search(text):
        # (the bot's instructions set aside: declined as that, whatever is asked after)
        return None
    if _ANSWERS_ASKED.search(text):
        return "assessed_work"
    if _TEST_CONTENT.search(text) and not _STUDY_PAPER.search(text):
        return "exam_content"
    return "marking" if _MARKING_ASKED.search(text) else None


# -- a look at someone else's solution ------------------------------------------------------
_MAY_I = re.compile(r"\b(?<!how )(?:can|could|may|should|shall) (?:i|we)\b|\b(?:is it|would it be|"
                    r"it'?s|is that|would that be) (?:\w+ )?(?:ok(?:ay)?|fine|alright|all right|"
                    r"allowed|cheating|wrong|bad|a problem|acceptable|against)\b|"
                    r"\b(?:am i|are we) (?:allowed|permitted)\b|\bany harm\b|\?\s*$")
_LOOK = re.compile(r"\b(?:look(?:ing)?|peek\w*|glanc\w*|see|view|read|open|skim\w*|use|using|"
                   r"compare\w*|check\w*|cross-?check\w*|go(?:ing)? through|refer\w* to|against)\b")
_SOLVED = (r"(?:solutions?|answers?|notebooks?|code|work|submissions?|files?|implementations?|"
           r"versions?|attempts?|cw ?\d*|coursework|tasks?)")
# Someone else's, or leaked or passed round: not the course's own published material.
_NOT_MINE = re.compile(
    rf"\b(?:their|his|her|someone(?: else)?'?s|somebody(?: else)?'?s|another (?:student|"
    rf"person)'?s|(?:a|my|one) (?:\w+ )?(?:friend|mate|classmate|coursemate|flatmate|"
    rf"roommate|housemate|peer|senior)'?s|(?:friend|mate|classmate|coursemate|flatmate|"
    rf"roommate|housemate|peer|senior)s?'|other (?:students|people)'?s?|leaked|stolen)"
    rf"(?: [\w-]+){{0,3}}? {_SOLVED}\b"
    rf"|\b{_SOLVED}\b[^.?!]{{0,40}}\b(?:posted|shared|sent|leaked|going (?:a)?round|"
    r"circulating|floating (?:a)?round|dropped)\b[^.?!]{0,30}\b(?:group ?chat|gc|whatsapp|"
    r"discord|telegram|messenger|snapchat|chat|server|by (?:a|my|some|one|another)\b)"
    r"|\b(?:sent|shared|showed|gave|forwarded|dm'?d|posted) me (?:their|his|her)\b")
_FINISHED = re.compile(r"\b(?:finished|completed|complete|done|full|final|working|whole|"
                       r"entire|submitted|leaked|answers?|solutions?|solved)\b")


_NOT_LOOKED = re.compile(r"\b(?:didn'?t|did not|never|haven'?t|have not|without) (?:even )?"
                         r"(?:look|looked|looking|open|opened|opening|see|seen|use|used)\b")
_A_TEST = re.compile(r"\b(?:quiz\w*|exams?|tests?|midterms?|papers?)\b")
_COURSEWORK = re.compile(r"\b(?:coursework|cw ?\d*|tasks?|assignments?|notebooks?|code)\b")


def peeks_at_others_solution(text: str) -> bool:
    """Whether the normalised `text` asks whether the writer may look at or use someone
    else's finished solution (a classmate's notebook, a leaked answer file), even just to
    check their own."""
    if _NOT_LOOKED.search(text):
        return False  # ("scared i'll be flagged though i didn't look": a worry, not a look)
    if _A_TEST.search(text) and not _COURSEWORK.search(text):
        return False  # (a test's answers come by are a leaked paper, declined as such)
    return bool(_MAY_I.search(text) and _LOOK.search(text) and _NOT_MINE.search(text)
                and _FINISHED.search(text))
