"""Every sentence the bot says to a person, in one place.

Handlers pick a message and fill it; no user-facing text is written anywhere else in the core.
No sentence states a fact of one course: codes, names, numbers, dates, places and examples
come from the schedule and are filled in (`bot/core/course.py` builds the course's parts).
"""

from __future__ import annotations

HELP = (
    "I'm the {code} {title} course assistant: a bot, not a person (say \"ask a TA\" to reach "
    "one). Ask me in your own words, for example:\n"
    "• Deadlines: \"when is {coursework} due?\", \"how long until the next deadline?\"\n"
    "• Sessions: \"what's on tomorrow?\", \"when is the next {session}?\", "
    "\"{sessions} in week {week}\"\n"
    "• Topics and reading: \"which lecture covers {topic}?\", \"what's {item} about?\", "
    "\"what should I read for week {week}?\"\n"
    "• People: \"who marks {coursework}?\", \"who runs the week {week} {session}?\"\n"
    "• Logistics: \"how is the course assessed?\", \"what's examinable?\", "
    "\"how do I submit?\", \"which book?\", \"where do I get a GPU?\", \"where is the forum?\"\n"
    "{concepts}"
    "• Reminders: \"remind me\" (before deadlines and sessions), \"stop reminders\"; "
    "\"forget me\" deletes what I keep about you\n"
    "If I can't answer, I'll say so: you can then ask the course staff on {forum}."
)
# The help line on notes, for a course that has them.
HELP_CONCEPTS = ("• Concepts from the notes: ask what something is, why or how it works, or how "
                 "two things differ; I quote the notes and say which part\n")
# Blanks of the examples above when the course has no such thing to name.
EXAMPLE_COURSEWORK = "the coursework"
EXAMPLE_LECTURE = "lecture {number}"
EXAMPLE_TOPIC = "the first lecture's topic"
CAPABILITIES = ("I can answer questions about deadlines, sessions (lectures, Q&As, tutorials, "
                "quizzes), topics and readings, staff and course logistics. "
                "Type \"help\" for examples.")
GREETING = "Hello! " + CAPABILITIES
EMPTY = ("Ask me something about the course, for example \"when is {coursework} due?\". "
         + CAPABILITIES)
UNKNOWN = "Sorry, I don't know that from the course schedule. " + CAPABILITIES
UNKNOWN_FORUM = " For anything else, ask the course staff on {forum} ({forum_course})."
TRUNCATED = "(I only read the first {limit} characters of your message.) "
PERSONAL = ("I can't see marks, feedback or personal circumstances, and I can't grant "
            "extensions: that needs a person. A teaching assistant can take it up with you "
            "privately: say \"ask a TA\" and I'll pass it on (only the course staff will see "
            "it). You can also contact the course staff directly, or post privately on "
            "{forum} ({forum_course}).")
# An arrangement for a disability or a need of access asked for ("i'm dyslexic, could i get
# the slides in advance", "who do i send my support plan to"): heard kindly, and the staff
# set it up privately.
PERSONAL_ADJUSTMENT = (
    "Thank you for telling me. Arrangements like that (materials in advance or in another "
    "format, captions, extra time, or putting a support plan in place) are for the course "
    "staff to set up: I can't grant them myself, and they'll treat it privately. A teaching "
    "assistant can take "
    "it up with you: say \"ask a TA\" and I'll pass it on (only the course staff will see "
    "it). You can also contact the course staff directly, or post privately on {forum} "
    "({forum_course}).")
# A decision about one's place on the course ("can i still drop this module", "can i switch to
# the other group"): a person decides; asked privately.
PERSONAL_ADMIN = (
    "Whether you can do that (a change to your place on the course, such as leaving or "
    "joining the module, changing group, auditing or sitting in on its sessions) is "
    "decided by a person, the course staff or your department, not by me, and the course "
    "page doesn't say. A teaching "
    "assistant can take it up with you privately: say \"ask a TA\" and I'll pass it on (only "
    "the course staff will see it). You can also contact the course staff directly, or post "
    "privately on {forum} ({forum_course}).")
# An action on the course asked of the bot ("sign me up for the tutorial", "enrol my friend",
# "put me in the other group"): said plainly that it can't, and a person offered.
PERSONAL_ACTION = (
    "I can't do that for you: I can't sign anyone up, enrol or register anyone, or move "
    "anyone between groups or sessions; I only answer questions from the course page. Whether "
    "and how it can be done is for a person, the course staff or your department. A teaching "
    "assistant can take it up with you: say \"ask a TA\" and I'll pass it on (only the course "
    "staff will see it). You can also contact the course staff directly, or post privately on "
    "{forum} ({forum_course}).")
PERSONAL_ACTION_DATES = "What the course page says of what you mentioned:"
# An exemption or a waiver asked ("could i be exempted from the quiz, i did it elsewhere"):
# a person's decision, which the page does not settle.
PERSONAL_EXEMPTION = (
    "An exemption or a waiver (from a task, a quiz or any part of the assessment) is a "
    "decision for a person, the course staff or your department, not for me, and the course "
    "page doesn't say whether one can be given. A teaching assistant can take it up with you "
    "privately: say \"ask a TA\" and I'll pass it on (only the course staff will see it). You "
    "can also contact the course staff directly, or post privately on {forum} "
    "({forum_course}).")
# A mishap in the middle of an assessment or just before a hand-in ("the power went during
# the quiz, who do i tell"): a person at once, no policy guessed.
PERSONAL_URGENT = (
    "That needs a person, straight away: tell the course staff now, don't wait. Say "
    "\"ask a TA\" and I'll pass it on at once (only the course staff will see it), and also "
    "contact the course staff directly or post privately on {forum} ({forum_course}). I can't "
    "give extra time or decide what happens to your attempt, and the course page doesn't say "
    "what happens in that case: the staff will.")
# Written for someone else who is ill or in hospital ("i'm writing for my friend who is in
# hospital, she can't submit"): care for them, and the staff's decision raised privately.
PERSONAL_FOR_SOMEONE = (
    "I'm sorry to hear that, and it's kind of you to write for them. What can be done about "
    "their coursework (more time, or handing in late) is for the course staff to decide, not "
    "me, and it's best raised privately and soon: they (or you, for them) can contact the "
    "course staff directly, or say \"ask a TA\" and I'll pass it on (only the course staff "
    "will see it).")
# A worry about academic integrity ("we shared snippets and now mine looks similar"): the
# rule's own matter, not marks or extensions; raised privately and early.
PERSONAL_INTEGRITY = (
    "If you're worried your work may look too close to someone else's, the best step is to "
    "raise it with the course staff yourself, privately and soon, and explain how it came "
    "about: I can't judge it or see anyone's work. A teaching assistant can take it up with "
    "you privately: say \"ask a TA\" and I'll pass it on (only the course staff will see it). "
    "You can also contact the course staff directly, or post privately on {forum} "
    "({forum_course}).")
# How a member of staff treated the writer ("my tutor was rude to me and laughed at my
# question"): a complaint to the course staff, made privately.
PERSONAL_CONDUCT = (
    "I'm sorry you were treated that way. How a member of staff treats you is something you "
    "can complain about, privately, to the course staff (or your department, if it concerns "
    "the person you'd complain to). You can contact the course staff directly, or post "
    "privately on {forum} ({forum_course}); or say \"ask a TA\" and I'll pass it on (only "
    "the course staff will see it).")
# Trouble with other students over the work (a partner doing nothing, work copied, a
# falling-out): the staff's to sort out privately; and, where the page says the work is
# individual, that said too.
PERSONAL_PEERS = (
    "That sounds frustrating. Trouble with other students over the work (someone not doing "
    "their part, work copied, a falling-out) is for the course staff to sort out, not me. A "
    "teaching assistant can take it up with you privately: say \"ask a TA\" and I'll pass it "
    "on (only the course staff will see it). You can also contact the course staff directly, "
    "or post privately on {forum} ({forum_course}).")
PEERS_INDIVIDUAL = "Note that the course page says: {individual}"
# Said first to someone who tells they are or were ill (not to every personal matter).
PERSONAL_UNWELL = "I'm sorry to hear you've been unwell. "
# Said first to someone whose work was lost or whose tools broke (a laptop died, files wiped).
PERSONAL_LOST_WORK = "I'm sorry your work has been set back, that's a rotten thing to happen. "
# A mishap beside a hand-in with no work said lost ("family emergency, flying home, may
# miss cw3", "power cut all day, missed the deadline"): heard before the offer.
PERSONAL_HARDSHIP = "I'm sorry, that sounds really hard to deal with. "
# Before the answer to a course question asked beside a circumstance ("my dad is in hospital,
# what deadlines do i still have?"): heard in a word, no offer for a request not made. (One's
# own illness is offered a TA before the answer: the staff weigh what it held up.)
PERSONAL_KIND = ("Thank you for telling me, and I hope things go as well as they can. Here's "
                 "what you asked:")
# Before the answer to how the course is given, asked beside what one lives with (a
# disability, a job, caring for someone): the answer, then the offer for an adjustment.
PERSONAL_SITUATION_KIND = ("Thanks for telling me. If you need an adjustment for your "
                           "situation, a teaching assistant can take it up with you privately: "
                           "say \"ask a TA\" and I'll pass it on (only the course staff will "
                           "see it). Here's what the course page says:")
# Before the answer about a session whose time is hard for the writer, who asks for another
# arrangement ("the q&a is at 2am for me, is there any other arrangement?"): the offer of a
# TA for it, then what the page says of the session.
PERSONAL_ARRANGEMENT_KIND = ("Sorry that time is hard for you. Another arrangement (a "
                             "different session, time or way to take part) is for the course "
                             "staff to decide, not me: a teaching assistant can take it up with "
                             "you privately, say \"ask a TA\" and I'll pass it on (only the "
                             "course staff will see it), or post privately on {forum} "
                             "({forum_course}). Here's what the course page says:")
PERSONAL_UNWELL_KIND = ("I'm sorry to hear you've been unwell, and I hope you're feeling "
                        "better. If it has set your work back, more time is for the course "
                        "staff to decide: a teaching assistant can take it up with you "
                        "privately, say \"ask a TA\" and I'll pass it on (only the course "
                        "staff will see it). Here's what you asked:")
# A symptom asked about ("chest pain and dizzy, is that serious?"): no medical advice, and where
# to get it; no course facts, no TA (a TA only when the course is also concerned).
PERSONAL_HEALTH_HELP = (
    "I'm sorry you're feeling like this, but I can't give medical advice: I'm only the course "
    "assistant. If it could be an emergency (for example chest pain, trouble breathing, "
    "fainting or heavy bleeding), contact {emergency} now. Otherwise {health} can tell you "
    "what to do.")
# {health} when the course data's `support` names no such service.
HEALTH_SERVICE = "a doctor or your local non-urgent health service"
# A legal problem ("can i take my landlord to court"): not the course's; where to get advice.
# {advice} from the course data's `support`, or LEGAL_ADVICE.
PERSONAL_LEGAL_HELP = (
    "Sorry you're dealing with that, but I can't give legal advice: I only answer questions "
    "about the course. {advice} can give free, confidential advice on housing, money, "
    "employment and legal problems.")
LEGAL_ADVICE = "Your university's student advice service"
# Someone who says they are struggling (their mental health, a loss): heard first, pointed to
# people who can help, and told it stays private. No course facts.
PERSONAL_WELLBEING = (
    "I'm sorry you're going through this, and thank you for saying it. You don't have to "
    "deal with it alone: your university's student wellbeing and counselling services are "
    "there for exactly this, and your personal tutor or the course staff can talk with you "
    "privately about catching up (contact them directly, or post privately on {forum} "
    "({forum_course})). What you write to me here is not shared with other students.")
# Someone who may be in danger ("i can't do this anymore", thoughts of self-harm): care,
# emergency help now, support and a trusted person, the offer to tell the staff privately;
# nothing of the course. {emergency} and {support} come from the course data's `support`
# (CRISIS_EMERGENCY_NAMED, CRISIS_SUPPORT_NAMED) or, when none is set, the generic words.
PERSONAL_CRISIS = (
    "I'm really sorry you're feeling like this, and I'm glad you told me. You don't have to "
    "carry this alone. If you are in danger or might act on these thoughts, please contact "
    "{emergency} now. {support} It can also help to talk to someone you trust: a friend, "
    "family, or your personal tutor. If you'd like, I can let the course staff know privately: "
    "say \"ask a TA\" and I'll pass it on (only the course staff will see it, never other "
    "students).")
# A hand-in gone wrong ("uploaded the wrong zip, the deadline passed 20 min ago", "the system
# rejected my file"): sorry, what only the staff decide, the offer to pass it on now; then the
# deadline concerned (PERSONAL_SUBMISSION_DUE).
PERSONAL_SUBMISSION = (
    "Sorry, that's stressful. What can be done about a submission that went wrong (a wrong or "
    "missing file, an upload that failed, a late hand-in) is for the course staff to decide, "
    "not me, so tell them as soon as you can. A teaching assistant can take it up with you "
    "privately: say \"ask a TA\" and I'll pass it on (only the course staff will see it). "
    "Say what happened and when, and keep any file or screenshot of the error as a record.")
PERSONAL_SUBMISSION_DUE = "For reference: {line}"
CRISIS_EMERGENCY = "emergency services"
CRISIS_EMERGENCY_NAMED = "emergency services ({number})"
CRISIS_SUPPORT = ("Your university's student support, wellbeing and counselling services are "
                  "there for exactly this, and you can reach them today.")
CRISIS_SUPPORT_NAMED = ("You can also reach {services}: they are there for exactly this, and "
                        "you can talk to them today.")
# After it, to someone whose distress is of the mind (not a loss told alone).
PERSONAL_CRISIS_LINE = ("If you ever feel unsafe, please contact emergency services or a crisis "
                        "line now.")
# After it, when no work or provision is asked ("idk if i can keep up, so stressed, sorry this
# isn't a course question"): the writer is offered a person from the course all the same.
PERSONAL_WELLBEING_TA = ("If it would help to talk about keeping up with the course, a "
                         "teaching assistant can take it up with you privately: say \"ask a "
                         "TA\" and I'll pass it on (only the course staff will see it).")
# After it, when the course's work is named (a deadline, a task): what only the staff decide,
# and the offer to pass it on.
PERSONAL_WELLBEING_STAFF = ("More time for your work is for the course staff to decide, not me, "
                            "and they can take your circumstances into account. A teaching "
                            "assistant can take it up with you privately: say \"ask a TA\" "
                            "and I'll pass it on (only the course staff will see it).")

# After the answer to a question asked below a paste of code or a log, which was left aside.
PASTE_ASIDE = ("(I've answered your question and left the pasted code or log aside: for help "
               "with it, say \"ask a TA\".)")

# Two tasks said to be due together ("cw2 and cw3 at the same time??"): the page's facts,
# then a person offered for the workload.
TOGETHER_NO = "No, they are not due {unit}: they are {gap} apart on the course page."
TOGETHER_YES = "Yes: {names} are due {unit}."
TOGETHER_UNITS = {"week": "in the same week", "day": "on the same day",
                  "date": "on the same day", "time": "at the same time"}
TOGETHER_GAPS = " and then "
TOGETHER_TA = ("If the workload is still a problem, a teaching assistant can take it up with "
               "you: say \"ask a TA\" and I'll pass it on (only the course staff will see it).")

# Deadlines
DUE_FUTURE = "{title} ({id}) is due {when}: {left} from now."
# A bare "help" or "??" sent with a deadline close: that deadline first, and how to reach a TA.
DEADLINE_CLOSE = ("{due}\nIf you are stuck with it, say \"ask a TA\" to reach a teaching "
                  "assistant, or post on {forum} ({course_name}).")
DUE_PAST = "{title} ({id}) was due {when} ({ago} ago)."
# A deadline or session set against a course week ("before week 9 starts or during it").
WEEK_REL_IN = "{what} falls in week {week} ({span})."
WEEK_REL_BEFORE = "{what} falls before week {week} starts ({span}){own}."
WEEK_REL_AFTER = "{what} falls after week {week} ends ({span}){own}."
WEEK_REL_DEADLINE = "The {id} deadline"
WEEK_REL_SESSION = "The {name}"
WEEK_REL_OWN = ": it is in week {week} ({span})"
DUE_IN_WEEK = "{id} is due in week {week} of the course ({span})."
DUE_SUBMIT = "Submit on {via}: {contents}."
# Whether a hand-in is still open, asked after its deadline: the page states no late rule.
LATE_UNSTATED = ("The course page doesn't say whether late submissions are accepted or how "
                 "they are marked. If you haven't yet, submit on {via} as soon as you can, "
                 "and say \"ask a TA\" to check with the course staff.")
# The cost of lateness asked of a named coursework ("a late penalty if i submit cw2 late")
LATE_RULE_UNSTATED = ("The course page doesn't state a late penalty or how late work is "
                      "marked.")
LATE_RULE_DEADLINE = "The deadline it gives:"
NEXT_DEADLINE = "The next coursework deadline is {title} ({id}), due {when}: {left} from now."
AFTER_SESSION = "After {title} comes:"
BEFORE_SESSION = "Before {title} comes:"
# What the session next to a named one covered: which session that is, then its notes.
BEFORE_SESSION_IS = "Before {title} comes {other}."
AFTER_SESSION_IS = "After {title} comes {other}."
SESSION_ON_DAY = "the {title} of {day}"
ANCHORED_AT = "{title} ({when})"
ANCHORED_WITH = "{title} with {staff}"
THE_THING = "the {title}"
LIVE_SESSIONS = "sessions"
NONE_ANCHORED = "The course page has no {what} {side} {title}."
SPAN_FROM = "{gap} from {start} to the {due}:"
SPAN_FROM_END = "the end of {title}"
# "in week 5 (the one starting 1 feb)": the date's week is answered, and said to be another.
WEEK_SAID_OTHER = ("Not week {said}: {day} is in week {week} ({span}); week {said} is "
                   "{said_span}.")
NONE_BEFORE_SESSION = "{title} is the first of its kind on the course page: none comes before it."
# A weekly commitment set against the course ("i work thursday afternoons, will i miss
# anything"): every session in that slot still to come, or that there is none.
CLASH_HEADER = ("In the time you gave ({slot}){zone}, these course {what} are still to "
                "come ({count}):")
CLASH_HEADER_DAY = "In the time you gave ({slot}){zone}, these course {what} fall ({count}):"
# (asked after the course's last event: all that fell in that time, said to be past)
CLASH_COURSE_OVER = ("The course is over; in the time you gave ({slot}){zone}, these course "
                     "{what} fell ({count}):")
CLASH_PAST_ONLY = ("Nothing more of the course falls in the time you gave ({slot}){zone}; "
                   "the last one was: {line}")
# How a time the asker is taken is named: a weekly stretch over days, weekends, a part of
# every day, a day with its hours.
BUSY_DAYS = "{first} {start} to {last} {end}"
BUSY_SUNSET = "; sunset taken as {start}, its hour depends on place and season"
BUSY_WEEKENDS = "weekends"
# A job's hours said without its days ("i work 9-5"): taken as the working week's
BUSY_WORKING_WEEK = "{first} to {last} {hours}, a working week taken"
# "in early march", "mid-feb": a third of a month, its days said
PART_OF_MONTH = "in {part} {month}"
MONTH_THIRDS = ("early", "mid", "late")
BY_PART_OF_MONTH = "by {part} {month} (up to {last} {mon})"
FROM_PART_OF_MONTH = "from {part} {month} on"
# "till mid march": the day a part of a month is taken as
TO_PART_OF_MONTH = "{label} (taking {part} {month} as {day})"
BUSY_DAILY = "{part}s, every day"
# A part of every day said by one end ("anything before 10am", "after 5pm")
BUSY_EVERY_DAY = "every day"
BUSY_DAY_HOURS = "{day} {hours}"
# Days of every week within a stretch said with them ("tuesdays in february")
BUSY_WITHIN = "{days}, {span}"
# A start said alone ("at 10:30"): the hour after it is what is set against the course.
BUSY_FROM = "{start}-{end}, an hour from the time you said"
BUSY_DAY_PART = "{part} {start}-{end}"
CLASH_RIGHT_AFTER = ("Right after that hour (in case it runs on): {line}")
CLASH_RIGHT_AFTER_MANY = "Right after that hour (in case it runs on):"
# A time within one day: the rest of that day's sessions and deadlines, outside it
CLASH_ALSO_THAT_DAY = "Also that day, outside that time:"
CLASH_CLEAR_WITHIN = "Outside that time, {span} (no clash):"
CLASH_NONE = "None of the course's {what} falls in the time you gave ({slot}){zone}."
# The verdict before the list of a weekly time (after "Yes:" when one is asked): all or some
# of what is still to come (and, when all, the days and hours it shares)
CLASH_SOME_IN = "{count} of the {total} sessions still to come fall in that time."
CLASH_ALL_IN = ("every session still to come falls in that time (they are all on {days}, "
                "{start}-{end}).")
# A time one is free that no session falls in, asked whether one misses them
CLASH_FREE_MISSED = "Yes, you would miss them live: {none}"
CLASH_DEADLINES_THEN = "Deadlines do fall in that time, though:"
CLASH_SESSIONS = "sessions"
CLASH_DEADLINES = "deadlines"
CLASH_BOTH = "sessions and deadlines"
CLASH_ZONE = " ({zone} time)"
CLASH_TIMETABLE = "The timetabled sessions are: {slots} ({zone} course time)."
CLASH_TIMETABLE_SLOT = "{kind} {day} {start}-{end}"
CLASH_TIMETABLE_THERE = "In {zone} time that is: {slots}."
# The kind asked about is not held in the busy time, though others are.
CLASH_KIND_PRERECORDED = ("No: the lectures are pre-recorded (no set time){live}. What is live "
                          "in that time is the {held}.")
# Some of the kind asked about falls in the busy time, beside other kinds.
CLASH_KIND_HELD_ONE = "one of the {asked} falls in that time: {names}."
CLASH_KIND_HELD_MANY = "{count} of the {asked} fall in that time: {names}."
CLASH_KIND_NOT_HELD = "No: none of the {asked} falls in that time; what does is the {held}."
CLASH_PRERECORDED = ("Lectures are pre-recorded (no set time), so you can watch them when "
                     "you are free{live}.")
# The zone of the page's times, and a clock time converted ("what's 19:00 in chicago").
ZONE_OF_TIMES = ("The course page gives its times, deadlines included, in course time: {zone} "
                 "({abbrev} on {day}).")
ZONE_SHOWN_YOURS = "I give each time in your zone too ({zone}), with course time beside it."
CLOCK_CONVERTED = ("{clock} {abbrev} course time (on {day}) is {theirs} {their_abbrev}"
                   "{their_day} in {zone}.")
# How the asker's zone stands against course time ("lisbon is the same as london right?").
ZONE_SAME = ("{place} time ({abbrev}) is the same as course time ({course_abbrev}, "
             "{course_place}){dates}.")
ZONE_AHEAD = ("{place} time ({abbrev}) is {hours} ahead of course time ({course_abbrev}, "
              "{course_place}){dates}.")
ZONE_BEHIND = ("{place} time ({abbrev}) is {hours} behind course time ({course_abbrev}, "
               "{course_place}){dates}.")
ZONE_ON_DAY = " on {day}"
# A clock change asked of by a student abroad ("does the clock change affect anything left").
CLOCK_SAME = "the same as"
CLOCK_AHEAD = "{hours} ahead of"
CLOCK_BEHIND = "{hours} behind"
CLOCK_CHANGES_ON = "The clocks change in {place} on {day} ({before} to {after})."
CLOCK_BEFORE_EVENT = " That is before {what} ({day}), so it counts for it."
CLOCK_AFTER_EVENT = " That is after {what} ({day}), so it does not move it."
CLOCK_BETWEEN_EVENTS = " That falls between {first} and {last}."
CLOCK_CONVERTED_FOR_DAY = ("The time I give for {what} in your zone ({local}) already uses "
                           "both zones' clocks on that day.")
CLOCK_NONE_AFFECTED = ("No: nothing still to come is affected. {place} stays {relation} course "
                       "time ({course_place}) up to the last session or deadline ({last}), so "
                       "every remaining time stays where it is on your clock.")
CLOCK_AFFECTED = ("Yes: {place} is {before} course time ({course_place}) until the change, then "
                  "{after} it from {day}; these {count} still to come are at another time on "
                  "your clock than the ones before:")
# Said when the asker's zone is the course's (or unknown): true on any clock, since a change
# in the course's zone or the asker's moves an event on a clock elsewhere.
CLOCK_IN_COURSE_ZONE = ("Course times are {place} times, on {place}'s clocks of each day: in "
                        "{place} a clock change moves nothing, each session stays at the time "
                        "the page gives. On a clock elsewhere, a change in {place} or in your "
                        "zone that falls before an event moves it by the hour; tell me your city "
                        "and I'll give every time on your clock, changes included.")
# "do any of the deadlines fall in BST / after the clocks change": over every event of the kind
CLOCK_KIND_AFTER = ("{verdict}: {count} of the {total} {kind} on the page {verb} after the clocks "
                    "change in {place} on {day} ({before} to {after}):")
CLOCK_KIND_NONE_AFTER = ("{verdict}: {all_of} with a time on the page {verb} before the clocks "
                         "change in {place} on {day} ({before} to {after}); the last is {last}.")
CLOCK_KIND_ALL = ("all {total} {kind}", "are")
CLOCK_KIND_ONE = ("the one {kind}", "is")
CLOCK_KIND_NO_CHANGE = ("{verdict}: the clocks do not change in {place} between the first and the "
                        "last of the {total} {kind} on the page ({first} to {last}).")
# A clock change asked of when nothing listed is still to come (the term is over).
CLOCK_NOTHING_LEFT = ("No listed session or deadline falls after it: the last one on the page "
                      "was {last}. Times on the page are course time ({zone}).")
ZONE_FROM_TO = " from {first} to {last}"
# A local clock time guessed for a session ("so the q&a is 10am for me too?").
# "is the 10am in my time or uk time?": whose clock the page's times are on, then the answer
# in the asker's own zone (course time beside it).
WHOSE_ZONE = ("The course page gives its times in course time ({place} time); below they are "
              "in your time, with course time in brackets.\n")
WHOSE_ZONE_SAME = "The course page gives its times in course time ({place} time), as yours.\n"
# "is the 10am q&a in uk time?" (the course's zone): yes, then the times where the asker is
IN_COURSE_ZONE = ("Yes: the course page gives its times in course time ({place} time); below "
                  "they are in your time ({zone}), with course time in brackets.\n")
# "back home in texas", "on the west coast": a region of several zones, read in its usual one
REGION_ZONE = ("(I read {region} as {place} time, the zone it usually means; tell me your "
               "city if yours is another.)")
IN_COURSE_ZONE_SAME = "Yes: the course page gives its times in course time ({place} time).\n"
LOCAL_GUESS = "{verdict} the next {kind} is at {theirs} your time ({their_abbrev}):"
# A zone with no common abbreviation, named by its place ("19:00 Singapore time").
ZONE_PLACE_TIME = "{place} time"
# A zone said as hours from a place ("1 hour ahead of London"): "London time + 1 hour".
ZONE_FROM_PLACE = "{place} time {sign} {amount}"
HOURS_COUNT = ("{n} hours", "{n} hour")  # (by whether it is one)
# How sessions other than lectures are delivered ("is the panel live or just a video").
MODE_LIVE = "{verdict} the course page lists the {what} as held live, at a set time{place}:"
MODE_PLACE = " on {place}"
# Live, but at night where the asker is ("from Auckland"): said before a bare yes.
LIVE_AT_NIGHT = "Yes, but at night in {place} ({clock} your time):"
# "Is the q&a live or recorded": an either/or answered with the side that holds, not Yes.
MODE_LIVE_SIDE = "Live:"
MODE_RECORDING_UNKNOWN = ("The course page doesn't say whether the {what} are recorded; it "
                          "lists them as held live, at a set time{place}:")
# Every session whose title names the topic ("the transformer lectures").
TITLED_HEADER = "The {kinds} on {phrase}:"
NONE_AFTER_SESSION = "{title} is the last of its kind on the course page: none comes after it."
NONE_AFTER_DEADLINE = ("{id} (due {when}) is the course's last coursework deadline: none comes "
                       "after it.")
NO_DEADLINES_LEFT = ("There are no coursework deadlines left: all {count} have passed. The last "
                     "was {title} ({id}), due {when}.")
DEADLINES_IN = "Coursework deadlines {label}:"
# A date said as the page gives it, from a zone where that deadline falls on another day.
DEADLINES_ON_COURSE_DAY = ("{label} in course time ({zone}), as the course page dates it; in "
                           "your time zone that is another day:")
NO_DEADLINES_IN = "There is no coursework deadline {label}."
# ("first monday of march, anything due?": the one after the day asked, not after today)
FIRST_DEADLINE_AFTER = "The first one after {span} is {title} ({id}), due {when}."
ALL_DEADLINES = "The coursework deadlines ({count} assessed tasks, {weight}% of the final mark):"
DEADLINES_ON_WEEKDAY = "Coursework deadlines on a {day}:"
NO_DEADLINES_ON_WEEKDAY = "No coursework deadline falls on a {day}. The deadlines are:"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DEADLINE_LINE = "• {id} {title}: {when}"
DEADLINES_REMAINING = "{count} of the {total} coursework deadlines {verb} still to come:"
DEADLINES_ALREADY_PASSED = "Already passed: {names}."
NEXT_DEADLINES = "The next {count} coursework deadlines:"
DUE_FIRST = "{first} is due first, {gap} before {second}."
DUE_SAME_DAY = "{first} and {second} are due at the same time."
DUE_SAME_TIME = {2: "Both are due at the same time of day: {time}.",
                 "more": "All are due at the same time of day: {time}."}
PREVIOUS_DEADLINE = "The most recent deadline was {title} ({id}), due {when} ({ago} ago)."
# What a task covers: the page does not say; what it says nearest follows.
TASK_CONTENTS_UNKNOWN = ("The course page doesn't say what each coursework task covers. "
                         "{notebooks} They are on {locations}.")
TASK_LISTED = "{id} is listed in {weeks}, due {when}."
TASK_WEEKS_LECTURES = "Lectures of those weeks: {lectures}."
TOPIC_TAUGHT_WEEK = "{what} is in week {week}{tasks}."
TOPIC_TASKS_LISTED = ", a week the page lists {ids} in"
WEEK_ONE = "week {week}"
WEEKS_MANY = "weeks {weeks}"
WEEKS_NONE = "no week of the timetable"
HANDOUT_UNKNOWN = ("The course page doesn't give hand-out (release) dates; they are on "
                   "{locations}. {title} ({id}) is listed from week {week}, due {when}.")
HANDOUT_UNKNOWN_UNLISTED = ("The course page doesn't give hand-out (release) dates; they are on "
                            "{locations}. {title} ({id}) is due {when}.")

# Sessions
EVENTS_IN = "{label_cap} ({span}):"
EVENTS_HEADER = "{what}:"
REMAINING_HEADER = "{what_cap} still to come{since}: {count}"
FROM_NOW = "from now"
ANCHOR_DUE = "{what} ({id}) is due {when}."
# A span named by a deadline: "anything before cw1 is due", "after cw2 is in".
UNTIL_DUE = "from now until the {id} deadline"
SINCE_DUE = "after the {id} deadline"
LAST_BEFORE = "The last ones before {label}:"
WEEKEND_OF = "the weekend of {start} and {end}"
REST_OF_MONTH = "for the rest of {month}"
# A stretch from now to the end of a day said after "until" ("away until the 17th").
UP_TO_DAY = "from now until the end of {day}"
# The session a week is named by ("the same week as the gan lecture"), and its week.
ANCHOR_SESSION = "{title} is in week {week}."
ANCHOR_SESSION_AT = "{title} is on {when}."
SAME_WEEK_SESSIONS = ("The {what} that go with it are those of the same week, week {week} (the "
                      "page pairs them with lectures by week, not by topic):")
SAME_WEEK_NONE = "The course page lists no {what} in week {week}, the lecture's week."
WEEK_TALLY = "In all: {tally}."
NOTHING_IN = "Nothing of that kind is scheduled {label} (no {what})."
NOTHING_AT_ALL_IN = "Nothing is scheduled {label}."
OTHERS_IN = "What is on {label}:"
AFTER_THAT = "The {what} after {label}:"
# "tomorrow" asked in the small hours: the day just begun and the next.
TODAY_OR_TOMORROW = "today or tomorrow"
# "tonight" asked after midnight: the rest of the day just begun, said to be taken so
TONIGHT_SMALL_HOURS = "tonight, read as the rest of today since it is past midnight"
NEXT_IS = "Next up: {line}"
# "the next three sessions": that many, in order; fewer when fewer are left
NEXT_COUNT = "The next {count} {what}:"
ONLY_LEFT = "Only {count} of the {what} {verb} still to come:"
LAST_COUNT = "The last {count} {what}:"
LAST_COUNT_OF_COURSE = "The last {count} {what} of the course:"
FIRST_COUNT_OF_COURSE = "The first {count} {what} of the course:"
ONLY_HELD = "There {verb} only {count} of the {what}:"
ANY_EVENTS = {True: "sessions and deadlines", False: "sessions"}
# "hocam <word> ne zaman": the event asked about is in a word of another language not read
EVENT_NOT_READ = ("I couldn't tell which event you're asking about: I read English only, "
                  "and not every word of your message. The course page lists {kinds}; please "
                  "ask in English, naming one, for example \"when is the next {example}?\"")
NONE_OF_KIND = "The course page lists no {what}."
NOTHING_NEXT = "There is nothing of that kind left on the schedule."
NOTHING_LEFT_AT_ALL = ("Nothing is left on the course page's schedule: every session and "
                       "deadline on it is over.")
# "anything live left" after the last session of the kinds asked
NO_SESSIONS_LEFT = "No: there are no more {what} on the course page's schedule; all are over."
# "was yesterday's the last one?": yes, or no when a later one was the last; none is left
WAS_THE_LAST = ("Yes: it is the last of the {what} on the course page's schedule; none come "
                "after it.")
AFTER_IT = " after it"
LAST_WAS_LATER = "No: a later one was the last of the {what}; none are left now."
STILL_DATED = "Still ahead on the schedule:"
LAST_WAS = "The most recent one: {line}"
# none of a kind left ("how many tutorials are left" after the last): how many there were
ALL_OF_KIND_OVER = {1: "The only one on the course page is over.",
                    "more": "All {count} on the course page are over."}
# The latest one asked about ("have i missed the q&a?", "is it over?") is still running.
ON_NOW_NOT_MISSED = "No, it's on now (until {end}): {{line}}"
ON_NOW_UNTIL = "It's on now (until {end}): {{line}}"
# "what's left after today": what is still due later today, and the weeks with no session.
STILL_TODAY = "Still to come later today:"
NOTHING_AFTER = "Nothing of that kind is on the schedule {label}."
WEEKS_EMPTY = "No session is held in week{s} {weeks}."
EXAM_STILL_AHEAD = ("What remains is the exam ({weight}% of the final mark); the course page "
                    "gives no date for it.")
# A yes/no question about a session in a time ("is today's tut the one on padding?").
# A premise the page contradicts ("so lectures 15-21 won't be examined?"), said before what
# the page does say.
PREMISE_WRONG = "No, that's not what the course page says:"
# After the date "next <weekday>" is taken as, when it is only days away.
NEAREST_WEEKDAY = " (the nearest {weekday}; for the one after, ask about {later})"
# A hand-in time the writer states, against the deadline ("i submitted at 2:30pm my time on
# march 9, was that before the deadline?"): said plainly, in their zone and the reader's,
# after the verdict (CONFIRM_YES / CONFIRM_NO) that answers what was asked ("in time?" or
# "late?"), none for "before or after?".
HANDED_IN_IN_TIME = ("{said} ({converted}) is {gap} before the {id} deadline, so by "
                     "that time it was in time.")
HANDED_IN_LATE = ("{said} ({converted}) is {gap} after the {id} deadline, so by that time "
                  "it was late. Whether late work is accepted, or a penalty applies, is for the "
                  "course staff: a teaching assistant can take it up with you privately, say "
                  "\"ask a TA\" and I'll pass it on (only the course staff will see it).")
# ... and a hand-in time planned ("if i hand in at 6:45pm on the friday im fine right?").
HAND_IN_WOULD_BE_IN_TIME = ("{said} ({converted}) is {gap} before the {id} deadline, so "
                            "handed in by then it would be in time.")
HAND_IN_WOULD_BE_LATE = ("{said} ({converted}) is {gap} after the {id} deadline, so handed "
                         "in then it would be late.")
CONFIRM_YES = "Yes:"
CONFIRM_YES_OVER = "Yes, but it is over already:"
# A premise about the weighting corrected number by number ("No: the exam counts 50% of the
# final mark, not 40%; ...").
PREMISE_EXAM_WEIGHT = "the exam counts {weight}% of the final mark, not {said}%"
PREMISE_CW_WEIGHT = "the coursework counts {weight}% of the final mark in all, not {said}%"
PREMISE_EACH_WEIGHT = ("the {count} coursework tasks count {weight}% together, not {said}% each "
                       "(the course page gives no split per task)")
# A fact of the course stated in passing that the page contradicts ("since coursework is only
# worth 30% ...", "as there's no tutorial in week 8 ..."), corrected before the answer.
ACTUALLY = "Actually, {fix}."
PREMISE_NOT_COUNTED = ("the course page doesn't list the {what} as counting towards the final "
                       "mark: that is the exam ({exam}%) and the {count} coursework tasks ({cw}%)")
ATTENDANCE_NAME = "attendance"
ACTUALLY_WEEK_HAS = "Actually, week {week} ({span}) does have {what}. All of that week:"
ACTUALLY_WEEK_HAS_NONE = "Actually, the course page lists no {what} in week {week} ({span})."
PREMISE_TASK_COUNT = "there are {count} coursework tasks, not {said}"
CONFIRM_NO = "No:"
# Several things checked against one day, month or time: the set's yes or no, then each's
CONFIRM_SET_YES = "Yes, {many}:"
CONFIRM_SET_NOT_ALL = "No, not {many}:"
CONFIRM_SET_NONE = "No, none of them:"
CONFIRM_BOTH = "both"
CONFIRM_ALL = "all {count}"
# A guess that there is none of something: corrected when there is ("no tut in week 5
# right?"), agreed with when there is not.
DENIAL_WRONG = "No, there is one:"
DENIAL_WRONG_MANY = "No, there are {count}:"
DENIAL_RIGHT = "Right, there is none:"
# The same over a time asked ("so no lectures in weeks 7 or 8?", "no pre-recorded lectures in
# week 7 right?"), before what that time does have.
DENIAL_RIGHT_IN = "Right: none are listed {label}."
# An id named beside a topic another session of its kind is titled by ("rnns is T07?").
ID_NOT_TOPIC = "No: that is {said}; the one on that topic is {titled}."
# The session is then, but not at the hour the question says.
CONFIRM_NOT_AT = "No, not at {hour}:"
# A task asked to be in by a day ("do i need cw2 in by friday / 3 days from now already"):
# it falls after the end of that day (or week, month)
CONFIRM_NOT_BY = "No, not by {day}:"
# A clock time said as a bound ("before midnight", "by 8pm", "later than 6"), compared in the
# zone it is read in: "Yes, 1 hour before midnight (GST):"
BOUND_COMPARED = "{verdict}, {gap} {side} {said} ({zone}):"
BOUND_EXACTLY = "{verdict}, exactly at {said} ({zone}):"
BOUND_SIDES = {"before": "before", "after": "after"}
# A session's edge set against the bound ("is the q&a over by 11": its end): the verdict and
# the comparison of BOUND_COMPARED/BOUND_EXACTLY, with the edge said between them.
BOUND_SESSION = "{verdict}, {edge} {rest}"
BOUND_SESSION_EDGES = {"start": "it starts", "end": "it ends"}
MIDNIGHT = "midnight"
# Two kinds of session set in order by a yes/no ("the tutorial is after the q&a, right?"):
# their order on the days both are held, the days it differs said apart
KINDS_ORDER_BEFORE = "the {first} ({first_time}) comes before the {second} ({second_time})"
KINDS_ORDER_AFTER = "the {first} ({first_time}) comes after the {second} ({second_time})"
KINDS_ORDER_SAME = "No: the {first} and the {second} are at the same time ({first_time})"
KINDS_ORDER_DAYS = "{lead} on each of the {count} days both are held."
# Asked as a choice ("before or after", "which comes first"): the earlier one said first.
KINDS_ORDER_CHOSEN = "The {first} ({first_time}) comes first, then the {second} ({second_time})"
KINDS_ORDER_CHOSEN_SAME = "The {first} and the {second} are at the same time ({first_time})"
KINDS_ORDER_EXCEPT_SAME = "Except on {day}: both are listed at {first_time}."
KINDS_ORDER_EXCEPT = ("Except on {day}: the {first} at {first_time}, the {second} at "
                      "{second_time}.")
YES = "Yes"
NO = "No"
# A weekday said in a yes/no question that none of the sessions found falls on (where the
# asker is, or course time when they name no zone): the sessions follow with their days.
CONFIRM_NOT_ON = "No, not on {day}:"
# The other premises the shared check (premises.py) finds contradicted by what a reply lists:
# a date, a part of the day, a person said in a yes/no question.
CONFIRM_NOT_DATE = "No, not on {day}:"
CONFIRM_NOT_PART = "No, not {part}:"
CONFIRM_NOT_WITH = "No, not with {person}:"
# Some of the people said hold and some do not: who does, who does not (the listing names all)
# "The only <kind> is ...?" checked over the scope claimed (bot/core/only_one.py): the whole
# course (scope ""), the time named (" in week 5", " on Tuesdays") or what is still to come;
# all of them listed. "The only thing on <day>": the other kinds held then, counted.
ONLY_ONE_YES = "Yes: the course page lists only one {kind}{scope}:"
ONLY_ONE_NO = "No: the course page lists {count} {kinds}{scope}, not just one:"
ONLY_THING_YES = "Yes: the {kind} is the only thing the course page lists{scope}:"
ONLY_THING_NO = "No: the course page also lists {others}{scope}, not just the {kind}:"
ONLY_SCOPE_AHEAD = "still to come"
ONLY_SCOPE_WEEKDAY = "on {day}s"
CONFIRM_PARTLY_WITH = "Partly: with {matched}, but not with {missing}:"
# An either-or about when ("at 11 or 12", "moved to 3pm or still 10"): the side the page
# holds, and what the other says that it does not (bot/core/either.py)
CHOICE_PICK = "{chosen}, not {other}:"
CHOICE_STILL = "No: the page still says {actual}, not {other}:"
CHOICE_MOVED = "Yes: the page says {actual}, not {other}:"
CHOICE_NEITHER = "No, neither {first} nor {second}:"
# A side said in its own zone ("7pm london or 7pm my side"), and the chosen one's time for
# the asker when it is another zone's ("At 19:00 London time (20:00 for you)").
CHOICE_YOUR_TIME = "your time"
CHOICE_ZONE_TIME = "{place} time"
CHOICE_FOR_YOU = " ({time} for you)"
# Neither side strictly, one plainly nearer ("tonight or tomorrow morning" for 05:00
# tomorrow): that one, with the exact time where the asker is.
CHOICE_NEAREST = "{chosen}, not {other}: at {time} on {day}, your time:"
CHOICE_TODAY = "today"
CHOICE_AT_ON = "{time} on {day}"
CHOICE_DAY = "on the {day}{suffix}"
CHOICE_WEEKDAY = "on {day}"
CHOICE_WEEKDAY_PART = "on {day} {part}"
CHOICE_CLOCK = "at {time}"
CHOICE_PART = "in the {part}"
# "is the panel a normal q&a?" when what is listed is of another kind (kind_identity.py)
KIND_IN_SLOT = "No: it is the {title}, held in the {kind} slot instead of a {kind}:"
KIND_OTHER = "No: it is the {title}, not a {kind}:"
# A premise stated as a given, not asked ("since the tutorial is on monday, ..."), that the
# sessions of that kind contradict: said before the answer, with the next one.
# A date or time someone else said ("TA told us cw3 is due on the 2nd"), after what the page
# states: the page is what the bot goes by; a change announced elsewhere is the staff's.
CLAIM_GOES_BY_PAGE = ("That is what the course page states, and it is what I go by. If a change "
                      "was announced elsewhere, the course staff can confirm it: say \"ask a "
                      "TA\" and I'll pass it on.")
# A changed date or time claimed ("X said cw2 moved to the 26th"): the page shows none, and
# the one said to have announced it, when the page names no such member of staff.
CLAIM_NO_CHANGE = "The course page shows no change to it."
CLAIM_SPEAKER_UNLISTED = "{name} is not among the staff the course page names."
# The page set against another source that shows something else ("my calendar says the 12th
# but the website says the 10th, which is right"), after what the page states.
SOURCES_DIFFER = ("That is what the course page says, and it is what I go by. Where another "
                  "source shows something different, only the course staff can say which is "
                  "right: say \"ask a TA\" and I'll pass the discrepancy on, or ask on {forum} "
                  "({forum_course}).")
# "Is <person> at every Q&A?", "are all the tutorials at 11?": a claim about every one of a
# kind, checked against each one; the ones that differ follow a No.
ALL_HOLD = "Yes, all {count} {kinds} are {claim}:"
NOT_ALL_HOLD = "No: {count} of the {total} {kinds} {verb} {claim}; these are not:"
ALL_CLAIM_WITH = "with {person}"
ALL_CLAIM_AT = "at {hour}"
ALL_CLAIM_ON = "on {day}s"
ALL_CLAIM_PART = "{part}"
ALL_UNTIMED = "Not checked, the page gives no time for:"
# A list of claims asked to be checked ("my gcal has: ..., ... correct?", claims.py): a lead
# counting the wrong ones, then one line per claim, right, wrong (with the page's value) or
# not told (its subject not found: said so, never guessed).
CLAIMS_ALL_HOLD = "Yes, all {n} match the course page:"
CLAIMS_SOME_WRONG = "Not all: {wrong} of {n} {be} wrong:"
CLAIMS_SWAPPED = "No, it's the other way round:"
CLAIMS_SOME_UNKNOWN = "{ok} of {n} match the course page; I could not check the rest:"
# One claim someone else made, checked ("TA told us cw3 is due on the 2nd march??").
REPORTED_HOLDS = "Yes, that matches the course page:"
REPORTED_WRONG = "No, that is not what the course page says:"
CLAIM_HOLDS = "\u2713 {page}"
CLAIM_HOLDS_WEEK = "\u2713 week {week} starts {starts}"
CLAIM_HOLDS_NOTHING = "\u2713 {claim}: nothing listed"
CLAIM_HOLDS_ALL = "\u2713 {claim}: every one the page dates matches ({n})"
CLAIM_WRONG = "\u2717 \"{claim}\": {wrong}; the page says {page}"
CLAIM_WRONG_WEEK = "\u2717 \"{claim}\": week {week} starts {starts}"
CLAIM_UNKNOWN = ("? \"{claim}\": I can't tell which session or deadline this is, so I have "
                 "not checked it")
CLAIM_NOT_DAY = "not on {day}"
CLAIM_NOT_AT = "not at {hour}"
CLAIM_NOT_WEEK = "not in week {week}"
CLAIM_NOT_WITH = "not with {person}"
CLAIM_NOT_EMPTY = "not empty"
CLAIM_NOT_EVERY = "{n} of the {of} do not match"
CLAIM_NOT_DELIVERY = "not {delivery} (the page lists it as {given})"
# A claim saying something the page does not state of its subject: not checked, never a tick.
CLAIM_DELIVERY = "whether it is {delivery}"
CLAIM_CANT_CHECK = "? \"{claim}\": the course page does not say {what}, so I have not checked it"
CLAIM_UNDATED = "no date given"
CLAIM_IN_WEEK = " (week {week})"
PREMISE_GIVEN_WRONG = "First, a correction: it is {said}; it is on {actual}."
CONFIRM_NO_TOPIC = "No. {label}:"
# "Is X in the Y lecture?": checked against the session whose title names X.
IN_CONTAINER_YES = "Yes: the {kind} on {what} is {session} (week {week})."
IN_CONTAINER_NO = "No: the {kind} on {what} is {session} (week {week}), not {said}."
# A name the asker found, checked against the page's ("is the book called 'x'?").
NAME_MATCHES = "Yes: \"{said}\" is the name the course page gives."
NAME_DIFFERS = "No: the course page's is \"{name}\", not \"{said}\"."
# A part of the day asked ("is the tut tonight?") when the session is at another part of it.
DAY_PART_OTHER = "No: it's {when}, {hours} {zone}, not {asked}:"
DAY_PART_TODAY = "this {part}"
DAY_PART_THAT_DAY = "in the {part}"
DAY_PART_SMALL_HOURS = "in the small hours"
CONFIRM_TOPIC_WHEN = "The one on {phrase}:"
# One session set against others ("is it on the same day as the q&a?").
SAME_AS_YES = "Yes, the same {unit}:"
SAME_AS_NO = "No, not the same {unit}:"
LAST_SESSION = "The last session before it: {line}"
RELEASE_TIME_UNKNOWN = ("The course page doesn't give a time of day for the {what}: it places "
                        "them in a week only (ask me for a week's list).")
NOTHING_BEFORE = "Nothing of that kind has happened yet."
# Two things of different kinds set against each other ("the cw2 deadline or the gnn lecture").
ORDER_FIRST = "{first} comes first, {gap} before {second}."
ORDER_BEFORE = "{first} comes first, before {second}."
ORDER_SAME = "{first} and {second} are at the same time."
# "do we do VAEs before GANs": two topics in the order the page teaches them
TOPIC_ORDER = "{first} comes first, then {second}."
TOPIC_ORDER_SHARED = "Both are also covered in {sessions}."
NONE_ON_WEEKDAY = "The course page lists no {what} on a {day}; they are on: {days}."
ATTENDANCE_UNKNOWN = "The course page doesn't say whether attending is required."
LECTURES_OF_WEEK = "Week {week}'s lectures: {titles}."
# Whether a kind of session is held every week.
EVERY_WEEK_YES = "Yes: the course page lists {what} in every course week ({weeks})."
EVERY_WEEK_NO = "No: the course page lists {what} in weeks {weeks}, but none in weeks {missing}."
WITH_STAFF = " with {staff}"
WEEKS_WITHOUT = "The course page lists no {what} in week{s} {weeks}."
SESSIONS_ANY = "sessions at all"
WEEKS_WITHOUT_NONE = "Every course week has {what} on the course page."
LECTURES_DELIVERED = "{how} lectures"
ANY_SESSION = "session (lecture, Q&A, tutorial, panel or quiz)"
# A count asked in weeks or days ("how many weeks have tutorials")
UNIT_COUNT = "{n} {more}{unit} {verb} {what}:"
UNIT_COUNT_MORE = "more "
UNIT_COUNT_ANYTHING = "something on (a session or a deadline)"
ANY_SESSION_PLURAL = "sessions (lectures, Q&As, tutorials, panels or quizzes)"
UNIT_COUNT_WEEK = "• Week {week} ({span})"
UNIT_COUNT_DAY = "• {day}: {what}"
UNIT_COUNT_UNDATED = ("(Pre-recorded lectures and quizzes have no day on the course page, so "
                      "they are counted by week only.)")
# (one session pointed back to, "> <date> ... tutorial, is this every week?": it first)
EVERY_WEEK_THIS = "That one is week {week}'s: {line}."
EVERY_WEEK_IN_SLOT = "Week {week}'s: {title}, held in that slot."
# The usual slot of a kind of session and the weeks that differ ("is tue 10am always the Q&A?").
REGULAR_SLOT = ("The timetable puts {what} on {day}s, {time}; the course page lists them "
                "there in weeks {weeks}.")
# Sessions at the same time as each other ("are two things on at once", "must i pick")
OVERLAP_YES = "Yes, {label}: these are at the same time, so you can't attend both in full:"
OVERLAP_NO = "No: nothing you asked about overlaps {label}; each starts after the other ends."
# asked as "can i do both": the answer's yes and no are the other way round
OVERLAP_CANT = "Not {label}: these are at the same time, so you can't attend both in full:"
OVERLAP_CAN = "Yes: nothing you asked about overlaps {label}; each starts after the other ends."
OVERLAP_WHOLE_COURSE = "anywhere on the course page"
NAMED_OVERLAP_YES = "Yes, they overlap, so you can't attend both in full:"
NAMED_OVERLAP_NO = "No, they don't overlap: one ends before the other starts."
OVERLAP_IN_WEEKS = "in week {weeks}"
OVERLAP_OTHERWISE = "In the other weeks they don't overlap."
OVERLAP_WHICH_NOT_SAID = ("The course page doesn't say which of them to attend. A teaching "
                          "assistant can tell you: say \"ask a TA\", or ask on {forum} "
                          "({forum_course}).")
# "what is a Q&A session": the weekly slot the timetable gives that kind
TERM_SLOT = "The timetable's weekly slot for them: {day}s {time} ({zone} time)."
# "where do tutorials happen": with where, the kind's weekly slot
KIND_SLOT = "The timetable's weekly slot for {what}: {day}s {time} ({zone} time)."
TERM_ATTENDANCE_UNSTATED = "The course page doesn't say whether attending them is compulsory."
# the weekly slot in the asker's (or a named) zone
SLOT_IN_ZONE = "In {zone} that is {times}."
SLOT_IN_ZONE_TIME = "{day}s {time} {abbrev}"
SLOT_MOSTLY = "Mostly, not always."
SLOT_DAY_ALWAYS = "Yes: each one the course page dates is on a {day}."
SLOT_NOT_THAT = "No."
SLOT_YES = "Yes."
SLOT_EXCEPTIONS = "Weeks that differ:"
SLOT_TAKEN = "• Week {week}: {title} in that slot instead"
SLOT_UNTIMED = "• Week {week}: listed with no date or time"
SLOT_MOVED = "• Week {week}: {when}"
SLOT_NONE = "No {what} in weeks {weeks}."
SHARED_SLOT = "Two tutorials share one session in weeks {weeks}:"
SHARED_SLOT_NONE = "Each tutorial on the course page has a session of its own."
# Where sessions are held, after a guess confirmed or corrected ("q&a is on teams right?").
HELD_AT = "the course page lists {what} on {place}."
SLOT_NO_PLACE = "The course page gives no place for {what}."
# A room guessed for sessions held online ("is it huxley 311?"): the premise corrected.
NOT_IN_A_ROOM = "No, not in a room:"
NEXT_ONE = "The next one: {line}"
# The course's first or last of a kind ("the very first lecture", "the last tutorial").
FIRST_OF_KIND = "The first {kind} of the course:"
LAST_OF_KIND = "The last {kind} of the course:"
KIND_DELIVERED = "{how} {kind}"
WEEK_OF_EDGE = "The {place} week with a {kind} is week {week} ({span}):"
# "the first thing i need to turn up to": the first held at a set time, not one to watch
FIRST_ATTENDED = "The first session of the course held at a set time:"
NTH_OF_KIND = "In the course page's order, {kind} number {n}:"
NTH_NONE = "The course page lists only {count} {kinds}."
TUTORIAL_SESSION = "tutorial session"
TUTORIAL_SESSIONS = "tutorial sessions"
# An ordinal tutorial read as a session, when the sheet of that number was in another one.
NTH_SHEET_ELSEWHERE = ("(Counted by session. If you meant tutorial {sheet} instead, it is in "
                       "tutorial session {session}: {when}.)")
# (span: "In week 4", or the month or dates the question names: "In February")
NTH_IN_WEEK = "{span}, {kind} number {n} in the course page's order:"
NTH_NONE_IN_WEEK = "{span}, the course page lists only {count} {kinds}:"
NONE_IN_SPAN = "{span}, the course page lists no {kinds}."
WEEK_SPAN = "In week {week}"
# A place counted back from the last or from now ("the penultimate q&a", "the q&a after next").
PLACE_WORDS = {1: "", 2: "second-to-", 3: "third-to-", 4: "fourth-to-", 5: "fifth-to-"}
POSITION_END = "The {place}last {kind} of the course ({at} of {count} in the course page's order):"
POSITION_NOW = "The {kind} after next (the next one is {next}):"
POSITION_NONE_NOW = "Still to come of the {kinds} on the course page, only:"
POSITION_NONE_LEFT = "No {kinds} are still to come on the course page."
POSITION_ALONE = "Counting the {kinds} alone:"
IN_WEEK = "in week {week}"
IN_WEEK_LAST = "{span}, the {place}last {kind} in the course page's order:"
NO_KIND_NAMED = ("No {kind} on the course page is about \"{phrase}\" (by its title). Ask me "
                 "\"which lecture covers {phrase}?\" to search the notes.")
NO_SUCH_KIND = ("No {kind} of {code} {title} is about \"{phrase}\" (by its title). If it is "
                "another course's, please ask its own staff or forum.")
# "which lecture is T08 based on": the lectures whose titles hold the tutorial's topic.
TUTORIAL_GOES_WITH = "{id} goes with the lectures whose titles name its topic: {lectures}."
# "the gnn tutorial": none is titled so; the one that goes with the lecture of that topic.
COMPANION_OF = "The {kind} that goes with {title}:"
NO_KIND_FOR_TOPIC = "No {kind} on the course page is about \"{phrase}\"; it comes up here:"
STARTS_IN = "{what} starts in {left}."
DUE_IN = "{what} is in {left}."
# In a session's call and nobody there ("is it not today?"): whether that kind is on today
NOBODY_RUNNING = ("By the course page a {what} is on right now; if the call is empty, check "
                  "that you joined this one:")
NOBODY_LATER = "Today's {what} has not started yet; by the course page it is at:"
NOBODY_OVER = "Today's {what} is over already; it was:"
NOBODY_NONE_TODAY = "No: there is no {what} today ({day})."
NOBODY_NONE_THIS_WEEK = "The course page lists no {what} in week {week} at all{note}."
NOBODY_NONE_LEFT = "There is no {what} left after this on the course page."
NEXT_AFTER_GAP = "The next one is {line}"
NEAREST_BEFORE = "There is none after it; the nearest, the last one before it:"
# "this week" asked once all of this week's sessions of the kind asked are over
THIS_WEEKS_OVER = "This week's {what}: over already (it was on {day})."
EVENT_LINE = "• {when}: {title}{topic}{staff}{place}"
# A session listed with no time, placed by the page's weekly timetable (not a stated time).
UNTIMED_IN_SLOT = ("The page's regular timetable puts {what} in its weekly slot: in week "
                   "{week} that is {when} (the timetable's slot; the page gives no time for "
                   "this one).")
EVENT_LINE_UNTIMED = "• Week {week} ({week_span}): {title}{topic}{staff}{place} (no time given)"
TOPIC_PART = " ({topic})"
STAFF_PART = ", with {staff}"
PLACE_PART = ", {place}"
ASSESSED_PART = ", assessed by {staff}"
SUBMIT_PART = ", submit on {place}"
UNCERTAIN = "⚠ Note: {note}"
PRERECORDED_WEEK = "• Pre-recorded lectures for week {week}: {titles}"
WEEK_WITH_SPAN = "week {week} ({span})"
WEEKS_PARTLY_IN = ("Only partly in this span: {weeks}; what such a week has with no day or "
                   "time is listed with it.")
NEXT_PRERECORDED = "The next lectures are week {week}'s pre-recorded ones ({span}): {titles}"
# The same, when the day asked is in that week: its lectures are that day's week's.
DAYS_WEEK_PRERECORDED = ("That day is in week {week} ({span}), whose lectures are pre-recorded "
                         "(no set day): {titles}")
WEEK_NOTE = "Week {week} ({span}): {note}"
# A day of the month or weekday said alone, read in the course when today is outside it
READ_IN_TERM = ("(\"{phrase}\" read as {days}, in the course: today, {today}, is outside "
                "it.)")
IN_TERM_DAYS = "on {days}"
OUTSIDE_COURSE = "(That is outside the course, which runs from {start} to {end}.)"
LECTURES_PRERECORDED = ("Lectures are pre-recorded, released per week{live}. "
                        "Week {week}'s lectures: {titles}.")
LIVE_EXCEPT_ONE = "; only lecture {numbers} is live"
LIVE_EXCEPT_MANY = "; only lectures {numbers} are live"
LECTURE_INFO = "Lecture {number}: {title}: {delivery}, week {week} ({span})."
LECTURE_LIVE = "Lecture {number}: {title} is live on {when}, given by {staff}, {place}."
NEXT_LIVE_LECTURE = "The next live lecture: {line}"

# Topics and reading
TOPIC_FOUND = "Covered in:"
TITLE_ONLY = ("The course page gives only lecture titles, so I can't say whether \"{phrase}\" "
              "is covered:")
TOPIC_INFERRED = ("The course page doesn't name \"{phrase}\" itself; these are the closest "
                  "titles:")
TOPIC_LECTURE = "• Lecture {number}: {title} (week {week}, {delivery}){notes}"
TOPIC_TUTORIAL = "• Tutorial {id}: {topic} ({when})"
TOPIC_MATERIAL = "• {id} {title} (week {week})"
NOTES_PART = "; notes: {notes}"
TOPIC_NOT_FOUND = ("I can't find \"{phrase}\" in the course's lecture, tutorial or reading "
                   "titles. " + CAPABILITIES)
TUTORIAL_ABOUT = "Tutorial {id} covers {topic}: {when}, {staff}, {place}."
TUTORIAL_SAME_SESSION = "The same session also covers {others}."
TUTORIAL_NO_TOPIC = "The {title} in week {week} has no topic on the course page: {when}, {staff}."
WEEK_OVERVIEW = "Week {week} ({span}):"
WEEK_LECTURES = "• Lectures: {items}"
WEEK_TUTORIALS = "• Tutorials: {items}"
WEEK_READING = "• Reading: {items}"
WEEK_NOTHING = "• No lectures or tutorials."
# coursework the page lists in a week asked about whole, due after it
WEEK_COURSEWORK = "• {title} ({id}) is listed this week, due {due}"
READING_FOR = "Reading for {what}:"
READING_WEEKS = " (week {weeks})"
READING_NONE = "The course page lists no reading for {what}."
READING_LINE = "• {id} {title} ({kind})"
READING_WHERE = "All notes are on {locations}."
# Whether the lectures' material comes apart from the videos: the page lists it on its own.
MATERIALS_APART = ("Yes: besides the lecture videos, the course page lists {kinds} of their "
                   "own, on {locations}. For example:")
# Captions or transcripts of the videos: not on the page.
CAPTIONS_UNSTATED = ("The course page doesn't say whether the lecture videos have captions or "
                     "transcripts. It does list {kinds} apart from the videos, on {locations}. "
                     "A teaching assistant can tell you, or arrange another format if you need "
                     "one: say \"ask a TA\", or ask on {forum} ({forum_course}).")
FROM_NOTES = "From the course notes:"
# After the opening of a session's notes, asked what the session covered.
SESSION_SECTIONS = "Its notes go through: {sections}."
# An answer from the notes below the confidence at which they are right 95% of the time:
# shown, but said to be a guess, and not counted as answered.
FROM_NOTES_HEDGED = "The notes say this, which may be what you need:"
PASSAGE = "{snippet}\n\n{citation}"
CITATION = "— {id}, {where}{extra}"
TOPIC_IN_NOTES = "The lecture titles don't name \"{phrase}\", but the notes discuss it in:"
CONTENT_POINTER = ("I couldn't find a passage in the notes that answers this, but here is "
                   "where the topic is covered:")
CONTENT_UNKNOWN = ("I couldn't find that in the course notes or schedule. Try the book ({book}) "
                   "or ask on {forum}.")
# A subject the notes never name ("flash attention"): said so by name, never answered with
# a passage about something else; the note named after its kind, if one is, and a TA.
NOTES_LACK_SUBJECT = "The course notes don't cover {subject}."
NOTES_LACK_NEAREST = " The nearest they come is {note}, which doesn't explain it."
NOTES_LACK_TA = (" A teaching assistant can help: say \"ask a TA\" and I'll pass your "
                 "question on.")

# People
ASSESSORS = "{title} ({id}) is assessed by {staff}."
# The page itself lists different people in different weeks: both, as listed, and who can say.
ASSESSORS_SPLIT = ("{title} ({id}): the course page lists {listings}. It doesn't say which "
                   "listing applies: a teaching assistant can tell you (say \"ask a TA\").")
ASSESSOR_LISTING = "{staff} (week {week})"
SESSION_STAFF = "{what}: {staff}."
STAFF_UNKNOWN = ("The course page doesn't say who gives the pre-recorded lectures; it names "
                 "staff only for {named}.")
STAFF_NAMED_LECTURES = "live lectures"
STAFF_NAMED_COURSEWORK = "coursework"
STAFF_OVERVIEW = "Staff named on the course page:"
STAFF_ROLE_LINE = "• {role}: {names}"
PERSON_COUNT = "{name} appears on the course page for {count} {what}:"
PERSON_COUNT_WITH = " (with the {what} held in their slot)"
PERSON_ROLES = "{name} appears on the course page for:"
LISTED_INSTEAD = "The course page lists:"
# "what have i missed so far": the weeks begun up to now.
CATCH_UP_HEAD = "What the course page has had so far (up to {today}):"
CATCH_UP_SPAN_HEAD = "What the course page had from {first} to {last}:"
CATCH_UP_DAY_HEAD = "What the course page had on {day}:"
CATCH_UP_WEEK = "• Week {week} ({span}): {what}"
CATCH_UP_NOTHING = "no lectures or tutorials"
CATCH_UP_LECTURES = "pre-recorded lectures {titles}"
CATCH_UP_TUTORIALS = "tutorial {titles}"
CATCH_UP_QA = "a Q&A"
CATCH_UP_UNTITLED_TUTORIAL = "a tutorial with no topic given"
CATCH_UP_PANEL = "the {title}"
CATCH_UP_DUE = "{title} due {day}"
CATCH_UP_AT = "{what} ({when})"
CATCH_UP_WHEN = "{day}, {time}"
CATCH_UP_WITH = ", with {staff}"
CATCH_UP_NO_TIME = "no time given"
CATCH_UP_LIVE = "live lecture {number} {title} ({when})"
CATCH_UP_NEXT_DUE = "Next due: {line}"
# The words every offer of a TA contains (the chat command a student says).
ASK_A_TA_CUE = '"ask a TA"'
# After a late joiner's catch-up ("registered late, where do i start?"): a person can plan it.
CATCH_UP_TA = ("A teaching assistant can help you plan how to catch up: say \"ask a TA\", or "
               "ask on {forum} ({forum_course}).")
PERSON_NOT_TOPIC = "The course page doesn't list {name} for {what}."
PERSON_NOT_KIND = "The course page doesn't list {name} for any {what}."
PERSON_NOT_THEN = "The course page lists nothing for {name} {label}."
# Who gives the items of a kind, when the page names people for few or none of them: a
# person missing from them may still give one.
KIND_STAFF_SOME = "The course page names who gives the {what} for only {named} of {total}."
KIND_STAFF_NONE = "The course page names nobody for the {what}."
# "who teaches the most lectures": people counted by the items the page lists them for.
RANK_MOST = ("Counting the {what} the course page names people for, the most: {names} "
             "({count}{each}).")
RANK_FEWEST = ("Counting the {what} the course page names people for, the fewest: {names} "
               "({count}{each}).")
RANK_EACH = " each"
RANK_SESSIONS = "sessions"
RANK_LIVE = "live {what}"  # only the sessions held at a time ("in the live sessions")
RANK_LINE = "• {name}: {count}"
RANK_ONLY_NAMED = "So the count covers only those; who gives the others is not on the page."
RANK_NOBODY = "The course page names nobody for the {what}, so it can't say who does the most."
PERSON_ASSESSES = "• Assessing {title} (due {when})"
PERSON_EVENT = "• {title}{topic} ({when})"

# Logistics
ASSESSMENT = ("The exam counts {exam}% of the final mark and the coursework {cw}%: {count} "
              "tasks, {assessed}.")
# An assessment named by a word the page does not use ("midterm"): none, and what it lists.
ASSESSMENT_NOT_LISTED = "The course page lists no {what}; its assessment is this:"
EXAMINABLE = "{note}"
# Whether a lecture or reading is compulsory: the page never says; what it does say follows.
REQUIRED_UNSTATED = ("The course page doesn't say whether {what} mandatory; what it lists "
                     "for them:")
REQUIRED_LECTURES = "lectures are"
REQUIRED_READINGS = "readings are"
EXAMINABLE_LECTURE = "Lecture {number} ({title}) is examinable{marked}."
EXAMINABLE_MARKED = " ({marking})"
EXAMINABLE_UNLISTED = ("The course page doesn't say whether lecture {number} ({title}) is "
                       "examinable: it mentions {listed} only.")
LECTURE_NUMBERS = "lectures {numbers}"
# What is NOT examinable: the page says nothing is excluded; it names what is, and is silent
# on the lectures outside that (and on other kinds of session)
# A detail of one session the page does not give (a room, a recording link), then what it
# does give of that session.
DETAIL_NOT_GIVEN = "The course page doesn't give {detail} for {what}; what it gives:"
DETAIL_ROOM = "a room"
DETAIL_RECORDING = "a recording or a link to one"
MATERIALS_ON = "The course page puts the course's materials on {locations}."
# A topic no lecture title names, asked to be examinable: the page says it by lecture.
EXAMINABLE_NO_TITLE = ("No lecture title on the course page names \"{topic}\", and the page "
                       "says what is examinable by lecture only.")
EXAMINABLE_NONE_EXCLUDED = "The course page doesn't say that any lecture is not examinable."
EXAMINABLE_REST_UNSTATED = "It says nothing either way about {rest}."
EXAMINABLE_UNLISTED_ITEM = "lecture {number} ({title})"
EXAMINABLE_KIND_UNSTATED = ("The course page doesn't say whether the {what} are examinable; "
                            "what it says of the lectures is above.")
EXAM_DATE_UNKNOWN = "The course page doesn't give the exam's date, time or place."
# Anything about the exam but its weight: one statement, whichever of these was asked ("how
# long is the exam? 2h?", "exam date?? and is it online"), so that no guess is confirmed.
EXAM_NOT_STATED = ("The course page doesn't give the exam's date, time, place, length or "
                   "format; it says only that the exam counts {weight}% of the final mark.")
# Something of the exam asked that the page doesn't state ("is there a resit"), beyond the
# list of EXAM_NOT_STATED: said first, then what the page does say.
EXAM_ASKED_NOT_STATED = ("The course page doesn't say that about the exam: it gives no date, "
                         "time, place, length or format for it, only that it counts {weight}% "
                         "of the final mark.")
# How hard the exam is, or how it compares with other courses' exams: never stated.
EXAM_DIFFICULTY_NOT_STATED = ("The course page doesn't say how hard the exam is or how it "
                              "compares with other courses' exams; it says only that the exam "
                              "counts {weight}% of the final mark.")
# "is the course hard", "is it worth taking if i'm weak at maths": a judgement or advice no
# page gives, said so; a person who knows the course can tell (the TA offer follows).
COURSE_JUDGEMENT_NOT_STATED = ("The course page doesn't say how hard the course is, or "
                               "whether it suits you or is worth taking: it gives no advice "
                               "of that kind.")
# "alumnus here, has the syllabus changed?", "was it harder in previous years": the page is
# this run's only (what it says of this year follows, then a TA).
EARLIER_RUN_NOT_STATED = ("The course page covers only this run of {code} ({term}): it says "
                          "nothing about earlier years, so I can't tell what has changed or "
                          "who taught it before.")
# "did last year's cohort have the same tasks", "will next year's exam be the same": the
# page is this run's; what it says for this run follows (then a TA).
OTHER_RUN_THIS_RUN = ("The course page covers only this run of {code} ({term}) and says "
                      "nothing about other years of it. What it says for this run:")
OTHER_RUN_FOR_THIS_RUN = "What it says for this run:"
# Asked after the run is over whether, or when, the course runs again ("is it on again this
# term? when's the first lecture"): the page's dates are that run's, no answer for a later one.
LATER_RUN_UNKNOWN = ("The course page covers only the {term} run of {code} {title}, which ended "
                     "{end}. It says nothing about later runs, so I can't tell you whether the "
                     "course runs again or when its sessions or deadlines would be; the dates "
                     "I have are all from that run.")
# A bare fragment ("recording", "marks?"): after what the page says of the thing, what was
# meant is asked, and a person offered.
BARE_FRAGMENT_MEANT = ("If you meant something else about it, tell me a bit more; or say \"ask "
                       "a TA\" to reach a person.")
# A material named beside a question the page does not answer ("is the <notebook> thing a
# session i must attend"): what the page says of it.
MATERIAL_LISTED = "The course page lists {title} among week {week}'s materials ({kind}{note})."
# "is this module harder than <another>": no page compares modules.
MODULES_NOT_COMPARED = ("The course page doesn't compare this course with other modules: it "
                        "says nothing about how hard or how much work it is next to them.")
PASS_RULES_UNKNOWN = ("The course page doesn't say what is needed to pass (overall, or the exam "
                      "and the coursework separately); it says only that the exam counts {exam}% "
                      "of the final mark and the coursework {cw}%.")
EXAM_ORDER_KNOWN = "The last thing the page dates: {lines}."
EXAM_ORDER_NAMED = "What the page does date: {lines}."
SUBMISSION = "Coursework is submitted via {via}: {contents}.{individual} {notebooks}"
SUBMISSION_INDIVIDUAL = " Tasks must be implemented individually."
INDIVIDUAL = "The coursework tasks must be implemented individually (no group work)."
INDIVIDUAL_NOT_REQUIRED = ("The course page doesn't require the coursework to be done "
                           "individually.")
BOOK = "The course book is \"{book}\"."
BOOK_PARTS_UNKNOWN = ("The course page names only the book: it doesn't say which chapters "
                      "or sections go with which lectures.")
GPU = "{advice}"
# "Does the department give us GPUs?": the page's advice, and its silence on that.
GPU_PROVIDED_UNKNOWN = ("The course page doesn't say whether the college or department "
                        "provides GPUs; its advice is the services above.")
ATTENDANCE_MARKS_UNKNOWN = ("The course page doesn't mention any marks for attending or "
                            "taking part in sessions: it gives the final mark as the exam "
                            "({exam}%) and the coursework ({cw}%).")
GPU_NEEDS_UNKNOWN = ("The course page doesn't say how much GPU memory or compute the tasks "
                     "need.")
GPU_DETAILS_UNKNOWN = ("The course page doesn't say what these services offer or cost (which "
                       "GPUs, free tiers, limits); it only advises: {advice}")
FORUM = "Questions can be discussed on the course's {forum} page ({course})."
MATERIALS = "{note}"
SPEC = "{notebooks} {note}"
DELIVERY = "The course runs {mode}: {delivery}."
# "will it be taught in person next term": the page describes its own run only
LATER_RUN_DELIVERY_UNKNOWN = ("That is how the course page describes {term}; it doesn't say how "
                              "the course will be delivered in a later term or year.")
TIMETABLE = "Timetabled slots: {slots}. {note}"
# "how many hours a week does this take": the page gives no study hours, only its timetable
WORKLOAD_NOT_STATED = ("The course page gives no estimate of how many hours a week the course "
                       "takes. What it does give:")
WORKLOAD_LINE = "• {text}"
WORKLOAD_COURSEWORK = "{count} coursework tasks, {assessed}, {weight}% of the final mark."
# "the portal won't take my upload, deadline in an hour": a submission that fails is the staff's
SUBMISSION_TROUBLE = ("The course page doesn't say what to do when a submission won't go "
                      "through{limit}. Tell the course staff before the deadline: say \"ask a "
                      "TA\" and I'll pass it on now, or post privately on {forum} "
                      "({forum_course}); keep a screenshot of the error as a record of your "
                      "attempt.")
SUBMISSION_TROUBLE_LIMIT = " (nor gives a size limit for files)"
SUBMISSION_TROUBLE_DUE = "Next due: {line}"
WHERE_SESSIONS = "{what}: {place}."
# Both sides of a property across the course ("is anything live or is it all videos", "is
# anything not on <place>"), from the schedule's data
LIVE_SIDE = "Live, at set times: {what}."
ON_PLACE = " (on {place})"
LIVE_LECTURE_ITEM = "lecture {number} ({title}), {when}"
# The live sessions still to come set against a time the writer is taken
LIVE_ALL_IN_BUSY = "All {total} live sessions still to come fall in the time you gave ({slot})."
LIVE_SOME_IN_BUSY = ("{count} of the {total} live sessions still to come fall in the time you "
                     "gave ({slot}).")
LIVE_NONE_IN_BUSY = "None of the live sessions still to come falls in the time you gave ({slot})."
NOTHING_LIVE = "Nothing on the course page is held live at a set time."
RECORDED_SIDE_OTHERS = ("Pre-recorded: the other {count} lectures, placed in their weeks with "
                        "no set time.")
RECORDED_SIDE_ALL = "Pre-recorded: all {count} lectures, placed in their weeks with no set time."
AT_PLACE = "{prep} {place}: {what}."
NOT_AT_PLACE = "Not {prep} {place}, as the course page gives it:"
ALL_AT_PLACE = "The course page places nothing else of the course but {prep} {place}."
ELSEWHERE_ITEM = "• {what}: {place}"
NO_PLACE_ITEM = "• {what} ({when}): the page gives no place for it"
RECORDED_NO_PLACE_ITEM = ("• the pre-recorded lectures: the page gives no place for the videos "
                          "(its materials are on {places})")
QUIZZES_NO_PLACE_ITEM = "• the quizzes: the page gives no place or time for them"
HANDED_IN_ITEM = "• coursework: handed in on {via}"
WHERE_SESSIONS_UNKNOWN = "The course page doesn't say where the sessions are held."
WHERE_NO_PLACE = "The course page gives no place for {what}."
RECORDINGS_NO_PLACE = "The course page gives no place for lecture recordings."
RECORDINGS_NO_PLACE_LIVE = ("The course page gives no place for lecture recordings, nor says "
                            "whether the live lecture is recorded.")
KEPT_AFTER_TERM_UNKNOWN = ("The course page doesn't say whether, or for how long, materials "
                           "and recordings stay available after the course ends. What it does "
                           "say:")
LIVE_RECORDING_UNKNOWN = "The course page doesn't say whether the live lecture is recorded."
RECORDING_OF_KINDS_UNKNOWN = "The course page doesn't say whether {what} are recorded."
# A yes/no on a property the page does not state (recorded, where): what it does say follows
PROPERTY_PAGE_SAYS = "What it does say:"
# A yes/no on an attribute of sessions no schedule records (lexicon
# SESSION_UNSTATED_ATTRIBUTES): said unstated, then what the page does list of them.
SESSION_ATTRIBUTE_UNSTATED = {
    "attendance": "The course page doesn't say whether attending {what} is compulsory.",
    "language": "The course page doesn't say what language {what} are given in.",
    "booking": ("The course page doesn't say whether you need to sign up for {what}, or how "
                "many places they have."),
    "equipment": ("The course page doesn't say what machines or equipment can be used in "
                  "{what}, or whether any are required."),
    "audience": "The course page doesn't say who besides the course's students may join {what}.",
    "format": "The course page doesn't say how {what} are run (their format or groups).",
}
# "Is there a topic for <session>?" when the page gives it none (property_asked.py)
TOPIC_NOT_GIVEN = "No: the course page gives no topic or title for this {what}."
TOPIC_NOT_GIVEN_SOME = "Not for all: the course page gives no topic or title for the {what}."
REVISION = "{notes}"
# "Who's <the revision notes' author>, do they teach us?": named only for those notes.
REVISION_AUTHOR_NOT_STAFF = ("That is the only place the course page names them: they are not "
                             "among the staff it lists for the course's sessions and coursework.")
# What the page offers for getting up to speed and for practice ("anything to brush up with",
# "do I need to know X already", "practice questions?"): each thing it lists, on a line.
RESOURCES = "What the course page offers for that:"
# When teaching runs, over the whole course (handlers/teaching_span.py).
LIVE_WEEKS_HEAD = "Live sessions on the course page, by week:"
LIVE_WEEK_LINE = "• Week {week} ({span}): {held}"
LIVE_UNDATED = "Also listed, with no date or time: {names}."
TEACHING_ENDS = "Teaching ends in week {week} ({span}): the last session is {name} on {when}."
LAST_DEADLINE_AFTER = "The last coursework deadline comes after it: {name}, {when}."
# A short message sent at a session's time ("which room", "link?", "is it now";
# handlers/situated.py): that session.
SITUATED_SESSION = "{name}, {when} ({state}){staff}: {where}"
SITUATED_ON = "on now"
SITUATED_SOON = "starts in {minutes} min"
SITUATED_STAFF = ", with {staff}"
SITUATED_WHERE = "held on {place}."
SITUATED_NO_PLACE = "the course page gives no place for it."
SITUATED_YES = "Yes, this one is on now:"
SITUATED_NOT_YET = "Not yet, it is about to start:"
# "is the tutorial over?", "have I missed it" just after a session: that one, and the next.
SITUATED_ENDED = "Yes, it ended at {end}: {line}"
SITUATED_NEXT_ONE = "The next one: {line}"
SITUATED_ONLINE = "The course runs online, so there is no room to go to."
# Where to go or what to bring, asked of an online course's sessions (handlers/where_to_go.py).
ONLINE_NO_ROOM = ("The course runs online: its sessions are held on {places}, so there is no "
                  "room to go to{bring}.")
NOTHING_TO_BRING = ", and the course page doesn't list anything to bring"
NO_JOIN_LINK_TA = ("The course page gives no link to join it. A teaching assistant can help: "
                   "say \"ask a TA\", or ask on {forum} ({forum_course}).")
# How to reach the teaching team (handlers/contact.py): what the page offers for it.
REACH_STAFF_HEAD = "To reach the teaching team, the course page offers:"
REACH_STAFF_ABOUT_HEAD = ("To reach the teaching team about {subject}, the course page offers "
                          "the same routes as for any question:")
REACH_FORUM = "• Its {forum} page ({course}), where questions about the course can be discussed."
REACH_QA = "• The live Q&A sessions{where}, {slots} (course time, {zone})"
REACH_QA_PLACE = " on {place}"
REACH_QA_NEXT = "; the next is {span}, with {staff}"
REACH_UNSTATED = "The course page gives no e-mail addresses or office hours for the staff."
REACH_ASK_TA = ("You can also say \"ask a TA\" with your question and I'll pass it on (only the "
                "course staff will see it).")
NO_PREREQUISITES = ("The course page doesn't say what the prerequisites are or what you should "
                    "know beforehand. What it does offer for getting ready:")
RESOURCE_LINE = "• {text}"
RESOURCE_BOOK = "The course book: \"{book}\"."
RESOURCE_PREP = "Week {week}, {note}: {titles}."
# Getting ready for the coursework: what the page marks as preparation; the rest is a TA's.
# Getting ready for a session (handlers/session_prep.py): no prerequisite is set for it;
# what the page lists for its week.
SESSION_PREP_HEAD = ("The course page sets no formal prerequisite for the {session} ({when}), "
                     "but it lists this material for week {week}:")
SESSION_PREP_LECTURES = "• Lectures: {items}"
SESSION_PREP_NOTHING = ("The course page sets no formal prerequisite for the {session} "
                        "({when}), and lists no lectures or reading for week {week}.")
PREP_WEEK = "week {week}"
WORK_PREP = ("What the course page gives for getting ready for the coursework (it says "
             "nothing more about how to prepare):")
QUIZ_PURPOSE = "Quizzes in weeks {weeks}, to {purpose}."
# Which of the page's readings are needed ("papers or are the slides enough"): not stated.
READING_NEEDED_UNKNOWN = ("The course page lists {kinds} for most weeks, but doesn't say "
                          "which of them you need to read, or whether the slides alone are "
                          "enough.")
# Which course this is, asked by a code ("is this <code> or <another>?"): the course block's.
COURSE_IDENTITY = ("This bot serves {code} {title} ({term}); on {forum} it is "
                   "\"{forum_course}\".")
COURSE_CODE_NOT_NAMED = ("The course page doesn't mention {codes}, so I can't tell you whether "
                         "that is the same course.")
# This course and another in one question: the page's answer is this course's only.
FOR_THIS_COURSE = "For {code}, {answer}: {rest}"
OTHER_CODES_UNKNOWN = ("The course page is about {code} only: it says nothing about {codes}, "
                       "so I can't answer that part.")
COURSE_INFO = ("{code} {title}, {term} (on {forum}: {forum_course}). Course time is "
               "{timezone}.")

# Things the course page does not say
THANKS = "You're welcome! Ask me anything else about the course."
# A farewell ("ok bye, cya later"): said back, and the door left open.
FAREWELL = "Bye for now! Come back any time you have a question about the course."
FEEDBACK_UNKNOWN = ("The course page doesn't say when marks or feedback are released. Please "
                    "check {via} or ask the course staff on {forum} ({forum_course}).")
# (Said of whatever was asked, recordings, funding or a reading week: no list of other
# things the page lacks, which reads as not having heard the question.)
NOT_ON_PAGE = ("The course page doesn't say that, so I can't tell you. A teaching assistant "
               "can: say \"ask a TA\", or ask the course staff on {forum} ({forum_course}).")
REMINDER_CHANNEL_TA_ONLY = ("Only a TA can change this channel's reminders. You can get your "
                            "own by writing \"remind me\" to me in a personal chat.")
# Requests the bot turns down whatever their wording: changing its instructions, or doing a
# student's assessed work for them.
REFUSE_INSTRUCTIONS = ("I only answer questions about {code} {title}, from its course page and "
                       "course notes, and my instructions don't change. " + CAPABILITIES)
REFUSE_ASSESSED_WORK = ("I can't give answers to quizzes or coursework, or do anyone's work for "
                        "them (coursework, homework, essays or exercise sheets, for this "
                        "course or any other). I can explain the ideas from the course notes, "
                        "e.g. \"what is {topic}?\", or tell you when a task is due.")
REFUSE_OTHERS_DATA = ("I can't share anyone else's private details: other students' contact "
                      "details, marks or work, or the staff's personal contacts. For anything "
                      "you need from the course, ask the course staff on {forum} "
                      "({forum_course}).")
# A student's data (marks, hand-ins, questions or chats with the bot) asked by someone else:
# a parent, an employer or recruiter, someone saying they are staff. Declined with the
# reason, whoever they say they are.
REFUSE_THIRD_PARTY = ("I can't share a student's marks, submissions, questions, messages or any "
                      "other details with anyone else, whoever they say they are: each "
                      "student's record and each chat with me is private, and I can't check "
                      "who is writing. Students can see their own results themselves; anyone "
                      "else should go through the university's official channels. I can answer "
                      "general questions about {code} {title}, such as its dates or how it is "
                      "assessed.")
# Another student's marks or details asked out of care for them ("my friend is in hospital,
# what did he get in the quiz, his parents want to know"): kindly, no; and who can.
REFUSE_OTHERS_KIND = ("I'm sorry to hear that, and it's kind of you to help. Even so, I can't "
                      "share another student's marks, grades or any other details, whatever "
                      "the reason: each student's record is private. They can see their own "
                      "results themselves, or ask for them to be shared; their family can "
                      "contact the department through the university's official channels. If "
                      "what happened affects their work on {code} {title}, the course staff can "
                      "be told privately: say \"ask a TA\", or post privately on {forum} "
                      "({forum_course}).")
# A request turned down whose kind is not clear: said in general words, naming no kind of
# request it may not be, and not calling it off the course (it is often about the course:
# a classmate's mark, a hand-in for someone else).
REFUSE_GENERAL = ("Sorry, I can't help with that request. I can still answer your own "
                  "questions about {code} {title}: deadlines, sessions (lectures, Q&As, "
                  "tutorials, quizzes), topics and readings, staff and course logistics. "
                  "Type \"help\" for examples.")
# A request turned down on two weak signs (the classifier's reading and half of a refusal
# of the concept table): what is declined, in words general enough for any such kind.
REFUSE_HINTED = ("Sorry, I can't help with that: I don't help with getting round the course's "
                 "rules or its marking, with anyone else's work, account or private details, "
                 "or with writing things meant to deceive or hurt someone. I can still answer "
                 "your own questions about {code} {title}: deadlines, sessions, topics and "
                 "readings, staff and course logistics. Type \"help\" for examples.")
# Another student's status asked of, by name ("has <name> handed in task 2", "did <name>
# come to the tutorial", "is <name> on campus"): theirs, and not the page's to tell.
REFUSE_OTHERS_STATUS = ("I can't share anyone else's private details: whether another student "
                        "has handed in their work, how they did, whether they came to a "
                        "session or where they are is theirs to tell, and I don't know it. "
                        "Ask them yourself; I can answer your own questions about {code} "
                        "{title}.")
# Another student sought out to confront them ("which group is the one who reported me in"):
# where they are is theirs; a conflict is the staff's and the university's to help with.
REFUSE_CONFRONT = ("I can't tell you who another student is or where to find them (their "
                   "group, sessions or room): that is theirs to share. If something has "
                   "happened between you and someone on the course, please don't take it up "
                   "with them head-on; the course staff can help sort it out fairly: say "
                   "\"ask a TA\", or write to them on {forum} ({forum_course}). Your "
                   "university's student wellbeing services are there too if it's weighing "
                   "on you.")
# What other students asked the bot or were told by it: each chat is private.
REFUSE_OTHERS_CHATS = ("I can't tell you what other students ask me or what I tell them: "
                       "each chat with me is private, as yours is. Ask me your own question, "
                       "or see what's discussed on {forum} ({forum_course}).")
# Asking for this year's exam questions: turned down plainly, then what the page does say
# about the exam (which lectures are examinable), when it says it.
REFUSE_EXAM_QUESTIONS = ("I don't have the exam's questions, and I couldn't share them if I "
                         "did. What the course page does say:{examinable}")
# Asking for a leaked or advance copy of an exam's paper or questions: cheating, said so,
# with no one named who would hand it out.
REFUSE_LEAKED_PAPER = ("I can't help with that: getting an exam's questions or paper before "
                       "the exam, leaked or otherwise, is cheating, and I won't help anyone "
                       "cheat. If you've come across what may be a leaked paper or its "
                       "answers, please don't use or share it, and let the course staff know, "
                       "privately on {forum} ({forum_course}). I can tell you what the course "
                       "page says is examinable, or explain an idea from the course notes, "
                       "e.g. \"what is {topic}?\".")
# Asked to message, ping or forward something to someone ("dm <name> for me"): the bot
# contacts no one for a student.
REFUSE_PASS_ON = ("I can't message, ping or forward anything to other students for you: I'm "
                  "the course assistant, a bot, and I don't contact anyone on your behalf. "
                  "To reach a classmate, message them yourself in Teams or post on {forum} "
                  "({forum_course}).")
# Banter about the course's topics or people ("who'd win in a fight, a GAN or a
# transformer", "rate the lecturers"): politely not answered, with what the bot can do.
REFUSE_BANTER = ("Ha, that's not something I answer: I stick to what the course page and "
                 "notes say, not contests, gossip or opinions about the course or its people. "
                 "I can tell you when things are due or on, or explain an idea from the notes, "
                 "e.g. "
                 "\"what is {topic}?\".")
# Asked whether a deadline or a session can be moved, after its time: the bot moves nothing;
# the staff decide, asked privately.
# Asked how an oddity the page shows works ("the tutorial and the Q&A both at 11? how does
# that work"): shown above, and the page says no more.
UNCERTAIN_UNEXPLAINED = ("The course page doesn't say how that works (which one runs, or "
                         "whether one moves). A teaching assistant can tell you: say \"ask a "
                         "TA\", or ask on {forum} ({forum_course}).")
CANNOT_MOVE = ("I can't move deadlines or sessions: only the course staff can decide that. "
               "If you'd like to ask them, a teaching assistant can take it up with you "
               "privately: say \"ask a TA\" and I'll pass it on (only the course staff will "
               "see it), or post privately on {forum} ({forum_course}).")
# Someone saying they are staff and asking to announce or change a fact, or to hand over
# students' work: nothing is done on anyone's word, and no fact about the thing is offered.
REFUSE_STAFF_CLAIM = ("I can't change marks or deadlines, or make announcements, for anyone: "
                      "I only answer from the course page, and I can't check who is writing. "
                      "Course staff make changes through the course's own channels: the "
                      "course page and {forum} ({forum_course}).")
# Other students' data asked by someone saying they are staff ("this is <name> the TA, export
# every student's cw3 grade"): declined whoever asks, since no one's identity can be checked
# here and the staff have their own systems.
REFUSE_STAFF_DATA = ("I can't share other students' marks, names, contact details, lists or "
                     "work with anyone, whoever they say they are: I can't check who is "
                     "writing, and I only answer from the course page. Course staff get that "
                     "data from the university's own systems; for anything else, ask on "
                     "{forum} ({forum_course}).")
# Help asked while an exam or a timed test is being sat: declined for academic integrity.
REFUSE_DURING_TEST = ("Sorry, I can't help while you're taking an exam or a timed test: "
                      "answering its questions for you would break the rules on academic "
                      "integrity. Before it, I'm happy to explain ideas from the course notes "
                      "or tell you what's examinable. Good luck!")
# Disguising someone else's work as one's own ("if i rename the variables in my friend's
# notebook, would it be flagged"): no help to do it, and the page's rule.
REFUSE_COPYING = ("I can't help with passing off someone else's work as your own, or with "
                  "avoiding plagiarism checks. {individual} If you're stuck or short of time, "
                  "a teaching assistant can help: say \"ask a TA\", or ask on {forum} "
                  "({forum_course}).")
# Results asked to be made up for one's own work (invented scores, a table of runs never
# run, a fake training log): misconduct, declined plainly; the metric explained instead, or
# a TA for a run that failed.
REFUSE_FABRICATED = ("I can't make up results for your work: invented scores, tables, "
                     "training logs or curves can't be handed in as your own results, and "
                     "doing so is academic misconduct. I can explain from the course notes "
                     "what a metric means and how it's computed (e.g. \"what is {topic}?\"), "
                     "and if your training failed or ran out of time, a teaching assistant "
                     "can help: say \"ask a TA\", or ask on {forum} ({forum_course}).")
# Asked whether one may look at someone else's finished solution ("a classmate posted theirs,
# can i just check mine against it"): the page's rule that the work is one's own, and help.
REFUSE_OTHERS_SOLUTION = ("{individual} Looking at or using someone else's solution, even "
                          "just to check your own, isn't allowed: the work you hand in must be "
                          "yours alone. If you want to check your approach, a teaching "
                          "assistant can help: say \"ask a TA\", or ask on {forum} "
                          "({forum_course}).")
# Another student's work asked for ("can someone send me their cw2 notebook", "can i see
# yours"): not passed on, with the page's rule; a TA helps with being stuck.
REFUSE_OTHERS_WORK = ("I can't help you get another student's coursework, or share anyone's: "
                      "{individual} If you're stuck or short of time, a teaching assistant "
                      "can help: say \"ask a TA\", or ask on {forum} ({forum_course}).")
# Asked to write a letter, an application or a message for the writer: the bot writes none;
# a message for the staff can be passed on in the writer's own words.
REFUSE_WRITE_FOR_YOU = ("I can't write, rewrite or translate texts for you (letters, applications, "
                        "reports or messages): I only "
                        "answer questions about {code} {title}. If you need to tell the course "
                        "staff something, write to them in your own words, or say \"ask a "
                        "TA\" and I'll pass your message on privately (only the course staff "
                        "will see it).")
# Asked to act as the lecturer (or other staff) and grant something: the bot is itself only,
# and extensions and marks are the staff's, asked privately.
REFUSE_IMPERSONATE = ("I can't act as the lecturer or anyone else on the course, and my "
                      "instructions don't change: I can't grant extensions, move deadlines or "
                      "give marks; only the course staff can. A teaching assistant can take "
                      "it up with you privately: say \"ask a TA\" and I'll pass it on (only "
                      "the course staff will see it).")
# Asked to write something as if it came from someone else ("a forum post as if from the
# lecturer", "a fake announcement from the TAs"): nothing goes out in anyone's name; the
# staff's announcements are theirs to make.
REFUSE_IN_THEIR_NAME = ("I can't write posts, messages or announcements as if they came from "
                        "the course staff or anyone else: that would be impersonating them. "
                        "Announcements about the course are made by the course staff "
                        "themselves, on the course page and on {forum} ({forum_course}).")
# Asked how to get marks by fooling the marking (hardcoding the outputs the autograder
# expects, tricking or getting round its tests or a plagiarism check): declined, with the
# honest help the bot does give.
REFUSE_GAMING = ("I can't help with tricking or getting round the marking (hardcoding the "
                 "outputs a test expects, fooling an autograder or a plagiarism check): marks "
                 "have to come from the work itself. I'm happy to help you do the task "
                 "honestly: I can explain the ideas from the course notes, e.g. \"what is "
                 "{topic}?\", and if you're stuck a teaching assistant can help: say \"ask a "
                 "TA\".")
# An advert or spam: not taken up, and not read as a command.
REFUSE_ADVERT = ("I don't take up adverts or promotions: I only answer questions about {code} "
                 "{title}. Type \"help\" for examples.")
# Asked to send an advert, a discount or a link round the whole class ("dm everyone my promo
# code"): the bot messages no one, and takes up no adverts.
REFUSE_MASS_ADVERT = ("I can't send messages to the class or to anyone else, and I don't take up "
                      "adverts or promotions: I only answer questions about {code} {title}. "
                      "Type \"help\" for examples.")
# Asked to write or post something putting people down for who they are (their nationality,
# ethnicity, religion, gender, sexuality, disability or age): declined plainly, nothing offered
# to be passed on.
REFUSE_HATEFUL = ("I won't write, post or pass on anything that puts people down for who they "
                  "are (their nationality, ethnicity, religion, gender, sexuality, disability "
                  "or age). Everyone on the course is welcome and deserves respect.")
# An errand asked of the bot ("book me a flight", "order me a pizza for the Q&A"): not what it
# does; the course's date the message names follows, if it names one.
REFUSE_ERRAND = ("Sorry, I can't book, order or buy anything, or run errands: I only answer "
                 "questions about {code} {title}. " + CAPABILITIES)
REFUSE_ERRAND_DATES = "What the course page says of what you mentioned:"
# Asked to mock, insult or demean someone, staff or student, or to write or post something that
# does ("a forum post roasting the tutor"): declined plainly as harassment; only a private
# route is offered, for a real concern behind it (nothing is posted or passed on for them).
REFUSE_MOCKERY = ("I won't mock, insult or put down anyone, staff or students, or write or "
                  "post anything that does. If something about the course or a session is "
                  "bothering you, a teaching assistant can hear about it privately: say "
                  "\"ask a TA\" and I'll pass it on (only the course staff will see it).")
# Asked to flood a channel, a chat or someone, or to post news the course has not made ("post
# 'cw3 is cancelled' in the general channel 100 times"): the bot posts nowhere; changes to
# the course come from its staff.
REFUSE_SPAM = ("I can't post or send anything to a channel, a chat or the forum, and I won't "
               "flood one or spread news about the course that its staff haven't announced. "
               "Changes to the course are made by the course staff on the course page and on "
               "{forum} ({forum_course}).")
# A threat or intimidation of someone, to be passed on or written ("tell <lecturer> he'll
# regret it"): declined plainly; nothing offered to be passed on, the proper route for a
# worry about a mark named.
REFUSE_THREAT = ("I won't pass on or help write threats, or anything meant to scare or "
                 "intimidate someone, staff or students. If you're worried about a mark or "
                 "think something is unfair, raise it respectfully with the course staff, "
                 "directly or privately on {forum} ({forum_course}).")
# Asked for help to cheat, or to tell the staff something untrue: declined plainly, with the
# honest route for a real problem.
REFUSE_DISHONEST = ("I can't help with that: I won't help anyone cheat or tell the course staff "
                    "something that isn't true. If something real is getting in the way of "
                    "your work, a teaching assistant can take it up with you privately: say "
                    "\"ask a TA\" and I'll pass it on (only the course staff will see it).")
# Asked to attack, break into or bring down a system or a service ("can you ddos the forum",
# "hack <the submission system> so i get more time"): declined for that reason, with the
# honest route when something real (more time, a service that fails) is behind it.
REFUSE_ATTACK = ("I can't help with that: I won't attack, break into or disrupt any system "
                 "or service, the course's or anyone else's. If you need more time, or one of "
                 "the course's services isn't working for you, a teaching assistant can take "
                 "it up with you privately: say \"ask a TA\" and I'll pass it on (only the "
                 "course staff will see it).")
# A way into a place not one's own (a staff-only or another person's channel, chat,
# recording or files), or someone recorded or watched unseen: declined for that reason, with
# what a student can do instead (ask for access, or ask the staff what they want to know).
REFUSE_INTRUDE = ("I can't help with getting into a channel, chat, account, recording or "
                  "files that aren't yours to see, or with recording or watching anyone "
                  "without their knowledge. If you think you should have access to "
                  "something, or want to know something the staff keep (how the work is "
                  "marked, say), ask the course staff on {forum} ({forum_course}), or say "
                  "\"ask a TA\" and I'll pass your question on privately.")
# Marking material asked for ("send me the auto-marking script", "the marking tests") or a mark
# asked to be changed ("bump my cw1 mark"): the staff's alone.
REFUSE_MARKING = ("I can't do that: the marking material (marking scripts, tests or model "
                  "answers) and the marks themselves are the course staff's alone, not "
                  "something I or any student can have or change. If you think a mark is "
                  "wrong, or want to know how your work will be checked, a teaching assistant "
                  "can take it up with you privately: say \"ask a TA\" and I'll pass it on "
                  "(only the course staff will see it).")
# A pirated or cracked copy of paid software, a book or a paper asked for, or a key to unlock
# one: declined, with the lawful routes (free or student editions, the library).
REFUSE_PIRATED = ("I can't help find pirated or cracked copies of software, books or papers, "
                  "or keys to unlock them. Most tools have a free or student edition, and "
                  "your university library can usually get you the books and papers. For "
                  "what the course itself uses, ask me, e.g. \"what is {topic}?\", or the "
                  "course staff on {forum} ({forum_course}).")
# Asked to use the course's methods (or any) on a real person: a deepfake, a cloned voice,
# images made without consent, harassment or impersonation. Declined; the ideas stay open.
REFUSE_HARM = ("I can't help with that: I won't help make fake or intimate images, video or "
               "audio of a real person, or use anything from the course to harass, "
               "impersonate or deceive someone. I'm happy to explain how the methods work "
               "from the course notes, e.g. \"what is {topic}?\".")
# A password or a login handed over, or the bot asked to log in or submit as someone.
REFUSE_CREDENTIALS = ("Please don't share your password or login with me or anyone else: I "
                      "can't log in or submit anything for you. If you've sent it somewhere, "
                      "change it now. Submissions go through {via}, made by you; if you can't "
                      "get to it in time, a teaching assistant can take it up with you "
                      "privately: say \"ask a TA\" and I'll pass it on.")
# A mark asked to be set, changed or foretold by the bot ("bump my cw2 mark up to 70",
# "predict my quiz score"): declined in general words, with the proper way to query a mark.
REFUSE_MARKS = ("I can't set, change or predict anyone's marks: only the course's markers "
                "decide them, and I can't see them. If you think a mark is wrong, a teaching "
                "assistant can take it up with you privately: say \"ask a TA\" and I'll pass "
                "it on, or post privately on {forum} ({forum_course}).")
# Another person's account or identity asked to be used (logging in as a friend, their
# login, work handed in under their name): declined plainly; each hands in as themselves.
REFUSE_OTHERS_ACCOUNT = ("I can't help with using someone else's account or handing in work "
                         "in their name: each student logs in to {via} and submits as "
                         "themselves. {individual} If someone can't hand in their own work, "
                         "they should contact the course staff themselves.")

# Whether work not one's own may be used (copied, reused with a citation, done together):
# the page's rule is never guessed.
INTEGRITY_UNSTATED = ("The course page doesn't state a rule on plagiarism or on using work "
                      "that isn't your own (code from elsewhere, with or without a citation, "
                      "or work done together), so I can't say it's allowed.{stated} Before you "
                      "rely on it, check with the course staff: say \"ask a TA\", or ask on "
                      "{forum} ({forum_course}).")
INTEGRITY_INDIVIDUAL = " What it does say: the coursework tasks must be implemented individually."
# Whether a library or language may be used for the work ("is pytorch lightning ok?"): the
# page's rule is never guessed; what it says of how the work is given and done follows.
LIBRARY_UNSTATED = ("The course page doesn't say which libraries or languages you may (or "
                    "must) use for the coursework, so I can't tell you whether {library} is "
                    "allowed.{stated} Before you "
                    "rely on it, check with the course staff: say \"ask a TA\", or ask on "
                    "{forum} ({forum_course}).")
INDIVIDUAL_STATED = "The coursework tasks must be implemented individually."
# A partner or group presumed in the coursework ("what if my cw partner drops out") when the
# page says the work is individual: the premise corrected first.
PARTNER_PRESUMED = ("There's no partner or group in this course's coursework: {individual} "
                    "Each task is yours alone to do in full.")
WHAT_IT_SAYS = "What it does say:"
# A rule the page does not state: said so, and the same TA offer as every other unknown.
POLICY_UNKNOWN = ("The course page doesn't cover that (e.g. late penalties, resits, attendance "
                  "or other rules).")
NO_SUCH = "There is no {thing} on the course page. {have}"
# A date its month does not have that year ("29 feb" in a common year, "31 april")
NO_SUCH_DAY = ("There is no {day}: {month} has {days} days. The nearest days are {last} and "
               "{next}: ask about either.")
# "tuesday the 24th" where that weekday and that day of the month never agree near it
DAY_MISMATCH = ("The weekday and the date do not match: there is no {said} in the course, "
                "where that day of the month is {days}. Which day did you mean?")
DAY_MISMATCH_NONE = ("The weekday and the date do not match: there is no {said} in the course. "
                     "Which day did you mean?")
HAVE_COURSEWORK = "There are {count} coursework tasks: {ids}."
HAVE_LECTURES = "Lectures run from {span}."
LECTURE_SPAN = "{first} to {last}"
LECTURE_SPAN_EXTRA = " including {extra}"
HAVE_TUTORIALS = "Tutorials are numbered {first} to {last}."
NO_TUTORIALS = "The course page lists no tutorials with a topic."
# A numbered id of a family the page has ("R05" among R04 and R06): its neighbours, or the span.
NO_SUCH_ID = "The course page lists no {id}."
# ... told as missing ("N13 is missing, it skips from N12 to N14"): a person can check.
MISSING_REPORTED = ("If you expected it to be there, it may be an omission on the course page "
                    "or a material not uploaded: the course staff can check.")
# A material the page lists, told as not up yet: listed is not uploaded, which only a
# person can check.
LISTED_NOT_CHECKED = ("That is what the course page lists for it; I can't check what has "
                      "actually been uploaded, so if it isn't there yet, the course staff can "
                      "check.")
ID_NEIGHBOURS = "Next to where it would be:"
# ... a gap in the numbering, asked of: whether it exists elsewhere is not the page's to say.
ID_GAP_UNSAID = "The course page doesn't say why its numbering skips it."
ID_SPAN = "The page's {prefix} ids run from {first} to {last}."
ID_LINE = "• {id} {title} ({kind}, week {week})"
COUNT_COURSEWORK = ("There are {count} coursework tasks ({ids}), {assessed}; together they "
                    "count {weight}% of the final mark.")
COUNT_LECTURES = "There are {count} lectures: {span}{live}."
COUNT_WEEKS_OF = "The course page lists {what} in {count} weeks: weeks {weeks}."
COUNT_PRERECORDED = "{count} of the {total} lectures are pre-recorded: {numbers}."
COUNT_LIVE = "Live lectures ({count} of the {total}): {numbers}."
COUNT_TUTORIALS = "There are {count} tutorial topics ({first} to {last})."
COUNT_QUIZZES = "There are {count} quizzes, linked from weeks {weeks}."
SESSION_LENGTH = "{what} are timetabled as {minutes}-minute slots: {slots}."
# The length or the end of a session asked about, before its line: "how long is the tutorial
# tomorrow", "when does it finish", "will i be out by 4", "is the q&a an hour".
SESSION_RUNS = "The {what} on {day} runs {start}-{end} {zone}: {length}."
SESSION_ENDS = "The {what} on {day} ends at {end} {zone} (it runs {start}-{end}, {length})."
OUT_BY_YES = "Yes: the {what} on {day} ends at {end} {zone}, by {by}."
OUT_BY_NO = "No: the {what} on {day} ends at {end} {zone}, after {by}."
# A session the page gives only the start of (no timetable slot with an end): its length
# or end asked, never an end guessed.
SESSION_START_ONLY = ("The course page gives only the start of the {what} on {day}: "
                      "{start} {zone}; it doesn't say how long it lasts or when it ends.")
SESSION_NEXT_STARTS = "The next session that day, the {what}, starts at {start} {zone}."
SESSION_LENGTH_UNTIMETABLED = "Sessions are {minutes} minutes long."
LECTURE_LENGTH_UNKNOWN = ("The course page doesn't give the length of the pre-recorded "
                          "lectures{live}.")
LIVE_LECTURE_SLOT_ONE = "; the live lecture {numbers} is in a {minutes}-minute slot"
LIVE_LECTURE_SLOT_MANY = "; the live lectures {numbers} are in {minutes}-minute slots"
COUNT_LEFT = "{count} still to come ({what}): {names}."
COUNT_EVENTS = "The course page lists {what}: {names}."
OTHER_COURSE = ("I only know about {code} {title}. For another course, please ask its own "
                "staff or forum.")
WEEK_NOW = "It's week {week} of the course ({span})."
NO_JOIN_LINK = "The course page gives no links to join them."
WEEK_OF_DAY = "{day} is in week {week} of the course ({span})."
DAY_NOT_IN_TERM = ("{day} is outside the course weeks: week {first} starts {start} and week "
                   "{last}, the last, starts {end}.")
NOT_IN_TERM = ("Today ({today}) is outside the course weeks: week {first} starts {start} and "
               "week {last}, the last, starts {end}.")
LIVE_HOURS = ("{hours} of {what} on the course page ({count} session{s} with a time; hours "
              "shared by sessions at the same time counted once):")
LIVE_HOURS_LEFT = ("{hours} of {what} still to come ({count} session{s} with a time; hours "
                   "shared by sessions at the same time counted once):")
LIVE_HOURS_SLOTTED = ("{hours} of {what} on the course page ({count} session{s}, {slotted} of "
                      "them counted by the weekly timetable slot; hours shared by sessions at "
                      "the same time counted once):")
LIVE_HOURS_SLOTTED_LEFT = ("{hours} of {what} still to come ({count} session{s}, {slotted} of "
                           "them counted by the weekly timetable slot; hours shared by "
                           "sessions at the same time counted once):")
LIVE_HOURS_BY_SLOT = ("Counted by the weekly timetable slot ({day}s, {time}), as the page "
                      "gives it no date or time: {name} (week {week}).")
LIVE_SESSIONS_NAMED = "live sessions"
DURATION_HOURS = "{h} hour{hs}"
DURATION_HOURS_MINUTES = "{h} hour{hs} {m} minute{ms}"
LIVE_HOURS_UNTIMED = "Not counted, as the page gives no time for them: {names}."
LIVE_HOURS_RECORDED = ("Pre-recorded lectures are not counted: the page gives no length for "
                       "them.")
SPAN_BETWEEN = "{gap} from the first to the second of these:"
SPAN_AS_WEEKS = "{gap} ({weeks})"
SPAN_N_WEEKS = "{n} week{s}"
SPAN_N_DAYS = "{n} day{s}"
# (two of a kind the page places only in a week: counted in weeks)
SPAN_WEEKS_BETWEEN = ("{count} week{s} from the first to the second of these (week {first} to "
                      "week {second}; the course page gives them by week, not by date):")
SPAN_FROM_LISTED_WEEK = ("From the start of week {week} ({day}), the first week it is listed in, "
                         "to the deadline is {gap}.")
WEEKS_OF_KIND = "The course page lists {what} in {weeks}:"
WEEK_MOST_OF = "Most {what} in one week ({count}): {weeks}."
WEEK_FEWEST_OF = "Fewest {what} in a week that has any ({count}): {weeks}."
# "sessions" counted with no kind named (lectures, Q&As, tutorials and panels together)
TAUGHT_SESSIONS = "sessions (lectures, Q&As, tutorials and panels together)"
WEEK_SINGLE = "week {weeks}"
WEEKS_SOME = "weeks {weeks}"
WEEK_HOLDS = "• Week {week} ({span}): {items}"
BUSIEST_WEEK = "Week {week} ({span}) has the most on the course page: {what}."
COUNT_WEEKS = "The course has {count} weeks, from {start} to {end}."
COUNT_TEACHING_WEEKS = ("{count} weeks have teaching (lectures or sessions): weeks {weeks}, "
                        "of the course's {total} weeks.")
WEEK_RUN = "{first} to {last}"
COUNT_TUTORIAL_SESSIONS = ("They are given in {count} tutorial sessions, in weeks {weeks}"
                           "{untitled}.")
UNTITLED_TUTORIALS = " (the page gives no topic for the week {weeks} session)"
# What the page does say of how work is marked (after UNSTATED_PREDICATE["marking"]).
EACH_TASK_SHARE = "The {count} coursework tasks together count {weight}% of the final mark."
EXAM_SHARE = "The exam counts {weight}% of the final mark."
EACH_TASK_UNKNOWN = ("The course page doesn't give a split per task: the {count} coursework "
                     "tasks together count {weight}% of the final mark.")
# "Are the intro notebooks assessed?": a reading the page lists as preparation, not a task.
PREP_NOT_ASSESSED = ("{titles}: listed in week {week} as {note}, not as one of the {count} "
                     "coursework tasks. The final mark is the exam ({exam}%) and the {count} "
                     "coursework tasks ({cw}%).")
COURSEWORK_ASSESSED = ("Yes: there are {count} coursework tasks, {assessed}; together "
                       "they count {weight}% of the final mark.")
QUIZ_ASSESSED = ("The course page lists the final mark as the exam ({exam}%) and the {count} "
                 "coursework tasks ({cw}%); it doesn't list the quizzes as assessed.")
QUIZ_ASSESSED_PURPOSE = ("The quizzes (weeks {weeks}) are on the course page to {purpose}. "
                         "It lists the final mark as the exam ({exam}%) and the {count} "
                         "coursework tasks ({cw}%), and doesn't list the quizzes as "
                         "assessed.")
RECORDED_SESSIONS_UNKNOWN = ("The course page doesn't say whether Q&As or tutorials are "
                             "recorded.")
LIVE_LECTURES = ("Lectures are pre-recorded, except lecture {number} ({title}), which is live "
                 "on {when}.")
ALL_LECTURES_PRERECORDED = "Lectures are pre-recorded."
PRERECORDED_NO_TIME = ("The pre-recorded lectures have no set time: the course page lists "
                       "them under the week they belong to.")
ALL_LECTURES_LIVE = "Lectures are given live; the next is lecture {number} ({title}) on {when}."
ALL_LECTURES_LIVE_PAST = "Lectures are given live; the last was lecture {number} ({title})."
COURSE_DATES = ("Week {first_week} starts {start}{note}; the last week, week {last}, starts "
                "{end}. The first session is {first}.")
# The first week's sessions include some the page gives no time for: not the first timed
# one alone, as if it came first.
COURSE_DATES_UNTIMED = ("Week {first_week} starts {start}{note}; the last week, week {last}, "
                        "starts {end}. The first sessions are in week {week}: {untimed} (the "
                        "course page gives no time for {it}), and {first}.")
TEACHING_STARTS = "Teaching starts in week {week} ({span}){lectures}."
TEACHING_STARTS_LECTURES = ", with {lectures}"
COURSE_DATES_NOTE = " ({note})"
NOW_HAPPENING = "Happening now:"
NOTHING_NOW = "Nothing is on right now."
TOPIC_COURSEWORK_UNKNOWN = ("The course page doesn't say which topic each coursework task "
                            "covers. The deadlines are:")
DEADLINES_PASSED = "Deadlines that have passed:"
DEADLINES_PASSED_COUNT = "{count} of the {total} coursework deadlines have passed:"
QUIZ_NEXT = ("Quizzes have no date or time on the course page. The next one is the {title} "
             "(week {week}, {span}).")
UNDATED_THAT_WEEK = "Week {week} lists one with no date or time:"
# A day asked of a kind whose session that week the page lists with no date or time.
UNDATED_ON_DAY = ("The course page lists the week {week} {what} (the week of {label}) with no "
                  "date or time, so it doesn't give a time for it on that day:")
LECTURES_TODAY = ("Lectures are pre-recorded, not timetabled on a day; this week's (week "
                  "{week}) are: {titles}.")
TUTORIAL_LIST = "Tutorial topics:"
NEXT_WITHOUT_CONTEXT = "I don't have what you asked before, so here is the next one:"
# A message that leans on an earlier one ("and the other one?", "ok but what time") with
# nothing earlier to read it by.
NO_CONTEXT = ("I don't have what you asked before, so I'm not sure what you mean. Which "
              "coursework, session or topic is it about? For example: \"when is {coursework} "
              "due?\", \"who runs the week {week} {session}?\".")
SYLLABUS = "The course covers, by its lecture titles on the course page:"
SYLLABUS_WEEK = "• Week {week}: {titles}"

# Beyond the schedule: own work, what the page does not state, other courses, off-topic,
# complaints, commands outside a chat, and asking back.
OWN_WORK_FROM_NOTES = ("That sounds like a problem in your own work. Here is what the course "
                       "notes say that may help:")
OWN_WORK_TA = ("If that doesn't solve it, a teaching assistant can look at it with you: say "
               "\"ask a TA\" and I'll pass your question on.")
OWN_WORK_GPU = ("That sounds like a problem in your own work. On where to run it, the course "
                "page says: {advice}")
OWN_WORK_NOT_FOUND = ("That sounds like a problem in your own work, and I couldn't find "
                      "anything in the course notes that covers it. A teaching assistant can "
                      "help: say \"ask a TA\", or post it on {forum} ({forum_course}).")
FIRST_DATED = "The first one with a date and time: {line}"
NOT_ON_PAGE_ABOUT = "The course page doesn't say that. What it does say about it:"
# A thing the page has no field for, named ("when is reading week"): said so by name, never
# answered with a nearby event. Keys are the lexicon's not_on_page words (bot/core/lexicon.py).
NOT_ON_PAGE_TERM = "The course page doesn't mention {what}."
# After a period the page does not name ("half term", "the holidays") and no date: what is
# on around the day the question was sent.
PERIOD_TERM_AROUND = "What it lists around now ({span}):"
PERIOD_TERM_NEXT = "Nothing is listed this week; the next thing on the page: {line}"
NOT_ON_PAGE_TERMS = {
    "readingweek": "a reading week", "halfterm": "a half term",
    "termbreak": "holidays or breaks", "officehours": "office hours", "passmark": "a pass mark",
    "modulecredits": "how many credits (ECTS, CATS or other) the module is worth",
    "gradeboundary": "the marks a distinction, merit or other classification needs",
    "previousyears": "earlier years of the course (it covers this run only)",
    "email": "e-mail addresses", "emails": "e-mail addresses", "phone": "phone numbers",
    "office": "offices", "address": "addresses", "password": "passwords", "login": "logins",
    "solutions": "solutions", "rubric": "a marking scheme", "wordcount": "a word or page limit",
    "sizelimit": "a size limit for files",
    "pages": "a page limit", "report": "a written report", "reports": "written reports",
    "link": "links", "links": "links", "url": "links", "urls": "links",
    "enrolled": "how many are enrolled", "enrolment": "how many are enrolled",
    "enrollment": "how many are enrolled", "joincode": "join codes",
    "version": "which software versions to use", "versions": "which software versions to use"}
# What is asked of a thing the page lists that it has no field for (lexicon
# UNSTATED_PREDICATES): said so, then what the page does say of the thing.
UNSTATED_PREDICATE = {
    "effort": "The course page doesn't say how much work each task is, or how they compare.",
    "contingency": ("The course page doesn't say whether dates change if there is a strike or "
                    "other disruption."),
    "cancellation": ("The course page doesn't say what happens if a session is cancelled, "
                     "or whether a cancelled one is rescheduled."),
    "grouping": ("The course page doesn't say how tutorial groups or TAs are assigned, or "
                 "whether you can change them."),
    "marking": ("The course page doesn't say how the work is marked: it gives no marking "
                "scheme or criteria."),
    "practice_papers": ("The course page doesn't say whether there are past papers, a mock "
                        "exam or sample questions to practise on."),
    "attendance": ("The course page doesn't say whether attending the sessions is compulsory "
                   "or whether attendance is taken.")}
# What the page does say of the exam, after a question about papers to practise on.
UNSTATED_EXAM_SAID = "What it does say of the exam: it counts {weight}% of the final mark."
# A rule asked for a group of students the page never names ("can exchange students be
# assessed by coursework only?"): never a Yes or No from nothing.
GROUP_UNSTATED = ("The course page doesn't say anything specific to {group}, so I can't tell "
                  "you whether a different rule applies to them.")
MARK_SPLIT = ("The final mark is the exam ({exam}%) and the {count} coursework tasks "
              "({cw}%).")
NOT_ON_PAGE_ABOUT_NAMED = "What it does say about that:"
NOT_ON_PAGE_TA = ("A teaching assistant can tell you: say \"ask a TA\", or ask on {forum} "
                  "({forum_course}).")
OFF_TOPIC = ("That's not something I can help with: I only answer questions about {code} "
             "{title}. " + CAPABILITIES)
# A message addressed to someone by name about their home, job or friends ("Hi Mark, the
# boiler in flat 4 is broken"): meant for someone else; said so politely.
MISDIRECTED = ("This looks like it was meant for someone else: I'm the {code} {title} course "
               "assistant, so I can only help with questions about the course. I can tell you "
               "when things are due or on, who runs what, or explain an idea from the course "
               "notes.")
# Something only a person grants ("could <staff> supervise my project", "would the lecturer
# write me a reference"): not the bot's to say; {where} is their next session, or "".
THEIR_CALL = ("I can't speak for {who}: that is for them to decide, and the course page says "
              "nothing about it. Ask them directly{where}, or a teaching assistant can pass it "
              "on: say \"ask a TA\".")
THEIR_CALL_WHERE = ", e.g. at their next session ({line})"
THEIR_CALL_ANYONE = "the staff"
# A message written to a person, not to the bot ("@jo send me ur notes", "hi prof, sorry i
# missed your lecture"): who it is for, as written; what the page has follows.
MEANT_FOR_ANOTHER = ("This looks meant for {who}, not for me: I'm the {code} {title} course "
                     "bot, so they won't see it here; please message them directly. I can't "
                     "pass on anyone's own notes or work.")
# ({who} for a person greeted by a title only: "hi prof, ...")
MEANT_FOR_STAFF = "a member of staff"
MEANT_FOR_ANOTHER_PAGE = "On the course page:"
# A message written to the other students ("anyone has notes pls dm me", "study group
# anyone?"): no one else reads this chat; where classmates are reached, and the materials.
TO_CLASSMATES = ("Other students don't see what you write to me: I'm the course assistant, "
                 "a bot, so I can't pass this on or have anyone message you. To reach your "
                 "classmates, post on {forum} ({forum_course}). The course's notes and "
                 "materials are on {materials}, and I can point you to the ones on a topic.")
# A university service asked about ("where can i print my cw3 notebook", "renewing a
# library book"): the university's, not the course's; no refusal, no course fact.
UNIVERSITY_SERVICE = ("I only know about {code} {title}, from its course page, so I can't help "
                      "with {what}: that is run by the university, not the course. Please "
                      "check your university's own services for it (its website or student "
                      "services).")
# An everyday matter named ("how long do i boil pasta"): a short decline that names it.
OFF_TOPIC_NAMED = ("Sorry, {what} isn't something I can help with: I'm the {code} {title} "
                   "course assistant. I can tell you when things are due or on, who runs what, "
                   "or explain an idea from the course notes.")
OFF_TOPIC_KINDS = {"weather": "the weather", "food": "food or cooking",
                   "going_out": "a night out", "sport": "sport", "travel": "travel",
                   "shopping": "shopping", "entertainment": "entertainment",
                   "occasions": "holiday plans", "money": "money or investing",
                   "politics": "politics", "horoscopes": "astrology",
                   "creative": "writing jokes or poems"}
COMPLAINT = ("Sorry to hear that. I can't change how the course is run, but the teaching "
             "assistants can hear about it.")
COMPLAINT_FACTS = "For reference, the course page says:"
# Asked how (or wished) to raise a complaint, a problem or feedback ("who do we complain to
# about how the last tutorial was run", "who do I speak to about unfair marking"): whose it
# is, by what it is about, then the private way to them.
COMPLAINT_ROUTE = {
    "session": ("Sorry to hear that. How a session was run is for the course staff to hear "
                "about, not something I can change."),
    "marking": ("Sorry to hear that. How work was marked is for the course staff to look at "
                "again, not me: I can't see or change marks."),
    "staff": ("Sorry to hear that. A complaint about a member of staff goes to the course "
              "staff (or your department, if it concerns the person you'd complain to)."),
    "material": ("Thanks for flagging it. A problem with the course's material (a task, its "
                 "instructions or the notes) is for the course staff to look at, not "
                 "something I can change."),
    "course": ("Sorry to hear that. How the course is run is for the course staff to hear "
               "about, not something I can change."),
}
# The same asked as feedback, with no grievance said ("where do I send feedback about the
# tutorials").
COMPLAINT_ROUTE_FEEDBACK = ("Feedback on the course goes to the course staff: I can't take "
                            "it myself.")
COMPLAINT_ROUTE_HOW = (
    "You can raise it privately: say \"ask a TA\" followed by what you'd like them to know "
    "and I'll pass it on (only the course staff will see it), contact the course staff "
    "directly, or post privately on {forum} ({forum_course}).")
# Asked whether it can be given anonymously: the page says nothing of it; the hand-off can
# leave the name out.
COMPLAINT_ROUTE_ANONYMOUS = (
    "The course page doesn't say whether the course takes anonymous feedback, but I can pass "
    "yours on without your name: say \"ask a TA anonymously:\" followed by what you'd like "
    "them to know (only the course staff will see it). A teaching assistant can also tell "
    "you whether there is another anonymous channel.")
# Before the answer to a question asked inside a complaint ("useless bot. when is the q&a").
COMPLAINT_SORRY = "Sorry for the trouble. Here is what the course page says:"
COMPLAINT_SORRY_SHORT = "Sorry for the trouble."
# A complaint about the bot itself ("this bot is useless"): no argument, what it can do.
COMPLAINT_BOT = ("Sorry I haven't been helpful. " + CAPABILITIES + " I also explain course "
                 "material from the lecture notes, and if I can't answer, say \"ask a TA\" "
                 "and a teaching assistant will. What would you like to know?")
# The bot said to have been wrong, or not to be trusted ("you told me the wrong time"): an
# apology, the page as the official source, and a person for what the mistake caused.
COMPLAINT_BOT_WRONG = ("Sorry about that: I can get things wrong. The course page is the "
                       "official source for dates, times and rules, so please check anything "
                       "important there. If a mistake of mine caused you a problem (a missed "
                       "session or deadline), a teaching assistant can take it up: say \"ask a "
                       "TA\" followed by what happened and I'll pass it on privately (only the "
                       "course staff will see it), or post on {forum} ({forum_course}).")
# A complaint about getting help ("nobody answers on the forum, how am i supposed to get
# help"): heard, then where help is given.
COMPLAINT_HELP = "Sorry it has been hard to get help. Here is where you can get it:"
COMPLAINT_HELP_SESSIONS = "• Ask live at the question-and-answer sessions and tutorials; the next:"
COMPLAINT_HELP_TA = ("• Say \"ask a TA\" followed by your question and I'll pass it to a "
                     "teaching assistant.\n• Post it on {forum} ({forum_course}).")
COMPLAINT_TA = ("Say \"ask a TA\" followed by what you'd like them to know, or post it on "
                "{forum} ({forum_course}).")
COMMAND_IN_CHAT = ("Reminders, asking a TA and \"forget me\" work in a chat with me in Teams; "
                   "here I can only answer questions about {code} {title}.")
# "can I talk to a human" where commands are not carried out: how a person is reached.
ASK_TA_HOW = ("To reach a person, write \"ask a TA\" followed by your question (\"ask a TA "
              "anonymously: ...\" leaves your name out) and I'll pass it to the teaching "
              "assistants; or post it on {forum} ({forum_course}).")
# A message to pass on to the staff, or a person asked for, in other words ("can you let a
# TA know ...", "get me a human"): what the bot will do (it has told no one yet), and the
# quicker route for what cannot wait.
RELAY_URGENT = ("If it's urgent, don't wait for a reply: tell the staff running the session "
                "concerned directly, or post on {forum} ({forum_course}).")
RELAY_HOW = ("I can't contact anyone myself, but I can pass your message on privately to the "
             "course staff (only they will see it): write \"ask a TA\" followed by it "
             "(\"ask a TA anonymously: ...\" leaves your name out). " + RELAY_URGENT)
COMMAND_UNAVAILABLE = "Sorry, that isn't available in this chat."
REMIND_HOW = ("I can remind you before deadlines and sessions: say \"remind me\", \"remind me "
              "2 days before deadlines\", \"only tutorials\" or \"stop reminders\".")
# "Do you keep my messages, who reads them?": who sees what, what the bot stores and for how
# long, how to delete it. Only what the bot does (README, *Data protection* under TA triage):
# staff see the questions filed in the TA queue (passed on, or unanswered); the subject of
# the last question is kept {minutes} minutes (bot/nlu/dialogue.py); {retention} is
# PRIVACY_RETENTION with BOT_TRIAGE_RETENTION_DAYS, or empty where no setting is known.
PRIVACY = ("Who sees what you type here: the course staff don't read this chat through me. "
           "They see only the questions that reach the teaching assistants' queue: one you "
           "pass on with \"ask a TA\", and one I couldn't answer, filed with your name "
           "(\"ask a TA anonymously: ...\" leaves your name out).\n"
           "What I store about you: those questions, your reminders, and for {minutes} minutes "
           "the subject of your last question, so that a follow-up knows what you mean. Your "
           "other messages aren't saved under your name. {retention}To delete it all now, "
           "write \"forget me\". Teams keeps its own copy of this chat, which I can't delete.")
PRIVACY_RETENTION = ("Questions the TAs have answered or closed are deleted after {days} "
                     "days. ")
# "Who made you", "are you a real person", "do you remember what I asked yesterday", "what
# do you know about me": what the bot is and what it keeps, said plainly (nothing more).
ABOUT_BOT = ("I'm the {code} {title} course assistant: an automated assistant, not a person (say "
             "\"ask a TA\" to reach one). What I tell you comes from the course page and the "
             "course notes.\n"
             "I don't remember earlier conversations: in a chat I keep only the subject of your "
             "last question, for {minutes} minutes, so that a follow-up (\"and who marks it?\") "
             "knows what you mean. I also keep your questions to the TAs and your reminders.\n"
             + REMIND_HOW + " To delete what I store about you, write \"forget me\".")
# Trouble getting into a session's room, link or page ("can't see the team, the tutorial
# starts now"): a person fixes access; the session concerned follows (LOCKED_OUT_SESSION).
LOCKED_OUT = ("Sorry about that: I can't give you access or fix a link myself, a person has "
              "to. Say \"ask a TA\" and I'll pass it on to the teaching assistants, or post on "
              "{forum} ({forum_course}); if the session is starting, message its staff directly.")
# An account a course system does not know: a person who runs the accounts fixes it.
LOCKED_OUT_ACCOUNT = ("Sorry about that: I can't look up or fix accounts, a person has to; the "
                      "course page does not name who runs them. Say \"ask a TA\" and I'll pass "
                      "it on to the teaching assistants, who can take it to whoever does, or post "
                      "on {forum} ({forum_course}). Say which system and what it shows you.")
# A code or invitation to get into the forum or a course system: a person gives it out (the
# forum may be what it opens, so it is not offered as the way to ask).
LOCKED_OUT_CODE = ("I can't give out access codes or invitations: a person has to. Say \"ask a "
                   "TA\" and I'll pass it on to the teaching assistants, or contact the course "
                   "staff directly.")
LOCKED_OUT_SESSION = "The session: {line}"
# (trouble with where the materials are: the page's places for them, as a hint)
LOCKED_OUT_MATERIALS = "Meanwhile, the course page says the materials are on {locations}."
# (no session concerned: the hand-in the trouble keeps one from)
LOCKED_OUT_DEADLINE = "The deadline: {line}"
# Compute for the work not to be had ("hit the usage limit, no gpu runtime"): the page's
# advice on where to run it ({advice}), and a person if none of it works in time.
COMPUTE_TROUBLE = ("I can't get you compute myself. The course page's advice on where to run "
                   "the work: {advice} If none of that works for you in time, a teaching "
                   "assistant can help: say \"ask a TA\" and I'll pass it on, or post on "
                   "{forum} ({forum_course}).")
# "Who made this bot, was it the lecturers": the page and the settings name no maker.
BOT_MAKER_UNKNOWN = ("I'm the {code} {title} course assistant: an automated assistant, not a "
                     "person. Neither the course page nor my settings say who built or runs "
                     "me, so I can't tell you who did.")
# What the bot reads, said in one place: to a question about it ("can you read screenshots",
# "what languages can I use with you") and to a message mostly in another language.
READS = ("I read typed English text only: I can't open screenshots, photos, voice messages or "
         "attached files, and I don't understand other languages (a course id, a date or a "
         "topic's name in them I can still pick out).")
BOT_READS = ("I'm the {code} {title} course assistant. " + READS + " Paste an error message as "
             "text, or ask in English, for example \"{first}\" or \"{second}\".")
ENGLISH_ONLY = ("Sorry, I read English only, so I couldn't understand your message. Please "
                "ask in English, for example \"{first}\" or \"{second}\". If it's a "
                "personal matter (your circumstances, an absence or an adjustment such as "
                "extra time), a teaching assistant can take it up with you privately: say "
                "\"ask a TA\" and I'll pass it on (only the course staff will see it).")
READ_IN_PART = "(I read English only: this answers what I could read of your message, {words}.)"
# A request in another language the bot could read: said once, briefly, before the answer.
ANSWERED_IN_ENGLISH = "(Replying in English, the only language I read.)"
# Example questions for a message the bot could not read, made from what it could.
EXAMPLE_DUE = "when is {coursework} due?"
EXAMPLE_MARKS = "who marks {coursework}?"
EXAMPLE_COVERS = "which lecture covers {topic}?"
EXAMPLE_EXPLAIN = "what is {topic}?"
EXAMPLE_ON = "what's on tomorrow?"
# Small talk put to the bot ("how r u", "wanna chat?"): a short social reply, then what it does.
SMALL_TALK = ("All good here, thanks for asking! I'm only the {code} {title} course bot, so I "
              "don't have much of a day, but I can tell you when things are due or on, who runs "
              "what, or explain an idea from the course notes.")
# Asked in other words to delete what the bot stores ("pls delete my data"): whether to, a
# one-word reply confirming it (nothing is deleted on a guess).
FORGET_CONFIRM = ("Do you want me to delete everything I store about you (your questions to "
                  "the TAs, your reminders and this chat)? This can't be undone: reply "
                  "\"yes\" to delete it now, or anything else to keep it.")
# A formal request about one's data (under data-protection law, or of the university's
# records): the bot's own store is deleted by "forget me"; the rest is a person's.
FORGET_FORMAL = ("Deleting it here covers only what this bot stores. A formal request about "
                 "the data the university holds on you (your student record, marks or other "
                 "systems) is handled by people, not by me: a teaching assistant can point you "
                 "to the right person (say \"ask a TA\"), or contact the course staff directly.")
FORGET_HOW = ("To delete what I store about you (your questions to the TAs, your reminders and "
              "this chat), write \"forget me\".")
CLARIFY = "I'm not sure which you mean. Did you mean:"
CLARIFY_IT = "this"
CLARIFY_OPTIONS = {
    "deadline": "When {what} is due", "schedule": "When {what} is on",
    "people": "Who runs or marks {what}", "topic": "Which lecture covers {what}",
    "reading": "What to read for {what}", "logistics": "How the course works ({what})",
    "content": "An explanation of {what} from the notes",
    "own_work": "Help with my own work on {what}", "personal": "A personal matter",
    "policy": "A course rule about {what}", "feedback": "When marks come back",
    "not_on_page": "Something about {what} the course page may not say",
    "other_course": "Another course", "off_topic": "Something else",
    "complaint": "Feedback about the course", "refused": "Answers to assessed work",
    "greeting": "Just saying hello", "thanks": "Just saying thanks",
    "help": "What you can do", "unknown": "Something else", "remind": "A reminder",
    "ask_ta": "Asking a TA", "forget_me": "Deleting my data"}
# The same readings when the question names nothing the course knows by name: a button reads
# as a phrase, never as the question's leftover words.
CLARIFY_OPTIONS_UNNAMED = {
    "deadline": "A coursework deadline", "schedule": "When sessions are on",
    "people": "Who runs or marks something", "topic": "Which lecture covers a topic",
    "reading": "What to read", "logistics": "How the course is run",
    "content": "An explanation from the course notes",
    "own_work": "Help with my own work", "policy": "A course rule",
    "not_on_page": "Something the course page may not say"}

# Chat channels (Teams, the emulator): greetings, failures and card labels.
WELCOME = ("Hi, I'm the {code} {title} course assistant. " + CAPABILITIES
           + " I also explain course material from the lecture notes, with the notes cited. "
           "In a channel or group chat, @mention me.")
ANSWER_COMING = ("That one needs a moment longer: I'll send the answer here as soon as it's "
                 "ready.")
TURN_ERROR = ("Sorry, something went wrong on my side and I couldn't answer that. "
              "Please try again in a moment.")
STORAGE_UNAVAILABLE = ("Sorry, I can't save anything right now: my storage has a problem "
                       "(it is logged for the people who run me), so that was not recorded. "
                       "Please try again later.")
NOTES_INDEXING = ("The course notes are still being indexed ({percent}% done), so I can't "
                  "answer questions about their content yet. Please ask again in a minute "
                  "or two; questions about the schedule, deadlines and reminders work "
                  "already.")
# A personal matter raised in a channel or group chat is answered in the asker's 1:1 chat;
# the shared conversation gets only one of these, which say nothing of the matter.
REPLIED_PRIVATELY = "I've replied to you in our personal chat."
PRIVATE_REPLY_FAILED = ("I couldn't reach you in a personal chat. Please message me directly "
                        "(open a chat with me) and I'll reply there.")
NOT_TEXT = "I can only read text messages. Ask me something about the course."
# Card actions that arrive as invokes (Action.Execute): shown on the card by Teams.
INVOKE_DONE = "Done: my answer is in the chat."
INVOKE_UNSUPPORTED = ("The course assistant does not support this action. Ask me in the chat "
                      "instead.")
CARD_YOUR_TIME = "Your time"
CARD_COURSE_TIME = "Course time"
CARD_WHERE = "Where"
CARD_STAFF = "Staff"
CARD_WEEK = "Week"
CARD_NO_TIME = "No time given on the course page"
CARD_SOURCES = "From the course notes"
CARD_WHOLE_SECTION = "Show the whole section"
MORE_HINT = "(Type \"more\" for the whole section of the notes.)"
# The console chat (`python -m bot chat`): its banner, the line under numbered choices, and
# what a student types to see the whole section behind the last answer.
CONSOLE_BANNER = ("Course assistant console{via}. Ask a question; 'help' for examples, 'quit' "
                  "to leave.\nAsking as of {now} ({tz}).")
CONSOLE_VIA_HTTP = " (through the Bot Framework endpoint and the local connector)"
CONSOLE_CHOOSE = "(type a number to choose)"
CONSOLE_MORE = ("more", "show more", "whole section", "more please")
MORE_NOTHING = "There is no more to show: ask me about the course notes first."
CARD_SOURCE_LINE = "{title}{lecture}"
CARD_SOURCE_LECTURE = " (lecture {lecture})"
CARD_MORE_ABOUT = "About {id}"
CARD_ASK_ABOUT = "tell me about {id}"
CARD_EXAMPLES = "Show examples"
CARD_TRIMMED = "(Shortened to fit in one message.)"

# What each kind of event (bot/schedule/kinds.py) is called: in a list, and one of them.
EVENT_KIND_NAMES = {"lecture": "lectures", "qa": "Q&A sessions", "tutorial": "tutorials",
                    "panel": "panel discussions", "quiz": "quizzes", "deadline": "deadlines"}
KIND_SINGULAR = {"lecture": "lecture", "qa": "Q&A", "tutorial": "tutorial", "panel": "panel",
                 "quiz": "quiz", "deadline": "deadline"}
# One of a kind in a count ("1 panel discussion" beside "6 Q&A sessions").
KIND_ONE_COUNTED = {"lecture": "lecture", "qa": "Q&A session", "tutorial": "tutorial",
                    "panel": "panel discussion", "quiz": "quiz", "deadline": "deadline"}

# The time of day asked of a kind ("which deadline is latest in the day"): the clock time,
# or that all share one.
CLOCK_ALL_SAME = "All {count} {what} {verb} at the same time of day: {clock}."
CLOCK_VERBS = {"start": "start", "end": "end", "due": "are due"}
CLOCK_EDGE = "The {which} {point} in the day among the {what} is {clock}:"
CLOCK_LATEST = "latest"
CLOCK_EARLIEST = "earliest"
CLOCK_STARTS = "start"
CLOCK_ENDS = "end"
CLOCK_DUE = "due time"
# The first or last thing of the whole course: the page's earliest (latest) dated event,
# then what it lists in that week with no time.
COURSE_FIRST = "The first dated event on the course page:"
COURSE_LAST = "The last dated event on the course page:"
COURSE_LAST_SESSION = "The last session before it:"
COURSE_EDGE_UNDATED = "Also listed in week {week}, with no time given:"
# A session named by the day of another person's ("the tutorial on the bronstein day"): the
# ones of that kind that day; a guess that it is off is answered No while it is listed.
DAY_OF_LISTED = "The {kind} on {person}'s day ({day}):"
DAY_OF_YES = "Yes: the {kind} on {person}'s day ({day}) is listed:"
DAY_OF_STILL_LISTED = "No: the {kind} on {person}'s day ({day}) is still listed:"
DAY_OF_NONE = "No {kind} is listed on {person}'s day ({day})."

# Reminders: subscribing in chat, and the reminders themselves.
# What each kind one can be reminded of (bot/reminders/policy.py) is called.
KIND_NAMES = {"deadline": "coursework deadlines", "qa": "Q&A sessions",
              "tutorial": "tutorials", "lecture": "live lectures", "panel": "panel discussions",
              "digest": "a weekly digest"}
REMIND_ON = "Done: I'll remind you{where} about {kinds}{when}."  # where: REMIND_CHANNEL
REMIND_ADDED = "Added: I'll also remind you about {kinds}. You now get reminders about {all}."
REMIND_ONLY = "Done: from now on I'll only remind you about {kinds}{when}."
REMIND_REMOVED = "OK, no more reminders about {kinds}. {rest}"
REMIND_REMOVED_REST = "You still get reminders about {all}."
REMIND_NONE_LEFT = "You now get no reminders; say \"remind me\" to start again."
REMIND_OFF = "OK, I've stopped all your reminders. Say \"remind me\" any time to start again."
REMIND_WAS_OFF = "You have no reminders to stop. Say \"remind me\" to get some."
REMIND_SHOW = "You get reminders about {kinds}{when}, in {zone}."
REMIND_SHOW_PAUSED = (" They are paused because my last messages to you could not be "
                      "delivered; say \"remind me\" to resume.")
REMIND_SHOW_NONE = ("You have no reminders. Say \"remind me\" for {kinds}, or e.g. \"remind me "
                    "2 days before deadlines\".")
REMIND_WHEN = " ({parts})"
REMIND_WHEN_DEADLINES = "deadlines {offsets} before"
REMIND_WHEN_SESSIONS = "sessions {offsets} before"
# "deadlines the evening before", "sessions 15m before and the evening before"
REMIND_WHEN_EVENING = "{what} the evening before"
REMIND_AND = " and "
REMIND_DEADLINES = "deadlines"
REMIND_SESSIONS = "sessions"
REMIND_IN_ZONE = " Times are in {zone}."
REMIND_NEXT = "\nNext:\n{lines}"  # the next reminders a setting brings
REMIND_NEXT_NONE = "\nNo reminder of these is left to send: the schedule has nothing more for them."
REMIND_NEXT_LINE = "• {due}: {what}"
REMIND_WHAT_EVENT = "{title} ({id}), {verb} {when}"
REMIND_WHAT_DIGEST = "your week {week} digest"
REMIND_DUE = "due"
REMIND_STARTING = "starting"
REMIND_MORE = "• … and {count} more"
REMIND_MUTED = ("OK, no reminders until {until}; they start again then. {count} reminder(s) "
                "before then will not be sent.")
REMIND_MUTED_LIST = "\nMuted:\n{lines}"
REMIND_MUTE_PAST = "{until} has already passed, so there is nothing to mute until then."
REMIND_MUTE_ALL_ONLY = ("I can pause all your reminders until a day (\"mute everything until "
                        "10 March\"), or stop one kind (\"stop the Q&A reminders\"), but not "
                        "pause one kind for a while.")
REMIND_SHOW_MUTED = " They are muted until {until}."
# `ask` (no chat): nothing is stored, but what the setting would cover is said.
REMIND_HERE = ("I can't set reminders here: reminders work in a chat with me in Teams, where "
               "you can say this again. {what}")
REMIND_HERE_COVER = "{kinds} still to come:\n{lines}"
# A reminder asked by the person whose sessions it is for ("ping me before <staff>'s thing").
REMIND_PERSON = "Sessions with {who} still to come, which the reminder is for:"
REMIND_PERSON_NONE = ("The course page lists no session of that kind with {who} still to come, "
                      "so there is nothing of theirs to remind you of.")
REMIND_HERE_FIRST = "The first reminders would be:\n{lines}"
REMIND_HERE_MUTED = "Until {until} you would get no reminders for:\n{lines}"
REMIND_HERE_STOPPED = "You would no longer be reminded of:\n{lines}"
REMIND_HERE_NONE = ("Here you have no reminders to stop or to list; in that chat, \"stop "
                    "reminders\" stops them and \"what reminders do I have?\" lists them.")
REMIND_CHANNEL = " in this channel"
REMIND_PERSONAL_CHAT_ONLY = ("Your own reminders only ever go to our personal chat, never to a "
                             "group chat or channel. Write \"remind me\" to me there (open a "
                             "chat with me) and I'll set them up.")
REMIND_SNOOZED = "OK, I'll remind you about {title} again at {when}."
REMIND_SNOOZE_TOO_LATE = "{title} starts before then, so there is nothing to snooze."
REMINDER_EVENT = "⏰ Reminder: {title} {verb} in {left}: {when}."
REMINDER_LATE = " (Sent late: I was offline when this reminder was due.)"
REMINDER_DUE_VERB = "is due"
REMINDER_START_VERB = "starts"
REMINDER_SUBMIT = "Submit on {via}."
REMINDER_DIGEST = "📅 Your week {week} digest ({span})."
REMINDER_CHANGED = ("📌 {title} has moved: it is now due {when} (it was {old}). Your reminders "
                    "follow the new time.")
CARD_STOP_THESE = "Stop these"
CARD_SNOOZE = "Snooze 1 h"
CARD_ADD_TO_CALENDAR = "Add to calendar"
CARD_TIME_LEFT = "Time left"
CARD_SUBMIT_ON = "Submit on"

# TA triage: escalating, TA commands, relaying answers.
TRIAGE_FILED = ("I've passed your question to the teaching assistants (#{id}); I'll send you "
                "their answer here.")
TRIAGE_JOINED = ("I've passed your question to the teaching assistants (#{id}). {others} also "
                 "asked this; you'll all get the same answer here.")
TRIAGE_OTHERS_ONE = "One other student has"
TRIAGE_OTHERS_MANY = "{n} other students have"
TRIAGE_PERSONAL = (" It looks personal, so only the course staff will see it; for marks, "
                   "extensions or circumstances you can also contact them directly.")
TRIAGE_ASK_TA_BUTTON = "Ask a TA"
TRIAGE_NOTHING_TO_ASK = ("Which question should I pass to the TAs? Write \"ask a TA: \" "
                         "followed by it.")
TRIAGE_NOT_A_TA = ("Sorry, that is a command for the course's teaching assistants. If you "
                   "have a question, just ask it, or write \"ask a TA: \" and your question.")
TRIAGE_EMPTY = "No open questions. 🎉"
TRIAGE_LIST_HEADER = "Open questions ({count}), most urgent and oldest first:"
TRIAGE_LIST_LINE = ("• #{id} [{urgency}{due}] {category}{where}: \"{title}\" — {askers} "
                    "asked, {age} ago{personal}")
TRIAGE_DUE_PART = ", {deadline} due in {left}"
TRIAGE_WHERE_PART = ", week {week}{lecture}"
TRIAGE_LECTURE_PART = ", lecture {lecture}"
TRIAGE_PERSONAL_MARK = " (personal)"
TRIAGE_UNKNOWN_GROUP = "There is no open question #{id}."
TRIAGE_ALREADY_ANSWERED = ("#{id} was already answered by {by}; your answer was not sent. "
                           "'show {id}' shows it.")
TRIAGE_ANSWERED = "Answer to #{id} sent to {n} student(s){faq}."
TRIAGE_ANSWERED_FAQ = "; added to the FAQ, so the bot answers it from now on"
TRIAGE_CLOSED = "Closed #{id}."
TRIAGE_MERGED = "Merged #{other} into #{keep}: {n} student(s) will get #{keep}'s answer."
TRIAGE_USAGE = ("TA commands: \"triage\" (open questions), \"show <id>\", \"answer <id> "
                "<text>\" (add \"faq\" after the id to add it to the FAQ, e.g. \"answer 12 faq "
                "Yes, you can.\"), \"close <id>\", \"dup <id> <other id>\".")
TRIAGE_SHOW_HEADER = "#{id} ({status}, {category}, week {week}): \"{title}\""
TRIAGE_SHOW_LINE = "• {who}, {when}: \"{text}\" (bot's guess, confidence {confidence:.2f})"
TRIAGE_ANONYMOUS = "an anonymous student"
TA_ANSWER = "👩‍🏫 A teaching assistant answered your question \"{question}\":\n\n{answer}"
TA_ANSWER_FAQ = "{answer}\n\n  — TA answer, week {week}"
TA_ANSWER_SOURCE = "TA answer, week {week}"
TRIAGE_NEW_GROUP = "New question #{id} ({category}{where}, {urgency} urgency):"
TRIAGE_BUTTON_ANSWER = "Answer"
TRIAGE_BUTTON_CLOSE = "Close"
FORGET_DONE = ("Done: I've deleted your {questions} question(s) to the TAs, your reminders "
               "and what I stored about this chat. Say hello any time to start again.")

# The Teams app package (`python -m bot teams-package`): names, descriptions and the
# commands Teams suggests. Name limits: short 30 characters, developer 32; command titles
# are sent as typed, so each one is something the bot understands (tests/test_teams_package).
TEAMS_APP_SHORT_NAME = "{title} assistant"
TEAMS_APP_FULL_NAME = "{code} {title} course assistant"
TEAMS_APP_DEVELOPER = "The course team"
TEAMS_APP_SHORT_DESCRIPTION = "Deadlines, sessions, notes and reminders for {code} {title}."
TEAMS_APP_FULL_DESCRIPTION = (
    "Ask in your own words about the {code} {title} course: deadlines, Q&As, tutorials and "
    "lectures, topics and readings, who marks what, and how the course runs. Course material "
    "is explained from the lecture notes, with the notes cited. Say \"remind me\" for "
    "reminders before deadlines and sessions. When the bot cannot answer, \"ask a TA\" "
    "passes your question to the teaching assistants, and their answer comes back here. "
    "\"forget me\" deletes what the bot keeps about you.")
TEAMS_COMMANDS = (  # personal chats and group chats
    ("help", "What I can answer, with examples"),
    ("what's on this week?", "This week's Q&As, tutorials and lectures"),
    ("when is the next deadline?", "The next coursework deadline and the time left"),
    ("remind me", "Reminders before deadlines and sessions"),
    ("what reminders do I have?", "Your reminder settings"),
    ("stop reminders", "No more reminders"),
    ("ask a TA", "Send your last question to the teaching assistants"),
    ("forget me", "Delete your questions, reminders and what the bot stored about you"),
)
TEAMS_CHANNEL_COMMANDS = (  # team channels (the bot answers when @mentioned)
    ("help", "What I can answer, with examples"),
    ("what's on this week?", "This week's Q&As, tutorials and lectures"),
    ("when is the next deadline?", "The next coursework deadline and the time left"),
    ("remind this channel", "Post reminders in this channel (TAs only, when TAs are set)"),
    ("what reminders do I have?", "The reminders this channel gets"),
    ("triage", "For TAs: the open questions from students"),
)

# Spans of the course named in words (bot/core/when.py), as they read in "Deadlines {label}:".
COURSE_HALF = ("in the first half of the course (weeks {first}-{last})",
               "in the second half of the course (weeks {first}-{last})")
REST_OF_COURSE = "for the rest of the course"
REST_IS_ALL = "That is everything the course page lists from now to the end of the course."
WEEK_AFTER_NEXT = "the week after next"
WEEKS_AHEAD = "in {n} weeks' time"
WEEKS_BACK = "{n} weeks ago"
# A week placed among the course's weeks ("the penultimate week"): its place and number
WEEK_AT_PLACE = "in the {place} week of {whole}, week {n}"
WEEK_PLACE_WHOLE = {"course": "the course", "teaching": "teaching"}
DUE_NEAR = "Due just before or after it:"
# A day with none of the kind asked, though one was that week or a few days off
NEAREST_OF_KIND = "The {what} nearest that day: {line}"
JUST_BEFORE = "Just before it: {line}"
AFTER_DAY = "after {label}"
FROM_DAY_ON = "from {label} on"
BEFORE_DAY = "before {label}"
# Graded work in a range the student gives (`handlers/graded_range.py`)
GRADED_IN = "Graded work due {label} (coursework deadlines):"
NO_GRADED_IN = "No graded coursework is due {label}."
GRADED_EXAM_UNDATED = ("The exam ({weight}% of the final mark) is graded too, but the course "
                       "page doesn't give its date, so I can't say whether it falls {label}.")
WEEKLY_SPAN_HITS = "Yes: these deadlines fall in that time of the week:"
WEEKLY_SPAN_NONE = "No coursework deadline falls in that time of the week."
WEEKLY_SPAN_OTHERS = "The other deadlines:"
WEEKLY_SPAN_EVENING = ("(The {day} part is read from {hour}:00 course time; the course page "
                       "gives each deadline's time above.)")
LAST_DEADLINE_IS = "The last coursework deadline is {title} ({id}), due {when}."
# A holiday the course page does not date: what is read instead.
UNDATED_HOLIDAY = ("before {holiday} (the course page gives no {holiday} date, so read as up "
                   "to the end of the course, week {week})")
PAST_WEEKS = "in the last {n} weeks"


# The same messages when the question's leftover words do not look like a topic
# (Query.topic_phrase is ""): nothing is quoted back.
_UNQUOTED = {
    TOPIC_NOT_FOUND: ("I can't tell which lecture, tutorial or reading that is about. "
                      + CAPABILITIES),
    TOPIC_INFERRED: "These are the closest titles on the course page:",
    NO_KIND_NAMED: "I can't tell which {kind} that is about. " + CAPABILITIES,
    NO_KIND_FOR_TOPIC: ("No {kind} on the course page is about that by its title; it comes up "
                        "here:"),
    TITLE_ONLY: ("The course page gives only lecture titles, so I can't say whether that is "
                 "covered:"),
    TOPIC_IN_NOTES: "The lecture titles don't name that, but the notes discuss it in:",
    CONFIRM_TOPIC_WHEN: "The one you asked about:",
}


def say_topic(template: str, phrase: str, **fields: str) -> str:
    """A message that quotes the question's topic, or its unquoted form when there is no
    phrase to quote: one rule for every place a topic is echoed."""
    if phrase:
        return template.format(phrase=phrase, **fields)
    return _UNQUOTED[template].format(**fields)

# Counts and spans over the whole schedule (handlers/aggregates.py).
TALLY_TOTAL = "{count} {what} in all{sessions}:"
TALLY_BY_KIND = "{what} in all:"
TALLY_LEFT = "{count} {what} still to come{scope}{sessions}:"
TALLY_NONE_LEFT = "No {what} are still to come{scope}."
# A count of those held on a day of the week when none is (live ones have a day).
TALLY_NONE_ON_WEEKDAY = "None: the course page lists no {what} on a {day}; they are on: {days}."
TALLY_WITH_THIS_WEEK = ", this week's (week {week}) included"
TALLY_AFTER_THIS_WEEK = " after this week (week {week})"
TALLY_TOPICS = ", covering {count} {topics}"
TOPIC_WORD = "topic"
TOPICS_WORD = "topics"
TALLY_TUTORIAL_SESSIONS = "tutorial sessions"
TALLY_TUTORIAL_SESSION = "tutorial session"
TALLY_WEEK_LECTURES = "• Week {week} ({span}): {titles}"
TALLY_LIVE = "{number} {title} (live, {when})"
PERSON_WEEKS = "{name} is on the course page in {count} {weeks_word}: {weeks}."
WATCH_BEFORE = ("Before {what} (week {week}): {count} lectures, those of week {week} and the "
                "weeks before it:")
COVERED_UP_TO = "Up to {day} (week {week}): {count} lectures, those of week {week} and before:"
COVERED_BEFORE_TERM = "Nothing yet: the first lectures are in week {week} ({span})."
PERSON_WEEK_LINE = "• Week {week}: {what}"
PERSON_WEEK_ASSESSES = "assessing {title} (due {when})"
TALLY_KINDS = "sessions ({what})"
NOTHING_DATED_AFTER = ("Nothing the course page dates comes after {title}: it is the last dated "
                       "thing.")
NOTHING_DATED_BEFORE = ("Nothing the course page dates comes before {title}: it is the first "
                        "dated thing.")
TALLY_ALSO_THIS_WEEK = "With this week's {count} ({titles}): {total} in all."
# The gaps between consecutive dated events of a kind (handlers/gaps.py).
GAP_EXTREME = {True: "The longest gap between consecutive {what} is {gap}:",
               False: "The shortest gap between consecutive {what} is {gap}:"}
GAP_LINE = "• {gap}: from {first} to {second}"
GAPS_ALL = "All the gaps, in order: {gaps}."
GAPS_EVEN = "All {count} gaps between consecutive {what} are the same: {gap}."
GAPS_HEAD = "The {count} gaps between consecutive {what}, in order:"
GAPS_UNDATED = ("{count} more the course page gives no date for (week {weeks}), so not "
                "counted in the gaps.")
# How many of a kind are behind and ahead at the message's now (handlers/counted_by_now.py).
COUNT_BY_NOW = "{total} {what} in all; as of {now}: {past} already past, {left} still to come."
COUNT_THIS_WEEK = "{count} more this week, placed in the week with no set time."
COUNT_SIDE = {-1: "Already past:", 0: "This week (no set time):", 1: "Still to come:"}

# Several events named in one question (handlers/several.py).
EACH_NAMED = "Each of them:"
SAME_DAY_YES = "Yes: {first} and {second} are both on {day}."
SAME_DAY_NO = "No: {first} is on {day_a}, {second} on {day_b}."
# ... said as a condition of a gap asked ("if cw3 went up the day cw2 was due, how many days"):
SAME_DAY_GAP = "From {first} ({day_a}) to {second} ({day_b}) is {gap}."
SAME_DAY_COURSE_YES = "(In course time both are on {day}.)"
SAME_DAY_COURSE_NO = "(In course time they are on different days.)"
SAME_DAY_UNDATED = ("{titles} {have} no day on the course page (only {its} week), so {they} "
                    "cannot be set against a day.")
LECTURE_NAMED = "Lecture {number}: {title} ({delivery}, week {week}, {span})"
LECTURE_WEEK_BEFORE = ("{lecture} comes before {session}: it is released in an earlier week "
                       "than the session's week {week}.")
LECTURE_WEEK_AFTER = ("{lecture} comes after {session}: it is released in a later week than "
                      "the session's week {week}.")
LECTURE_SAME_WEEK = ("{lecture} is in the same week as {session}; the page gives pre-recorded "
                     "lectures no day, so watch it early that week to have it before the "
                     "session.")
RECORDED_WEEK_STAFF = ("{what}: pre-recorded. The staff the page names for week {weeks}'s Q&A "
                       "and tutorial sessions:")
LAST_WITH_TOPIC = "The last tutorial the page gives a topic for: {topics} ({when})."
FIRST_WITH_TOPIC = "The first tutorial the page gives a topic for: {topics} ({when})."
READING_TUTORIAL = "• Tutorial {id} on {topic}: {when}"
PERSON_COUNT_TOPICS = " (covering {count} tutorial topics)"
# The last session of a kind before a boundary of the term ("the last live session before
# teaching stopped", "... before the break", "... before the exam").
LAST_BEFORE_EDGE = "The last of the {kinds} before {edge}:"
EDGE_TEACHING_END = "teaching ended"
EDGE_BREAK = "the break (week {week} starts {day} after a gap)"
EDGE_NO_BREAK = ("The course page lists no break within the teaching weeks (weeks {first}-{last} "
                 "run back to back), so this is the last before teaching ended.")
EDGE_EXAM_UNDATED = ("The course page doesn't give the exam's date; this is the last session it "
                     "lists at all.")
EDGE_THEN_ONLY = "After it the page dates only:"
LIVE_SESSION_NAME = "live sessions"

# Being late for a session, asked at a time ("am i late for the tutorial"): under way, over
# today, or not started, and the next one.
LATE_UNDER_WAY = ("It's under way: it started at {start} ({minutes} min ago) and runs until "
                  "{end}, so you can still join:")
LATE_OVER = "Today's one is over: it ran from {start} to {end}."
LATE_NEXT = "The next one: {line}"
LATE_NOT_STARTED = "You're not late: none is on now. The next one starts: {line}"
LATE_NONE_LEFT = "None is on now, and none is left on the course page's schedule."

# A weekly time of the writer's that takes part of a timetabled slot ("my lab ends 11:15 on
# tuesdays"): the regular slot, and the part of it missed.
CLASH_SLOT_START = ("The {kind} is held {day}s {start}-{end}: it starts at {start}, so you "
                    "would miss its first {minutes} minutes.")
CLASH_SLOT_END = ("The {kind} is held {day}s {start}-{end}: you would miss its last "
                  "{minutes} minutes.")

# What the writer says the bot said of where things are ("you said to submit on <forum>"), set
# against the page: its fact first, then the reply to the rest (bot_said.py).
BOT_SAID_WRONG = ("A correction first: the course page, which is what I go by, says otherwise "
                  "(if I told you that, I was wrong, sorry). {fact}")
BOT_SAID_SUBMIT = "Coursework is submitted via {via}, not {said}."
BOT_SAID_HELD = "Where the page holds them: {what}: {place} (not {said})."
BOT_SAID_MODE = "The course runs {mode}."

# Trouble with the course's own code run unchanged ("the provided notebook crashes, I haven't
# touched it"): not the student's work; the staff should look at it (provided_code.py).
PROVIDED_LEAD = ("If the course's provided code fails without any change of yours, the problem "
                 "may be in the material itself, so the course staff should look at it: say "
                 "\"ask a TA\" and I'll pass it on, or post it on {forum} ({forum_course}).")
PROVIDED_NOT_FOUND = PROVIDED_LEAD
PROVIDED_FROM_NOTES = PROVIDED_LEAD + " Meanwhile, here is what the course notes say that may help:"
