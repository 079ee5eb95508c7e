"""The core's texts for people, translatable without Qt: gettext catalogues, French source, English and Arabic shipped.

A message is written in French inside `_()` where it is produced ("Badge inconnu.", a validation message);
a text defined once at import time (a setting's label, a visit type, a role, a report's title) is marked with
`N_()` and translated where it is shown, with `_()` again. The UI and the command line choose the language
once at start-up from the desk's setting (`set_language`); Qt widgets keep their own .ts catalogue.

Catalogues live in resources/locale/<lang>/LC_MESSAGES/reception.po (and the compiled .mo that ships);
`make messages` extracts with Babel, merges and compiles them.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterator
from functools import cache
from typing import TypeVar, overload

from reception.core.paths import resources_dir

DOMAIN = "reception"
SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en", "ar")
"""What the console speaks (Arabic right to left); a desk picks one in Paramètres."""
VISITOR_LANGUAGES = ("fr", "en", "ar")
"""What a visitor may read and sign in (the kiosk, the agreements); the console itself speaks LANGUAGES."""
NATIVE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}
"""Each visitor language named in itself, as a visitor looks for their own."""

_current = SOURCE_LANGUAGE
K = TypeVar("K")
D = TypeVar("D")


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, resources_dir() / "locale", [language], fallback=True)


def set_language(language: str) -> str:
    """Makes `language` ('fr', 'en', 'ar') the one every later `_()` answers in; an unknown code means French."""
    global _current
    _current = language if language in LANGUAGES else SOURCE_LANGUAGE
    return _current


def language() -> str:
    return _current


def _(message: str) -> str:
    """The message in the current language (the French source when no translation exists)."""
    return _catalogue(_current).gettext(message) if message else message


def translator(language: str) -> Callable[[str], str]:
    """`_` for one given language whatever the desk's: a guest's invitation is written in the guest's
    language, while the desk keeps its own (thread-safe: nothing global changes)."""
    catalogue = _catalogue(language if language in LANGUAGES else SOURCE_LANGUAGE)
    return lambda message: catalogue.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """Singular or plural by `count`, in the current language (French: 0 and 1 take the singular)."""
    if _current == SOURCE_LANGUAGE:
        return singular if abs(count) <= 1 else plural
    return _catalogue(_current).ngettext(singular, plural, count)


def translated(message: str, language: str) -> str:
    """The message in `language` whatever the current one: the kiosk speaks its visitor's language
    (French, English or Arabic) while the desk beside it keeps its own."""
    return _catalogue(language).gettext(message) if message else message


def N_(message: str) -> str:
    """Marks a text for the catalogue without translating it now: it is translated where it is shown."""
    return message



class Labels(dict[K, str]):
    """A code -> label mapping (visit types, roles, payment methods) whose French labels are catalogue
    entries: reading a label (`[]`, `get`, `items`, `values`) answers in the current language, so no
    consumer translates by hand. Mark each label with N_() so Babel extracts it."""

    def __getitem__(self, key: K) -> str:
        return _(super().__getitem__(key))

    @overload
    def get(self, key: K, default: None = None, /) -> str | None: ...
    @overload
    def get(self, key: K, default: str | D, /) -> str | D: ...
    def get(self, key: K, default: object = None, /) -> object:
        return self[key] if key in self else default  # noqa: SIM401 (self[key] is the translated label)

    def items(self) -> Iterator[tuple[K, str]]:  # type: ignore[override]
        return ((key, _(label)) for key, label in super().items())

    def values(self) -> Iterator[str]:  # type: ignore[override]
        return (_(label) for label in super().values())
