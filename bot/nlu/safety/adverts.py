"""Adverts, mass messages and spam (flooding a channel, spreading news the course has not
made): the chat is no notice board.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.pleasantries import _ASKS_MORE
from bot.nlu.safety.staff_claims import _CHANGE
from bot.nlu.safety.words import _PEOPLE, _RELATION, _REQUEST_START

# Adverts and spam ("subscribe to my channel", "buy cheap essays at ...", "free crypto tips,
# dm me"): nothing the course asks or answers, and not to be taken for a command.
_ADVERT = re.compile(
    r"\b(?:subscribe to (?:my|our)|check out my (?:channel|website|site|page|shop|store|"
    r"youtube|insta\w*|tiktok)|follow (?:me|us) on|buy (?:cheap|now)|promo code|discount code|"
    r"use (?:my|code) [a-z0-9]+ for|click (?:this|the|my) link|visit (?:my|our) (?:site|website|"
    r"shop|store)|(?:free|cheap) (?:crypto|bitcoin|followers|essays)|best prices?|limited "
    r"offer|earn \W?\d+\w* (?:a|per) (?:day|week|hour)|dm (?:me|us) for)\b"
    # a promise of money or grades with a way to take it up ("earn 5% on your marks with
    # crypto, dm me", "guaranteed returns", "claim your token at the link")
    r"|\b(?:earn|make) \W?\d+(?:%| ?percent)|\bguaranteed (?:returns?|profits?|income|pass(?:es)?"
    r"|grades?|a\*?|firsts?|marks?)\b|\b(?:100|110) ?% pass\b|\bclick here\b|\bclaim (?:your|ur|a|"
    r"the) (?:free )?\w+|\b(?:free|crypto|nft|token|airdrop) (?:giveaway|airdrop)s?\b"
    r"|(?:^|[.!]\s*)buy (?:bitcoin|btc|crypto|eth|ethereum|dogecoin|doge|nfts?|tokens?) now\b"
    r"|\bwhatsapp (?:me|us)\b")

# "..., dm me." closing a message: the way to take up an offer, unless the message asks
# something of someone ("can a ta dm me", "can someone explain backprop? dm me", "if anyone
# has the notes pls dm me"): a message asked for is a request, not an offer.
_DM_CLOSE = re.compile(r"\bdm (?:me|us)(?: on [a-z]+)?\s*(?:[.!]+|$|\+?\d)")
_ASKS_OF_SOMEONE = re.compile(r"\?|\b(?:please|pls|plz|can|could|would|will|anyone|anybody|"
                              r"someone|somebody|any ?one|help|need|needs?|ta|tas|staff|"
                              r"lecturer|tutor|professor|prof)\b")

# A promotion said as one, whatever it offers ("50% off all essay services", "use referral code
# dl2021", "link in bio", "join my discord server"): no student asks the course that way.
_PROMOTION = re.compile(
    r"(?:^|\W)(?:\d+ ?%|[£$€]\d+) off\b|\b(?:huge|massive|big|student) (?:discounts?|sale)\b"
    r"|\breferral (?:code|link)s?\b|\blink in (?:my |the )?bio\b|\bdiscord\.gg/|\bt\.me/"
    r"|\bjoin (?:my|our) (?:[\w-]+ )?(?:server|discord|whatsapp|telegram|channel|community)\b"
    r"|\bjoin (?:my|our) (?:whatsapp|telegram|discord|facebook|wechat|snapchat) (?:group|chat)\b")

# ... or an offer (a thing sold, rented or given away cheap) with a way to take it up ("cheap
# laptops for sale, dm me", "renting out my room, message me"): an offer alone may be a
# question ("is there a cheap gpu option", "does the course give free cloud credits").
_OFFER = re.compile(r"\b(?:cheap|cheapest|discounts?|for sale|selling|sell|renting|rent out|"
                    r"for rent|to let|free (?:credits?|trials?|months?|gifts?|samples?)|"
                    r"(?:want|wanna) (?:to )?buy my|half price)\b")
_TAKE_IT_UP = re.compile(r"\b(?:dm|pm|message|msg|text|whatsapp|telegram|contact|email) (?:me|us)\b"
                         r"|\bhmu\b|\bhit me up\b|\bhttps?://|\bwww\.|\bdms? (?:are )?open\b")

# Asked to message the whole class (or everyone) with an offer, a discount or a link ("dm
# everyone in the course my promo code", "message the whole class with this discount link"):
# mass messaging for an advert, declined as such (not as an announcement of the course's).
_MASS_MESSAGE = re.compile(
    r"\b(?:message|msg|dm|pm|email|e-mail|text|send|post|forward|blast|spam|share|broadcast|"
    r"ping|tell|announce)\b[^.?!]{0,40}?\b(?:every(?:one|body)|every student|all (?:the |of the "
    r")?(?:students|people|users|members|class)|the (?:whole |entire )?(?:[\w-]+ )?(?:class|"
    r"cohort|year|course|module|group ?chat))\b")
_SELLS = re.compile(
    r"\b(?:discounts?|promo(?:tion)?s?|promo codes?|coupons?|vouchers?|deals?|offers?|sale|"
    r"for sale|selling|sell|cheap|free trial|referral|sponsored|advert\w*|ads?)\b"
    r"|(?:^|\W)(?:\d+ ?%|[£$€]\d+) (?:off|discount)\b"
    # a venture of the writer's, whatever it is called ("my crypto signals group", "our new
    # discord server", "my youtube channel"): sent round, it is promoted (not the audience:
    # "everyone in my group")
    r"|(?<!\bin )(?<!\bon )(?<!\bfrom )(?<!\bof )(?<!\bat )\b(?:my|our) (?:own )?"
    r"(?:[\w-]+ ){0,3}(?:business|company|service|shop|store|startup|app|channel|page|brand|"
    r"side hustle|products?|group|server|community|club|society|podcast|newsletter|blog|"
    r"stream|website|site|party|tutoring|fundraiser|campaign|token|coin|nfts?)\b"
    # money schemes, whoever runs them ("crypto signals", "forex tips", "an nft drop")
    r"|\b(?:crypto\w*|bitcoin|btc|forex|nfts?|airdrops?|giveaways?|betting|gambling|"
    r"(?:trading|investment|investing|stock|betting) (?:signals|tips|group|course|scheme))\b"
    r"|\bhttps?://|\bwww\.|\b[a-z0-9-]+\.(?:ly|com|co|io|net|org|gg|me|link|shop|store)/")

# Asked to post into a channel, a chat or the forum what floods it or misinforms it ("post 'the
# quiz is off' in the general channel 50 times", "spam the group chat with memes", "put a
# message on the forum saying the deadline moved"): the bot posts nowhere, floods nothing and
# spreads no news the course has not made. A request to post into a place, with a repetition
# or a change to the course in it, or a place (or person) asked to be spammed or flooded.
# (a place named by a word of the course's own, its forum's name, is one posted on with what
# it should say: "post on <forum> that the exam moved")
_PLACE = (r"(?:channels?|chats?|group ?chats?|gcs?|forums?|teams|threads?|servers?|"
          r"feeds?|boards?|discord|slack|whatsapp|inbox(?:es)?|dms?|comments?|posts?"
          r"|[a-z]+(?= (?:that|saying|to say|telling|announcing|with)\b))")
_POST_VERB = (r"(?:post|send|paste|drop|put|write|type|say|tell|announce|message|msg|share|"
              r"broadcast|blast|spam|flood|repeat)")
_NOT_A_TEXT = r"(?! (?:me|us|u|when|where|what|which|who|whether|if|how|why)\b)"
_POST_INTO = re.compile(
    rf"{_REQUEST_START}(?:just |go |also )?{_POST_VERB}\b{_NOT_A_TEXT}"
    rf"(?:[^?!]{{0,60}}?\b(?:in|on|to|into|across|all over|onto))? (?:the |our |my |a |every |"
    rf"each |all )?(?:[\w-]+ ){{0,2}}?{_PLACE}\b")

# (the text to post may hold a full stop: "post 'lecture cancelled. no joke' in the chat")
_REPEATED = re.compile(
    r"\b(?:\d+|a (?:hundred|thousand|million)|hundreds of|thousands of|loads of|many|fifty|"
    r"twenty|ten) times\b|\bover and over\b|\bon repeat\b|\bnon-?stop\b|\bevery (?:\d+ )?"
    r"(?:second|minute|min|hour)s?\b|\brepeatedly\b")
_FLOOD = re.compile(
    rf"{_REQUEST_START}(?:just |go |also )?(?:spam|flood|bombard|carpet[- ]bomb)\b "
    rf"(?:the |our |my |his |her |their |every |each |all )?(?:[\w-]+ ){{0,2}}?"
    rf"(?:{_PLACE}|{_PEOPLE}|{_RELATION}|students?|class|cohort|every(?:one|body))\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def spams(text: str) -> bool:
    """Whether the normalised `text` asks the bot to flood a channel, a chat or a person, or
    to post there something that repeats or that changes the course."""
    return bool(_FLOOD.search(text) or (_POST_INTO.search(text)
                                        and (_REPEATED.search(text) or _CHANGE.search(text))))


def mass_advert(text: str) -> bool:
    """Whether the normalised `text` asks the bot to send an offer, a discount or a link of
    someone's to the whole class (or everyone)."""
    return bool(_MASS_MESSAGE.search(text) and _SELLS.search(text))


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def advert(text: str) -> bool:
    """Whether the normalised `text` is an advert or a promotion (checked of the whole message
    too: "selling my old textbook, anyone interested? dm me" splits the offer from the way to
    take it up)."""
    return bool(_ADVERT.search(text) or _PROMOTION.search(text)
                or (_OFFER.search(text) and _TAKE_IT_UP.search(text))
                or (_DM_CLOSE.search(text) and not _ASKS_OF_SOMEONE.search(text)))


def only_advert(text: str) -> bool:
    """An advert that asks nothing of the course beside it (else its parts are read apart:
    "dm me for cheap essays. also when is cw2 due")."""
    return advert(text) and not _ASKS_MORE.search(text)
