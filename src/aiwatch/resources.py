"""Every loaded resource a pipeline's stages use, loaded once when the pipeline is built.

Packaged data (jieba's IDF table, the default taxonomy, gazetteer, stop words and cleaning
rules) cannot change under a running process and is loaded once per process; a user's files are
read at every build, so a daemon that rebuilds its pipeline after the user edits ``my.yaml``
sees the edit.  Nothing here is changed after the build: stages only read it, from any thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiwatch.errors import AiwatchError
from aiwatch.options import Options

if TYPE_CHECKING:  # the loaders are imported when a resource is asked for, not with this module
    from aiwatch.analyze.gazetteer import Gazetteer
    from aiwatch.analyze.keywords import Vocabulary
    from aiwatch.analyze.segment import Segmenter
    from aiwatch.analyze.taxonomy import Taxonomy
    from aiwatch.clean.rules import RuleSet

log = logging.getLogger(__name__)

#: The resources a stage may ask for (``Stage.needs``).
RESOURCE_NAMES = ("rules", "taxonomy", "gazetteer", "segmenter", "vocabulary")


@dataclass(frozen=True)
class Resources:
    """What the stages get; a resource no active stage needs is not loaded (``None``)."""

    options: Options
    rules: RuleSet | None = None
    taxonomy: Taxonomy | None = None
    gazetteer: Gazetteer | None = None
    segmenter: Segmenter | None = None
    vocabulary: Vocabulary | None = None  # stop words, IDF, domain terms and their memos

    def require(self, name: str) -> Any:
        value = getattr(self, name)
        if value is None:  # a stage used a resource it did not declare in ``needs``
            raise AiwatchError("E110", stage="build", detail=f"resource {name!r} was not loaded; add it to needs")
        return value


def _closure(names: Iterable[str]) -> set[str]:
    """A resource with the ones it is made from: the vocabulary needs the segmenter, which needs
    the taxonomy and gazetteer (their words are in its dictionary)."""
    wanted = set(names)
    unknown = wanted - set(RESOURCE_NAMES)
    if unknown:
        raise AiwatchError("E110", stage="build", detail=f"unknown resource(s) {', '.join(sorted(unknown))}")
    if "vocabulary" in wanted:
        wanted |= {"segmenter", "taxonomy", "gazetteer"}
    if "segmenter" in wanted:
        wanted |= {"taxonomy", "gazetteer"}
    return wanted


def load_resources(options: Options, names: Iterable[str]) -> Resources:
    """Load the named resources (and what they are made from) for ``options``.

    A user's file that is missing or malformed raises ``AiwatchError`` naming it: the build
    stops there, once, instead of every article failing later.
    """
    wanted = _closure(names)
    loaded: dict[str, Any] = {}
    if "rules" in wanted:
        loaded["rules"] = _load_rules(options.clean_rules)
    if "taxonomy" in wanted:
        from aiwatch.analyze.taxonomy import load_taxonomy

        loaded["taxonomy"] = load_taxonomy(tuple(options.taxonomy_files))
    if "gazetteer" in wanted:
        from aiwatch.analyze.gazetteer import load_gazetteer

        loaded["gazetteer"] = load_gazetteer(tuple(options.gazetteer_files))
    if "segmenter" in wanted:
        loaded["segmenter"] = _load_segmenter(loaded["taxonomy"], loaded["gazetteer"])
    if "vocabulary" in wanted:
        loaded["vocabulary"] = _load_vocabulary(options, loaded)
    log.debug("resources loaded: %s", ", ".join(sorted(loaded)))
    return Resources(options=options, **loaded)


def _load_rules(user_file: Path | None) -> RuleSet:
    from aiwatch.clean import script
    from aiwatch.clean.rules import load_rules

    script.converter()  # OpenCC's tables, loaded now rather than by the first article
    try:
        return load_rules(str(user_file) if user_file else None)
    except ValueError as exc:  # the message names the file and the rule
        raise AiwatchError("E108", str(user_file or ""), kind="cleaning rules", detail=str(exc)) from None


def _load_segmenter(taxonomy: Taxonomy, gazetteer: Gazetteer) -> Segmenter:
    from aiwatch.analyze import gazetteer as gazetteer_module
    from aiwatch.analyze import taxonomy as taxonomy_module
    from aiwatch.analyze.segment import build_segmenter

    words = [*taxonomy_module.user_words(taxonomy), *gazetteer_module.user_words(gazetteer)]
    return build_segmenter(words)


def _load_vocabulary(options: Options, loaded: dict[str, Any]) -> Vocabulary:
    from aiwatch.analyze.idf import load_idf
    from aiwatch.analyze.keywords import Vocabulary, domain_terms, stop_words

    return Vocabulary(
        segmenter=loaded["segmenter"],
        stops=stop_words(tuple(options.stopword_files)),
        domain=domain_terms(loaded["taxonomy"]),
        idf=load_idf(options.idf_file),
        gazetteer=loaded["gazetteer"],
    )
