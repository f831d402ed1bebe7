"""Requests the bot declines, in English, recognised by the concepts they join rather than by
one rule's phrasing: a pirated copy asked for, hidden marking material asked to be seen, a
text written as if from someone else, a forged document made, someone flooded with
messages, where a person lives or their private accounts, other people's chats with the bot.
Each concept is a list of cues kept as data; a rule is a conjunction of concepts (some of
them negative) mapped to a refusal kind. The specific rules of the other modules are tried
first (`dispatch`); this table catches the wordings and kinds none of them names.

Cue syntax: a cue is a regular-expression fragment in lower case, matched as whole words
(the text is `normalize`d: lower case, "u" read "you"). Words only, no course fact.
"""

from __future__ import annotations

import functools
import re

# concept -> cues
CUES: dict[str, tuple[str, ...]] = {
    # an ask to produce, obtain, reveal or list something
    "ask": (
        r"give", r"gimme", r"send", r"share", r"show", r"tell", r"find", r"get", r"getting",
        r"download", r"links?", r"leak", r"reveal", r"list", r"dump", r"paste", r"upload",
        r"post", r"export", r"access", r"see", r"read", r"obtain", r"hook me up",
        r"where", r"what", r"which", r"need", r"want", r"wanna", r"please", r"pls", r"plz",
        r"can you", r"could you", r"anyone (?:have|has|got)", r"let me",
    ),
    # a tool or a site of piracy, whatever it unlocks
    "pirate_tool": (
        r"torrents?", r"torrenting", r"keygens?", r"warez", r"nulled",
        r"(?:serial|licen[cs]e|product|activation) (?:keys?|codes?)", r"libgen",
        r"sci-?hub", r"z-?lib(?:rary)?",
    ),
    # a pirated or cracked copy of a paid one ("crack" alone may be a problem cracked)
    "pirated": (
        r"crack(?:ed|s)?", r"pirat(?:ed|e|es|ing)", r"piracy", r"patched (?:version|copy|exe)",
        r"unlocked (?:version|copy)", r"(?:full|pro|premium|paid) version (?:for free|free)",
        r"without paying(?: for)?", r"bypass(?:ing)? the licen[cs]e",
    ),
    # a download, a link to one
    "download": (r"download\w*", r"links?", r"torrents?", r"installers?", r"setup files?"),
    # what a pirated copy is of
    "product": (
        r"software", r"ides?", r"apps?", r"programs?", r"books?", r"textbooks?", r"e-?books?",
        r"pdfs?", r"copy", r"copies", r"versions?", r"editions?", r"licen[cs]es?", r"keys?",
        r"installers?", r"exe", r"subscriptions?", r"papers?", r"courses?", r"pro",
        r"professional", r"ultimate", r"premium", r"enterprise", r"suite", r"full version",
    ),
    # the staff's hidden grading material
    "hidden_grading": (
        r"(?:hidden|secret|private|held[- ]out|unseen) (?:unit )?(?:tests?|test ?cases?|"
        r"test ?inputs?|test ?suites?|checks?)",
        r"(?:auto-?grader|grader|marker|auto-?marker)'?s? (?:tests?|test ?cases?|test ?inputs?"
        r"|expected outputs?|answers?)",
        r"(?:tests?|test ?cases?|checks?|inputs?) (?:that )?the (?:auto-?grader|grader|marker|"
        r"auto-?marker|marking script)s? (?:runs?|uses?|checks?|has|will run)",
        r"rubric answers?", r"answer keys?", r"marking answers?",
        # tests kept from the students ("the test cases we can't see")
        r"(?:tests?|test ?cases?|test ?inputs?)\b[^.?!]{0,50}\b(?:we|students|i|you) "
        r"(?:can'?t|cannot|can not|don'?t|do not|never) (?:see|get|have)",
    ),
    # the grader's own tests asked by a wh-word ("which test cases does the autograder run",
    # "what inputs the marking script checks"): a list asked for, not whether there are any
    "grader_tests": (
        r"(?:which|what) (?:exact |exactly |specific |precise )?(?:tests?|test ?cases?|"
        r"test ?inputs?|inputs?|expected outputs?|unit tests?|test ?suites?) "
        r"(?:(?:does|do|will|would|did) )?(?:the|your|our|their|its) (?:\w+ )?"
        r"(?:auto-?grader|grader|marker|auto-?marker|marking (?:script|code|harness)|"
        r"test (?:script|harness))s?",
    ),
    # a question of whether there is such a thing, not an ask to have it
    "whether": (
        r"are there", r"is there(?! (?:any )?way)", r"will there be", r"do they have",
        r"does (?:the|it) (?:\w+ )?(?:have|use|run)", r"do (?:the|they) (?:\w+ )?(?:use|run)",
        r"how many",
    ),
    # a text written as if it came from someone else
    "as_if": (
        r"as if (?:(?:it'?s|it is|it was|it were|it came|it comes|its) )?(?:from|by|"
        r"written by|sent by|signed by)", r"as if (?:the|my|a|our) \w+ (?:wrote|sent|posted|"
        r"said|had written|is writing)", r"as if (?:i'?m|i am|i was) (?:the|a|my|our)",
        r"as though (?:it'?s |it is |it was |it came )?from", r"pretending to be",
        r"pretend (?:you'?re|you are|to be|it'?s from)", r"posing as", r"in the name of",
        r"signed (?:as|by|off as|off by)", r"under (?:the|his|her|their) name",
        r"so it looks like (?:it'?s|it is|it was|it came) from",
        r"(?:sounds|looks) like (?:it'?s |it is |it was |it came )?from",
        r"impersonat\w*", r"on behalf of (?:the |my )?(?:lecturer|professor|staff|"
        r"department|course|university|college|school|ta|tas|tutor|dr)",
        r"from (?:the )?(?:lecturer|ta|staff|professor|prof|department|tutor)'?s? "
        r"(?:account|email|name)",
    ),
    # someone a text could be passed off as coming from
    "person": (
        r"lecturers?", r"professors?", r"profs?", r"tas?", r"tutors?", r"staff", r"teachers?",
        r"instructors?", r"department", r"dr \w+", r"module (?:leader|lead|organi[sz]er)",
        r"course (?:leader|lead|organi[sz]er|director)", r"senior tutor", r"registry",
        r"admin\w*", r"head of \w+", r"dean", r"university", r"college", r"school",
        r"my (?:friend|mate|classmate|flatmate|roommate|tutor|supervisor|doctor|gp)",
    ),
    # a text to be written or put out
    "compose": (
        r"write", r"draft", r"compose", r"make", r"create", r"generate", r"post", r"send",
        r"announce", r"type up", r"put out", r"publish", r"email", r"message", r"word",
        r"announcements?", r"emails?", r"messages?", r"posts?", r"notices?", r"letters?",
    ),
    # something forged or faked
    "forged": (
        r"fake", r"faked", r"forged?", r"forging", r"counterfeit", r"phone?y", r"bogus",
        r"fabricated?", r"doctored", r"photoshop\w*", r"falsif\w*", r"fraudulent",
        r"backdated?", r"(?:looks?|seems?) (?:real|legit|official|genuine|authentic)",
        r"that (?:looks?|passes) as (?:real|official|genuine)",
    ),
    # a document or evidence
    "document": (
        r"notes?", r"certificates?", r"letters?", r"screenshots?", r"screen ?grabs?",
        r"receipts?", r"emails?", r"evidence", r"proof", r"transcripts?", r"records?",
        r"timestamps?", r"reports?", r"statements?", r"documents?", r"forms?", r"signatures?",
        r"confirmations?", r"letterhead", r"logs?",
    ),
    # something to be made
    "make": (
        r"make", r"create", r"write", r"generate", r"draft", r"produce", r"give", r"send",
        r"edit", r"design", r"mock up", r"knock up", r"whip up", r"help me", r"how (?:do|can) i",
        r"can you", r"could you", r"need", r"want", r"get",
    ),
    # flooding someone or a channel, in any word form ("floods", "keep messaging her every
    # two minutes till she replies", "the same post twenty times")
    "flood": (
        # ("flooded" is what happened to a flat or a street, not a request)
        r"spam(?:s|med|ming)?", r"flood(?:s|ing)?", r"bombard\w*", r"blow(?:ing)? up",
        r"(?:hundreds|thousands|dozens) of (?:messages|emails|dms|texts|posts|pings)",
        r"\d{2,} (?:messages|emails|dms|texts|posts|pings|times)", r"(?:a )?hundred times",
        r"(?:a )?thousand times", r"non-?stop", r"over and over", r"again and again",
        r"every (?:(?:\d+|few|couple of|two|three|five|ten|fifteen|twenty|thirty) )?"
        r"(?:minutes?|mins?|seconds?|secs?|hours?)",
        r"keep (?:on )?(?:messaging|emailing|pinging|texting|tagging|calling|dming|posting|"
        r"spamming)", r"mass (?:messag\w*|dms?|emails?|ping\w*|tag\w*)",
        r"(?:until|till|til|untill) (?:he|she|they|it|someone|somebody) (?:finally )?"
        r"(?:replies|reply|responds|respond|answers|answer|gives in|give in|caves|notices)",
        r"(?:the same|same) (?:\w+ ){0,5}(?:\d+|two|three|five|ten|twenty|fifty|a hundred) "
        r"times",
    ),
    # who or what is flooded
    "target": (
        r"him", r"her", r"them", r"his", r"their", r"inbox(?:es)?", r"phones?", r"dms?",
        r"chats?", r"channels?", r"forums?", r"groups?", r"email", r"teams", r"whatsapp",
        r"discord", r"everyone", r"lecturers?", r"tas?", r"tutors?", r"professors?",
        r"staff", r"my \w+", r"dr \w+", r"prof \w+", r"professor \w+",
        r"module (?:leader|lead|organi[sz]er)",
        # someone named, who is to answer ("ping <name> ... until she replies")
        r"(?:he|she|they) (?:finally )?(?:replies|responds|answers|gives in)",
    ),
    # an act of sending
    "act": (
        r"send(?:s|ing)?", r"messag(?:e|es|ed|ing)", r"emails?", r"emailing", r"pings?",
        r"pinging", r"dms?", r"dming", r"posts?", r"posting", r"texts?", r"texting",
        r"spam\w*", r"flood\w*", r"tag(?:s|ging)?", r"call(?:s|ing)?", r"write", r"scripts?",
        r"bots?", r"automate", r"blow up", r"bombard",
    ),
    # being the one flooded, or asking how to stop it; spam as mail
    "victim": (
        r"stop", r"block", r"mute", r"report", r"unsubscribe", r"getting", r"receiving",
        r"spamming (?:me|us)", r"is spamming", r"are spamming", r"spam (?:folder|filter)",
        r"junk", r"went to spam", r"in (?:my )?spam", r"marked as spam",
        # flooded already (said, not asked), or messages to the writer (a reminder)
        r"(?:was|were|is|are|been|got|gets|getting) (?:\w+ )?(?:flooded|spammed|bombarded)",
        r"(?:send|sends|sending|messag\w*|email\w*|ping\w*|text\w*|dm\w*|call\w*|"
        r"tag\w*|spam\w*) (?:me|us)", r"remind\w*",
    ),
    # where a person lives, or their private number or accounts
    "whereabouts": (
        r"home address(?:es)?", r"where (?:does|do|did) (?:\w+ ){1,3}live",
        r"where (?:he|she|they) lives?", r"(?:house|flat|room) number",
        r"(?:personal|private|home|mobile|cell) (?:number|phone|email|address|mobile)",
        r"(?:his|her|their) (?:number|phone number|mobile|address|socials|instagram|insta|"
        r"snapchat|snap|facebook|tiktok|twitter|linkedin|onlyfans|dating profile)",
        r"\w+'s (?:instagram|insta|snapchat|facebook|tiktok|twitter|socials|onlyfans|"
        r"home address|personal (?:number|email|phone|mobile))",
        r"(?:instagram|insta|snapchat|facebook|tiktok|twitter|socials?|social media) "
        r"(?:of|for) (?:the|that|this|my) \w+",
    ),
    # a thing, not a person, said to "live" somewhere ("where does the dataset live")
    "thing": (
        r"(?:the|a|this|that|our|my)(?: [\w-]+){0,2} (?:data|dataset|datasets|file|files|"
        r"folder|notebook|"
        r"notebooks|code|weights|checkpoints?|model|models|repo|package|module|variable|"
        r"function|tensor|slides|notes|recording|recordings|link|server|gpu)",
    ),
    # one's own details
    "own": (
        r"my own", r"(?:update|change|edit|add|remove|hide) my", r"my (?:home )?address",
        # (not the device something is seen on: "still signed in on my phone")
        r"(?<!on )(?<!from )(?<!in )my (?:phone|mobile|number|email)",
    ),
    # other users of the bot
    "others": (
        r"other (?:students|users|people|ppl|classmates|learners|folks)", r"others",
        r"everyone else", r"anyone else", r"someone else", r"everybody else", r"people",
        r"ppl", r"students", r"classmates",
        r"the (?:person|guy|girl|student|user)s? (?:before|ahead of) me",
        r"(?:previous|last|other) (?:user|users|student|person|chat|chats)",
        r"my (?:friend|mate|classmate|flatmate|roommate|groupmates?|friends|mates)",
    ),
    # an ask to see or be told what others said
    "chat_ask": (
        r"(?:show|give|send|paste|forward|tell|get) (?:me|us)", r"share", r"export", r"dump",
        r"list", r"access", r"read", r"see", r"which",
        r"what(?: kinds? of| sorts? of| types? of)?(?: \w+)? (?:have|has|had|did|do|does|"
        r"were|was|are|is)",
    ),
    # their chats with the bot
    "bot_chats": (
        r"chat ?logs?", r"chat history", r"(?:chats?|conversations?|messages|questions|dms)"
        r" (?:\w+ ){0,4}(?:with|to|for) (?:you|the bot|this bot)",
        r"conversation (?:history|logs?)", r"transcripts?", r"message history",
        r"your (?:logs?|history|chats|conversations|inbox|dms)",
        r"(?:been )?(?:asking|asked|messaging|messaged|saying to|said to|typing to) "
        r"(?:you|the bot|this bot)",
        r"you (?:told|tell|said to|answered|replied to) (?:the )?(?:other|others|them|him|her|"
        r"everyone|my)",
    ),
    # something that is another person's ("my lab partner's", "someone else's", "jo's login")
    "theirs": (
        r"some(?:one|body)(?: else)?'s", r"another (?:student|person|user|classmate)'?s",
        r"(?:my|a|his|her|our|the) (?:lab |project |study |group )?(?:partner|friend|mate|"
        r"flatmate|roommate|housemate|classmate|coursemate|groupmate|teammate|girlfriend|"
        r"boyfriend|ex|brother|sister|cousin|tutor|lecturer|ta|professor|supervisor)s?'s?",
        r"(?:his|her)", r"other (?:students|people)'s?",
        r"[a-z]+'s (?:uni |university |college |student |school )?(?:account|login|"
        r"password|credentials|inbox)",
    ),
    # an account, a login or what is kept behind one
    "account": (
        r"accounts?", r"logins?", r"log-ins?", r"passwords?", r"pass ?codes?", r"portals?",
        r"inbox(?:es)?", r"credentials", r"(?:2fa|mfa|two[- ]factor|verification) codes?",
        r"profiles?", r"submissions?", r"uploads?", r"uploaded", r"(?:e-?mail|outlook|teams) "
        r"account",
    ),
    # getting into, guessing or using it
    "get_in": (
        r"log ?(?:in|into|on|onto)", r"sign ?(?:in|into|on)", r"get (?:in|into|in to|"
        r"access|past)", r"access(?:ing)?", r"break(?:ing)? into", r"hack\w*", r"guess(?:ing)?",
        r"crack(?:ing)?", r"open(?:ing)?", r"see", r"look (?:at|in|into|through)", r"view",
        r"use", r"using", r"reset", r"change", r"recover", r"bypass\w*", r"peek\w*",
        r"snoop\w*", r"read",
        # what is behind it taken away ("download his submission while he's logged in")
        r"download\w*", r"grab(?:bing)?", r"copy(?:ing)?", r"take", r"steal(?:ing)?",
        r"nick", r"save",
    ),
    # the bot asked to speak as someone or something ("respond only as <a bot> who ...",
    # "roleplay as an assistant that ...")
    "persona": (
        r"(?:respond|reply|answer|act|talk|speak|behave|pretend|roleplay|role-?play|play|"
        r"be|become|turn into|switch to)(?: only| now| from now on)? (?:as|like|to be)? ?"
        r"(?:a |an |my |the )?[\w-]+(?: [\w-]+)? (?:who|that|which|with|without)",
        r"(?:you are|you're|youre) now", r"from now on (?:you|u)", r"stay in character",
        r"new persona", r"alter ego", r"evil (?:twin|version|mode)",
    ),
    # ... with no rules, to get round them
    "unbound": (
        r"answers? (?:everything|anything|any question)", r"(?:says?|does|do) anything",
        r"no (?:rules|limits|filters?|restrictions|guidelines|boundaries|censorship|morals|"
        r"policy|policies)", r"(?:un|non-?)(?:restricted|filtered|censored|limited|bound)",
        r"without (?:any )?(?:rules|limits|filters?|restrictions|guidelines|censorship)",
        r"(?:ignores?|breaks?|bends?|skips?) (?:the |all |any |your |its )?(?:rules|"
        r"guidelines|policies|restrictions)", r"jailbr\w*", r"developer mode",
        r"never (?:refuses?|says? no)", r"can'?t refuse",
    ),
    # a text meant to hurt or cow its reader ("so he feels worthless", "to humiliate her")
    "hurt": (
        r"(?:he|she|they|him|her|them) (?:feels?|feel|looks?) (?:\w+ )?(?:worthless|stupid|"
        r"useless|small|pathetic|ashamed|guilty|terrible|awful|dumb|like (?:an? )?(?:idiot|"
        r"failure|loser|shit|crap|rubbish))",
        r"(?:humiliat|belittl|bully|bullies|harass|intimidat|demean|shame|guilt[- ]?trip|"
        r"gaslight|torment|taunt|scare|frighten)\w* (?:him|her|them|my \w+|the \w+|that \w+)",
        r"make (?:him|her|them|my \w+|the \w+) (?:cry|suffer|regret|scared|afraid|"
        r"miserable)",
    ),
    # assessment material the students do not have
    "assess_material": (
        r"(?:marking|mark|grading) (?:schemes?|guides?|criteria|rubrics?)", r"rubrics?",
        r"model (?:answers?|solutions?)", r"(?:exam|quiz|test) (?:papers?|questions)",
        r"(?:answers?|solutions?) (?:to|for|of) (?:[\w']+ ){0,2}"
        r"(?:quiz|exam|test|cw\d*|coursework|task \d+)",
    ),
    # ... before it is out
    "unreleased": (
        r"before (?:it'?s|it is|its|they'?re|they are|it gets|they get|the \w+ (?:is|are|gets?)) "
        r"(?:released|published|out|made public|posted|available|put up)",
        r"unreleased", r"unpublished", r"not (?:yet )?(?:been )?(?:released|published|out)",
        r"ahead of (?:its |their |the )?release", r"early (?:copy|access)",
    ),
    # someone else's trouble with their own account, to be pointed to help: never refused
    "their_trouble": (
        r"(?:can'?t|cannot|can not|couldn'?t|unable to|not able to) (?:log|sign|get|access|"
        r"open|see|reset)", r"locked out",
        # (forgetting to log out is the chance taken, not their trouble)
        r"forgot(?! to (?:log|sign) ?(?:out|off))", r"lost", r"who (?:should|do|does|can) "
        r"(?:he|she|they|i|we)", r"how (?:does|do|can|should) (?:he|she|they)",
    ),
    # a plagiarism or similarity check, a detector of copied or generated text
    "checker": (
        r"plagiari[sz]m (?:check\w*|detect\w*|software|tools?|scanners?|scans?|filters?|"
        r"systems?)", r"similarity (?:check\w*|scores?|reports?|detect\w*|software|index|"
        r"tools?)", r"turnitin", r"moss", r"ai[- ]?(?:text )?detect\w*", r"gpt ?zero",
        r"(?:the|a|any|an) (?:\w+ )?detectors?", r"(?:the|a|any) checker", r"copy ?leaks",
    ),
    # getting round it, not being caught by it
    "evade": (
        r"undetect(?:able|ed)", r"(?:beat|beats|beating|fool|fools|fooling|trick|tricks|"
        r"tricking|bypass\w*|evade\w*|evading|dodge\w*|circumvent\w*|outsmart\w*|"
        r"get (?:past|around|round|by|through)|gets (?:past|around|round)|"
        r"slip (?:past|through|by)|sneak (?:past|through|by)|spoof\w*|outwit\w*|"
        r"cheat(?:ing)? (?:the|a|an|this|that))",
        r"without (?:it |them |anyone |the \w+ )?(?:being |getting )?(?:detect\w*|flag\w*|"
        r"notic\w*|caught|picked up)",
        r"(?:not|never|won'?t|doesn'?t|don'?t|wont|dont|can'?t) (?:get )?(?:flag\w*|detect\w*|"
        r"caught|picked up|notice\w*|pick (?:it |them )?up|spot\w*|catch)",
    ),
    # an exam's proctoring or invigilation, a person or software watching a test
    "proctor": (
        r"proctor\w*", r"invigilat\w*", r"lockdown browsers?", r"respondus", r"honorlock",
        r"examplify", r"safe ?exam ?browser",
        r"(?:exam|test|quiz|webcam|camera|screen|online|remote) (?:\w+ )?(?:monitoring|"
        r"surveillance|supervision|monitors?)(?: (?:software|system|tool|app|program))?",
        r"anti-?cheat\w*(?: (?:software|system|tool|app|program))?",
    ),
    # a trouble with it, to be pointed to help ("my laptop can't get past the proctoring
    # check"): never refused
    "stuck": (
        r"(?:can'?t|cannot|can not|couldn'?t|unable to|not able to|won'?t let me|fails? to)",
        r"(?:keeps?|kept) (?:failing|crashing|freezing)", r"(?:isn'?t|is not|not) working",
        r"crash\w*", r"errors?", r"who (?:do|should|can) i (?:contact|ask|email|tell)",
    ),
    # feedback, reviews or ratings of a course or of its staff
    "feedback": (
        r"feedback", r"reviews?", r"ratings?", r"evaluations?", r"testimonials?",
        r"(?:module|course|student|teaching|lecturer|staff) (?:surveys?|questionnaires?)",
        r"surveys?", r"questionnaires?", r"comments?", r"rate ?my ?prof\w*",
    ),
    # written to deceive: fake, or as several people who are one ("under different names")
    "deceive": (
        r"fake[ds]?", r"bogus", r"phone?y", r"fabricated?", r"made[- ]up", r"invented",
        r"falsif\w*", r"fraudulent", r"sock ?puppets?", r"alt(?:ernate)? accounts?",
        r"under (?:\w+ )?(?:different|multiple|several|various|other|fake|false|new|made[- ]up) "
        r"(?:names|accounts|identities|usernames|emails|profiles|aliases)",
        r"(?:as|pretending to be|posing as) (?:\w+ )?(?:different|multiple|several|various|"
        r"other|fake) (?:students|people|users|accounts|classmates)",
    ),
    # a text produced or put in
    "produce": (
        r"write", r"draft", r"compose", r"make", r"create", r"generate", r"produce", r"post",
        r"submit", r"leave", r"fill (?:in|out)", r"type up", r"come up with", r"churn out",
        r"spam", r"give", r"send", r"can you", r"could you", r"help me",
    ),
    # assessed work bought, sold or ordered ("buy a finished report", "sell my solved cw2")
    "trade_work": (
        r"(?:buy|buying|bought|purchas\w*|pay(?:ing)? (?:someone |somebody |a \w+ )?for|"
        r"sell|selling|sold|flog\w*|commission\w*)(?: (?:a|an|the|my|our|your|some|"
        r"someone'?s|ready-?made|finished|completed|written|done|solved|pre-?written|custom|"
        r"cheap|whole|full|model|old|working|marked|graded|last year'?s))* (?:coursework|"
        r"cw\d*|assignments?|essays?|reports?|solutions?|answers?|notebooks?|homework|"
        r"projects?|dissertations?|thesis|code|tasks?|quiz(?:zes)?)",
        r"essay mills?", r"(?:contract|homework|assignment|essay) (?:cheating|writing) "
        r"(?:sites?|services?|websites?|companies)",
    ),
    # a mark set or changed ("bump my cw2 mark up to a 70", "change my quiz score to full
    # marks", "give me full marks")
    "mark_change": (
        r"(?:bump|raise|change|set|increase|boost|up|adjust|alter|edit|modify|upgrade|"
        r"improve|update|round)(?: [\w']+){0,3} (?:marks?|grades?|scores?|results?)"
        r"(?: [\w']+){0,3} (?:to|up|higher|into)",
        r"give (?:me|us|him|her|them) (?:full marks|(?:a|an) (?:\d+|first|a\+?|distinction|"
        r"pass|higher (?:mark|grade)|better (?:mark|grade))\b)",
        r"mark (?:me|my \w+) (?:higher|up|as (?:a )?pass\w*)",
    ),
    # a mark foretold ("predict my cw2 mark", "guess what grade i'll get")
    "mark_predict": (
        r"(?:predict|guess|estimate|forecast|foretell)\w*(?: [\w']+){0,4} "
        r"(?:marks?|grades?|scores?|results?)",
    ),
    # said to the bot to do it
    "you_do": (
        r"^(?:please |pls |plz |just |now |ok |okay )?(?:bump|raise|change|set|increase|boost|"
        r"up|adjust|alter|edit|modify|upgrade|give|mark|update|predict|guess|estimate|"
        r"forecast)", r"can (?:you|u)", r"could (?:you|u)", r"would (?:you|u)",
        r"will (?:you|u)", r"(?:i need|i want|i'd like|id like) (?:you|u) to",
        r"go ahead and", r"please", r"pls", r"plz",
    ),
    # the facts of marking, or the proper way to query a mark: never refused
    "mark_rule": (
        r"worth", r"weigh\w*", r"out of", r"how many", r"counts?", r"percent\w*", r"need",
        r"appeal\w*", r"re-?mark\w*", r"re-?check\w*", r"review\w*", r"quer(?:y|ies)",
        r"mistake", r"wrong", r"errors?", r"who (?:do|should|can) i", r"how (?:do|can|should) i",
        r"late", r"penalt\w*", r"policy",
    ),
    # asking whether something is allowed, or how to report it: never refused
    "allowed": (
        r"is (?:it|that|this) (?:ok|okay|fine|allowed|legal|permitted|against|cheating|"
        r"plagiarism|a problem)", r"am i allowed", r"are (?:we|students) allowed",
        r"would (?:it|that) (?:be|count)", r"(?:does|would) (?:it|that) count as",
        r"get (?:in|into) trouble", r"how (?:do|can|should) i report", r"should i report",
        r"i (?:found|received|got sent)", r"someone (?:sent|shared|posted|gave)",
        r"(?:is|are) (?:going around|circulating)", r"how (?:do|can) i (?:tell|check|spot)",
        r"is (?:it|this|that) (?:real|genuine|legit|fake)", r"phishing", r"scam",
    ),
}

# A refusal's kind and the concepts that make it: every plain concept present, none of the
# ones marked "-"; the first that holds. The first concept is the rule's anchor, the rare one
# (`_gate`).
RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (kind, tuple(c for c in spec.split() if not c.startswith("-")),
     tuple(c[1:] for c in spec.split() if c.startswith("-")))
    for kind, spec in (
        ("pirated", "pirate_tool ask -allowed"),
        ("pirated", "pirated product ask -allowed"),
        ("pirated", "pirated download -allowed"),
        ("marking", "hidden_grading ask -whether -allowed"),
        ("marking", "grader_tests -allowed"),
        ("others_chats", "bot_chats others chat_ask -allowed"),
        ("in_their_name", "as_if person compose -allowed"),
        ("dishonest", "forged document make -allowed"),
        ("spam", "flood target act -victim -allowed"),
        ("others_data", "whereabouts ask -own -allowed -thing"),
        ("others_account", "theirs account get_in -own -their_trouble -allowed"),
        ("copying", "checker evade -allowed"),
        ("copying", "trade_work -allowed"),  # (work bought is passed off as one's own)
        # getting round an exam's proctoring, not a trouble with it
        ("dishonest", "evade proctor -stuck -allowed"),
        # fake feedback, reviews or ratings of the course or its staff
        ("dishonest", "deceive feedback produce -allowed"),
        ("marks", "mark_change you_do -mark_rule -allowed"),
        ("marks", "mark_predict you_do -mark_rule -allowed"),
        ("instructions", "persona unbound -allowed"),
        ("mockery", "hurt compose -allowed"),
        ("marking", "unreleased assess_material ask -whether -allowed"),
    ))


def _compile(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")(?![\w'])")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {name: _compile(cues) for name, cues in CUES.items()}


@functools.cache
def _gate() -> re.Pattern[str]:
    """One search over every rule's anchor: most messages name none and cost no more."""
    return _compile(tuple(cue for _, needed, _ in RULES for cue in CUES[needed[0]]))


def concept_refusal(text: str) -> str | None:
    """The refusal kind of the normalised `text` that its concepts make (`RULES`), else
    None."""
    if not _gate().search(text):
        return None
    patterns = _patterns()
    seen: dict[str, bool] = {}

    def has(concept: str) -> bool:
        if concept not in seen:
            seen[concept] = bool(patterns[concept].search(text))
        return seen[concept]

    for kind, needed, excluded in RULES:
        if all(has(c) for c in needed) and not any(has(c) for c in excluded):
            return kind
    return None


def concept_hint(text: str) -> bool:
    """Whether the normalised `text` holds the anchor of some rule (its rare concept) and
    none of that rule's exclusions: half a refusal, which the classifier may complete
    (`policy`), never a refusal by itself."""
    if not _gate().search(text):
        return False
    patterns = _patterns()
    return any(needed[0] not in _TOO_COMMON and patterns[needed[0]].search(text)
               and not any(patterns[c].search(text) for c in excluded)
               for _, needed, excluded in RULES)


# Anchors too common to be half a request alone ("his", "my friend's": any remark about
# someone, "he won't tell me").
_TOO_COMMON = frozenset({"theirs"})

