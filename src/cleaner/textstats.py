"""Cheap line statistics that several heuristics share: words, prose, headline shape, years."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
_YEAR = re.compile(r"(?<!\d)(19[0-9]{2}|20[0-9]{2})(?!\d)")
# month names in full, lowercase, in English, German, French and Spanish, with their numbers
MONTH_NUMBERS = {
    name: number
    for names in (
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    )
    for number, name in enumerate(names.split(), 1)
}
# month names and their abbreviations in the same languages, for patterns (no case)
MONTHS = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|mar(?:ch)?|m[äa]r(?:z|s)|"
    r"apr(?:il)?|avr(?:il)?|may|mai|june?|juni?|juin|july?|juli?|juil(?:let)?|aug(?:ust)?|"
    r"ao[uû]t|sep(?:t(?:ember)?)?|sept(?:embre)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|"
    r"dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre"
)
ENGLISH_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
"""English month names and their abbreviations, capitalised (for a pattern with case)."""
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE_TOKEN = re.compile(
    rf"\b(?:{MONTHS})\b\.?|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)
# What else a date line may hold: weekdays, numbers, times, zones and the usual labels.
_DATE_FILLER = re.compile(
    rf"\b(?:{MONTHS}|{_WEEKDAYS})\b\.?|\d+(?:st|nd|rd|th|h)?|[ap]\.?m\.?|"
    # time zones, North America's also without the S or D ("10:56 AM CT")
    r"\b(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|ast|adt|nt|nst|ndt|gmt|utc|bst|cet|cest|"
    r"ist|jst|aest|aedt|uhr|h)\b|\b(?:published|updated|posted|last|modified|"
    r"first|on|at|am|um|le|el|de|du|of|the|date|stand|veröffentlicht|aktualisiert|publié|mis|"
    r"à|jour|publicado|actualizado|minutes?|hours?|ago|today|yesterday)\b|[\W_]+",
    re.IGNORECASE,
)


LIST_ITEM = re.compile(r"^(?:[•·▪◦‣∙*–-]|\d{1,3}[.)]|[a-z][.)])\s+\S")
"""A line opening with a bullet, a dash or an item number: ``• the 07:12 to Leeds``."""
ANNOUNCES_LIST = re.compile(r"(?::|\bas follows[.:]?|\bthe following[.:]?)\s*$", re.IGNORECASE)
"""The end of a line that announces a list below it: ``The tour dates are:``, ``The dates
are as follows.``"""


TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"over", "the", "to", "with"}
)
"""The small words a headline in title case has and a menu's names have not; a title case
capitalises them only now and then, a sentence never."""

LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of two letters or more, no digit: ``Posted`` and ``pm``, not ``3:30`` or ``a``."""


@functools.lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The words of a line (cached: a line is measured by many heuristics, and again when
    the clean text is cleaned once more)."""
    return tuple(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


_SENTENCE_INSIDE = re.compile(r"\w\w[.!?]+[\"'”’)]?\s+[A-Z0-9]")


def has_sentence(text: str) -> bool:
    """Whether a line ends a sentence or has one end inside (``... Fellowes! Via ...``)."""
    return ends_sentence(text) or bool(_SENTENCE_INSIDE.search(text))


_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)")


@functools.lru_cache(maxsize=4096)
def is_glued_list(text: str) -> bool:
    """A list of names saved as one long line: a menu, a site's sections, a tag cloud
    (``Home Business Tech Markets Entrepreneurs Leadership Personal Finance ...``).

    At least 20 words between spaces, at most one sentence end per 40 of them and two commas,
    at most 15% of the words opening in lower case and at least half opening with a capital:
    names one after the other, not sentences. A line in a script without case is never one.

    >>> is_glued_list("Home News Sport Business Markets Technology Science Health Travel"
    ...     " Culture Books Music Film Television Radio Weather Opinion Letters Obituaries Puzzles")
    True
    >>> is_glued_list("The Council Met On Tuesday And Voted To Close The Old Bridge. It Will"
    ...     " Open A Temporary Crossing In The Spring. Buses Will Be Rerouted Until Then.")
    False
    """
    tokens = text.split()
    n = len(tokens)
    if n < 20 or text.count(",") > 2 or len(_SENTENCE_MARK.findall(text)) > n // 40:
        return False
    lower = sum(token[:1].islower() for token in tokens)
    upper = sum(token[:1].isupper() for token in tokens)
    return lower <= 0.15 * n and upper >= 0.5 * n


def is_prose(text: str, *, min_words: int = 12) -> bool:
    """A line that reads as running text: long enough and ending like a sentence.

    Very long lines count as prose even without final punctuation (scrapers cut lines),
    unless they are names glued into one line (``is_glued_list``).
    """
    n = len(words(text))
    if n < min_words:
        return False
    return (ends_sentence(text) or n >= 30) and not is_glued_list(text)


def is_headline_like(text: str, *, max_words: int = 25) -> bool:
    """A short line that could be a title or subheading: no final period, comma or colon."""
    n = len(words(text))
    if n == 0 or n > max_words or len(text) > 250:
        return False
    if text.rstrip("\"'”’)»").endswith((".", ",", ";", ":")) and not text.endswith("..."):
        return False
    first = text.lstrip("\"'“‘«([").strip()
    return bool(first) and (first[0].isupper() or first[0].isdigit())


# A statement's or a block's end, a block's start, an assignment, a call without arguments, a
# line broken after an opening bracket or an equals sign.
_CODE = re.compile(r"[;{}(=]$|^[{}]|\s=\s|\w\(\)")


def is_code_line(text: str) -> bool:
    """A line of program code in an article's listing: it ends a statement or opens or closes
    a block (``int count;``, ``struct entry {``, ``}``), assigns (``publish = false``), calls
    without arguments (``response.json()``) or breaks after an opening bracket or an equals
    sign (``rows AS (``, ``rebase =``). No menu's item or tag is written so; a label in braces
    (a blog's ``{travel}`` category) and a template's unfilled placeholder (``{{ post.date }}``)
    are not code.

    >>> [is_code_line(t) for t in ("unsigned int length;", "} __packed;", "retry = 3", "}")]
    [True, True, True, True]
    >>> [is_code_line(t) for t in ("Home", "Health & Fitness", "Q&A: The (new) rules")]
    [False, False, False]
    >>> [is_code_line(t) for t in ("{travel}", "{{ post.date }} | {{ post.hour }}")]
    [False, False]
    """
    line = text.strip()
    if len(line) > 1 and line.startswith("{") and line.endswith("}"):
        return False
    return bool(_CODE.search(line))


_ITEM_SEPARATOR = re.compile(r"\s(?:/|\||>|»|›|•|·)\s")


def is_item_list(text: str) -> bool:
    """``Home / News / Politics``, ``Print | Email | Share``: items joined by separators."""
    return len(_ITEM_SEPARATOR.findall(text)) >= 2


@functools.lru_cache(maxsize=4096)
def is_date_line(text: str) -> bool:
    """``Sat, 29 Dec 2007 17:50:54``, ``Published: January 10 2008``: a date and little else.

    Needs a month name or a numeric date (a bare year is not enough: ``Elections in 2019``).
    Cached: several heuristics ask it of a line, in every pass over the clean text.
    """
    if len(words(text)) > 16 or not _DATE_TOKEN.search(text):
        return False
    return not _DATE_FILLER.sub(" ", text).split()


def _month_key(name: str) -> str:
    """What tells a month name or its abbreviation apart: ``jan``, ``dez``, ``juil``."""
    return name[:4] if name.startswith("jui") else name[:3]


_MONTH_KEYS = {_month_key(name): number for name, number in MONTH_NUMBERS.items()}
_MONTH_KEYS.update({"fev": 2, "aou": 8, "dec": 12})  # written without accents


def month_number(name: str) -> int | None:
    """The number of a month that ``MONTHS`` matched, full or abbreviated: ``Sept`` is 9,
    ``juil.`` is 7, ``Dez`` is 12."""
    return _MONTH_KEYS.get(_month_key(name.lower()))


_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d\d)(?::\d\d)?\s?(?:([ap])\.?m\b\.?)?", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d\d)(?!\d)")
_NAMED_DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\.?\s(?:de\s)?)?({MONTHS})\b\.?"
    rf"(?:\s(\d{{1,2}})(?:st|nd|rd|th)?\b)?,?(?:\sde)?\s(\d{{4}}|\d\d)(?!\d)",
    re.IGNORECASE,
)


def moment(text: str) -> tuple[int, int, int, int] | None:
    """The date and time of day a stamp gives, as (year, month, day, minute of the day), or
    None when it lacks any of them: ``Jan 10, 2008 4:49:12 PM``, ``1 November 2012 9:37PM``,
    ``12/31/2004 at 12:53am`` (numbers with slashes read month first, with dots day first).

    >>> moment("Posted by: Lee | Jan 10, 2008 4:49:12 PM")
    (2008, 1, 10, 1009)
    >>> moment("8:21pm Tue 1 Jan 08")
    (2008, 1, 1, 1221)
    >>> moment("Updated on Tuesday") is None
    True
    """
    clock = _CLOCK.search(text)
    if clock is None:
        return None
    hour, minute, half = int(clock.group(1)), int(clock.group(2)), clock.group(3)
    if half is not None:
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    rest = text[: clock.start()] + " " + text[clock.end() :]
    if numeric := _NUMERIC_DATE.search(rest):
        first, second = int(numeric.group(1)), int(numeric.group(3))
        month, day = (first, second) if numeric.group(2) == "/" else (second, first)
        year = numeric.group(4)
    elif (named := _NAMED_DATE.search(rest)) and (named.group(1) or named.group(3)):
        month = month_number(named.group(2)) or 0
        day, year = int(named.group(1) or named.group(3)), named.group(4)
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60):
        return None
    full_year = int(year) if len(year) == 4 else 2000 + int(year)
    return (full_year, month, day, hour * 60 + minute)


def years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]
