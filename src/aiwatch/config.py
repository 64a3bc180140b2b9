"""Analysis settings from four layers: defaults < config file < environment < command-line flags.

A team keeps its settings in ``aiwatch.toml`` (found in the working directory, or named by
``--config`` / ``AIWATCH_CONFIG``) so that ``extract``, ``ingest``, ``idf``, ``reanalyze`` and the
server's ingest all analyse alike, and every corpus command opens the same corpus::

    db = "news.db"                        # or postgresql://…; below --db and $AIWATCH_DB
    taxonomy = ["my_taxonomy.yaml"]       # paths are relative to this file
    gazetteer = ["my_names.tsv"]
    stopwords = ["my_stopwords.txt"]
    idf = "my_idf.txt"
    keywords = 10
    summary_sentences = 2
    min_confidence = 0.5                  # drop values less trusted than this (0-1)
    disable = ["figures"]
    keep_script = false
    max_mb = 50
    entity_model = "lac"                  # lac-candidates (default), lac (every sentence) or none
    clean_rules = "my_rules.yaml"
    llm_url = "http://127.0.0.1:8080/v1"  # the optional LLM stage (README "Using an LLM")
    llm_model = "qwen2.5-7b-instruct"
    llm_fields = ["summary", "events"]    # the key: $AIWATCH_LLM_KEY (or llm_key here)
    [[sources]]                           # watched by fetch / watch (aiwatch.collect.declared)
    url = "https://www.36kr.com/feed"
    [extra]                               # plugins' own settings
    sentiment_threshold = 0.5

Each setting also has an environment variable (``AIWATCH_KEYWORDS=10``; lists separated by
``os.pathsep`` for paths, commas for stage names) and a flag (``--keywords 10``).  Every value,
from whichever layer, is checked the same way, and a bad one is an error naming the setting, the
layer it came from and the reason.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiwatch.errors import AiwatchError
from aiwatch.llm import FIELDS as LLM_FIELDS
from aiwatch.llm import JSON_MODES
from aiwatch.options import Options

CONFIG_NAME = "aiwatch.toml"
#: Tables the collection commands read (``aiwatch.collect.declared``): watched sources,
#: subscriptions, and the fetcher's own settings.
COLLECTION_KEYS = ("sources", "subscriptions", "collect")
ENTITY_MODELS = ("lac-candidates", "lac", "lac-all", "none")


@dataclass(frozen=True)
class Setting:
    name: str  # as in the config file; the flag is --name with - for _
    kind: str  # paths, path, int, float, bool, names, choice
    field: str  # the Options field it sets
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()  # for choice and names: the values allowed

    @property
    def env(self) -> str:
        return "AIWATCH_" + self.name.upper()

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS = {
    s.name: s
    for s in (
        Setting("taxonomy", "paths", "taxonomy_files"),
        Setting("gazetteer", "paths", "gazetteer_files"),
        Setting("stopwords", "paths", "stopword_files"),
        Setting("idf", "path", "idf_file"),
        Setting("clean_rules", "path", "clean_rules"),
        Setting("entity_model", "choice", "entity_model"),
        Setting("disable", "names", "disabled"),
        Setting("analyze", "bool", "analyze"),
        Setting("keep_script", "bool", "keep_script"),
        Setting("max_mb", "float", "max_bytes", low=0.001),
        Setting("keywords", "int", "keyword_count", low=0),
        Setting("summary_sentences", "int", "summary_sentences", low=0),
        Setting("min_confidence", "float", "min_confidence", low=0, high=1),
        # The optional LLM stage (aiwatch/llm); the key is best kept in $AIWATCH_LLM_KEY.
        Setting("llm_url", "str", "llm_url"),
        Setting("llm_model", "str", "llm_model"),
        Setting("llm_key", "str", "llm_key"),
        Setting("llm_fields", "names", "llm_fields", choices=LLM_FIELDS),
        Setting("llm_cache", "str", "llm_cache"),
        Setting("llm_concurrency", "int", "llm_concurrency", low=1),
        Setting("llm_rate", "float", "llm_rate", low=0),
        Setting("llm_timeout", "float", "llm_timeout", low=0.001),
        Setting("llm_retries", "int", "llm_retries", low=0),
        Setting("llm_json_mode", "choice", "llm_json_mode", choices=JSON_MODES),
        Setting("llm_max_tokens", "int", "llm_max_tokens", low=1),
        Setting("llm_max_chars", "int", "llm_max_chars", low=100),
    )
}


def bad(setting: str, where: str, detail: str) -> AiwatchError:
    return AiwatchError("E114", where, setting=setting, detail=detail)


def _check(setting: Setting, value: Any, where: str, base: Path | None) -> Any:
    """One value, checked and converted for its kind; ``base``: where relative paths start."""
    kind = setting.kind
    if kind in ("paths", "names") and isinstance(value, str | Path):
        value = [value]
    if kind in ("paths", "names"):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str | Path) for v in value):
            raise bad(setting.name, where, "must be a list of strings")
        if kind == "names":
            # --llm-fields summary,events is two names, as --llm-fields summary --llm-fields events
            names = tuple(part.strip() for v in value for part in str(v).split(",") if part.strip())
            unknown = [name for name in names if setting.choices and name not in setting.choices]
            if unknown:
                raise bad(setting.name, where, f"{unknown[0]!r} is not one of {', '.join(setting.choices)}")
            return names
        return tuple(_path(v, base) for v in value)
    if kind == "path":
        if not isinstance(value, str | Path) or not str(value).strip():
            raise bad(setting.name, where, "must be a file path")
        return _path(value, base)
    if kind == "choice":
        choices = setting.choices or ENTITY_MODELS
        if value not in choices:
            raise bad(setting.name, where, f"{value!r} is not one of {', '.join(choices)}")
        return value
    if kind == "str":
        if not isinstance(value, str) or not value.strip():
            raise bad(setting.name, where, "must be a non-empty string")
        return value.strip()
    if kind == "bool":
        if not isinstance(value, bool):
            raise bad(setting.name, where, f"must be true or false, not {value!r}")
        return value
    number = _number(setting, value, where)
    if setting.low is not None and number < setting.low:
        limit = "0 or more" if setting.low == 0 else "more than 0"
        raise bad(setting.name, where, f"must be {limit}, not {value!r}")
    if setting.high is not None and number > setting.high:
        raise bad(setting.name, where, f"must be {setting.high:g} at most, not {value!r}")
    return number


def _number(setting: Setting, value: Any, where: str) -> int | float:
    if isinstance(value, bool):
        raise bad(setting.name, where, f"must be a number, not {value!r}")
    try:
        number = int(value) if setting.kind == "int" else float(value)
    except (TypeError, ValueError):
        raise bad(setting.name, where, f"must be a number, not {value!r}") from None
    if setting.kind == "int" and isinstance(value, float) and not value.is_integer():
        raise bad(setting.name, where, f"must be a whole number, not {value!r}")
    return number


def _path(value: str | Path, base: Path | None) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() or base is None else base / path


def find_config(given: Path | None, environ: Mapping[str, str]) -> Path | None:
    """``--config``, else ``$AIWATCH_CONFIG``, else ``./aiwatch.toml`` if there is one."""
    if given is not None:
        return given
    if environ.get("AIWATCH_CONFIG"):
        return Path(environ["AIWATCH_CONFIG"])
    local = Path(CONFIG_NAME)
    return local if local.is_file() else None


def load_toml(path: Path) -> dict[str, Any]:
    """The TOML file's table; a missing, unreadable or malformed file is an error naming it."""
    where = str(path)
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AiwatchError("E105", where) from None
    except (OSError, UnicodeError) as exc:
        raise AiwatchError("E100", where, detail=str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise AiwatchError("E108", where, kind="config file", detail=str(exc)) from None


def _config_db(data: dict[str, Any], where: str) -> str | None:
    """The ``db`` of a config file's table, checked: a corpus path or URL, or absent."""
    db = data.get("db")
    if db is not None and not (isinstance(db, str) and db.strip()):
        raise bad("db", where, f"must be a corpus path or URL, not {db!r}")
    return db


def read_config(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(settings, extra) from a TOML file; an unknown key is an error (a typo must not pass silently)."""
    where = str(path)
    data = load_toml(path)
    extra = data.pop("extra", {})
    if not isinstance(extra, dict):
        raise bad("extra", where, "must be a table ([extra])")
    _config_db(data, where)
    data.pop("db", None)  # the corpus commands read it themselves (corpus_db)
    for key in COLLECTION_KEYS:  # the collection commands read these (aiwatch.collect.declared)
        data.pop(key, None)
    base = Path(path).resolve().parent
    settings = {}
    for key, value in data.items():
        setting = SETTINGS.get(key)
        if setting is None:
            known = ", ".join([*SETTINGS, "db", *COLLECTION_KEYS, "extra"])
            raise bad(key, where, f"unknown setting (known: {known})")
        settings[key] = _check(setting, value, where, base)
    return settings, extra


def corpus_db(flag: str | None, config: Path | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The corpus a command opens: ``--db``, else ``$AIWATCH_DB``, else the config file's ``db``
    (``--config``, ``$AIWATCH_CONFIG`` or ``./aiwatch.toml``; a relative path is relative to that
    file), else None (the store's default, ``aiwatch.db``).  A team's ``db = "/srv/news.db"`` then
    serves ``ingest``, ``search``, ``report`` and ``serve`` alike."""
    environ = os.environ if environ is None else environ
    if flag:
        return flag
    if environ.get("AIWATCH_DB"):
        return environ["AIWATCH_DB"]
    found = find_config(config, environ)
    if found is None:
        return None
    db = _config_db(load_toml(found), str(found))
    if db is None:
        return None
    if "://" in db:
        return db
    return str(_path(db, Path(found).resolve().parent))


_ENV_PARSERS: dict[str, Callable[[str], Any]] = {
    "paths": lambda text: [p for p in text.split(os.pathsep) if p],
    "names": lambda text: [n for n in text.split(",") if n.strip()],
    "bool": lambda text: {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}.get(
        text.strip().lower(), text
    ),
}


def env_settings(environ: Mapping[str, str]) -> dict[str, Any]:
    settings = {}
    for setting in SETTINGS.values():
        text = environ.get(setting.env)
        if text is None or text == "":
            continue
        value = _ENV_PARSERS.get(setting.kind, lambda t: t)(text)
        settings[setting.name] = _check(setting, value, f"${setting.env}", None)
    return settings


def flag_settings(flags: Mapping[str, Any]) -> dict[str, Any]:
    """The flags the user gave (``None`` or an empty list: not given)."""
    settings = {}
    for name, value in flags.items():
        if value is None or value == [] or value == ():
            continue
        setting = SETTINGS[name]
        settings[name] = _check(setting, value, setting.flag, None)
    return settings


def resolve(
    flags: Mapping[str, Any] | None = None,
    config: Path | None = None,
    environ: Mapping[str, str] | None = None,
    **fixed: Any,
) -> Options:
    """Options from the four layers; ``fixed`` sets Options fields the command decides itself."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    found = find_config(config, environ)
    if found is not None:
        from_file, extra = read_config(found)
        values.update(from_file)
    values.update(env_settings(environ))
    values.update(flag_settings(flags or {}))
    return to_options(values, extra, **fixed)


def to_options(values: Mapping[str, Any], extra: Mapping[str, Any] | None = None, **fixed: Any) -> Options:
    fields: dict[str, Any] = {}
    for name, value in values.items():
        setting = SETTINGS[name]
        if setting.field == "max_bytes":
            value = int(value * 1024 * 1024)
        elif setting.field == "disabled":
            value = frozenset(value)
        fields[setting.field] = value
    fields.update(fixed)
    return Options(**fields, extra=dict(extra or {}))


def to_environment(options: Options) -> dict[str, str]:
    """``options`` as the AIWATCH_* variables ``resolve`` reads (for a server's worker processes)."""
    env: dict[str, str] = {}
    for setting in SETTINGS.values():
        value = getattr(options, setting.field)
        if setting.field == "max_bytes":
            value = value / 1024 / 1024
        if value is None:
            continue
        if setting.kind == "paths":
            text = os.pathsep.join(str(Path(p).resolve()) for p in value)
        elif setting.kind == "path":
            text = str(Path(value).resolve())
        elif setting.kind == "names":
            text = ",".join(sorted(value))
        elif setting.kind == "bool":
            text = "1" if value else "0"
        else:
            text = str(value)
        env[setting.env] = text
    return env
