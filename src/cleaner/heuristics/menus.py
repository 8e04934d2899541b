"""Navigation: language menus, breadcrumb trails, rows of links, and runs of menu-like lines."""

from __future__ import annotations

import re
from itertools import pairwise
from types import MappingProxyType

from ..language import word_tokens
from ..metadata import BREADCRUMB_SEPARATORS, split_breadcrumb
from ..model import Decision, Field, Label, Segment
from ..textstats import (
    LIST_ITEM,
    MONTH_NUMBERS,
    MONTHS,
    ends_sentence,
    is_code_line,
    is_date_line,
    month_number,
    words,
)
from .base import Context, Heuristic, runs
from .interface import is_furniture

# English names and endonyms of the languages news sites most often offer in a switcher.
LANGUAGE_NAMES = (
    "english",
    "español",
    "espanol",
    "spanish",
    "français",
    "francais",
    "french",
    "deutsch",
    "german",
    "italiano",
    "italian",
    "português",
    "portugues",
    "portuguese",
    "русский",
    "russian",
    "العربية",
    "عربي",
    "arabic",
    "فارسی",
    "persian",
    "farsi",
    "türkçe",
    "turkce",
    "turkish",
    "中文",
    "简体中文",
    "繁體中文",
    "chinese",
    "日本語",
    "japanese",
    "한국어",
    "korean",
    "हिन्दी",
    "hindi",
    "اردو",
    "urdu",
    "বাংলা",
    "bengali",
    "nederlands",
    "dutch",
    "polski",
    "polish",
    "svenska",
    "swedish",
    "norsk",
    "norwegian",
    "dansk",
    "danish",
    "suomi",
    "finnish",
    "ελληνικά",
    "greek",
    "עברית",
    "hebrew",
    "українська",
    "ukrainian",
    "română",
    "romanian",
    "magyar",
    "hungarian",
    "čeština",
    "czech",
    "slovenčina",
    "slovak",
    "hrvatski",
    "croatian",
    "srpski",
    "српски",
    "serbian",
    "български",
    "bulgarian",
    "bahasa indonesia",
    "indonesian",
    "bahasa melayu",
    "malay",
    "tiếng việt",
    "vietnamese",
    "ไทย",
    "thai",
    "kiswahili",
    "swahili",
    "hausa",
    "somali",
    "amharic",
    "አማርኛ",
    "pashto",
    "پښتو",
    "kurdî",
    "kurdish",
    "azərbaycan",
    "azerbaijani",
    "қазақ",
    "kazakh",
    "o'zbek",
    "uzbek",
    "català",
    "catalan",
    "euskara",
    "galego",
    "simplified chinese",
    "traditional chinese",
    "brazilian portuguese",
)
# Every word of every language name, for a cheap test before the full pattern.
_LANGUAGE_WORDS = frozenset(w for name in LANGUAGE_NAMES for w in word_tokens(name))
_LANGUAGE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(n) for n in sorted(LANGUAGE_NAMES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# ISO 639-1 codes that language switchers show in capitals ("EN | FR | DE").
LANGUAGE_CODES = frozenset(
    [
        "EN",
        "FR",
        "DE",
        "ES",
        "IT",
        "PT",
        "RU",
        "AR",
        "FA",
        "TR",
        "ZH",
        "JA",
        "KO",
        "HI",
        "UR",
        "BN",
        "NL",
        "PL",
        "SV",
        "NO",
        "NB",
        "DA",
        "FI",
        "EL",
        "HE",
        "UK",
        "RO",
        "HU",
        "CS",
        "SK",
        "HR",
        "SR",
        "BG",
        "ID",
        "MS",
        "VI",
        "TH",
        "SW",
        "CA",
        "EU",
        "GL",
        "KA",
        "HY",
        "AZ",
        "KK",
        "UZ",
        "PS",
        "KU",
        "SQ",
        "MK",
        "SL",
        "LT",
        "LV",
        "ET",
    ]
)
_LANGUAGE_TOKENS = _LANGUAGE_WORDS | {code.lower() for code in LANGUAGE_CODES}
"""Tokens (lower-cased) of which a language menu is made: a cheap test before the pattern."""
_CODE_SPLIT = re.compile(r"\s*[|/·•,]\s*|\s+")
_SEPARATORS = re.compile(r"[\s/|·•,;:\-–—()\[\]]+")


class LanguageMenu(Heuristic):
    """A line made only of language names or codes: a site's language switcher.

    Kept: ``We spoke English, French and Spanish at home.`` (other words remain).
    Dropped: ``Portuguese / Spanish / English``, ``العربية | English | Français``, ``EN | FR | DE``.
    Needs ``min_languages`` names so a lone ``English`` link label in a body is not taken.
    """

    ID = "generic.language-menu"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"min_languages": 2, "max_chars": 200})
    DROP_EXAMPLES = (
        "Portuguese / Spanish / English",
        "العربية | English | Français",
        "English Español Deutsch 中文",
        "EN | FR | DE | ES",
        "中文 | 日本語",
    )
    KEEP_EXAMPLES = (
        "We spoke English, French and Spanish at home.",
        "English",
        "French / German relations",
        "NISSAN SENTRA",
        "IT IS ON",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if len(text) > self.options["max_chars"]:
            return None
        tokens = ctx.tokens(seg)
        if 2 * sum(token in _LANGUAGE_TOKENS for token in tokens) < len(tokens):
            return None  # mostly other words: skip the long pattern
        found = _LANGUAGE.findall(text)
        rest = _SEPARATORS.sub("", _LANGUAGE.sub("", text))
        codes = [c.split("-")[0] for c in _CODE_SPLIT.split(text) if c]
        only_codes = len(codes) >= 3 and all(c in LANGUAGE_CODES for c in codes)
        if (len(found) >= self.options["min_languages"] and not rest) or only_codes:
            return Decision(Label.DROP, self.ID, "language menu: only language names or codes")
        return None


class Breadcrumb(Heuristic):
    """A breadcrumb trail near the top: short items joined by ``/``, ``>``, ``»`` or ``›``.

    Taken into metadata ``section`` (items in ``breadcrumb``).
    Dropped: ``News / Iraq / BreakingNews / Notification``, ``Home » World » Middle East``.
    Kept: ``Oil rose 2% / the dollar fell`` (an item too long), ``and/or`` (no spaced separator),
    and any such line outside the first ``head_lines`` lines, where a slash is more often prose.
    """

    ID = "generic.breadcrumb"
    DEFAULTS = MappingProxyType(
        {"min_items": 3, "min_items_arrow": 2, "max_item_words": 4, "max_item_chars": 40}
    )
    DROP_EXAMPLES = (
        "News / Iraq / BreakingNews / Notification",
        "Home » World » Middle East",
        "Home > Sport > Football",
    )
    KEEP_EXAMPLES = (
        "Oil rose 2% / the dollar fell / gold was flat on the day.",
        "Students and/or staff",
        "Q&A / Interview",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        if not ctx.in_head(seg):
            return None
        text = seg.text
        if ends_sentence(text) or not BREADCRUMB_SEPARATORS.search(text):
            return None
        items = split_breadcrumb(text)
        arrow = any(sep in text for sep in ("»", "›", "→", " > "))
        needed = self.options["min_items_arrow"] if arrow else self.options["min_items"]
        if len(items) < needed:
            return None
        for item in items:
            if (
                len(words(item)) > self.options["max_item_words"]
                or len(item) > self.options["max_item_chars"]
                or ends_sentence(item)
            ):
                return None
        return Decision(
            Label.META,
            self.ID,
            "breadcrumb trail: short items joined by separators near the top",
            Field.SECTION,
            tuple(items),
        )


# The pages a site links to from every page: its sections and its service pages.
_SITE_PAGES = re.compile(
    r"^(?:home(?: ?page)?|news|sports?|weather|business|entertainment|opinion|politics|world|"
    r"local|about(?: us)?|contact(?: us)?|privacy(?: policy| statement)?|"
    r"terms(?: of (?:use|service))?|advertise(?: with us)?|advertising|subscribe|"
    r"subscriptions?|rss(?: feeds?)?|site ?map|archives?|search|jobs|careers|feedback|blogs?|"
    r"log ?in|sign ?in|sign ?up|register|faqs?|help|previous|next|videos?|photos?|classifieds|"
    r"obituaries|media kit|events|shop|mobile(?: site)?|startseite|impressum|kontakt|"
    r"datenschutz|nachrichten|suche|accueil|actualités|inicio|contacto|noticias)$",
    re.IGNORECASE,
)
# Separators of a row of links saved as one line; each must stand between spaces, except a
# bar, which some sites glue to the item before it ("Latest| Business| Markets").
_ROW_SEPARATORS = (
    re.compile(r"\s\|\s?|\s?\|\s"),
    re.compile(r"\s[•·]\s"),
    re.compile(r"\s[-–]\s"),
)
_BARS = re.compile(r"\s*\|\s*")
# The link to a site's home page, which opens its rows of links.
_HOME = re.compile(r"^(?:home(?: ?page)?|startseite|accueil|inicio|start)$", re.IGNORECASE)
# A line with none of these marks holds no separator: it is not split at all.
_ROW_MARKS = re.compile(r"[|•·]| [-–] ")


class LinkRow(Heuristic):
    """A row of links saved as one line: ``Home | News | Sport | Weather | Contact Us``.

    At least ``min_items`` short items (``max_item_words`` words at most, none ending a
    sentence) between one kind of separator (``|``, ``•``, ``·``, `` - ``), and one of them
    a page every site links to (``Home``, ``About Us``, ``Privacy Policy``, ``RSS``,
    ``Impressum`` ...), or four page numbers counting up (``« Prev - 1 - 2 - 3 - 4 -
    Next »``). A row between bars that opens with the home page needs no more than one
    other item, or a bar after it (``Home | Money | Report``, ``Startseite | Kontakt``,
    ``Home |``), and no item with a digit (``Start | 10:00 Uhr`` is a schedule's row).
    Kept: a list of names or outlets in an article (``The Courier | Evening Post | Radio
    North | The Gazette | Daily Ledger``), which names no such page.
    """

    ID = "generic.link-row"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"min_items": 5, "max_item_words": 4})
    DROP_EXAMPLES = (
        "Home | News | Sport | Weather | Contact Us",
        "About Us · Our Team · Site Map · Contact · Privacy",
        "Latest| Business| Markets| Travel| Blogs| RSS",
        "« Prev - 1 - 2 - 3 - 4 - Next »",
        "Jobs • Homes • Cars • Travel • Subscribe",
        "Home | Money | Report",
        "Start|Magazin|Coole Tipps|Magic Cleaning",
        "HOME |",
    )
    KEEP_EXAMPLES = (
        "The Courier | Evening Post | Radio North | The Gazette | Daily Ledger",
        "Anna Berg | Tomas Lind | Ruth Okafor | Marc Petit | Ines Duarte",
        "Home | News | Sport | Weather | and then the page asked us to sign in.",
        "Red - Green - Blue - Yellow - Black",
        "Home | where the heart is, as the saying goes.",
        "Home",
        "Start | 10:00 Uhr",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if not _ROW_MARKS.search(text) or ends_sentence(text):
            return None
        if self._from_home(text):
            return Decision(Label.DROP, self.ID, "a row of links from the site's home page")
        for separator in _ROW_SEPARATORS:
            items = [item.strip() for item in separator.split(text)]
            if len(items) < self.options["min_items"] or not all(items):
                continue
            if any(
                len(words(item)) > self.options["max_item_words"] or ends_sentence(item)
                for item in items
            ):
                return None
            if any(_SITE_PAGES.match(item) for item in items) or self._counts_pages(items):
                return Decision(Label.DROP, self.ID, "a row of links: a site's sections and pages")
            return None
        return None

    def _from_home(self, text: str) -> bool:
        """Short items between bars, the first the home page: ``Home | Money | Report``."""
        parts = [part.strip() for part in _BARS.split(text.strip())]
        if len(parts) < 2 or not _HOME.match(parts[0]):
            return False
        items = [part for part in parts[1:] if part]
        if len(items) < len(parts) - 2:
            return False  # an empty item between two bars
        return (bool(items) or parts[-1] == "") and not any(
            len(words(item)) > self.options["max_item_words"]
            or ends_sentence(item)
            or any(c.isdigit() for c in item)  # "Start | 10:00 Uhr": a schedule's row
            for item in items
        )

    @staticmethod
    def _counts_pages(items: list[str]) -> bool:
        numbers = [int(item) for item in items if item.isdigit() and len(item) <= 3]
        return len(numbers) >= 4 and all(b == a + 1 for a, b in pairwise(numbers))


# A sidebar's link with the number of posts behind it: "Accessories (45)", "Most read (12)".
# A year there makes a bibliography's or a filmography's entry ("Out of Place (1999)").
_POST_COUNT = re.compile(r"\s*\((?!(?:1[89]|20)\d\d\))\d[\d,]*\)$")


# A call or a name of a program's, which no menu label has: "prepare_cmd(priv,", "* priv"
# (a handle, "@Lee_Ars", and an icon's name glued to a label, "Share-email_circle", are not)
_CODE_TOKEN = re.compile(r"(?<![@\w-])[A-Za-z]\w*(?:\(|_\w)|(?:^|\s)[*&][A-Za-z_]", re.ASCII)


# "2 cups flour", "1/2 cup sugar", "One bag of pasta": a quantity, then a lower-case unit or
# thing. A teaser's headline capitalises what follows its number ("10 Best Beaches").
_QUANTITY = re.compile(
    r"^(?:\d+(?:[./,]\d+)?|\d+\s+\d/\d|[½¼¾⅓⅔]|one|two|three|four|five|six|a half|half)"
    r"(?:\s*[-–]\s*\d+)?\s+(?-i:[a-zß-ÿ])",
    re.IGNORECASE,
)


class MenuRun(Heuristic):
    """A run of at least ``min_run`` short lines inside the article: a menu or a link bar.

    Each line has at most ``max_words`` words, no sentence ending, no digits and no list
    bullet: ``Article / Stock Quotes / Comments / smaller / Larger`` one per line. A list in an
    article has bullets, numbers or longer items, or a sentence right above it that announces
    it with a colon or ``as follows`` (``The update brings these changes:``), and stays; so do
    the lines of a code listing (``int count;``, ``}``: ``is_code_line``; a call or a name
    with an underscore, ``prepare_cmd(car,``), and a poem's, a song's or an instruction's
    lines between two paragraphs of the article, most of which hold a stopword, and the rest
    of a list whose items right above the run open with a quantity (``2 cups flour``, then
    ``Salt``, ``Chopped walnuts``). A sidebar's categories or most-read posts with their post
    counts (``Accessories (45)``, ``Back to those rules… (18)``) are menu-like up to
    ``max_words_counted`` words before the count. A count that is a year (``Out of Place
    (1999)``) is a book list's, and digits before the count are a table's row (``1994-1999
    Celtic 89 (16)``): neither is menu-like.
    """

    ID = "generic.menu-run"
    SCOPE = "document"
    DEFAULTS = MappingProxyType(
        {
            "min_run": 5,
            "max_words": 4,
            "max_words_counted": 6,
            "list_lines": 3,
            "max_item_words": 12,
        }
    )

    def _menu_like(self, seg: Segment) -> bool:
        if seg.decided or LIST_ITEM.match(seg.text):
            return False
        text = seg.text
        counted = _POST_COUNT.search(text)
        if counted:
            text = text[: counted.start()]
        max_words = self.options["max_words_counted" if counted else "max_words"]
        return (
            1 <= len(words(text)) <= max_words
            and (counted or not ends_sentence(text))
            and not any(c.isdigit() for c in text)
            and not is_code_line(text)
            and not _CODE_TOKEN.search(text)
        )

    def apply(self, ctx: Context) -> None:
        # Lines other rules dropped (a "Comments" link, an "RSS" button) right above a run or
        # inside it count with it: they are part of the same bar; so does the article's own
        # time stamp (``is_furniture``).
        run: list[Segment] = []
        dropped = lead = 0
        for seg in [*ctx.lines, None]:
            if seg is not None and self._menu_like(seg):
                if not run:
                    dropped, lead = lead, 0
                run.append(seg)
                continue
            if seg is not None and is_furniture(seg):
                if run:
                    dropped += 1
                else:
                    lead += 1
                continue
            lead = 0
            if (
                len(run) + dropped >= self.options["min_run"]
                and len(run) >= 2
                and not self._announced(run, ctx)
                and not self._articles_own(run, ctx)
                and not self._continues_list(run, ctx)
            ):
                for item in run:
                    item.decision = Decision(
                        Label.DROP, self.ID, f"run of {len(run) + dropped} short menu-like lines"
                    )
            run, dropped = [], 0

    @staticmethod
    def _articles_own(run: list[Segment], ctx: Context) -> bool:
        """Whether the run is the article's own short lines (a poem, a song, the steps of an
        instruction): inside the article zone, between two lines of running text, with a
        stopword of the document's language in most of its lines (``beneath the stone``,
        ``Open the app``), as a menu's labels (``Comics``, ``Stock Quotes``) have not."""
        if ctx.zone is None:
            return False
        first, last = ctx.position(run[0]), ctx.position(run[-1])
        start, end = ctx.zone
        if not (start < first and last < end):
            return False
        above, below = ctx.lines[first - 1], ctx.lines[last + 1]
        if above.decided or below.decided:
            return False
        if not (ctx.is_running_text(above) and ctx.is_running_text(below)):
            return False
        return sum(ctx.density(seg) > 0 for seg in run) * 2 > len(run)

    def _continues_list(self, run: list[Segment], ctx: Context) -> bool:
        """Whether the run goes on with a list whose items above it hold quantities: two of
        the ``list_lines`` lines right above it are short items that open with an amount
        (``1/3 cup oats``, ``3 eggs``), so the run is the rest of the ingredients or
        materials (``Salt``, ``Chopped walnuts``). No menu follows such lines."""
        first = ctx.position(run[0])
        above = ctx.lines[max(0, first - self.options["list_lines"]) : first]
        measured = sum(
            not seg.decided
            and _QUANTITY.match(seg.text) is not None
            and len(words(seg.text)) <= self.options["max_item_words"]
            and not is_date_line(seg.text)
            for seg in above
        )
        return bool(measured >= 2)

    def _announced(self, run: list[Segment], ctx: Context) -> bool:
        """Whether the line right above the run announces it as a list: a sentence (longer
        than a menu item) that ends with a colon or ``as follows``, ``You will need the
        following:``. A label ending with a colon (``Follow us:``) is a menu's heading and
        announces nothing."""
        first = ctx.position(run[0])
        above = ctx.lines[first - 1] if first > 0 else None
        return above is not None and ctx.announces_list(
            above, label_words=self.options["max_words"]
        )


class Pager(Heuristic):
    """A page or slide pager saved one link per line: ``<<``, ``<``, ``1``, ``2``, ... ``36``,
    ``>``, ``Next``.

    At least ``min_pages`` lines that are bare numbers counting up by one make a pager; the
    arrows and "previous"/"next" links at its ends go with it. Numbered items of a list in
    an article carry text (``1. Preheat the oven``) and stay.
    """

    ID = "generic.pager"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_pages": 5})
    _NUMBER = re.compile(r"^\d{1,4}$")
    _ARROW = re.compile(
        r"^(?:[<>«»‹›←→]{1,2}|\.\.\.|…|(?:first|last|prev(?:ious)?|next)(?: page)?\W{0,3})$",
        re.IGNORECASE,
    )

    def apply(self, ctx: Context) -> None:
        lines = ctx.lines
        for first, last in runs(lines, self._next_page):
            if last - first + 1 < self.options["min_pages"]:
                continue
            start, end = first, last
            while start > 0 and self._arrow(lines[start - 1]):
                start -= 1
            while end + 1 < len(lines) and self._arrow(lines[end + 1]):
                end += 1
            reason = f"pager: pages {lines[first].text} to {lines[last].text}"
            for seg in lines[start : end + 1]:
                if not seg.decided:
                    seg.decision = Decision(Label.DROP, self.ID, reason)

    def _next_page(self, seg: Segment, below: Segment) -> bool:
        return self._page(seg) and self._page(below) and int(below.text) == int(seg.text) + 1

    def _page(self, seg: Segment) -> bool:
        return bool(self._NUMBER.match(seg.text))

    def _arrow(self, seg: Segment) -> bool:
        return bool(self._ARROW.match(seg.text))


class Calendar(Heuristic):
    """A blog's calendar widget saved one week per line: ``August 2012``, ``S M T W T F S``,
    ``« Jul``, ``1 2 3 4``, ``5 6 7 8 9 10 11``, ...

    A line of seven weekday abbreviations (in English, German, French or Spanish) above at
    least ``min_weeks`` lines of day numbers that count on by one from line to line; without
    that line, at least two more weeks, two of them whole. The month above the weekdays and
    the links to the months around it go with them. Numbers in an article's text or a table
    of results do not count on like days, and stay.
    """

    ID = "generic.calendar"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_weeks": 3})

    def apply(self, ctx: Context) -> None:
        lines, min_weeks = ctx.lines, self.options["min_weeks"]
        if sum(bool(_DAY_ROW.match(seg.text)) for seg in lines) < min_weeks:
            return  # too few lines of numbers for a calendar: spare the line by line search
        pos = 0
        while pos < len(lines):
            header = _weekdays(lines[pos])
            first = pos + 1 if header else pos
            end, weeks, whole = _weeks(lines, first)
            if weeks < min_weeks or (not header and (weeks < min_weeks + 2 or whole < 2)):
                pos += 1
                continue
            start = pos - 1 if header and pos > 0 and _month(lines[pos - 1]) else pos
            while end + 1 < len(lines) and _month_links(lines[end + 1]):
                end += 1
            reason = f"calendar widget: {weeks} weeks of day numbers"
            for seg in lines[start : end + 1]:
                if not seg.decided:
                    seg.decision = Decision(Label.DROP, self.ID, reason)
            pos = end + 1


_WEEKDAY_ABBREVIATIONS = frozenset(
    token
    for names in (
        "s m t w f su mo tu we th fr sa sun mon tue wed thu fri sat",  # English
        "mo di mi do fr sa so",  # German
        "l m j v s d lu ma me je ve sa di lun mar mer jeu ven sam dim",  # French
        "l m x j v s d lu ma mi ju vi sá do lun mar mié jue vie sáb dom",  # Spanish
    )
    for token in names.split()
)
_DAY_ROW = re.compile(r"^\d{1,2}(?: \d{1,2}){0,6}$")
_ARROWS = "«»‹›<>←→"
_MONTH_WORD = re.compile(rf"^(?:{MONTHS})\.?$", re.IGNORECASE)


def _weekdays(seg: Segment) -> bool:
    """``S M T W T F S``, ``Mo Di Mi Do Fr Sa So``, ``Sun Mon Tue Wed Thu Fri Sat``."""
    tokens = seg.text.split()
    return len(tokens) == 7 and all(t.rstrip(".").lower() in _WEEKDAY_ABBREVIATIONS for t in tokens)


def _weeks(lines: list[Segment], first: int) -> tuple[int, int, int]:
    """From ``lines[first]`` on, the lines of day numbers that count on by one (links to the
    months around, ``« Jul``, may stand above the first): the last line's position, how many
    weeks, how many of them whole."""
    end, weeks, whole, day = first - 1, 0, 0, None
    pos = first
    while pos < len(lines):
        seg = lines[pos]
        if _DAY_ROW.match(seg.text):
            numbers = [int(n) for n in seg.text.split()]
            if any(n < 1 or n > 31 for n in numbers):
                break
            expected = [numbers[0] + k for k in range(len(numbers))]
            # A month's first week may open with the last days of the month before.
            if numbers != expected and not _wraps(numbers):
                break
            if day is not None and numbers[0] != day + 1 and not (day >= 28 and numbers[0] == 1):
                break
            day, weeks, end = numbers[-1], weeks + 1, pos
            whole += len(numbers) == 7
        elif not (weeks == 0 and _month_links(seg)):
            break
        pos += 1
    return end, weeks, whole


def _wraps(numbers: list[int]) -> bool:
    """``29 30 31 1 2 3 4``: days counting on to the month's end, then from one."""
    if 1 not in numbers:
        return False
    cut = numbers.index(1)
    head, tail = numbers[:cut], numbers[cut:]
    return (
        bool(head)
        and head[0] >= 28
        and head == list(range(head[0], head[0] + len(head)))
        and tail == list(range(1, len(tail) + 1))
    )


def _month_links(seg: Segment) -> bool:
    """``« Jul``, ``Dec Feb``, ``« Oct Dec »``: links to the months around a calendar."""
    tokens = [t.strip(_ARROWS) for t in seg.text.split()]
    months = [t for t in tokens if t]
    return 1 <= len(months) <= 2 and all(_MONTH_WORD.match(t) for t in months)


_MONTH_YEAR = re.compile(r"^(?:[►▼▶]\s*)?([^\W\d_]+) (\d{4})(?:\s*\(\d+\))?$")


def _month(seg: Segment) -> tuple[int, int] | None:
    """``November 2012`` as (2012, 11); None for any other line."""
    match = _MONTH_YEAR.match(seg.text.strip())
    number = MONTH_NUMBERS.get(match.group(1).lower()) if match else None
    return (int(match.group(2)), number) if match and number else None


_ARCHIVE_ITEM = re.compile(rf"\b({MONTHS})\.? (?:(\d{{4}})(?: \(\d+\))?|\(\d+\))", re.IGNORECASE)


def glued_archive(text: str, min_months: int) -> bool:
    """A blog's archive flattened into one line: ``Archives October 2012 (9) September 2012
    (13) August 2012 (15) ...``, ``Select Month November 2012 October 2012 ...``.

    At least ``min_months`` months, each with a year or a post count, and at most a label of
    four words besides; every month earlier than the one before it (without years, most of
    them: the list wraps at each January). Dates in a sentence or a list of sources
    (``Analog, Sep 2003``) have more words around them.
    """
    # a cheap test first: a post count or a year for each month
    if text.count("(") < min_months and text.count(" 19") + text.count(" 20") < min_months:
        return False
    items = list(_ARCHIVE_ITEM.finditer(text))
    if len(items) < min_months or len(words(_ARCHIVE_ITEM.sub(" ", text))) > 4:
        return False
    months = [(int(m.group(2) or 0), month_number(m.group(1)) or 0) for m in items]
    steps = list(pairwise(months))
    if all(year for year, _ in months):
        return all(later > earlier for later, earlier in steps)
    return 4 * sum(later > earlier for later, earlier in steps) >= 3 * len(steps)


class ArchiveMonths(Heuristic):
    """A blog's archive saved one month per line: ``November 2012``, ``October 2012``, ...

    At least ``min_months`` lines that each name a month and a year (in English, German,
    French or Spanish), every one earlier than the line above it. A timeline in an article
    puts text under each month and stays. The same archive flattened into one line of
    ``glued_months`` months or more (``Archives October 2012 (9) September 2012 (13) ...``)
    goes too (``glued_archive``).
    """

    ID = "generic.archive-months"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"min_months": 3, "glued_months": 4})
    DROP_EXAMPLES = (
        "Archives March 2015 (4) February 2015 (7) January 2015 (2) December 2014 (9)",
        "Select Month May 2021 April 2021 February 2021 January 2021 November 2020",
        "Blog Archive August (3) July (12) June (8) May (5) April (1) March (6)",
    )
    KEEP_EXAMPLES = (
        "Board meetings January 2021 February 2021 March 2021 April 2021",  # going forward
        "Winners: Ann Lee (Harbor Review, Sep 2003); Tom Price (Night Tales, May 2004)",
    )

    def apply(self, ctx: Context) -> None:
        lines = ctx.lines
        months = [_month(seg) for seg in lines]  # each line parsed once, not once per neighbour
        for first, last in runs(months, _earlier):
            if last - first + 1 < self.options["min_months"]:
                continue
            reason = f"blog archive: {lines[first].text} to {lines[last].text}"
            for seg in lines[first : last + 1]:
                if not seg.decided:
                    seg.decision = Decision(Label.DROP, self.ID, reason)
        for seg in lines:
            if not seg.decided and glued_archive(seg.text, self.options["glued_months"]):
                seg.decision = Decision(Label.DROP, self.ID, "blog archive in one line")


def _earlier(month: tuple[int, int] | None, next_month: tuple[int, int] | None) -> bool:
    return month is not None and next_month is not None and next_month < month
