"""Photo captions and credits: finding them in text, and judging whether each fits its article.

Detection looks for credit markers (``(AFP photo)``, ``Photo: ...``, ``/Reuters``,
``(Jeff Chiu/AP)``, ``[File: Reuters]``, ``Getty Images``, ``File photo``, ``©``), for the grammar
of captions (people with positions such as ``(L)``, present-tense verbs, and the
``on March 08, 2019 in Washington, DC.`` tail) and for the wire formula of archive photos
(``FILE - In this Nov. 2, 2016, file photo, ...``).

Where a caption stands (beside a photo viewer's controls, above its credit, in a gallery) is
judged by the heuristics in ``cleaner.heuristics.captions``, which use the helpers here.

The fit verdict compares the caption's named entities (runs of capitalised words, titles and
agency names removed) and its content words with the article's, and its years with the
article's. A caption about other people and another topic, or dated years away from an article
on another topic, does not fit.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .language import detect_language, word_tokens
from .model import CaptionEvidence
from .textstats import ENGLISH_MONTHS, ends_sentence, words, years

_AGENCIES = (
    r"AFP|AP|Reuters|EPA|EPA-EFE|Getty Images|Getty|Xinhua|Anadolu(?: Agency)?|Bloomberg|"
    r"Shutterstock|IRNA|TASS|Sputnik|ZUMA(?: Press)?|NurPhoto|SOPA Images|dpa|ANSA|Kyodo|"
    r"Yonhap|WANA|Mehr|Tasnim|Fars|ISNA|UPI|PA|Press TV|Alamy|iStock(?:photo)?|NASA|Handout|"
    r"Associated Press|European Pressphoto Agency|Agence France-Presse|AAP|Landov|LANDOV|KCNA|"
    # agencies and photo libraries of continental Europe's press
    r"EFE|PAP|KNA|epd|ANP|Belga|Lusa|Europa Press|Agencja Gazeta|Keystone|picture alliance|"
    r"imago(?: images)?|Fotolia|Unsplash|Pixabay|Adobe Stock"
)
# A capitalised name word; a dot only inside it ("J.R."), never closing a sentence.
_NAME_WORD = r"[A-Z](?:[\w'-]|\.(?!\s))*"
# A word of a person's name: "Jeff", "McDonald", "O’Keefe", "Cassar-Daley", "STEVE", "LOPEZ-GARCIA",
# or an initial; not words glued together by a lost line break ("ExerciseMountain").
_PERSON_WORD = (
    r"(?:[A-Z](?:[a-z]{1,2}[A-Z]|['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?"
    r"|[A-Z]{2,}(?:-[A-Z]{2,})?|[A-Z]\.)"
)
# A photographer's name: two to four name words ("Phelan M. Ebenhack"), or a handle.
_PERSON = rf"(?-i:{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,3}}|@\w+)"
# Words that name a publication or a photo service, closing its name ("Toronto Star").
_MEDIA_WORDS = (
    r"Times|Post|News|Press|Star|Herald|Tribune|Journal|Telegraph|Guardian|Gazette|Chronicle|"
    r"Globe|Observer|Mail|Sun|Review|Register|Courier|Examiner|Inquirer|Images|Photos?|Pictures|"
    r"Agency|Wire|Media|Magazine|TV|Radio|Twitter|Instagram|Facebook|Flickr|YouTube|Commons|"
    r"TIMES|POST|NEWS|PRESS|STAR|HERALD|TRIBUNE|JOURNAL|IMAGES|PHOTOS?"
)
# Who published the photo, after a slash: capitalised words ("The Union via AP", "ZDNet").
_OUTLET = (
    r"(?-i:[A-Z@][\w.&'’@-]*"
    r"(?:\s+(?:[A-Z][\w.&'’-]*|of|for|by|para|via|the|de)|\s*/\s*[A-Z][\w.&'’-]*)*)"
)
_PHOTO_WORDS = (
    r"photo illustration|photo|photograph|picture|pic|image|foto|bild|file photo|screenshot|"
    r"screengrab|symbolbild|symbolfoto"
)
# Whom a photo is courtesy of: a name, then after a comma only a place ("the artist, New
# York"); a sentence that opens so goes on in lower case ("the museum, visitors may ...").
_COURTESY_OF = r"[A-Z][^.,]{0,60}(?:,\s*(?-i:[A-Z0-9])[^.,]{0,40})*"
# What follows a photo word in a credit: "by Jane Roe", ": AFP", "/Evan Vucci".
_BY_SOMEONE = r"\s*(?:by|:|/|-)\s*[^)]{0,80}"
# Agencies that sign a caption with their bare name after its last sentence ("... Syria. Reuters").
_SIGNING_AGENCIES = r"Reuters|REUTERS|AP|AFP|EPA|Getty Images|Getty|Xinhua|Bloomberg|Shutterstock"

# Where a credit marker counts: on any line up to MAX_CAPTION_WORDS; only on a short line (the
# marker also closes a sentence of prose now and then); or only on a short line that is not a
# dateline (wire paragraphs open with "WASHINGTON (Reuters)").
_ANY, _SHORT, _SHORT_NOT_DATELINE = "any", "short", "short, not a dateline"

# Substrings of the photo words, in lower case: a line without one has no photo word.
_PHOTO_HINTS = ("photo", "pic", "image", "foto", "bild", "screen")

# Credit markers; group "credit" is the credit itself. Each comes with where it counts and the
# lower-case substrings a line needs (any one) before the pattern is worth trying.
_CREDITS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (re.compile(p, re.IGNORECASE), where, needs)
    for p, where, needs in (
        # "File photo:", "FILE PHOTO -" or "(File photo)" opening a line
        (
            r"^\(?(?P<credit>(?:file|archive) (?:photo|picture|image))\b",
            _ANY,
            ("file ", "archive "),
        ),
        # (AFP photo), (AP Photo/Evan Vucci), (Photo by John Doe), (File photo), (Reuters photo);
        # not a bare "(pictures)", which marks a link to a gallery
        (
            rf"\((?P<credit>(?:[\w.&'-]+ ){{1,4}}(?:{_PHOTO_WORDS})s?(?:{_BY_SOMEONE})?|"
            rf"(?:{_PHOTO_WORDS})s?{_BY_SOMEONE}|(?:{_PHOTO_WORDS}))\)\s*\.?$",
            _ANY,
            _PHOTO_HINTS,
        ),
        # (Photo: AFP), (Image: Getty Images), (Credit: Reuters)
        (
            rf"\((?P<credit>(?:{_PHOTO_WORDS}|credit)s?\s*(?:credit)?\s*[:/]\s*[^)]{{1,80}})\)\s*\.?$",
            _ANY,
            (*_PHOTO_HINTS, "credit"),
        ),
        # trailing "Photo: AFP", "Image: Getty Images", "Picture credit: Reuters"
        (
            rf"(?:^|[\s.|–—-])(?P<credit>(?:{_PHOTO_WORDS}|credit)s?(?: credit| source)?"
            r"\s*[:©]\s*\S[^:\"“”]{0,80}(?:\s*(?-i:Source)\s*:\s*[^:\"“”]{1,60})?)$",
            _ANY,
            (*_PHOTO_HINTS, "credit"),
        ),
        # trailing "Photo by John Doe", "Photograph by Jane Roe/AFP"
        (
            rf"(?:^|[\s.|–—-])(?P<credit>(?:{_PHOTO_WORDS})s? by [A-Z][^.]{{1,80}})$",
            _ANY,
            _PHOTO_HINTS,
        ),
        # "... by the desk. Photo by Jane Roe.": a sentence of its own that credits the photo
        (
            r"(?:^|[.!?]\s+)"
            r"(?P<credit>(?-i:Photo|Photograph|Picture|Image)s? by [A-Z][^.]{1,80})\.$",
            _ANY,
            _PHOTO_HINTS,
        ),
        # trailing "John Doe/Reuters", "/ AFP", "| Getty Images"
        (
            rf"(?P<credit>(?:(?-i:{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*)?[/|]\s*(?:{_AGENCIES})\b[\w /.-]{{0,40}})$",  # noqa: E501
            _ANY,
            ("/", "|"),
        ),
        # "(jdoe / iStock.com)", "(Quelle: Jane Roe/Unsplash)": a handle or a label before the
        # agency or photo library, in brackets closing a short line
        (
            rf"\((?P<credit>[^()]{{0,40}}/\s*(?:{_AGENCIES})\b[^()]{{0,40}})\)\s*\.?$",
            _SHORT,
            ("/",),
        ),
        # (Jeff Chiu/AP), (Reed Saxon / Associated Press), (UPI/Brian Kersey /LANDOV)
        (
            rf"\(\s*(?P<credit>(?:{_PERSON}|{_AGENCIES})\s*/\s*{_OUTLET})\s*\)\s*\.?$",
            _SHORT,
            ("/",),
        ),
        # "Jim Craven/ NBC News", "... in Toronto. STEVE RUSSELL/TORONTO STAR": a photographer and
        # a publication, as a line of its own or after the caption's last sentence; the name
        # must say it is a publication ("Computer Science/Systems" is a heading)
        (
            rf"(?:^|(?-i:(?<![\sA-Z]))[.!?”\"]\s+)(?P<credit>{_PERSON}\s*/\s*"
            rf"(?-i:[A-Z][\w.&'’ -]*\b(?:{_MEDIA_WORDS}|{_AGENCIES})))\s*$",
            _SHORT,
            ("/",),
        ),
        # [File: Reuters], [AFP], [SpaceX via NASA]: a bracketed credit closing a line
        (
            rf"\[(?P<credit>(?:(?:file|photo|image|picture|credit)s?\s*:\s*)[^\[\]]{{1,60}}|"
            rf"[^\[\]]{{0,40}}\b(?:{_AGENCIES})\b[^\[\]]{{0,30}}|"
            rf"[^\[\]]{{1,40}}\svia\s[^\[\]]{{1,40}})\]\s*\.?$",
            _ANY,
            ("[",),
        ),
        # "... Sex Offender Registry via AP": a credit through an agency closing a line
        (rf"(?:^|\s)(?P<credit>{_OUTLET}\s+via (?:{_AGENCIES}))\s*\.?$", _SHORT, ("via ",)),
        # trailing "REUTERS/Khalil Ashawi", "... Idlib. AFP / Jane Roe": the agency opening the
        # line or its last sentence, or in capitals ("a Thomson Reuters/INSEAD survey" is prose)
        (
            rf"(?:^|[.!?”\"]\s+|\s(?=(?-i:[A-Z]{{2,}}(?: [A-Z]{{2,}})*\s*/)))"
            rf"(?P<credit>(?:{_AGENCIES})\s*/\s*(?-i:{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{0,3}}))\s*$",
            _ANY,
            ("/",),
        ),
        # "... Getty Images", "Getty Images for Netflix", "Shutterstock.com" closing a line
        (
            r"(?P<credit>\b(?:Getty Images|Shutterstock(?:\.com)?|iStockphoto|Alamy Stock Photo)"
            r"(?:\s*(?:for|/|via)\s*[\w .&'-]{1,40})?)\s*\.?$",
            _ANY,
            ("getty", "shutterstock", "istock", "alamy"),
        ),
        # "(Getty Images via @desk)", "(Jane Roe/Getty Images for TAS)" closing a short line
        (
            r"\((?P<credit>(?:[^()/]{1,40}/\s*)?Getty Images"
            r"(?:\s*(?:for|via)\s*[\w .&'@-]{1,40})?)\)\s*\.?$",
            _SHORT,
            ("getty",),
        ),
        # "Credit...Doug Mills/The New York Times", glued to the caption or opening a line
        (r"(?P<credit>\b(?-i:Credit|CREDIT)(?:\.{3}|…)\s*\S.{0,80})$", _ANY, ("credit",)),
        # "CreditPete Marovich for The New York Times" (glued: the dots lost), or "Credit Marvel
        # Entertainment" after the caption's last sentence
        (rf"(?:^|[.!?”\")])(?-i:Credit|CREDIT)(?P<credit>{_OUTLET})\s*$", _ANY, ("credit",)),
        (rf"[.!?”\"]\s+(?-i:Credit)\s+(?P<credit>{_OUTLET})\s*$", _SHORT, ("credit",)),
        # "Photographer: The Province Newspaper."; "... for two years. Source: Supplied" (a line
        # of its own, "Source: The Associated Press", names where a story came from), also glued
        # to the sentence by a lost space ("... hit the coast.Source:ABC")
        (
            rf"(?:^|[.!?]\s+)(?P<credit>(?-i:Photographer):\s*(?:{_OUTLET}))\s*\.?$",
            _SHORT,
            ("photographer",),
        ),
        (
            rf"[.!?]\s*(?P<credit>(?-i:Source):\s*(?:{_OUTLET}|[\w-]+(?:\.[a-z]{{2,}})+))"
            rf"\s*\.?$",
            _SHORT,
            ("source:",),
        ),
        # "Courtesy of the museum" opening a line, "(Photo) courtesy of Jane Roe" closing one
        (
            rf"^(?P<credit>courtesy(?: of)? {_COURTESY_OF})(?:\.\s|\.?$)",
            _ANY,
            ("courtesy",),
        ),
        (
            rf"(?:^|[.!?]\s+|\s(?={_PHOTO_WORDS})|\s/\s*)(?P<credit>(?:(?:{_PHOTO_WORDS}) courtesy|"
            rf"(?-i:Courtesy))(?: of)? {_COURTESY_OF})\.?$",
            _ANY,
            ("courtesy",),
        ),
        # "Submitted photo", "Staff photo", "Handout picture" closing a line
        (
            rf"(?:^|\s)(?P<credit>(?:submitted|staff|contributed|courtesy|handout|pool)"
            rf" (?:{_PHOTO_WORDS})s?)\s*\.?$",
            _ANY,
            _PHOTO_HINTS,
        ),
        # "... at the frontline in Raqqa, Syria. Reuters": an agency signing the last sentence
        (rf"[.!?”\"]\s*(?P<credit>(?-i:{_SIGNING_AGENCIES}))$", _SHORT_NOT_DATELINE, ()),
        # "(AFP)" or "(Reuters)" closing a line
        (rf"\((?P<credit>{_AGENCIES})\)\s*\.?$", _SHORT_NOT_DATELINE, ("(",)),
        # copyright sign, on a short line; "© 2006 Example Institute. All rights reserved."
        # is the site's notice (``generic.legal``), glued to a paragraph of the article or not
        (r"(?P<credit>©\s*\S(?:(?!rights reserved).){0,80})$", _SHORT, ("©",)),
    )
)

# A line can hold a credit only if it has a substring some marker needs, or ends with the name
# of an agency that signs a caption ("... Syria. Reuters", "... Idlib. AP"): the marker for
# those needs nothing of its own, so their names are hints here.
# The short names (AP, AFP, EPA) would match inside too many words: for them the line must
# end with the name.
_SIGNERS = _SIGNING_AGENCIES.split("|")
_SIGNING_HINTS = sorted({name.split()[0].lower() for name in _SIGNERS if len(name) > 3})
_HINT = re.compile(
    "|".join(map(re.escape, sorted({n for *_, needs in _CREDITS for n in needs})))
    + "|"
    + "|".join(_SIGNING_HINTS)
)
_AGENCY_AT_END = re.compile(
    r"\b(?:" + "|".join(name for name in _SIGNERS if len(name) <= 3) + r")$", re.IGNORECASE
)


def _credit_hint(text: str, lowered: str) -> bool:
    """Whether a line can hold a credit marker at all: a cheap test before the patterns.
    ``lowered`` is the line in lower case."""
    return bool(_HINT.search(lowered) or _AGENCY_AT_END.search(text))


_MONTHS = f"(?:{ENGLISH_MONTHS})"
# "SEATTLE Jan 14, 2008 (AP)", "WASHINGTON (Reuters)", "July 24, 2012 (AP)": a dateline naming
# its agency.
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'-]{{2,}}(?:[ ,]+[A-Z][A-Z.'-]+)*\b|{_MONTHS}\.? \d{{1,2}},? \d{{4}}\s*\()"
)

# Where a person stands in a photo, in words.
_PLACES = r"left|right|cent(?:er|re)"
_POSITION = re.compile(
    rf"(?<=\s)\((?:L|R|C|M|l|r|c|{_PLACES}|front|back|top|bottom|"
    r"(?:\d(?:st|nd|rd|th)|2nd|3rd) (?:from )?(?:L|R|left|right))\)"
    rf"|,\s*(?:{_PLACES}),"
)
_CAPTION_VERBS = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:attends?|speaks?|talks?|poses?|gestures?|"
    r"waves?|looks? on|arrives?|walks?|listens?|delivers?|reacts?|holds?|shakes? hands|greets?|"
    r"sits?|stands?|celebrates?|displays?|takes? part|addresses|leaves|meets?|inspects?|"
    r"prays?|mourns?|protests?|march(?:es)?)\b"
)
_DATE_PLACE_TAIL = re.compile(
    rf"\bon {_MONTHS}\.? \d{{1,2}},? \d{{4}},? in [A-Z][\w .,'’-]{{1,60}}\.?$"
)

# "Enlarge / An iPhone 5 running iOS 10.": a viewer's button glued to the caption it opens;
# "Caption Storm closes the mountain pass": a player's caption button, glued to the title.
_CONTROL_PREFIX = re.compile(
    r"^(?:(?:enlarge|expand|zoom)\s*/\s*|(?-i:Caption )(?=(?-i:[A-Z0-9\"“‘'])))(?=\S)",
    re.IGNORECASE,
)
# "Image caption Firefighters rest in Nowra", "Media caption, Smoke over the capital": the
# label some sites set before every caption, which a text dump keeps; a video's notice for
# readers without JavaScript may stand before it ("This video can not be played To play
# this video you need to enable JavaScript in your browser. Media caption, ...").
_CAPTION_LABEL = re.compile(
    r"^(?:this video can ?not be played\.?\s+)?(?:to play this video you need to enable"
    r" javascript in your browser\.?\s+)?(?:image|media|video) caption\b,?\s*(?=\S)",
    re.IGNORECASE,
)
# A caption glued to the viewer's control after it: "... View Full Size"; a gallery slide's
# caption to its button and count: "... Hide Caption 2 of 37".
_CONTROL_SUFFIX = re.compile(r"(?<=\S)\s+view full size$", re.IGNORECASE)
_SLIDE_COUNT = re.compile(r"(?<=\S)\s+hide caption \d+ of \d+$", re.IGNORECASE)
MAX_SLIDE_WORDS = 200
# The wire formula of an archive photo: "FILE - In this Nov. 2, 2016, file photo, ...",
# "... in this April 26, 2011 file photo.", "... in this image released December 7, 2001."
_WIRE_FORMULA = re.compile(
    r"^(?-i:FILE)\s*[-–—]\s+\S|\bin this (?:[\w.,]+ ){0,5}?file (?:photo|image|picture)\b|"
    r"\bin this (?:photo|image|picture|handout \w+) (?:taken|released|provided|made available)\b",
    re.IGNORECASE,
)
# "This satellite image shows the storm over the gulf.": a caption points at its photo.
_SHOWS_FORMULA = re.compile(
    r"^this (?:[\w-]+ ){0,3}(?:photo(?:graph)?|image|picture|screenshot|illustration|rendering)"
    r" (?:[\w’'.,-]+ ){0,8}?shows?\b",
    re.IGNORECASE,
)
# "Ann Lee, left, and Tom Ruiz ...", "Tom Ruiz, 26, right, ...": a name, then where its
# person stands in the photo, set off by commas; prose says "turned left," not "Ruiz, left,".
_NAME_THEN_PLACE = re.compile(
    rf"\b(?!(?:Oh|Yes|No|Well|And|But|So|Then|Now)\b)[A-Z][\w.'’-]{{2,}}(?:, \d{{1,3}})?,"
    rf" (?:(?:far|second from|at) )?(?:{_PLACES}), "
)
# "Mayor Ann Lee (left) and Fire Chief Tom Ruiz": names with their places in the photo.
# A bare (R) or (D) after a name is as often a party in a list of votes: words only.
_NAMED_POSITION = re.compile(rf"(?<=\s)\((?:{_PLACES})\)", re.IGNORECASE)
# The German press's way: "Anna Roth (l.) und Tom Ruiz beim Training.", "Tom Ruiz (rechts im
# Bild)": a caption even when it ends a sentence, as prose has no use for either.
_PLACE_IN_PHOTO_DE = re.compile(r"(?<=\w)\s\((?:[lr]\.|(?:links|rechts|mitte) im [Bb]ild)\)")
MAX_NAMES_CAPTION_WORDS = 15
# "Tariffs and farmers: who pays? 01:48": an embedded video's title and its running time,
# zero-padded; not a time of day or a countdown ("... at 09:14", "Jan 16 06:49", "Updated
# 05:30", "Your video will play in 00:25").
_VIDEO_LENGTH = re.compile(r"(?:(?<=[^\W\d_])|(?<=[?!'’\"”)]))\s+0\d:[0-5]\d$")
_TIME_WORDS = frozenset(
    {
        *("at", "in", "by", "until", "till", "from", "to", "since", "before", "after", "around"),
        *("about", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "bst", "est", "edt", "pst"),
        *("pdt", "cet", "updated", "posted", "published", "time", "duration"),
    }
)
MAX_VIDEO_TITLE_WORDS = 20

# Photo viewer controls a dump keeps beside the caption they belong to. A caption follows
# "Enlarge this image" and sits between "Fullscreen" buttons; it precedes "Hide Caption".
# A gallery's counter ("Image 2 of 15") stands above the caption of the photo it counts.
CONTROL_BEFORE_CAPTION = re.compile(
    r"^(?:full ?screen|enlarge(?: this)?(?: image| photo)?|click (?:here )?to enlarge\.?|"
    r"view full size|modal trigger|photos?:|(?:image|photo|picture|slide) \d+ (?:of|/) \d+)$",
    re.IGNORECASE,
)
CONTROL_AFTER_CAPTION = re.compile(
    r"^(?:full ?screen|(?:hide|toggle) caption|more photos\s*»)$", re.IGNORECASE
)

MAX_CAPTION_WORDS = 80
SHORT_CREDIT_LINE_WORDS = 40
MAX_GRAMMAR_CAPTION_WORDS = 60


@dataclass(frozen=True, slots=True)
class Detection:
    credit: str | None
    reason: str
    # Where the credit marker starts in the line (0 when there is none).
    credit_start: int = 0


@functools.lru_cache(maxsize=4096)
def detect_caption(text: str) -> Detection | None:
    """Decide whether one line is a photo caption or credit line, and find its credit.

    Cached: the line is judged again beside its neighbours and in the pass over the clean
    text."""
    n_words = len(words(text))
    if n_words == 0:
        return None
    if n_words <= MAX_SLIDE_WORDS and (slide := gallery_slide(text)):
        # a gallery's slide, however long its caption: the viewer's button and count end it
        return Detection(None, f"closes with a photo viewer control ({slide})")
    if n_words > MAX_CAPTION_WORDS:
        return None
    short = n_words <= SHORT_CREDIT_LINE_WORDS
    lowered = text.lower()
    for pattern, where, needs in _CREDITS if _credit_hint(text, lowered) else ():
        if (where != _ANY and not short) or (needs and not any(n in lowered for n in needs)):
            continue
        match = pattern.search(text)
        if match:
            if where == _SHORT_NOT_DATELINE and _DATELINE.match(text):
                continue
            credit = match.group("credit").strip(" ()|/–—-.")
            return Detection(
                credit or None, f"photo credit marker ({credit})", match.start("credit")
            )
    if ("caption" in lowered or "video" in lowered) and _CAPTION_LABEL.match(text):
        return Detection(None, "opens with a caption label (Image caption)")
    control = _CONTROL_PREFIX.match(text)
    if control:
        return Detection(None, f"opens with a photo viewer control ({control.group().strip()})")
    if lowered.endswith("full size") and _CONTROL_SUFFIX.search(text):
        return Detection(None, "closes with a photo viewer control (View Full Size)")
    if ("in this" in lowered or text.startswith("FILE")) and _WIRE_FORMULA.search(text):
        return Detection(None, "wire caption formula for an archive photo (in this file photo)")
    if n_words <= MAX_VIDEO_TITLE_WORDS and text[-1:].isdigit():
        running_time = _running_time(text)
        if running_time:
            return Detection(None, f"video title with its running time ({running_time})")
    if n_words > MAX_GRAMMAR_CAPTION_WORDS:
        return None
    if lowered.startswith("this ") and _SHOWS_FORMULA.search(text):
        return Detection(None, "caption formula for the photo it stands under (This image shows)")
    if (
        n_words <= MAX_NAMES_CAPTION_WORDS
        and not ends_sentence(text)
        and _NAMED_POSITION.search(text)
    ):
        return Detection(None, "caption grammar: names with their places such as (left)")
    if "(" in text and _PLACE_IN_PHOTO_DE.search(text):
        return Detection(None, "caption grammar: a name and its place in the photo (l.)")
    if _NAME_THEN_PLACE.search(text):
        return Detection(None, "caption grammar: a name and its place in the photo (Name, left,)")
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


def gallery_slide(text: str) -> str | None:
    """The button and count that close a gallery slide's caption (``Hide Caption 2 of 37``),
    or None."""
    if not text[-1:].isdigit():
        return None
    match = _SLIDE_COUNT.search(text)
    return match.group().strip() if match else None


def _running_time(text: str) -> str | None:
    """The running time closing a video's title, or None: the line ends with a zero-padded
    duration after a word that does not make it a time of day (``at``, ``ET``, ``Updated``)."""
    match = _VIDEO_LENGTH.search(text)
    if match is None:
        return None
    before = text[: match.start()].split()
    if not before or before[-1].strip(",:;").lower() in _TIME_WORDS:
        return None
    return match.group().strip()


# A photographer's name before the publication a credit marker found ("Jane Roe/", "Jane Roe | ").
_PHOTOGRAPHER_BEFORE_CREDIT = re.compile(rf"^\(?\s*{_PERSON}\s*[/|]\s*$")


def is_credit_line(text: str) -> bool:
    """Whether a line is a photo credit and nothing else (``Photo: AP``, ``Susan Walsh / AP``,
    ``Jane Roe/City Times/Getty Images``)."""
    found = detect_caption(text)
    if not (found and found.credit):
        return False
    if len(found.credit) >= 0.8 * len(text.strip(" ()")):
        return True
    return bool(_PHOTOGRAPHER_BEFORE_CREDIT.match(text[: found.credit_start]))


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
_TOKEN = re.compile(r"[\w’'.-]+|[;,:–—]")  # punctuation tokens end a run of names
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_NAME_JOINS = re.compile(r"[-’']")  # al-Abadi, O’Brien: each part is a name token too
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
                for part in _NAME_JOINS.split(token.strip("."))
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


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """What captions are compared with: the article's name tokens, its words and its years."""

    name_tokens: frozenset[str]
    words: frozenset[str]
    years: tuple[int, ...]
    stopwords: frozenset[str]

    @classmethod
    def of(cls, article: str, stopwords: frozenset[str] | None = None) -> ArticleProfile:
        tokens: set[str] = set()
        for token in set(_TOKEN.findall(article)):  # each distinct token once
            token = token.strip(".’'")
            tokens.add(token)
            if _NAME_JOINS.search(token):
                tokens.update(_NAME_JOINS.split(token))
        article_words = word_tokens(article)
        if stopwords is None:
            stopwords = detect_language(article_words).stopwords
        return cls(
            name_tokens=frozenset(tokens),
            words=frozenset(article_words),
            years=tuple(sorted(set(years(article)))),
            stopwords=stopwords,
        )


# A caption needs this many content words before its word overlap with the article counts.
MIN_TOPIC_WORDS = 3
# At or below this share of its content words found in the article, a caption is off topic.
OFF_TOPIC_OVERLAP = 0.15
# A caption dated years from the article must share more of its topic than this to fit.
DATED_TOPIC_OVERLAP = 0.3


def topic_overlap(text: str, article: ArticleProfile) -> tuple[float, int]:
    """Share of a caption's content words (three letters or more, not stopwords, not numbers)
    that the article uses, and how many content words the caption has."""
    content = {
        t
        for t in word_tokens(text)
        if len(t) >= 3 and not t.isdigit() and t not in article.stopwords
    }
    if not content:
        return 0.0, 0
    return sum(t in article.words for t in content) / len(content), len(content)


# A line can carry more than one credit: "Illustration by Studio Nord; Photo by Jane Roe/Getty
# Images", "Image Designed By: Studio X / Image Credit: Y". Once the detected credit is cut
# out, a clause that is one more credit ("<photo word> by <name>", "By Tom Green/Rex"), or
# what the cut left of one ("Photo by"), is not a description either.
_CLAUSES = re.compile(r"\s*[;|]\s*|\s+/\s+")
_CREDIT_CLAUSE = re.compile(
    rf"^(?:(?:{_PHOTO_WORDS}|illustration|graphic|artwork|designed|design)s?\s+){{0,2}}"
    rf"by\s*:?\s*(?:{_OUTLET})?$",
    re.IGNORECASE,
)


_CREDIT_WORD_LEFT = re.compile(r"(?:Credit|CREDIT)(?:\.{3}|…)?\s*(?= ; )")


def _description(text: str, credit: str | None) -> str:
    """What a caption says of its photo: the line without its credits and viewer buttons."""
    described = text.replace(credit, " ; ") if credit else text
    # The word that announced a glued credit ("... Brooklyn.CreditJane Roe/...") goes with it.
    described = _CREDIT_WORD_LEFT.sub(" ", described)
    # A viewer's button glued to the caption says nothing of the photo.
    described = _CONTROL_SUFFIX.sub("", _CONTROL_PREFIX.sub("", described))
    if credit is None:
        return described
    clauses = (c.strip(" ./,–—-") for c in _CLAUSES.split(described))
    return " ; ".join(
        c for c in clauses if c and not _CREDIT_CLAUSE.match(c) and not is_credit_line(c)
    )


GALLERY_RULE_ID = "generic.slideshow"
"""The rule that finds a gallery's slide captions; a gallery is judged as a whole."""


def judge_caption(
    text: str,
    article: str | ArticleProfile,
    *,
    credit: str | None = None,
) -> tuple[bool, float, CaptionEvidence]:
    """Whether a caption fits the article, a score in [0, 1], and the evidence.

    Two kinds of evidence: the caption's names (people, places, organisations: runs of
    capitalised words) that the article also names, and the share of the caption's content
    words that the article uses (topic overlap). A caption does not fit when
    - it is off topic (at most 15% of at least three content words in the article) and at
      most a third of its names are the article's; or
    - its years are all two or more years from the article's (a date conflict), at most 30%
      of its content words are the article's, and fewer than two thirds of its names are.
    Anything else fits: credit-only lines and generic scenes get the benefit of the doubt.
    The ``credit`` (photographer and agency) is not evidence: it says who took the photo,
    not what it shows; nor is a second credit on the line ("Illustration by ...; Photo by").
    The score is the mean of the name share and the topic overlap.
    """
    profile = article if isinstance(article, ArticleProfile) else ArticleProfile.of(article)
    described = _description(text, credit)
    entities = caption_entities(described)
    shared = [name for name, parts in entities if parts & profile.name_tokens]
    unshared = [name for name, parts in entities if not parts & profile.name_tokens]
    overlap, n_content = topic_overlap(described, profile)
    cap_years = tuple(sorted(set(years(described))))
    art_years = profile.years
    conflict = bool(cap_years and art_years) and all(
        min(abs(c - a) for a in art_years) >= 2 for c in cap_years
    )
    name_share = len(shared) / len(entities) if entities else None
    off_topic = n_content >= MIN_TOPIC_WORDS and overlap <= OFF_TOPIC_OVERLAP
    if off_topic and (name_share is None or name_share <= 1 / 3):
        fits = False
    elif conflict and overlap <= DATED_TOPIC_OVERLAP:
        # A photo from years away fits a history or a look back, which shares the topic.
        fits = name_share is not None and name_share >= 2 / 3
    else:
        fits = True
    parts = [overlap] if n_content else []
    if name_share is not None:
        parts.append(name_share)
    score = sum(parts) / len(parts) if parts else 0.5
    evidence = CaptionEvidence(
        shared=tuple(shared),
        unshared=tuple(unshared),
        caption_years=cap_years,
        article_years=art_years,
        date_conflict=conflict,
        topic_overlap=round(overlap, 3),
    )
    return fits, score, evidence
