"""Other people's accounts and attacks on systems (hacking, breaking into the staff's side,
their passwords): declined whatever is hoped to be found there.
"""

from __future__ import annotations

import re

from bot.nlu.safety.words import _ASKED_OF_BOT, _RELATION

# Another person's account or identity used ("log into the portal as my friend and submit
# for him", "use my mate's login to check his mark", "submit cw1 under my partner's name"):
# each person logs in and hands in as themselves. A group's submission ("one of us submits
# for the group") names no other person's account.
_ANOTHER_NAMED = (rf"(?:(?:my|a|his|her|our|their) (?:\w+ )?{_RELATION}|someone else|"
                  r"somebody else|another (?:student|person)|"
                  r"(?!(?:my|your|ur|our|the|his|her|their|its|one|today|tomorrow|"
                  r"yesterday|week|year|term)'s)[a-z]+(?= ?'s))")
_ANOTHER = rf"(?:{_ANOTHER_NAMED}|him|her)"
_ACCOUNT = (r"(?:accounts?|logins?|log-?ins?|log-?in details|login details|passwords?|"
            r"credentials|usernames?|user ?ids?|student ids?|identity)")
_GROUP = r"(?! ?'?s? (?:group|team)\b)"
_OTHERS_ACCOUNT = re.compile(
    # logging in as them
    rf"\b(?:log(?:ging)? ?(?:in|on)(?:to| to)?|sign(?:ing)? ?(?:in|on)(?:to| to)?|logon|login)"
    rf"(?: [\w'-]+){{0,4}}? as (?:if i (?:was|were) )?{_ANOTHER}\b{_GROUP}"
    # their login used ("use my mate's login", "sign in with my roommate's password")
    rf"|\b(?:use|using|borrow|borrowing|access|accessing|into|in ?to|through|via|"
    rf"(?:log|sign)(?:ging)? ?(?:in|on) (?:with|using|on))"
    rf" {_ANOTHER_NAMED} ?'?s? (?:[\w-]+ )?{_ACCOUNT}\b"
    # work handed in under their name, or for them
    rf"|\b(?:submit|submitting|hand(?:ing)? in|upload|uploading|turn(?:ing)? in|sit|take|do)"
    rf"\b(?: [\w'-]+){{0,3}}? (?:under|in|using) (?:{_ANOTHER_NAMED} ?'?s?|his|her|their) "
    rf"(?:name|account|login|id|details)\b"
    rf"|\b(?:submit|hand ?(?:it |this |them )?in|upload|sit (?:the|his|her) (?:\w+ )?exam)"
    rf"(?: [\w'-]+){{0,3}}? (?:(?:for|on behalf of|instead of|as) "
    rf"(?!(?:my|our|the|a) (?:group|team)\b){_ANOTHER}\b{_GROUP}|on (?:my|his|her) behalf)"
    rf"|\bpretend(?:ing)? to be {_ANOTHER_NAMED}\b{_GROUP}")


def uses_others_account(text: str) -> bool:
    """Whether the normalised `text` asks to use another person's account or identity: to
    log in as them, use their login, or hand work in under their name."""
    return bool(_OTHERS_ACCOUNT.search(text))


# Attacking a service or a system, or getting into it unasked ("can you ddos the forum", "hack
# <the submission system> so i get more time", "how do i take the server down"): no one's
# system is the bot's to attack, whatever it is called (the course's platforms are data, any
# word stands for them). Words only an attack has count wherever they are; a verb an everyday
# sentence also has ("hack together a model", "my kernel crashed") only as a request of the
# bot or a "how do i".
_ATTACK_ALWAYS = re.compile(
    r"\b(?:ddos\w*|dos(?:ing|sing|ed)? attacks?|denial[- ]of[- ]service|botnets?|"
    r"brute[- ]?forc\w* (?:the |their |a |his |her |someone'?s )?(?:passwords?|logins?|"
    r"accounts?|pins?)|sql[- ]?inject\w*|exploit (?:a |the |their )?(?:bug|vulnerabilit\w*|"
    r"hole|loophole) in|(?:hack|hacking|hacked|break|breaking) into)\b")

# (not "take my post down": one's own, asked to be removed)
_NOT_OWN = r"(?!(?:my|our|me|this|that|it|mine|notes?|minutes|details|everything)\b)"
_ATTACK_ASKED = re.compile(
    rf"(?:{_ASKED_OF_BOT}|^(?:just |pls |please |plz )?|\bhelp me |\bhow (?:do i|to|can i|"
    r"could i|would i|do you|do we|can we) |\b(?:i|we) (?:want|wanna|need) (?:you )?to |"
    r"\blet'?s |\bis it possible to |\bway to )"
    r"(?:hack(?!\s+(?:together|up|around|away|at|on|for|to)\b)|crash(?!\s+course)|overload|"
    r"flood(?!\s+fill)|spam(?!\s+(?:filter|classif|detect|e-?mails?\b))|"
    rf"(?:take|bring|knock) {_NOT_OWN}(?:\w+ ){{1,3}}?(?:down|offline)|"
    rf"(?:take|bring|knock) (?:down|offline) {_NOT_OWN})\b")

# Getting unasked into what the staff keep ("how do i get into the department server where
# they keep the exam papers", "give me the marking scheme password", "how to access the
# lecturer's account"): a way in to the staff's systems or their secrets is no one's to give,
# whatever the system is called. One's own account, and past papers, stay everyday questions.
_STAFF_SIDE = (r"(?:department(?:'?s)?|dept|staff|admin\w*|lecturers?'?s?|professors?'?s?|"
               r"teachers?'?s?|tas?'s|teaching assistants?'?s?|tutors?'?s?|examiners?'?s?|"
               r"markers?'?s?|rubrics?|"
               r"where (?:they|the staff|staff|the lecturers?|the tas?) (?:keep|store|put|have)|"
               r"(?<!past )(?<!old )(?<!previous )exam (?:papers?|questions|answers)|"
               r"marking schemes?|mark schemes?|answer keys?|model answers|marks? (?:database|"
               r"spreadsheet|sheet)|grades? (?:database|spreadsheet|sheet)|gradebook)")
_WAY_IN = re.compile(
    r"\b(?:get(?:ting)? (?:in ?to|access to|at|hold of)|gain access|sneak(?:ing)? in ?to|"
    r"log(?:ging)? ?in ?to|access(?:ing)?|unlock(?:ing)?|crack(?:ing)?|bypass(?:ing)?)\b"
    r"(?: [\w'-]+){0,4}? "
    r"(?:servers?|databases?|db|drives?|accounts?|systems?|portals?|back ?ends?|folders?|"
    r"computers?|laptops?|inbox|e-?mails?|files?|spreadsheets?|machines?|offices?)\b")
_SECRET = re.compile(r"\b(?:pass(?:word|code)s?|passwd|login details|log-?in details|"
                     r"credentials|admin (?:rights|access)|root access)\b")
_NOT_MINE = re.compile(r"\b(?:my|mine|own)\b")


# What the staff keep to themselves, not a resource they hand out to students.
_STAFF_KEPT = re.compile(
    rf"\b(?:(?!department|dept|admin){_STAFF_SIDE})"
    r"|\b(?:staff|admin|lecturers?|tas?|teaching assistants?|tutors?|markers?)(?:'s|s'|')? "
    r"(?:servers?|databases?|db|drives?|accounts?|systems?|portals?|back ?ends?|folders?|"
    r"computers?|laptops?|inbox|e-?mails?|files?|spreadsheets?|machines?|offices?)\b")
# Access asked to be granted, the ordinary way ("can the department give me access to a gpu
# server", "how do i request access to the cluster"), not a way in found round the owner.
_GRANTED = re.compile(
    r"\b(?:give|giving|grant|granting|provide|providing|set (?:me|us) up with|add (?:me|us)|"
    r"(?:request|requesting|apply|applying|ask|asking) (?:for )?(?:access|an account)|"
    r"(?:be|get|getting) (?:given|granted|provided|added)|sign (?:me |us )?up for|"
    r"(?:can|could|may) (?:i|we) (?:get|have) access)\b")
# Getting in without being let in: without an account or a login ("get me onto the server
# without an account"), or round the owner ("without permission", "bypass the login").
_NO_ACCOUNT = re.compile(
    r"\bwithout (?:an? |my own |any |the )?(?:account|login|log-?in|password|credentials)\b")
_ROUND_THE_OWNER = re.compile(
    r"\bwithout (?:an? |any |being |the )?(?:permission|authori[sz]ation|authori[sz]ed|allowed|"
    r"them knowing|anyone knowing)\b"
    r"|\b(?:bypass\w*|get(?:ting)? (?:round|around|past)|circumvent\w*|crack\w*|sneak\w*|"
    r"skip(?:ping)?) (?:the |their |its |a )?(?:[\w-]+ )?(?:login|log-?in|sign-?in|password|"
    r"authentication|2fa|mfa|firewall|vpn|security|access control|lock)s?\b")
_COVERT = re.compile(f"{_NO_ACCOUNT.pattern}|{_ROUND_THE_OWNER.pattern}")
# Machines and services rather than a course's own places: without an account, getting onto
# these is getting round their gate; getting onto the forum or the recordings without one is
# a new student's access question ("can i get on the forum without an account").
_MACHINES = re.compile(r"\b(?:servers?|clusters?|databases?|db|machines?|networks?|wi-?fi|"
                       r"systems?|computers?|back ?ends?|vpn|firewalls?)\b")


_STAFF_SIDE_SAID = re.compile(rf"\b{_STAFF_SIDE}")


def breaks_into_staff_side(text: str) -> bool:
    """Whether the normalised `text` asks a way into the staff's systems or for their
    secrets (not one's own account, not past papers). Access to a resource asked to be
    granted by the department, with none of what the staff keep named and nothing covert,
    is an everyday request."""
    if not _STAFF_SIDE_SAID.search(text) or _NOT_MINE.search(text):
        return False
    if (_GRANTED.search(text) and not _STAFF_KEPT.search(text) and not _COVERT.search(text)
            and not _SECRET.search(text)):
        return False
    return bool(_WAY_IN.search(text) or (_SECRET.search(text) and _GET_HOLD_SECRET.search(text)))


def gets_in_covertly(text: str) -> bool:
    """Whether the normalised `text` asks a way into a system round its owner's gate:
    without an account or permission, or past its login ("get me into the server without an
    account", "how do i bypass the login on the cluster")."""
    covert = _ROUND_THE_OWNER.search(text) or (_NO_ACCOUNT.search(text)
                                               and _MACHINES.search(text))
    return bool(covert and (_WAY_IN.search(text) or re.search(
        r"\b(?:get(?:ting)?|let|sneak(?:ing)?)(?: me| us)? (?:in|into|in to|onto|on to|on)\b"
        r"|\b(?:bypass\w*|circumvent\w*|"
        r"crack\w*)\b", text)))


_GET_HOLD_SECRET = re.compile(r"\b(?:give|send|tell|share|what(?:'s| is| are)|whats|need|know|"
                              r"get|got|find|leak|guess|have)\b")


def attacks_a_system(text: str) -> bool:
    """Whether the normalised `text` asks for a service or a system to be attacked, broken
    into or brought down."""
    return bool(_ATTACK_ALWAYS.search(text) or _ATTACK_ASKED.search(text)
                or gets_in_covertly(text))
