"""Whether one may use work not one's own (code from elsewhere, an AI tool, a library,
working together): the page may state no rule, so these are answered by rule with what it
does say and a TA, never an invented rule.
"""

from __future__ import annotations

import re

from bot.nlu.safety.assessed_work import _DOES_WORK

# Whether one may use work that is not one's own in assessed work: copying or reusing code
# from elsewhere (a repository, a forum, a friend, an AI tool), citing it, working together,
# plagiarism. The course page may state no such rule; the bot must not invent one, so these
# are answered by rule with what the page does say and a TA (`asks_integrity`).
_REUSE = re.compile(r"\b(?:cop(?:y|ying|ied)|re-?us(?:e|ing)|borrow\w*|tak(?:e|ing)|us(?:e|ing)|"
                    r"adapt\w*|past(?:e|ing)|build(?:ing)? on|base\w* (?:it|my \w+) on)\b")
_OTHERS_SOURCE = re.compile(
    r"\b(?:github|gitlab|stack ?overflow|online|(?:the )?internet|web|blogs?|kaggle|medium|"
    r"papers? ?with ?code|someone else'?s?|somebody else'?s?|other (?:people|students)'?s?|"
    r"others'|(?:a|my) (?:friend|classmate|flatmate|mate)'?s?|last year'?s?|"
    r"(?:open[- ]source|existing|public|published|official))\b")
# One's own work done for something else ("reuse my code from another module"): work handed
# in elsewhere, which the page may rule on no more than on others' work.
_ELSEWHERE = re.compile(
    r"\b(?:another|a different|other|an? (?:old|earlier|previous)|my (?:old|previous|other)|"
    r"last (?:year|term)'?s?) (?:modules?|courses?|class(?:es)?|units?|projects?|"
    r"assignments?|degree)\b")

# What is taken from such a source: work, not a service ("can we use an online gpu").
_WORK = re.compile(r"\b(?:code|implementations?|solutions?|answers?|snippets?|functions?|"
                   r"notebooks?|scripts?|repos?|repositor(?:y|ies)|work|classes|layers?)\b")
# (one's own work from elsewhere handed in again: "hand in a network i built for another module")
_HANDS_IN = re.compile(r"\b(?:handin|hand(?:ing)? (?:it )?in|submit\w*|resubmit\w*|"
                       r"turn(?:ing)? in)\b")
_MINE = re.compile(r"\b(?:i|we|my|our|me)\b")
_MODEL = re.compile(r"\b(?:models?|networks?|pipelines?)\b")
_AI_TOOL = re.compile(r"\b(?:chat ?gpt|gpt-?\d?|copilot|claude|gemini|llms?|ai tools?|"
                      r"(?:an|the) ai)\b")

# An AI tool doing the work or allowed for it ("can i get copilot to write ...", "is chatgpt
# allowed"), not asked about as a topic ("what are llms").
_AI_DOES = re.compile(r"\b(?:chat ?gpt|gpt-?\d?|copilot|claude|gemini|llms?|ai tools?|(?:an|the) "
                      r"ai)\s+(?:to\s+)?(?:write|writes|generate|do|does|finish|complete|fix|help|"
                      r"code|is allowed|allowed|permitted|ok|okay|fine|banned)\b")
_CITES = re.compile(r"\b(?:cite|citing|cited|credit(?:ing)?|referenc(?:e|ing)|acknowledg\w*|"
                    r"attribut\w*|give credit|link (?:to )?the source)\b")
# Talking the work over, not handing in one piece of work ("bounce ideas", "go over it").
_TALK_OVER = (r"(?:discuss\w*|talk(?:ing)?(?: \w+){0,4} (?:through|over|about)|chat(?:ting)? "
              r"about|bounc\w* ideas|brainstorm\w*|shar(?:e|ing) ideas|exchang\w* ideas|"
              r"go(?:ing)? over|explain\w*)")
_INTEGRITY = re.compile(
    r"\b(?:plagiari\w*|academic (?:integrity|misconduct|honesty|offen[cs]es?)|collu\w*|"
    r"collaborat\w*|(?:work|working|do it|do them) together|(?:work|working) with (?:a|my|"
    r"another|other) (?:friends?|classmates?|students?|partners?|people)|(?:share|sharing|compare|"
    r"comparing) (?:our|my) (?:code|answers?|notebooks?|solutions?|work))\b"
    # the work talked over with others, each writing their own ("discuss ideas with friends
    # if we write our own code", "talk the approach through with classmates")
    rf"|\b{_TALK_OVER}\b[^.?!]{{0,40}}?\bwith (?:a |my |other |some |the |fellow )?"
    r"(?:friends?|classmates?|course ?mates?|mates?|flatmates?|peers?|students?|people|"
    r"others|each other)\b"
    rf"|\b{_TALK_OVER} (?:\w+ ){{0,3}}?(?:together|between us|among ourselves|with each other|"
    r"off each other|off one another)\b")

# Asked as a question or a permission ("can i", "am i allowed", "is it ok", "what's the
# rule"), not told as something one did ("i copied ... and now it's flagged": the writer's
# own matter, the privacy rules').
_PERMISSION = re.compile(r"\?|^(?:can|could|may|is|are|am|do|does|what|how|would|will)\b|"
                         r"\b(?:can|could|may|should|must) (?:i|we|you|students|one)\b|"
                         r"\b(?:am i|are we|are students|is it|is that|would it be)\b|"
                         r"\b(?:allowed|permitted|ok|okay|fine|acceptable|rules?|polic(?:y|ies)|"
                         r"counts? as|considered)\b")

# Software libraries and languages one might write a course's code with (words of any
# course, not this one's): asked whether one may be used, a rule the page may not state.
_LIBRARY = (
    r"(?:py ?torch(?: lightning| geometric)?|lightning|torch|jax|flax|haiku|tensor ?flow|tf ?2|"
    r"tf|keras|mxnet|caffe|theano|chainer|paddle ?paddle|fast ?ai|hugging ?face|timm|"
    r"scikit[- ]learn|sklearn|xgboost|numpy|scipy|pandas|opencv|matlab|julia|octave|"
    r"(?:an?|some|other|another|different|external|third[- ]party) (?:librar(?:y|ies)|"
    r"frameworks?|packages?|languages?))(?![.\w])"
    # (a part of one is no choice of library: "use torch layers", "pytorch's dataloader")
    r"(?!'s| (?:layers?|modules?|functions?|classes|class|models?|implementations?|ops|"
    r"dataloaders?|datasets?|optimi[sz]ers?|losses|api|code|examples?|tutorials?|docs|"
    r"built-?ins?|utils|utilities|version|methods?|blocks?|tensors?)\b)")

# ... as what the work may (or must) be done with: the object of a use ("can i use jax",
# "do cw3 in tensorflow", "instead of pytorch") or judged by itself ("is pytorch lightning
# ok?"); not a topic ("what is jax") nor a feature of one ("torch.cuda.amp").
_MAY_USE = re.compile(
    rf"\b(?:use|using|switch(?:ing)? to|stick(?:ing)? (?:to|with)|allowed|permitted|"
    rf"instead of)\b[^.?!]{{0,20}}?\b(?P<a>{_LIBRARY})"
    rf"|\b(?:can|could|may|allowed to|ok to|okay to|fine to)(?: i| we| you| u)?(?: just| also)? "
    rf"(?:write|code|do|implement|build|program)\b[^.?!]{{0,30}}?\bin (?P<b>{_LIBRARY})"
    rf"|\b(?P<c>{_LIBRARY}) (?:(?:is|be|would be|will be) )?(?:ok|okay|fine|allowed|acceptable|"
    rf"permitted|banned|forbidden|instead)\b")


def asks_library_allowed(text: str) -> str | None:
    """The library or language the normalised `text` asks whether one may (or must) use,
    or None (nor when it asks for the work to be done for the writer: refused)."""
    if (m := _MAY_USE.search(text)) is None or _DOES_WORK.search(text):
        return None
    return m.group("a") or m.group("b") or m.group("c")


def asks_integrity(text: str) -> bool:
    """Whether the normalised `text` asks if work not one's own may be used in the course's
    work (copied, reused, cited, done together), or what counts as plagiarism."""
    if not _PERMISSION.search(text):
        return False
    if _INTEGRITY.search(text):
        return True
    taken = bool(_REUSE.search(text) or _CITES.search(text))
    if _AI_TOOL.search(text) and (taken or _AI_DOES.search(text)):
        return True
    if ((taken or _HANDS_IN.search(text)) and _ELSEWHERE.search(text) and _MINE.search(text)
            and (_WORK.search(text) or _MODEL.search(text))):
        return True
    return taken and bool(_OTHERS_SOURCE.search(text) and _WORK.search(text))
