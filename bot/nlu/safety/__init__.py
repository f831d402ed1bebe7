"""The hard rules of safety, decided before any classifier: requests the bot turns down
(attempts to change its instructions, asking for assessed work or for another student's
data, ...), one module per kind of refusal; `dispatch` holds the order they are tried in.
Personal matters are decided by the privacy detector, `bot/core/personal.py`.
"""

from bot.nlu.safety.adverts import advert, mass_advert, only_advert, spams
from bot.nlu.safety.assessed_work import (
    asks_task_key,
    asks_work_done,
    hands_in_a_solution,
    wants_exam_paper,
)
from bot.nlu.safety.classmates import to_classmates, without_contact_request
from bot.nlu.safety.concepts import concept_hint
from bot.nlu.safety.conduct import hateful, mocks_someone
from bot.nlu.safety.contacts import asks_fellows_contact, asks_named_contact
from bot.nlu.safety.dishonesty import writes_evidence
from bot.nlu.safety.dispatch import refusal, whole_message_refusal
from bot.nlu.safety.during_test import asks_help_in_test, asks_test_answers, proxy_in_test
from bot.nlu.safety.harm import harms_a_person, threatens
from bot.nlu.safety.integrity import asks_integrity, asks_library_allowed
from bot.nlu.safety.marking import asks_marking_material, games_the_marking
from bot.nlu.safety.moves import asks_to_move
from bot.nlu.safety.off_topic import errand
from bot.nlu.safety.others_data import (
    asks_cohort_data,
    asks_named_status,
    asks_of_best,
    own_matter_beside_someone,
    refers_to_them,
    third_party,
)
from bot.nlu.safety.others_work import asks_for_others_work
from bot.nlu.safety.personal_life import OPINION, PRIVATE, PrivateKind, private_life
from bot.nlu.safety.pleasantries import small_talk
from bot.nlu.safety.staff_claims import staff_changes
from bot.nlu.safety.systems import (
    attacks_a_system,
    breaks_into_staff_side,
    gets_in_covertly,
    uses_others_account,
)
from bot.nlu.safety.writing import writes_in_their_name

__all__ = [
    "OPINION", "PRIVATE", "PrivateKind", "advert", "asks_cohort_data", "asks_fellows_contact",
    "asks_for_others_work", "asks_help_in_test", "asks_integrity", "asks_library_allowed",
    "asks_marking_material", "asks_named_contact", "asks_named_status", "asks_of_best",
    "asks_task_key", "asks_test_answers", "asks_to_move", "asks_work_done", "attacks_a_system",
    "breaks_into_staff_side", "concept_hint", "errand", "games_the_marking", "gets_in_covertly",
    "hands_in_a_solution",
    "harms_a_person", "hateful", "mass_advert", "mocks_someone", "only_advert",
    "own_matter_beside_someone", "private_life", "proxy_in_test", "refers_to_them", "refusal",
    "small_talk", "spams", "staff_changes", "third_party", "threatens", "to_classmates",
    "uses_others_account", "wants_exam_paper", "whole_message_refusal",
    "without_contact_request", "writes_evidence", "writes_in_their_name",
]
