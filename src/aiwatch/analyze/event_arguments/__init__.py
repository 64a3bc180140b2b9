"""The arguments of a typed event, its stable id and its confidence.

An analyst tracks who raised how much from whom, who launched what, who issued which document.
Each event type has roles (``ROLES``); a role's value is what the sentence writes (星衍智能, A轮,
2亿元, 高榕资本、联想创投), taken from the entities the entity stage found in the sentence and, where
no entity covers it, from patterns of the sentence itself (a round, an amount, an exchange, a
licence or project phrase, the company named right after 创业公司).

The event id is a hash of the type, the key arguments (by canonical entity name, so 商汤 and
商汤科技 agree) and the date: two outlets that report the same funding of the same company on the
same day give it the same id.  Reports on different days are joined later, in the timeline
(``store/timeline.py``), which keeps the id of the first report.

The package: ``common`` (roles, values, the names in a sentence, helpers several types share),
``actors`` (who acts when no entity says it plainly), one module a family of event types
(``funding``, ``launch``, ``policy``, ``appointment``, ``partnership``, ``deals`` for listings and
acquisitions, ``projects`` for project openings, licences and other events) and ``stage``
(``find_arguments``, ``event_id``, ``event_confidence``).
"""

from aiwatch.analyze.event_arguments.common import (
    KEY_ROLES,
    LIST_ROLES,
    ROLES,
    Arguments,
    Named,
    Sentence,
    sentence_mentions,
)
from aiwatch.analyze.event_arguments.stage import event_confidence, event_id, find_arguments, read_sentence

__all__ = [
    "KEY_ROLES",
    "LIST_ROLES",
    "ROLES",
    "Arguments",
    "Named",
    "Sentence",
    "event_confidence",
    "event_id",
    "find_arguments",
    "read_sentence",
    "sentence_mentions",
]
