"""Whether a message asks for something only a person can grant ("could <staff> supervise my
project", "would the lecturer write me a reference", "can she take me on as an intern"): the
bot cannot speak for them, and their sessions are no answer; it says they decide and how to
ask them. Words of English only; the people are the schedule's."""
from __future__ import annotations

import re

# What a person grants of their own will: supervising one's work, a reference, a place in
# their research, mentoring, a meeting of one's own, a form signed.
_GRANT = re.compile(
    r"\bsupervis(?:e|ing)\b[^.?!]{0,20}\b(?:me|my|our)\b|\bbe (?:my|our) (?:\w+ )?supervisor\b"
    r"|\b(?:reference|recommendation|rec|referee) letters?\b|\bletters? of (?:recommendation|"
    r"reference|support)\b|\bwrite (?:me|us) (?:a |an )?(?:\w+ )?(?:reference|recommendation|"
    r"letter)\b|\b(?:be|act as) (?:my|a) referee\b|\breference for me\b"
    r"|\btake (?:me|us) on\b|\btakes? (?:on )?(?:\w+ )?students (?:for|on|as)\b"
    r"|\b(?:internships?|research (?:positions?|projects?|assistant|assistantships?|"
    r"placements?|opportunit(?:y|ies)|internships?)|phd (?:positions?|places?|students?|"
    r"supervision|opportunit(?:y|ies))|ra positions?)\b"
    # taking students on for their research, a doctorate with them, a word put in for one
    r"|\b(?:tak(?:e|es|ing)|accept(?:s|ing)?|recruit(?:s|ing)?|looking for) (?:on )?"
    r"(?:any |new |more )?(?:phd|doctoral|masters?|msc|research|summer) students\b"
    r"|\b(?:do|doing|pursue|start) (?:a |my |the )?(?:phd|doctorate)\b[^.?!]{0,25}"
    r"\b(?:with|under)\b|\brecommend (?:me|us) (?:for|to)\b"
    r"|\bmentor (?:me|us)\b|\bsign (?:my|off my|off on my) (?:\w+ )?(?:form|application)\b"
    r"|\b(?:meet|have a (?:call|meeting)) (?:with )?me (?:one[- ]on[- ]one|1[:-]1|"
    r"privately|personally)\b")
# Someone asked of: a person or role ("the lecturer", "she"), or the request put to "you".
_PERSON = re.compile(r"\b(?:prof|professor|lecturer|lecturers|tutor|ta|tas|teacher|instructor|"
                     r"module leader|course leader|staff|he|she|they|him|her|them|dr|"
                     # the request put to whoever would grant it ("who should i ask", "can
                     # you recommend me"), or to their research group ("in their lab")
                     r"you|who|(?:their|your|his|her|the) (?:\w+ ){0,2}?(?:labs?|groups?))\b")


def asks_their_grant(text: str, staff_named: bool) -> bool:
    """Whether `text` asks whether a person would grant something of their own will;
    `staff_named`: whether it names someone of the course's staff."""
    low = " ".join(text.lower().replace("\u2019", "'").split())
    return bool(_GRANT.search(low)) and (staff_named or bool(_PERSON.search(low)))
