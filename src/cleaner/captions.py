"""Photo captions and credits: finding them in text, and judging whether each fits its article.

Detection looks for credit markers (``(AFP photo)``, ``Photo: ...``, ``/Reuters``,
``Getty Images``, ``File photo``, ``©``) and for the grammar of captions (people with positions
such as ``(L)``, present-tense verbs, and the ``on March 08, 2019 in Washington, DC.`` tail).

The fit verdict compares the caption's named entities (runs of capitalised words, titles and
agency names removed) with the article's words, and the caption's years with the article's.
A caption about other people, or dated years away from the article, does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import CaptionEvidence
from .textstats import words, years

_AGENCIES = (
    r"AFP|AP|Reuters|EPA|EPA-EFE|Getty Images|Getty|Xinhua|Anadolu(?: Agency)?|Bloomberg|"
    r"Shutterstock|IRNA|TASS|Sputnik|ZUMA(?: Press)?|NurPhoto|SOPA Images|dpa|ANSA|Kyodo|"
    r"Yonhap|WANA|Mehr|Tasnim|Fars|ISNA|UPI|PA|Press TV|Alamy|iStock(?:photo)?|NASA|Handout"
)
# A capitalised name word; a dot only inside it ("J.R."), never closing a sentence.
_NAME_WORD = r"[A-Z](?:[\w'-]|\.(?!\s))*"
_PHOTO_WORDS = r"photo|photograph|picture|pic|image|foto|bild|file photo|screenshot|screengrab"

# Credit markers; group "credit" is the credit itself. The flag says whether the marker is also
# common outside captions (wire paragraphs end with "(Reuters)"), so it needs a short line.
_CREDITS: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(p, re.IGNORECASE), short_only)
    for p, short_only in (
        # "File photo:" or "FILE PHOTO -" opening a line
        (r"^(?P<credit>(?:file|archive) (?:photo|picture|image))\b", False),
        # (AFP photo), (AP Photo/Evan Vucci), (Photo by John Doe), (File photo), (Reuters photo)
        (
            rf"\((?P<credit>(?:[\w.&' -]{{0,40}}\s)?(?:{_PHOTO_WORDS})s?(?:\s*(?:by|:|/|-)\s*[^)]{{0,80}})?)\)\s*\.?$",  # noqa: E501
            False,
        ),
        # (Photo: AFP), (Image: Getty Images), (Credit: Reuters)
        (
            rf"\((?P<credit>(?:{_PHOTO_WORDS}|credit)s?\s*(?:credit)?\s*[:/]\s*[^)]{{1,80}})\)\s*\.?$",
            False,
        ),
        # trailing "Photo: AFP", "Image: Getty Images", "Picture credit: Reuters"
        (
            rf"(?:^|[\s.|–—-])(?P<credit>(?:{_PHOTO_WORDS}|credit)s?(?: credit)?\s*[:©]\s*\S[^:]{{0,80}})$",  # noqa: E501
            False,
        ),
        # trailing "Photo by John Doe", "Photograph by Jane Roe/AFP"
        (rf"(?:^|[\s.|–—-])(?P<credit>(?:{_PHOTO_WORDS})s? by [A-Z][^.]{{1,80}})$", False),
        # trailing "John Doe/Reuters", "/ AFP", "| Getty Images"
        (
            rf"(?P<credit>(?:(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*)?[/|]\s*(?:{_AGENCIES})\b[\w /.-]{{0,40}})$",  # noqa: E501
            False,
        ),
        # trailing "REUTERS/Khalil Ashawi", "AFP / Jane Roe"
        (rf"(?:^|\s)(?P<credit>(?:{_AGENCIES})\s*/\s*[A-Z][\w.'’ -]{{1,40}})$", False),
        # "... Getty Images", "Getty Images for Netflix", "Shutterstock.com" closing a line
        (
            r"(?P<credit>\b(?:Getty Images|Shutterstock(?:\.com)?|iStockphoto|Alamy Stock Photo)"
            r"(?:\s*(?:for|/|via)\s*[\w .&'-]{1,40})?)\s*\.?$",
            False,
        ),
        # "(AFP)" or "(Reuters)" closing a line
        (rf"\((?P<credit>{_AGENCIES})\)\s*\.?$", True),
        # copyright sign
        (r"(?P<credit>©\s*\S.{0,80})$", False),
    )
)

# Every credit pattern above needs one of these; a line with none of them skips the loop.
_CREDIT_HINT = re.compile(
    r"[(/|©]|photo|picture|pic|image|foto|bild|screen|credit|getty|shutterstock|istock|alamy|"
    r"file|archive",
    re.IGNORECASE,
)

# "SEATTLE Jan 14, 2008 (AP)", "WASHINGTON (Reuters)": a dateline naming its agency.
_DATELINE = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Z.'-]+)*\b")

_POSITION = re.compile(
    r"\((?:L|R|C|M|l|r|c|left|right|cent(?:er|re)|front|back|top|bottom|"
    r"(?:\d(?:st|nd|rd|th)|2nd|3rd) (?:from )?(?:L|R|left|right))\)"
    r"|,\s*(?:left|right|cent(?:er|re)),"
)
_CAPTION_VERBS = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:attends?|speaks?|talks?|poses?|gestures?|"
    r"waves?|looks? on|arrives?|walks?|listens?|delivers?|reacts?|holds?|shakes? hands|greets?|"
    r"sits?|stands?|celebrates?|displays?|takes? part|addresses|leaves|meets?|inspects?|"
    r"prays?|mourns?|protests?|march(?:es)?)\b"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_PLACE_TAIL = re.compile(
    rf"\bon {_MONTHS}\.? \d{{1,2}},? \d{{4}},? in [A-Z][\w .,'’-]{{1,60}}\.?$"
)

MAX_CAPTION_WORDS = 80
SHORT_CREDIT_LINE_WORDS = 40
MAX_GRAMMAR_CAPTION_WORDS = 60


@dataclass(frozen=True, slots=True)
class Detection:
    credit: str | None
    reason: str


def detect_caption(text: str, *, n_words: int | None = None) -> Detection | None:
    """Decide whether one line is a photo caption or credit line, and find its credit.

    ``n_words`` is the line's ``textstats.words`` count when the caller has it already."""
    if n_words is None:
        n_words = len(words(text))
    if n_words == 0 or n_words > MAX_CAPTION_WORDS:
        return None
    for pattern, short_only in _CREDITS if _CREDIT_HINT.search(text) else ():
        match = pattern.search(text)
        if match:
            credit = match.group("credit").strip(" ()|/–—-.")
            if short_only and (n_words > SHORT_CREDIT_LINE_WORDS or _DATELINE.match(text)):
                continue
            return Detection(credit or None, f"photo credit marker ({credit})")
    if n_words > MAX_GRAMMAR_CAPTION_WORDS:
        return None
    position = bool(_POSITION.search(text))
    tail = bool(_DATE_PLACE_TAIL.search(text))
    if not (position or tail):
        return None
    verb = bool(_CAPTION_VERBS.search(text))
    if position and (verb or tail):
        return Detection(None, "caption grammar: people with positions such as (L)")
    if tail and verb:
        return Detection(None, "caption grammar: present tense with a date and place tail")
    return None


# ---------------------------------------------------------------------------------------------
# Fit verdict
# ---------------------------------------------------------------------------------------------

_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rep",
        "rep.",
        "sen",
        "sen.",
        "gov",
        "gov.",
        "gen",
        "gen.",
        "col",
        "col.",
        "lt",
        "lt.",
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "secretary",
        "speaker",
        "senator",
        "representative",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "chief",
        "executive",
        "officer",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "general",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "leader",
        "deputy",
        "former",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "state",
        "house",
        "head",
        "members",
        "member",
        "supreme",
        "top",
        "senior",
        "official",
        "officials",
        "army",
        "police",
        "minister's",
        "president's",
    ]
)
_NOT_ENTITIES = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "in",
        "on",
        "at",
        "of",
        "for",
        "with",
        "by",
        "from",
        "to",
        "and",
        "or",
        "but",
        "as",
        "after",
        "before",
        "during",
        "photo",
        "photos",
        "picture",
        "image",
        "file",
        "credit",
        "afp",
        "ap",
        "reuters",
        "epa",
        "getty",
        "images",
        "xinhua",
        "handout",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "left",
        "right",
        "center",
        "centre",
        "he",
        "she",
        "they",
        "it",
        "his",
        "her",
        "their",
        "its",
        "is",
        "are",
        "was",
        "were",
    ]
)
_CONNECT = frozenset(
    {
        "of",
        "the",
        "al",
        "bin",
        "ibn",
        "de",
        "del",
        "da",
        "van",
        "von",
        "der",
        "el",
        "la",
        "le",
        "du",
    }
)
_TOKEN = re.compile(r"[\w’'.-]+|[;,:]")  # punctuation tokens end a run of names
_PARENTHETICAL = re.compile(r"\([^()]*\)")
# Arabic and other name particles written lower-case and joined: al-Abadi, el-Sisi, bin-Salman.
_NAME_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|bin|ibn|abu|bint)-[A-Z]")


def caption_entities(text: str) -> list[tuple[str, frozenset[str]]]:
    """Runs of capitalised words in a caption, each with the name tokens that identify it.

    Titles (``Prime Minister``), agency names and months are not identifying; tokens shorter
    than three letters (``US``, ``L``) are too common to count as evidence.
    """
    entities: list[tuple[str, frozenset[str]]] = []
    run: list[str] = []
    run_opens_sentence = False

    def flush() -> None:
        while run and run[-1].casefold() in _CONNECT:
            run.pop()
        # "Smoke rises ...": a lone capitalised word opening a sentence is rarely a name.
        if run_opens_sentence and len(run) == 1:
            run.clear()
        if run:
            names = frozenset(
                part
                for token in run
                for part in re.split(r"[-’']", token.strip("."))
                if len(part) >= 3
                and part[0].isupper()
                and part.casefold() not in _TITLES
                and part.casefold() not in _NOT_ENTITIES
            )
            if names:
                entities.append((" ".join(run), names))
        run.clear()

    sentence_start = True
    # Parentheticals are party tags, positions and credits: "(D-MN)", "(L)", "(AFP photo)".
    for token in _TOKEN.findall(_PARENTHETICAL.sub(" ; ", text)):
        bare = token.strip(".’'")
        if not bare:
            continue
        capitalised = bool(_NAME_PREFIX.match(bare)) or (
            bare[0].isupper() and bare.casefold() not in _NOT_ENTITIES
        )
        if capitalised or (run and bare.casefold() in _CONNECT):
            if not run:
                run_opens_sentence = sentence_start
            run.append(bare)
        else:
            flush()
        sentence_start = token.endswith(".") and len(bare) > 3
    flush()
    return entities


def _article_tokens(article: str) -> set[str]:
    tokens: set[str] = set()
    for token in _TOKEN.findall(article):
        token = token.strip(".’'")
        tokens.add(token)
        tokens.update(re.split(r"[-’']", token))
    return tokens


def judge_caption(
    text: str, article: str, *, article_years: Iterable[int] | None = None
) -> tuple[bool, float, CaptionEvidence]:
    """Whether a caption fits the article, a score in [0, 1], and the evidence.

    Score: the share of the caption's entities that the article names. A caption fits when
    at least a third of its entities are shared and its years are within a year of the
    article's; with a date conflict it needs two thirds. A caption with no entities and no
    conflict is given the benefit of the doubt (credit-only lines, generic scenes).
    """
    entities = caption_entities(text)
    tokens = _article_tokens(article)
    shared = [name for name, parts in entities if parts & tokens]
    unshared = [name for name, parts in entities if not parts & tokens]
    cap_years = tuple(sorted(set(years(text))))
    art_years = tuple(sorted(set(article_years if article_years is not None else years(article))))
    conflict = bool(cap_years and art_years) and all(
        min(abs(c - a) for a in art_years) >= 2 for c in cap_years
    )
    score = len(shared) / len(entities) if entities else (0.0 if conflict else 0.5)
    fits = score >= (2 / 3 if conflict else 1 / 3) if entities else not conflict
    evidence = CaptionEvidence(
        shared=tuple(shared),
        unshared=tuple(unshared),
        caption_years=cap_years,
        article_years=art_years,
        date_conflict=conflict,
    )
    return fits, score, evidence
