"""Getting into what is not one's own, or watching someone unseen: a way into a staff-only or
another person's channel, chat, recording, files or account, and recording, filming or
spying on people without their knowledge. Both are declined for that reason (not as cheating
or as coursework asked for), with what a student can do instead (`wording.REFUSE_INTRUDE`).

General English only: no course's channel, forum or staff is named here.
"""

from __future__ import annotations

import re

# Who the place belongs to when it is not the writer's: the staff ("the markers' channel",
# "TA-only chat", "the lecturer's onedrive") or another person ("alex's teams chat",
# "someone else's recording").
_STAFF = (r"(?:staff|tas?|teaching assistants?|markers?|graders?|lecturers?|tutors?|"
          r"teachers?|professors?|profs?|instructors?|examiners?|admins?|module leaders?)")
_OTHER = (r"(?:someone(?: else)?|somebody(?: else)?|another (?:student|person)|"
          r"other (?:students|people)|(?:my |a )?(?:friend|mate|classmate|flatmate|roommate|"
          r"partner|teammate|groupmate|ex)|"
          # a name's: not the writer's own, nor a day's or a thing of the course's
          r"(?!(?:my|your|ur|our|the|his|her|their|its|one|today|tomorrow|yesterday|week|"
          r"year|term|course|module|class|group|team|everyone|everybody|let|it|that|what|"
          r"who|there|here|lecture|tutorial|session|quiz|exam|task|coursework|cw\d*|q&a|qa|"
          r"panel|bot|page|book|notebook|department|dept|university|uni|college|school|"
          r"channel|forum|student|people)'s)[a-z]+)")
_NOT_THEIRS = (rf"(?:{_STAFF}[- ]only |{_STAFF}(?:'s|s'|') |"
               # "the private/internal ... of the markers", "a private markers channel"
               rf"(?:private|internal|restricted|secret|hidden|locked) (?:[\w-]+ )?{_STAFF} |"
               rf"{_STAFF} (?:private|internal|restricted|secret|hidden) )")
_PLACE = (r"(?:channels?|chats?|group ?chats?|threads?|teams?|spaces?|meetings?|calls?|"
          r"recordings?|videos?|inbox(?:es)?|e-?mails?|messages|dms|files?|folders?|drives?|"
          r"onedrive|sharepoint|notes|documents?|docs|spreadsheets?|workspaces?|pages?|"
          r"discussions?|forums?)")
# A person's own places (not a page or a video, which a classmate may well share). (Another's
# account or login, and the staff's servers, have refusals of their own in `safety`.)
_PERSONAL_PLACE = (r"(?:channels?|chats?|group ?chats?|dms|messages|inbox(?:es)?|e-?mails?|"
                   r"files?|folders?|drives?|onedrive|recordings?)")
_GET_IN = (r"(?:get(?:ting)? (?:in ?to|into|in on|access(?: to)?|added to|a look at)|"
           r"gain(?:ing)? access|sneak(?:ing)? (?:in ?to|into)|break(?:ing)? into|"
           r"hack(?:ing)? into|access(?:ing)?|join(?:ing)?|lurk(?:ing)? in|see|view|read|"
           r"look (?:at|in|into|through)|open|spy on|snoop (?:on|in|through|around))")
# "how do i get into the TA-only channel", "access the markers' private teams chat",
# "read someone else's dms"
_INTO_NOT_THEIRS = re.compile(
    rf"\b{_GET_IN}\b(?: [\w'-]+){{0,3}}? (?:the |a |an )?(?:{_NOT_THEIRS}(?:[\w-]+ ){{0,3}}?"
    rf"{_PLACE}|{_OTHER}(?:'s|s') (?:private |personal |own )?(?:[\w-]+ )?{_PERSONAL_PLACE})\b")
# A gathering or its record that was for others ("the other group's breakout room", "a call
# i wasn't invited to", "the recording of a meeting we weren't added to"): what was not
# shared with the writer is not theirs to get. A course channel one was left out of is asked
# of the staff, so channels, teams and the course's own sessions are not read here.
_GATHERING = (r"(?:(?:breakout )?rooms?|recordings?|meetings?|calls?|chats?|group ?chats?|"
              r"dms|files?|folders?|drives?|notes|whiteboards?|slack|discord|whatsapp)")
_OTHER_GROUP = (r"(?:(?:the |an? )?other (?:[\w-]+ )?(?:groups?|teams?)|another (?:[\w-]+ )?"
                r"(?:group|team))(?:'s|s'|')")
_LEFT_OUT = (r"(?:(?:i|we) (?:wasn'?t|was not|weren'?t|were not|am not|'?m not|are not|"
             r"haven'?t been|have not been|never was|never got|didn'?t get) (?:even )?"
             r"(?:invited|added|included|asked)\b|(?:i|we) (?:wasn'?t|was not|am not|"
             r"'?m not|weren'?t|are not) (?:a )?(?:member|part) of\b|(?:not|never) "
             r"(?:invited|added) (?:to|into)\b|\bwithout (?:an? )?invit\w*)")
_WANT = (rf"(?:{_GET_IN}|get(?: hold of)?|watch|listen to|download|obtain|find|have|join)")
_OTHERS_GATHERING = re.compile(
    rf"\b{_WANT}\b(?: [\w'-]+){{0,6}}? {_OTHER_GROUP} (?:[\w-]+ ){{0,2}}?{_GATHERING}\b"
    # (the gathering itself left out of: a course session's recording is anyone's)
    rf"|\b{_WANT}\b(?: [\w'-]+){{0,8}}? {_GATHERING} (?:that |which |where )?{_LEFT_OUT}")
# Watching or recording unseen: "screen record the call without them noticing", "secretly
# film the TA", "listen in on the markers' meeting".
_RECORD = (r"(?:screen ?record\w*|record\w*|film\w*|screenshot\w*|screen ?cap\w*|capture|"
           r"spy(?:ing)? on|snoop\w*|eavesdrop\w*|listen(?:ing)? in|stalk\w*|bug(?:ging)?|"
           r"track(?:ing)?|monitor(?:ing)?|keep tabs on)")
_UNSEEN = (r"(?:without (?:them|him|her|anyone|anybody|people|any of them|(?:the |my )?[\w-]+)"
           r" (?:noticing|knowing|finding out|realising|realizing|seeing|catching on)|"
           r"without (?:their|his|her|anyone'?s|anybody'?s|people'?s) (?:knowledge|consent|"
           r"permission|knowing)|without (?:being (?:noticed|seen|caught|detected)|"
           r"telling (?:them|him|her|anyone|anybody)|asking (?:them|him|her))|secretly|"
           r"covertly|in secret|on the sly|undetected|behind (?:their|his|her) backs?|"
           r"hidden (?:camera|cam|mic))")
_WATCHED_UNSEEN = re.compile(
    rf"\b{_RECORD}\b[^.?!]{{0,60}}?\b{_UNSEEN}\b|\b{_UNSEEN}\b[^.?!]{{0,12}}?\b{_RECORD}\b")


def intrudes(text: str) -> bool:
    """Whether the normalised `text` asks a way into a staff-only or another person's channel,
    recording, files or account (or a room or recording of others' the writer was left out
    of), or to record or spy on someone without their knowledge."""
    return bool(_INTO_NOT_THEIRS.search(text) or _OTHERS_GATHERING.search(text)
                or _WATCHED_UNSEEN.search(text))
