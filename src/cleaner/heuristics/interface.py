"""Site furniture that is never article text: legal lines, sign-up and cookie prompts,
advertisement markers, media and page controls, and the interface of comment sections.

Every pattern must match the whole line (or, for long prompts, open it), so a sentence that
merely mentions cookies, newsletters or copyright stays.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from ..captions import CONTROL_AFTER_CAPTION, CONTROL_BEFORE_CAPTION
from ..language import word_tokens
from ..model import Decision, Field, Label, Segment
from ..textstats import ENGLISH_MONTHS, MONTH_NUMBERS, MONTHS, ends_sentence, words, years
from .base import Context, Heuristic

_MONTH_NAMES = "|".join(MONTH_NUMBERS)


def _whole(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


# A sentence's end with more than a name before it: "... toured eleven cities in the spring. "
_SENTENCE_BEFORE_NOTICE = re.compile(r"[a-z]{2}[.!?][\"'”’)]?(?:\s|$)")
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_LINK_BAR = re.compile(r"[|•·]")
_PARAGRAPH_DENSITY = 0.25  # the stopword share of running text (``Context.is_running_text``)


class Legal(Heuristic):
    """Copyright, rights and legal-notice lines.

    Dropped: ``© 2012 Healthcare Economist``, ``Copyright 2012 Dow Jones & Company, Inc. All
    Rights Reserved``, ``Terms of Use | Privacy Policy``, a licence for the site's work (``All
    photos on this blog are licensed under a Creative Commons ... License.``), a delay notice
    for market quotes, a sign-up form's consent to the site's terms (``By signing up, you
    agree to our privacy policy.``), an affiliate disclosure (``We may earn a commission when
    you buy through links on our site.``), an opinion disclaimer (``Opinions expressed by our
    guest writers are their own.``), what the site allows or forbids doing with its content
    (``No part of this site may be reproduced without ...``, ``Our articles may be
    republished with credit ...``, ``We encourage readers to republish our stories``);
    the licence, consent, affiliate and opinion lines in German too, the opinion line in
    French. Kept: ``The copyright dispute went to court in 2019.``, ``Copyright law was
    changed in 1998 ...``, ``Copyright Office Report on ...`` (sentences and headlines about
    copyright, not notices), a paragraph of the article after a credit that opens with ©
    and has no year (``© Provided by Example Media Inc The council voted ...``; a site's
    notice is dated), a list's third clause
    (``(c) the council must publish its accounts ...``, and ``(c) This order does not ...``
    below a ``(b)``), a paragraph of the article with the
    site's notice glued to its end (``min_glued_paragraph_words`` words or more and a
    sentence's end before ``All rights reserved``), ``The group's designs are licensed
    under a Creative Commons licence, so anyone may build them.``, ``Agents may earn a
    commission of 3 percent when buyers purchase a home.``
    """

    ID = "generic.legal"
    DEFAULTS = MappingProxyType({"max_words": 60, "min_glued_paragraph_words": 20})
    DROP_EXAMPLES = (
        "© 2012 Healthcare Economist",
        "(c) 2008 Example Media",
        "(c) Example Films Ltd.",
        "Copyright Example News & Media Ltd",
        "(C) The Example Press 2008",
        "Copyright notice: all material on this site belongs to its authors.",
        "Copyright and Trade Mark Notice",
        "Help | Media Kit | Contact Us | Site Map | Jobs | Supplier Information | Example Sports"
        " Network. Copyright ©2008 Example Ventures. Terms of Use and Privacy Policy apply."
        " All rights reserved.",
        "Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved",
        "Terms of Use | Privacy Policy | Cookie Policy",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "The author is a Forbes contributor. The opinions expressed are those of the writer.",
        "Alle Rechte vorbehalten.",
        "Haftungsausschluss: Für die Inhalte externer Links sind deren Betreiber verantwortlich.",
        "This copy is for your personal, non-commercial use only.",
        "A version of this article appeared in print on July 25, 2012, on page A8.",
        "By submitting this form, you accept the privacy policy.",
        "Advertise | AdChoices",
        "Privacy Policy | Terms & Conditions",
        "The views expressed here are mine alone and do not reflect those of my employer.",
        "All photos on this blog are licensed under a Creative Commons Attribution 3.0 License.",
        "Stock quotes are delayed by at least 15 minutes.",
        "By clicking 'Join' you agree to our Terms of Use and Privacy Policy.",
        "By signing up, you agree to our privacy policy.",
        "We may earn a commission when you buy through links on our site.",
        "If you buy a product through this page, the site may get a share of the sale.",
        "When you shop through links on this page, we may earn an affiliate commission.",
        "Für Links auf dieser Seite erhält das Magazin ggf. eine Provision vom Händler.",
        "Bei den Verlinkungen handelt es sich um Affiliate-Links.",
        "Die Texte in diesem Blog stehen unter einer Creative Commons Namensnennung 4.0 Lizenz.",
        "Opinions expressed by our guest writers are their own.",
        "Dieser Kommentar gibt die Meinung des Autors wieder, nicht die der Redaktion.",
        "Les opinions exprimées ici n'engagent que leurs auteurs.",
        "Mit der Anmeldung stimme ich der Verarbeitung meiner Daten laut Datenschutzerklärung zu.",
        "Bitte beachten Sie auch die Datenschutzerklärung von YouTube.",
        "No part of this site may be reproduced without our written permission.",
        "Our articles may be republished with credit and a link to the original.",
        "We encourage readers to republish our stories under the same terms.",
        "This article is protected by copyright. Ask us before reproducing it.",
    )
    KEEP_EXAMPLES = (
        "The copyright dispute went to court in 2019.",
        "Copyright law was changed in 1998 to extend the term by twenty years.",
        "Disclaimer clauses in the contract were void, the judge said.",
        "Copyright of the songs passed to his widow in 1990.",
        "(c) the council must publish its accounts within six months;",
        "(c) To provide a forum for members of the association.",
        "The institute restored the film's score in 2004, and the new print toured eleven"
        " cities before it went to the national archive. © 2006 Example Film Institute. All"
        " rights reserved.",
        "All rights to the land were reserved for the tribe under the treaty of 1868.",
        "The photos were for personal use only, his lawyer said.",
        "The group's designs are licensed under a Creative Commons licence, so anyone may build"
        " them.",
        "Trading was delayed by 15 minutes after the outage.",
        "The views expressed in the report were shared by most of the committee.",
        "By signing up, you agree to let the club share your address with its sponsors.",
        "Agents may earn a commission of 3 percent when buyers purchase a home.",
        "Die Fotos der Ausstellung stehen seit Montag auf der Seite des Museums.",
        "Der Minister gibt die Meinung des Kabinetts wieder, sagte ein Sprecher.",
        "No part of the budget may be used for the stadium, the council ruled.",
        "The images may not be published without the family's permission, a judge ruled.",
        "Copyright Office Report on Streaming Licences Complete But Not Yet Public",
        "Copyright Holders Win Appeal",
        "© Provided by Example Media Inc The council voted on Tuesday to close the old bridge to"
        " traffic from next month, citing an engineers' report on corrosion in the main supports"
        " of the old bridge.",
    )
    # Notices that open the line, and phrases found anywhere in it: two patterns, so the
    # second can start at word boundaries only (one pattern with ``^`` branches is tried at
    # every position of every line, six times slower).
    _NOTICE_START = re.compile(
        r"^(?:©|\u2117"
        r"|a version of this (?:article|story|review|essay) appear(?:s|ed) in print\b"
        r"|by submitting this form,? you (?:accept|agree)"
        # a sign-up form's consent: "By clicking 'SIGN-UP' you agree to our Terms of Use"
        r"|by (?:clicking\b[^,.]{0,40}|signing up|subscribing|registering|creating an account"
        r"|continuing),? you(?: also)? (?:accept|agree|consent|acknowledge)\b[^.]{0,40}?"
        r"\b(?:terms|privacy|polic(?:y|ies)|conditions|user agreement)\b"
        # a label, not a word of a sentence: "Disclaimer: ...", not "Disclaimer clauses were"
        r"|(?:haftungsausschluss|haftungsbeschränkung|disclaimer)(?=\s*(?:[:–—-]|$)|\s+(?-i:[A-Z]))"
        r"|trotz sorgfältiger inhaltlicher kontrolle|vervielfältigung nur mit genehmigung"
        r"|materiał chroniony prawem autorskim"
        # consent under a German sign-up form: "Mit der Anmeldung stimme ich der
        # Datenschutzerklärung zu", "Ich akzeptiere die Datenschutzbestimmungen"
        r"|(?:mit (?:der|meiner) anmeldung|mit dem absenden)\b[^.]{0,80}?\bdatenschutz"
        r"|ich (?:akzeptiere|stimme) (?:die |der )?datenschutz"
        r"|(?:all other )?trademarks? (?:are|is) (?:the )?property"
        r"|alle anderen (?:warenzeichen|marken)"
        # what the site allows or forbids doing with its content: "No part of this site may
        # be reproduced without ...", "Our articles may be republished with credit and a
        # link", "We encourage readers to republish our stories"
        r"|(?:no (?:part|portion)s?|none) of (?:(?:this|our|the) (?:site|web ?site|blog|page"
        r"|publication|material|content|document)s?|[\w.-]+\.(?:com|org|net|co\.uk)\b)"
        r"[^.]{0,60}?\bmay be (?:re)?(?:produced|published|printed|posted|distributed|copied"
        r"|transmitted|broadcast)\b"
        r"|no (?:content|material)s? (?:on|from|of) (?:this|our) (?:site|web ?site|blog|page)\b"
        r"[^.]{0,30}?\bmay be\b"
        r"|this (?:document|article|material|work|publication|content|site|page|web ?site) is"
        r" (?:subject to|protected by) copyright\b"
        r"|(?:this|our|all) (?:content|material|article|post|report)s? (?:on this (?:site|blog) )?"
        r"(?:may|can) be (?:freely )?(?:re)?(?:produced|published|posted|distributed|shared)\b"
        r"[^.]{0,80}?\b(?:attribution|credit|link)"
        r"|we encourage (?:you|readers|everyone) to (?:share and )?"
        r"(?:republish|reprint|reproduce)\b"
        r"|(?:you are|you['’]re) (?:free|welcome) to (?:republish|reprint|reproduce)\b)",
        re.IGNORECASE,
    )
    _NOTICE_INSIDE = re.compile(
        r"\b(?:all rights reserved\b|alle rechte vorbehalten\b|tous droits réservés\b"
        r"|todos los derechos reservados\b"
        r"|may not be (?:re)?published, broadcast, rewritten,? or redistributed\b"
        r"|opinions expressed (?:here |herein )?are (?:those of the|the author)"
        r"|(?:views|opinions) expressed (?:here|herein|on this (?:site|blog|page)|in this (?:post"
        r"|blog|column))\b[^.]{0,80}?\b(?:are|do not|don't)\b"
        r"|for (?:your )?personal,? non-?commercial use only\b"
        r"|may not be (?:reproduced|copied|republished)(?:,? (?:or )?(?:distributed|transmitted"
        r"|cached|published|broadcast|rewritten|redistributed|displayed|modified))+"
        # an opinion disclaimer: "Opinions expressed by our contributors are their own"
        r"|opinions expressed by [\w .'’-]{1,40} are (?:their|his|her) own\b"
        r"|gibt (?:allein |ausschließlich |nur )?die (?:persönliche )?meinung (?:des|der) "
        r"(?:autors|autorin|verfassers|verfasserin)\b"
        r"|n['’]engagent que (?:leurs?|ses|son) auteurs?\b"
        r"|bitte beachten? (?:sie )?(?:auch )?die datenschutzerklärung\b)",
        re.IGNORECASE,
    )
    # Tried only on lines that hold their rarer words ("commons" or "lizenz", "delayed"), as
    # they scan on from every common word they open with: a licence for the site's own work
    # (not a sentence about someone's project), a market data provider's delay notice.
    _LICENCE = re.compile(
        r"\b(?:work|web ?site|web ?log|blog|site|content|text|material|photos|images|pictures"
        r"|posts|articles?|entries|documents?)\b[^.]{0,60}?\b(?:licensed|available|distributed"
        r"|published|released) under (?:a |the )?(?:terms of (?:a |the )?)?creative commons\b"
        # the same in German: "Die Inhalte dieses Blogs stehen unter einer Creative
        # Commons-Lizenz"
        r"|\b(?:bilder|fotos|inhalte|texte|artikel|beiträge)\b[^.]{0,60}?\b(?:blogs?|website"
        r"|webseite|seite)\b[^.]{0,30}?\b(?:stehen|steht|sind|ist) unter (?:einer|der)\b"
        r"[^.]{0,20}?\b(?:lizenz|creative commons|cc[ -]by)",
        re.IGNORECASE,
    )
    # An affiliate disclosure: the site earns from what readers buy through its links (tried
    # on lines with "may" and a word for the site's cut; "links" or the reader's purchase must
    # be there too, as a sentence on agents' fees has neither).
    _AFFILIATE = re.compile(
        r"\bmay (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:affiliate )?(?:commission"
        r"|share|portion|percentage|compensation)\b",
        re.IGNORECASE,
    )
    # the same in German: "Für Links auf dieser Seite erhält die Redaktion ggf. eine
    # Provision", "Bei den Verlinkungen handelt es sich um Affiliate-Links"
    _AFFILIATE_DE = re.compile(
        r"\bfür links auf dieser seite\b.{0,40}?\bprovision\b"
        r"|\b(?:verlinkungen|links) (?:handelt es sich um|sind) affiliate[- ]?links\b",
        re.IGNORECASE,
    )
    _THROUGH_LINKS = re.compile(r"\blinks?\b|\bif you (?:buy|click|purchase)\b", re.IGNORECASE)
    _QUOTE_DELAY = re.compile(
        r"\bquotes\b[^.]{0,80}?\bdelayed (?:by )?(?:at least |up to )?\d+ min(?:utes?)?\b",
        re.IGNORECASE,
    )
    _LINKS = re.compile(
        r"^(?:(?:terms (?:of|and|&) (?:use|service|conditions)|privacy(?: policy| notice)?|"
        r"cookie (?:policy|settings|preferences)|disclaimer|imprint|impressum|datenschutz(?:"
        r"erklärung)?|accessibility|site ?map|contact us|about us|advertise(?: with us)?|"
        r"careers|mentions légales|aviso legal|ad ?choices)\s*(?:[|•·/,-]\s*|$))+$",
        re.IGNORECASE,
    )

    # "(c)" and "Copyright" open a notice, and also a list's third clause ("(c) the council
    # must publish ...") and a sentence about copyright ("Copyright law was changed ..."):
    # what follows them tells which.
    _COPYRIGHT_OPEN = re.compile(r"^(?:\(c\)|copyright\b)\s*", re.IGNORECASE)
    _NOTICE_GOES_ON = re.compile(
        r"(?:©|\(c\)|\d{4}|by\b|notices?\b|[:|–—-]|all rights\b)|$", re.IGNORECASE
    )
    _CLAUSE_WORD = frozenset(
        {"a", "an", "any", "all", "each", "every", "for", "if", "in", "no", "on", "that", "the"}
        | {"to", "when", "where", "whether", "which", "who", "with"}
    )
    _OWNER = re.compile(
        r"\b(?:19|20)\d\d\b|\brights reserved\b|\b(?:ltd|inc|llc|gmbh|plc|corp)\b", re.I
    )
    # What "Copyright" names in a headline or a sentence, not a notice's owner: an office, a
    # law, the people it concerns ("Copyright Office Report on ...", "Copyright Holders Win").
    _COPYRIGHT_SUBJECT = re.compile(
        r"(?:office|acts?|laws?|board|tribunal|agency|directive|bill|royalt(?:y|ies)|claims"
        r"|term|infringement|reform|treat(?:y|ies)|alliance|society|lawyers?|holders?"
        r"|owners?|trolls?|cases?)\b",
        re.IGNORECASE,
    )
    # Words a photo credit or a syndication line takes before the paragraph glued after it:
    # "© Provided by Example Media Inc <the article's paragraph>".
    _CREDIT_WORDS = 12

    def _credit_before_paragraph(self, text: str, ctx: Context) -> bool:
        """A line that opens with © and goes on as a paragraph of the article: after the
        first ``_CREDIT_WORDS`` words (the credit, with no year: a site's notice has its
        year), ``min_glued_paragraph_words`` words or more of running text that end a
        sentence, with no notice phrase and no link bar."""
        if not text.startswith("©") or not ends_sentence(text):
            return False
        tokens = text.split()
        rest = " ".join(tokens[self._CREDIT_WORDS :])
        return (
            not years(" ".join(tokens[: self._CREDIT_WORDS]))
            and self._NOTICE_INSIDE.search(text) is None
            and not _LINK_BAR.search(text)
            and self._paragraph(rest, ctx)
        )

    def _paragraph(self, part: str, ctx: Context) -> bool:
        """Whether part of a line is a paragraph of the article beside the site's notice or
        credit: ``min_glued_paragraph_words`` words or more, no footer's link bar, and the
        stopword share of running text in the document's language."""
        return (
            len(words(part)) >= self.options["min_glued_paragraph_words"]
            and not _LINK_BAR.search(part)
            and ctx.language.density(word_tokens(part)) >= _PARAGRAPH_DENSITY
        )

    def _notice_inside(self, text: str, ctx: Context) -> bool:
        """A notice phrase in the line, unless a paragraph of its own stands before it (``...
        went to the archive in the spring. © 2006 Example Institute. All rights reserved.``):
        the paragraph is the article's, with the site's notice glued on. A paragraph has
        sentences with the stopwords of the document's language, not a footer's links or its
        address."""
        found = self._NOTICE_INSIDE.search(text)
        if found is None:
            return False
        mark = _COPYRIGHT_MARK.search(text, 0, found.start())
        before = text[: mark.start() if mark else found.start()]
        return not (
            _SENTENCE_BEFORE_NOTICE.search(before) is not None and self._paragraph(before, ctx)
        )

    _CLAUSE = re.compile(r"^\(([a-z])\)\s", re.IGNORECASE)
    _CLAUSE_REACH = 6

    def _third_clause(self, seg: Segment, ctx: Context) -> bool:
        """A ``(c)`` that letters the third clause of a list: a line opening with ``(b)``
        stands a few lines above it (sub-clauses ``(i)``, ``(ii)`` may come between), or one
        opening with ``(d)`` right below it. ``(b) This order shall be implemented ...`` over
        ``(c) This order is not intended to create any right ...``."""
        pos = ctx.position(seg)
        above = ctx.lines[max(pos - self._CLAUSE_REACH, 0) : pos]
        below = ctx.next(seg)
        return any(self._lettered(line, "b") for line in above) or (
            below is not None and self._lettered(below, "d")
        )

    def _lettered(self, seg: Segment, letter: str) -> bool:
        """Whether a line opens with the clause letter ``letter`` in brackets: ``(b) ...``."""
        found = self._CLAUSE.match(seg.text)
        return found is not None and found.group(1).casefold() == letter

    def _copyright_notice(self, text: str) -> bool:
        found = self._COPYRIGHT_OPEN.match(text)
        if found is None:
            return False
        rest = text[found.end() :]
        if (
            self._COPYRIGHT_SUBJECT.match(rest)
            and len(words(rest)) >= 3
            and not self._OWNER.search(rest)
        ):
            return False  # "Copyright Office Report on New Rules"
        if self._NOTICE_GOES_ON.match(rest) or (len(words(text)) <= 6 and not ends_sentence(text)):
            return True  # "Copyright 2008 ...", a footer's "Copyright and Trade Mark Notice"
        first = rest.split()[0]
        if first[0].islower():
            return False  # a clause or a sentence goes on in lower case
        return first.casefold() not in self._CLAUSE_WORD or bool(self._OWNER.search(rest))

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        if ctx.word_count(seg) > self.options["max_words"]:
            return None
        text = seg.text
        folded = text.casefold()
        if (
            (self._copyright_notice(text) and not self._third_clause(seg, ctx))
            or (self._NOTICE_START.match(text) and not self._credit_before_paragraph(text, ctx))
            or self._notice_inside(text, ctx)
            or self._LINKS.match(text)
            or (("commons" in folded or "lizenz" in folded) and self._LICENCE.search(text))
            or ("delayed" in folded and self._QUOTE_DELAY.search(text))
            or (
                "may " in folded
                and self._AFFILIATE.search(text)
                and self._THROUGH_LINKS.search(text)
            )
            or ("links" in folded and self._AFFILIATE_DE.search(text))
        ):
            return Decision(Label.DROP, self.ID, "copyright or legal notice")
        return None


class Subscription(Heuristic):
    """Newsletter, subscription, log-in, app and cookie prompts.

    A prompt opens the line (``Sign up for our newsletter ...``, ``Subscribe now``, ``Download
    the app``) or, for cookie banners, speaks of cookies and consent in one short paragraph.
    In a line of up to 40 words, an offer of the site's own may stand anywhere: ``Nichts mehr
    verpassen: Abonnieren Sie jetzt unseren kostenlosen Newsletter!``, ``The day's top
    stories, delivered straight to your inbox.``, a call for support or for letters to the
    editor, a request to send push notifications, a paywall's offer. Words that also name
    things (``register``, ``login``, ``newsletter``) open a prompt only when the line ends
    there or goes on as a prompt does (``Register now``, ``Newsletter: ...``). Kept:
    ``Subscribers to the paper's print edition fell by a third.``, ``Login attempts rose by
    40 percent``, ``Readers can subscribe to the newsletter, which costs $5 a month, on the
    union's site.``
    """

    ID = "generic.subscription"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_words": 60})
    DROP_EXAMPLES = (
        "Sign up for our daily newsletter",
        "Subscribe now for unlimited access",
        "Already a subscriber? Log in",
        "Download the BBC News app",
        "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
        "Enter your email address",
        "Newsletter abonnieren",
        "Jetzt zum kostenlosen Newsletter anmelden",
        "Möchten Sie weiterlesen?",
        "Kostenlos zum Newsletter anmelden",
        "Get Morning Report and other email newsletters",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "Diese Website verwendet Akismet, um Spam zu reduzieren.",
        "Your email address will not be published. Required fields are marked *",
        "If you enjoyed this article, enter your email below to get free updates!",
        "Click to Login as an existing user or Register so you can print this article.",
        "Was sind Cookies?",
        "Get free e-mail alerts on these topics",
        "Your email address:",
        "Delivered by FeedBurner",
        "PC Gamer Newsletter",
        "Forgot your username or password?",
        "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza.",
        "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
        "Subscriber Content Read Preview",
        "Join Our Newsletter Get the week's best stories and our picks from the archive every"
        " Friday, free of charge. I agree to receive emails from Example News. I can withdraw my"
        " consent at any time by unsubscribing from the list.",
        "Nichts mehr verpassen: Abonnieren Sie jetzt unseren kostenlosen Newsletter!",
        "Immer gut informiert mit dem wöchentlichen Newsletter. Jetzt anmelden!",
        "Stay in the know. Subscribe to our weekly newsletter.",
        "For breaking news, download our apps for iOS and Android.",
        "The day's top stories, delivered straight to your inbox.",
        "Die wichtigsten Meldungen jeden Morgen direkt in Ihr Postfach.",
        "Submit a letter to the editor or write to us by post.",
        "Gefällt Ihnen der Text? Unterstützen Sie unabhängigen Journalismus.",
        "Did you like this post? Would you consider supporting our work?",
        "Example News would like to send you push notifications.",
        "Instant access to the full article PDF.",
        "Ja. Ich bin Abonnent.",
        "Saisissez votre adresse e-mail pour suivre ce blog et recevoir les nouveaux articles.",
        "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
        "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "NEW You can now listen to Example News articles!",
        "As últimas notícias diretamente no seu e-mail",
        "Top Stories Sign up to receive the daily top stories from the Example Post.",
        "Newsletters",
        "Der Example-Newsletter: immer bestens informiert!",
        "Sie sind aktuell nicht eingeloggt.",
        "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter.",
        "Get the latest news straight to your phone with the Example News app.",
        "Want our picks of the week? Sign up here",
        "Log in | Register",
        "Register Log in",
        "Sign In \\ Register \\ Forgot Password?",
        "To read this article in full you must be registered with the site.",
        "Premium article !",
        "Donate now",
        "Jetzt spenden",
        "Unterstütze Example Mag bereits mit 2,50 €!",
        "Support us on Patreon",
        "Missing out on the latest Example developments? Enter your email below to receive"
        " future announcements.",
    )
    KEEP_EXAMPLES = (
        "Subscribers to the paper's print edition fell by a third.",
        "Sign up for the state's program closed in May, and more than 4,000 families later asked"
        " to unsubscribe from its mailings, a spokesman for the health department said on"
        " Tuesday.",
        "The app was downloaded two million times in its first week, the company said.",
        "Cookies baked by the school raised $400 for the shelter.",
        "Your email address is the key to the account, the bank said.",
        "The newsletter reached 40,000 readers.",
        "Premium content drove the growth in revenue, the publisher said.",
        "Readers can subscribe to the newsletter, which costs $5 a month, on the union's site.",
        "The app, downloaded on iOS and Android, stored users' data without consent.",
        "Users can download the new app on iOS and Android from Tuesday, the company said.",
        "The alerts go straight to your phone, the agency said.",
        "Die Stiftung unterstützt Journalismus in Osteuropa seit 1995.",
        "Readers can sign up to receive the news by text message, the council said.",
        "You can now listen to Example News articles on smart speakers, the company said.",
        "Login attempts rose by 40 percent in May, the bank said.",
        "Subscribe-and-save schemes are under review by the regulator.",
        "Newsletter publishers grew fast in 2020, the report said.",
        "You are not logged in to the system until the second factor is checked.",
        "Stay informed, the mayor urged residents, and read the council's newsletter.",
        "register applications as clients before they first call the service;",
        "Donate blood at the town hall on Saturday.",
        "Spenden gingen vor allem an die Tafeln.",
        "Spenden",  # a subheading of a report on a charity as often as a button
        "Unterstützen Sie mit 20 Euro im Monat ein Patenkind, rät die Stiftung.",
        "Support us on the ballot in May, the union urged its members.",
    )
    _OPENS = re.compile(
        r"^(?:sign ?up|subscribe|"
        # words that also name things ("Login attempts rose", "register applications as
        # clients"): a prompt when the line ends there or goes on as a prompt does
        r"(?:register|log ?in|sign ?in)(?=\W*$|\s*[|/\\:]|\s+(?:now|here|today|for|to|with|or|and"
        r"|free|using|via|below|above|an?|your|log|sign|register)\b)|create an? (?:free )?account|"
        r"already (?:a subscriber|have an account|registered)|become a (?:member|subscriber)|"
        r"get (?:the|our) (?:[\w ]{1,30} )?(?:app|newsletter)|"
        r"get [\w ]{1,40} (?:e-?mail )?newsletters?$|"
        r"download (?:the|our) (?:[\w ]{1,30} )?app|"
        r"click here to (?:get|download) (?:the|our) (?:[\w ]{1,30} )?apps?\b|"
        # a page that reads its articles aloud: "New! You can now listen to Example articles."
        r"(?:new\W{0,2} )?you can now listen to (?:[\w ]{1,30} )?(?:articles|stories)[.!]?$|"
        r"enter your e-?mail|(?:get|receive) (?:the latest|our)[\w ,]{0,40}(?:in|to) your inbox|"
        r"support (?:our|independent) journalism|start your (?:free )?trial|"
        r"join our newsletter|gib deine e-?mail-adresse ein|"
        # a blog's follow-by-email widget: "Saisissez votre adresse e-mail pour suivre ce blog"
        r"saisissez votre adresse (?:e-?mail|électronique)|"
        r"introduce tu (?:dirección de )?(?:correo|e-?mail)|"
        r"um neue beiträge per e-?mail zu erhalten|"
        r"(?:deine|ihre|your) e-?mail[- ]?(?:adresse|address) (?:wird|will) (?:nicht|not) "
        r"(?:veröffentlicht|be published)|erforderliche felder sind|required fields are marked|"
        r"(?:diese website|this site) (?:verwendet|uses) akismet|schon registriert\?|"
        r"unterstützen sie uns|wir respektieren (?:deine|ihre) privatsphäre|was sind cookies\?|"
        r"(?:abonnieren sie|abonniere) (?:unseren|den) newsletter|"
        r"(?:jetzt |kostenlos )*(?:zum |für den |den )?(?:kostenlosen )?newsletter "
        r"(?:anmelden|abonnieren|bestellen)|möchten sie weiterlesen\??|"
        r"notify me of (?:follow-?up comments|new posts)|"
        r"if you (?:enjoyed|liked) this (?:article|post|story)|special offer:|"
        r"click (?:here )?to (?:log ?in|sign ?in|register)\b|"
        r"get (?:free )?e-?mail alerts\b|your e-?mail(?: address)?\s*\*?:?$|"
        r"(?:first|last) name\s*\*?:?$|"
        r"subscribe (?:via|by) e-?mail|(?:delivered|powered) by feedburner|"
        r"forgot (?:your )?(?:username|password|user ?name or password)\b|"
        r"(?:confirm|re-?enter) (?:your )?(?:e-?mail|password)\b|create an? password\b|"
        r"why register\?|thank you for registering\b|"
        # a paywall's notice: "To read this article in full you must be registered ..."
        r"to (?:read|view|continue reading) (?:this|the) (?:article|story)(?: in full)?,? you"
        r" (?:must|need to|have to) (?:be|have|log|sign|subscribe|register)\b|"
        r"(?:registered|premium|subscriber)(?:[- ]only)? (?:article|story)\W*$|"
        r"(?:subscriber|premium|members?)(?:[- ]only)? content(?: read (?:a )?preview)?$|"
        r"(?:[\w.-]+ ){0,2}newsletter$|"
        r"(?:(?:der|die|das|unser|the|our) )?(?:[\w.]+-)?newsletters?(?: abonnieren| bestellen)?"
        r"(?=\s*(?:[:|–—-]|$))|"
        # who is logged in: a site's account box
        r"(?:sie sind|du bist|you are|you're) (?:aktuell |derzeit |currently )?(?:nicht|not)"
        r" (?:eingeloggt|angemeldet|logged in|signed in)\W*$|"
        r"jetzt abonnieren|abonnez-vous|suscríbete|inscrivez-vous|"
        # a donation button: "Donate now", "Jetzt spenden"
        r"(?:donate|jetzt spenden|faire un don|donar)(?: (?:now|today|here|jetzt|hier))?"
        r"\W*$)"
        # a word's end, not a compound's ("Subscribe-and-save schemes are under review")
        r"(?:\b(?![-‐])|(?<=\W))",
        re.IGNORECASE,
    )

    # A sign-up form saved as one line: the prompt, its pitch, and the consent below them.
    _CONSENT = re.compile(
        r"\bi agree to receive\b|\bwithdraw (?:my|your) consent\b"
        r"|\bunsubscribe (?:at any ?time|anytime)\b|\bby unsubscribing\b",
        re.IGNORECASE,
    )
    _COOKIES = re.compile(r"\bcookies?\b.*\b(?:accept|agree|consent|continu|use|settings)", re.I)
    # A prompt that need not open its line ("Keine Neuigkeiten mehr verpassen: Abonnieren Sie
    # unseren Newsletter"): a sign-up for the site's newsletter, app or push alerts, a call
    # for support or letters, a paywall's offer. Each names the site's own offer, so a
    # sentence about someone's newsletter or app stays.
    _PROMPT_INSIDE = re.compile(
        r"\b(?:abonnieren sie|abonniere|abonnierst|melden sie sich|melde dich)\b[^.!?]{0,60}"
        r"\bnewsletter|\bnewsletter\b.{0,60}\b(?:jetzt (?:anmelden|abonnieren)|hier abonnieren)\b"
        r"|\bsuscr[ií]b\w*\b[^.]{0,40}\b(?:newsletter|bolet[ií]n)\b"
        r"|\binscrivez-vous\b[^.]{0,40}\b(?:newsletter|lettre)\b"
        r"|(?:^|[.!?] )(?:subscribe to|sign up for) (?:our|the)\b[^.!?]{0,40}\bnewsletters?\W*$"
        r"|(?:^|[.!?] |(?-i:[A-Z]\w*) )sign up to (?:receive|get) (?:the|our)"
        r" (?:daily |weekly |latest )?(?:top )?(?:stories|headlines|news|newsletters?)\b"
        r"|\b(?:news|stories|updates|headlines)\b[^.]{0,60}\bdownload\b[^.]{0,40}\bapps?\b"
        r"[^.]{0,30}\b(?:ios|android|iphone)\b"
        r"|\bdownload our (?:[\w ]{1,30} )?apps?\b[^.]{0,30}\b(?:ios|android|iphone)\b"
        r"|\bstraight to your inbox\b|\bstraight to your (?:phone|device) with\b[^.]{0,40}\bapp\b"
        r"|^(?:stay|keep) (?:up to date|informed|in the loop|in the know) (?:with|via) (?:our|the)"
        r" [^.]{0,30}\bnewsletter"
        r"|^bleib(?:en sie|t)? (?:immer )?(?:auf dem laufenden|informiert) (?:mit|über) (?:unserem|"
        r"dem|unseren|den) [^.]{0,30}\bnewsletter"
        # a question, then the button: "Want our weekly picks? Sign up here"
        r"|\?\s+(?:sign up|subscribe|abonnieren|anmelden)(?: (?:here|now|today|hier|jetzt))?\W*$"
        r"|\bdiretamente (?:no seu|na sua) (?:e-?mail|caixa de entrada)\b"
        r"|\b(?:direkt|gleich) (?:in )?(?:dein|ihr|euer) (?:e-?mail-)?(?:postfach|mailbox)\b"
        r"|^(?:submit|send|write) (?:your |us )?(?:a )?letters? to the editor\b"
        r"|\bsubmit a letter to the editor\b"
        r"|\b(?:unterstützen sie|unterstütze)\b[^.]{0,40}\b(?:journalismus|unsere arbeit"
        r"|berichterstattung)\b|\bwesprzyj(?:cie)? nas\b|^ihr beitrag hilft\b"
        r"|\bwould you consider supporting (?:our|my|this) work\b"
        # "Unterstütze Example bereits mit 2,50 €!", "Support us on Patreon"
        r"|^(?:unterstütze|unterstützen sie) (?:uns|[\w.-]+(?: [\w.-]+){0,2}) (?:bereits )?"
        r"(?:ab|mit) \d"
        r"|^support (?:us|our work|this (?:site|blog)) (?:on|via|with|through) (?:patreon|paypal"
        r"|a donation|steady|ko-fi)\b|^become a patron\b"
        # a follow-by-email widget after its question: "Missing out? Enter your email below
        # to receive future announcements."
        r"|[.!?]\s+enter your e-?mail(?: address)? (?:below |here )?to (?:receive|get|follow"
        r"|subscribe)\b"
        r"|\b(?:would like to|wants to) send you (?:push )?notifications\b"
        r"|^benachrichtigung(?:en)? aktivieren\b"
        r"|^(?:immediate|instant) (?:online )?access to (?:all|the full)\b"
        r"|^wählen sie ihr(?:en)? (?:zugang|abo|angebot)\b"
        r"|^(?:ja\. )?ich (?:bin (?:bereits )?abonnent(?:in)?|benötige ein abo)\W*$",
        re.IGNORECASE,
    )
    # Substrings (in lower case) one of which each of those prompts holds: the pattern is
    # tried only on lines that have one.
    _PROMPT_HINTS = (
        *("newsletter", "bolet", "lettre", "download", "straight to your inbox", "postfach"),
        *("diretamente", "sign up", "subscribe", "abonnieren", "anmelden", "straight to your"),
        *("mailbox", "to the editor", "unterstütz", "wesprzyj", "beitrag hilft", "supporting"),
        *("notification", "benachrichtigung", "access to", "wählen sie", "abonnent", "ein abo"),
        *("support us", "support our", "support this", "patron", "enter your e"),
    )
    _COOKIE_OPEN = re.compile(r"^(?:we|this (?:site|website)|our (?:site|website)) use", re.I)
    # the same banner in other languages: its opening says it all
    _COOKIE_BANNER = re.compile(
        r"^(?:utilizziamo i cookie|questo sito (?:web )?utilizza(?: i)? cookie|"
        r"(?:usamos|utilizamos) cookies|este (?:sitio|site)(?: web)? (?:usa|utiliza) cookies|"
        r"nous utilisons des cookies|ce site (?:web )?utilise des cookies|"
        r"wir (?:verwenden|nutzen|benutzen) cookies|"
        r"diese (?:website|webseite|seite) (?:verwendet|nutzt|benutzt) cookies|"
        r"wij gebruiken cookies|deze (?:website|site) gebruikt cookies)\b",
        re.I,
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        n = len(words(text))
        if n > self.options["max_words"]:
            return None
        if (
            (self._OPENS.match(text) and (n <= 25 or self._CONSENT.search(text)))
            or (self._COOKIE_OPEN.match(text) and self._COOKIES.search(text))
            or self._COOKIE_BANNER.match(text)
            or (n <= 40 and self._offers(text))
        ):
            return Decision(Label.DROP, self.ID, "sign-up, subscription, app or cookie prompt")
        return None

    def _offers(self, text: str) -> bool:
        """Whether the line holds an offer of the site's own (``_PROMPT_INSIDE``)."""
        folded = text.casefold()
        return any(hint in folded for hint in self._PROMPT_HINTS) and bool(
            self._PROMPT_INSIDE.search(text)
        )


class Markup(Heuristic):
    """Raw HTML or script that a scraper saved as text: an ad's or an embed's code.

    Dropped: a line mostly made of markup, in which a script, frame, link or image tag loads
    from an address (``<script src="http://ads.example.net/show.js"></script>``) or a script
    writes into the page (``document.write(...)``), with little text outside its tags.
    Kept: markup named in a sentence (``Use <br> to break a line.``), a link inside prose,
    and code without those tags (``var data = fetch(url);`` in an article about code).
    """

    ID = "generic.markup"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_text_share": 0.35})
    DROP_EXAMPLES = (
        '<script type="text/javascript" src="https://ads.example.net/show.js?zone=12"></script>',
        '<a href="http://ads.example.com/click?slot=7" target="_blank">'
        '<img src="http://ads.example.com/banner.gif" border="0"></a>',
        '<iframe src="https://player.example.org/embed/4411" width="560" height="315"'
        ' frameborder="0"></iframe>',
        "document.write('<a href=\"http://adserver.example.com/jump/site;sz=728x90\">');",
        '<SCRIPT LANGUAGE="JavaScript1.1" SRC="http://ad.example.net/adj/home;sz=150x30"></SCRIPT>',
    )
    KEEP_EXAMPLES = (
        "Use <br> to break a line and <p> to open a paragraph.",
        'The council\'s site, <a href="http://council.example.gov">council.example.gov</a>,'
        " lists the hearings for the rest of the year.",
        "var apiCall = fetch('https://api.example.com/rest?' + query);",
        "The page loads a script from https://cdn.example.com/app.js before the article.",
    )
    _TAG = re.compile(r"<!--|-->|<\s*/?[a-z][\w:-]*(?:\s[^<>]*)?/?\s*>", re.IGNORECASE)
    # A tag that loads from an address, or a script that writes into the page.
    _CODE = re.compile(
        r"<\s*(?:script|iframe|noscript|a|img|embed|object|param|div|span|layer|ilayer)\b"
        r"[^<>]*//|document\.(?:write(?:ln)?|getElementById|layers)\b",
        re.IGNORECASE,
    )
    _ADDRESS = re.compile(r"\S*(?:https?://|www\.)\S*", re.IGNORECASE)
    _LETTERS = re.compile(r"[^\W\d_]{2,}")

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if "<" not in text and "document." not in text:
            return None
        if not self._CODE.search(text):
            return None
        outside = self._ADDRESS.sub(" ", self._TAG.sub(" ", text))
        letters = sum(map(len, self._LETTERS.findall(outside)))
        if letters >= self.options["max_text_share"] * len(text):
            return None
        return Decision(Label.DROP, self.ID, "markup or script code saved as text (an ad or embed)")


class Interface(Heuristic):
    """Labels of page controls: advertisement markers, media and gallery controls, print and
    text-size buttons, "back to top" and a footnote's link back to its citation, links to the
    full story or its translation, a shop's buttons, reading-time and loading notices, a
    widget's error message ("Something went wrong. Please try again later."). A label may
    stand in brackets or parentheses: ``(Back to top)``. A notice that the page did not load as
    it should (JavaScript or a newer browser needed, a clip blocked in the reader's country, a
    robot check) may run to a few sentences.

    Dropped: ``Advertisement``, ``Story continues below advertisement``, ``Image 2 of 5``,
    ``Fullscreen``, ``back to top``. Kept: ``Advertisements for the drug were banned in 1990.``
    """

    ID = "generic.interface"
    TEXT_ONLY = True
    DROP_EXAMPLES = (
        "Advertisement",
        "ADVERTISEMENT - SCROLL TO CONTINUE READING",
        "Story continues below advertisement",
        "ADVERTISEMENT CONTINUE READING BELOW",
        "Article continues after advertisement",
        "Article continues",
        "Image 2 of 5",
        "Slideshow ( 6 images )",
        "Advertisement 4 Story continues below This ad has not loaded yet, but your story"
        " continues below.",
        "Fullscreen",
        "back to top",
        "Loading…",
        "Text size: smaller Larger",
        "5 min read",
        "21 minutes - 4312 words",
        "Play slideshow",
        "1 - 5 of 72",
        "Video duration01:46",
        "Brought to you by",
        "Sponsored by:",
        "Listen to this article",
        "Artikel anhören",
        "Escucha esta nota aquí",
        "Anzeige",
        "Bild anzeigen Bild schließen",
        "Hide caption",
        "Modal Trigger",
        "Enlarge this image",
        "Reklama",
        "Bloggen auf WordPress.com.",
        "Continue Article",
        "Story Tools: E-MAIL | PRINT | Text Size: S M L XL",
        "We have detected that you currently have Javascript disabled.",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "comments powered by Disqus",
        "Javascript is not enabled on your browser. Please enable javascript to use the forum.",
        "Newer Post Older Post Home",
        "« The first post's title | Main | The third post's title »",
        "« Previous Story Next Story »",
        "Search this blog",
        "Blog Archive",
        "► November (16)",
        "▼ 2012 (46)",
        "October 2010 (4)",
        "Just watched",
        "Placeholder while comments load",
        "More videos ...",
        "Expand full story",
        "E-mail to a friendPrinter friendly",
        "3 hours ago",
        "1,204 shares",
        "35 Recommendations",
        "Externer Inhalt",
        "Zur Startseite",
        "Something went wrong. Please try again later.",
        "Voting failed. Try again.",
        "(Back to top)",
        "^ back to top",
        "Return to citation in text: [1] [2]",
        "View Larger Image",
        "Back to Gallery",
        "View this ad",
        "3 of 12",
        "Manage alerts | What is this?",
        "Powered by",
        "We Recommend",
        "RSS feed",
        "Tags:",
        "Schlagwörter:",
        "Etiquetas:",
        "En savoir plus",
        "Zum Shop",
        "Single page",
        "Purchase this AP story for reprint.",
        "Up Next",
        "FULL STORY »",
        "read on >>",
        "Read in English",
        "Add to my wishlist",
        "Font:",
        "Jump to RecipePrint Recipe",
        "Rezept drucken Bei Pinterest speichern",
        'Continue reading "A Week in the Mountains" »',
        "Rate this:",
        "Bewerten:",
        "View all posts by Ana Reis →",
        "Zeige alle Beiträge von Ana Reis",
        "Page not displaying correctly? You need to enable JavaScript to run this page!",
        "To use Example Shop, we recommend using the latest versions of Chrome or Firefox",
        "The clip is not available in your country.",
        "Enter the characters you see below",
        "Sorry, we just need to make sure you're not a robot.",
        "Please make sure your browser supports JavaScript and cookies and that you are not"
        " blocking them from loading. For more information you can review our Terms of Service.",
    )
    KEEP_EXAMPLES = (
        "Advertisements for the drug were banned in 1990.",
        "Advertisements continue to fund the paper.",
        "Listen to this article's podcast version, the editor suggested.",
        "The article continues a series on the city's bridges.",
        "The slideshow (six images in all) opened the exhibition.",
        "This ad has not loaded yet, the agency said, but the campaign goes on.",
        "Loading the ship took three days.",
        "« Nous resterons | jusqu'au bout », a-t-il dit.",
        "« Previous owners left nothing behind, next to nothing at all »",
        "Top of the table",
        "Three hours ago, the bridge collapsed.",
        "Archives of the city council were opened in 1990.",
        "September (2001)",
        "The first launch failed. Engineers will try again in May.",
        "Read on for the full list of winners.",
        "(The gallery reopens in spring.)",
        "Fonts on the old road signs were too small to read.",
        "Rate this year's harvest as poor, the farmers' union said.",
        'Continue reading "the small print", the lawyer advised, before you sign anything.',
        "See all posts by the ministry on the new portal, officials urged.",
        "Users were asked to enable JavaScript to view the new maps, the council said.",
        "Was the site broken? Engineers said readers had to enable JavaScript to see it.",
        "The film is not available in your country yet, the studio said.",
        "You need to enable JavaScript in the browser's settings, then restart it.",
        "We recommend using the latest version of Python for this tutorial.",
        "3 of 12 passengers were rescued.",
        "Powered by wind, the boat crossed in six days.",
        "What is this? A question the court left open.",
    )
    _LABEL = _whole(
        r"advertisements?(?:\s*[-–—:]\s*(?:scroll|continue) [\w ]{1,40}"
        r"|\s+(?:scroll|continue)(?: reading)?(?: below| down)?)?",
        r"(?:sponsored|promoted|paid|partner)(?: content| stories| post| links?)?(?: by .{1,40})?",
        r"(?:sponsored|presented|brought to you) by:?",  # the sponsor's logo, not saved
        r"ads? by google|ad choices|adchoices|ad feedback|skip ad|(?:report|view) (?:this )?ad",
        r"anzeige|werbung|publicité|publicidad|pubblicità|reklama|advertentie",
        r"bild anzeigen(?: bild schließen)?|beitragsbild|dieses blog durchsuchen|"
        r"einen missbrauch melden|"
        r"(?:proudly )?powered by wordpress|bloggen auf wordpress\.com\.?|"
        r"erstelle kostenlos eine website oder ein blog auf wordpress\.com\.?",
        r"(?:the )?(?:story|article) continues(?: (?:below|after)(?: (?:this |the )?"
        r"(?:advertisements?|ads?))?)?",
        # an ad slot's placeholder, its number and notice glued on: "Advertisement 2 Story
        # continues below This ad has not loaded yet, but your article continues below."
        r"(?:advertisement \d+\s+)?(?:story continues below\s+)?"
        r"this (?:advertisement|ad) has not loaded yet,? but your (?:article|story) continues"
        r" below\.?",
        r"continue (?:reading(?: (?:the )?(?:main story|below|article))?|article|story)\W*",
        # a blog's link from a post's opening to the whole post: 'Continue reading "Title" »'
        r"continue reading\s*[\"“].{1,100}[\"”]\W*",
        r"story tools\b.{0,100}",
        r"(?:image|photo|picture|slide|bild|foto)s? \d+ (?:of|/|von|de|sur) \d+",
        # a gallery's or a pager's counter alone: "3 of 12", "1 - 5 of 72"
        r"\d{1,3} of \d{1,3}|\d{1,4}\s*[-–]\s*\d{1,4} of \d{1,6}",
        # a video player's length: "Video duration 01:46", "Duration: 2:31"
        r"(?:video )?duration:?\s*\d{1,2}:\d\d(?::\d\d)?",
        r"(?:slide ?show|gallery)\s*\(\s*\d+\s+(?:images?|photos?|pictures?)\s*\)",
        r"(?:full ?screen|enlarge(?: this)? (?:image|photo)|click to enlarge|"
        r"(?:view )?larger (?:image|photo|picture)|"
        r"view (?:full )?gallery|"
        r"(?:view|open|launch|see) (?:the )?(?:photo )?gallery|photo gallery|hide caption|"
        r"(?:play|start|view) (?:the )?slide ?show|"
        r"(?:toggle|show|hide) caption|expand|collapse|close|menu|search|skip to (?:main )?content|"
        r"skip to (?:main|sidebar)(?: \| skip to (?:main|sidebar))?)",
        r"(?:watch|play|replay)(?: the)? video(?: \d+:\d+)?|video(?: \d+:\d+)|\d+:\d+ video",
        r"skip to next paragraph|keep reading\W*|"
        r"to view this video,? please enable javascript.{0,120}|"
        r"(?:empfohlener (?:redaktioneller )?|externer )inhalt|zur startseite|"
        r"(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?|top of page|nach oben|"
        r"retour en haut|return to (?:the )?contents|back to (?:the )?gallery|"
        # a footnote's link back to where the text cites it: "Return to citation in text: [1]"
        r"return to citation in text:?[\s\[\]\d]*",
        r"loading(?:\.\.\.|…)?|please wait(?:\.\.\.|…)?|placeholder while [\w ]{1,40} loads?",
        r"(?:we have detected that )?(?:you (?:currently )?have )?"
        r"javascript (?:is )?(?:required|disabled).{0,80}",
        # a comment widget's or a page's notice to readers without JavaScript
        r"(?:javascript is (?:not enabled|disabled) (?:on|in) your browser\.?\s*)?"
        r"please (?:enable|turn on) javascript(?: in your browser)? to (?:view|see|use|read|post)"
        r".{0,200}|(?:blog )?comments powered by disqus\.?",
        r"(?:text|font) ?size:?(?: [a-z+-]{1,8}){0,3}|font:",
        r"(?:smaller|larger|a\+|a-)(?: (?:smaller|larger|a\+|a-))*",
        r"\d+ min(?:ute)?s? read|lesezeit:? \d+ min(?:uten)?\.?|temps de lecture.{0,20}",
        r"\d+ min(?:ute)?s?\s*[-–—|·•]\s*[\d,.]+ words",  # "21 minutes - 4312 words"
        # an audio player's button: "Listen to this article", "Escucha esta nota aquí"
        r"listen to (?:this|the) (?:article|story)(?: \(?\d+ min(?:ute)?s?\)?)?|"
        r"(?:artikel|beitrag) (?:vorlesen(?: lassen)?|anhören)|écouter (?:cet|l')article|"
        r"escuch(?:a|ar) (?:esta|la) (?:nota|noticia)(?: aquí)?|"
        r"ouvir (?:esta )?(?:notícia|matéria)",
        r"(?:print|email|e-mail|save|bookmark|reprints?|order reprints?|"
        r"print this (?:page|article))"
        r"(?:\s*[|•·]\s*(?:print|email|e-mail|save|share|bookmark|reprints?|comments?))*",
        r"(?:e-?mail (?:this )?to a friend|printer[- ]friendly(?: version| page| format)?)"
        r"(?:\s*[|•·]?\s*(?:e-?mail (?:this )?to a friend|printer[- ]friendly"
        r"(?: version| page)?))*",
        # blog furniture: the pager under a post, sidebar headings
        r"(?:(?:newer|older) posts?|home)(?:\s*[|•·]?\s*(?:(?:newer|older) posts?|home))+",
        r"(?:blog )?archives?|search this (?:blog|site)|site feed|labels:?|search:|submit|"
        # a tag list's label on a line of its own, its tags below
        r"(?:tags|etiquetas|schlagw(?:ö|oe)rter|schlagworte|stichworte|markiert mit|getaggt mit"
        r"|mots-clés|étiquettes|tag)\s*:|meist gesucht:|release date:|"
        # a link's label alone: "En savoir plus", "Zum Shop", an affiliate link's mark
        r"en savoir plus|mehr erfahren|weiterlesen|zum shop|\*?affiliate[- ]?links?|"
        r"rss(?: feeds?)?|powered by|(?:manage alerts\s*\|\s*)?what(?:'s| is) this\?|"
        r"we recommend",
        # a story's other versions, and a news agency's reprint offer
        r"(?:pdf|print) version|single page|auf einer seite lesen|"
        r"(?:purchase|order|buy) this (?:\w+ )?(?:story|article) for reprints?\.?",
        # a blog archive's months and years with their post counts: "► November (16)"
        rf"(?:[►▼▶]\s*\d{{4}}|[►▼▶]?\s*(?:{_MONTH_NAMES})(?: \d{{4}})?)"
        r"\s*\((?!(?:1[89]|20)\d\d\))\d+\)",
        # video players' widget labels, and expanders
        r"just watched|must watch|replay|up next|"
        r"(?:more|latest|related) videos(?:\s*(?:\.\.\.|…))?",
        # links to the rest of a story or to its translation, and a shop's buttons
        r"full story\s*(?:>>|»|›|→)?|read on\s*(?:>>|»|›|→)|read (?:it |this )?in english",
        r"add to (?:my )?(?:wish ?list|cart|basket|bag)",
        # a recipe card's buttons, often glued: "Jump to RecipePrint Recipe"
        r"(?:(?:jump to|print|pin|save) recipe|rezept (?:drucken|merken)|bei pinterest speichern)"
        r"(?:\s*(?:(?:jump to|print|pin|save) recipe|rezept (?:drucken|merken)"
        r"|bei pinterest speichern))*",
        r"expand (?:full )?(?:story|article|post)",
        # a rating widget's label, and an author box's link to the author's other posts
        r"rate this(?: (?:post|article|story|entry))?:|bewerten:|évaluez ceci\s?:|valora esto:",
        r"(?:(?:view|see) all posts by|zeige alle beiträge von|voir tous les articles (?:de|par)"
        r"|ver todas las entradas (?:de|por)) [^\s.,;:!?]+(?: [^\s.,;:!?]+){0,3}(?:\s*[→»›])?",
        # a bare age, or a count of shares, recommendations or likes
        r"\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago",
        r"[\d,.]+[km]? (?:shares?|recommendations?|likes?)|shares?",
        # a widget's error message: what failed, then "(Please) try again (later)."
        r".{0,80}\b(?:failed|error|went wrong|can['’]?t|cannot|unable|problem|unavailable)\b"
        r".{0,40}[.!]\s+(?:please )?try again(?: later| shortly)?[.!]?",
    )

    # Notices to readers of a page that did not load as it should, which may run to a few
    # sentences: JavaScript or a newer browser needed, a clip blocked in the reader's country,
    # a robot check.
    _NOTICE = _whole(
        # "Page not displaying correctly? You need to enable JavaScript to run this page!": the
        # page's own voice, about this page (a how-to's "You need to enable JavaScript in the
        # settings" stays)
        r"(?:[^.!?]{1,60}\?\s*)?(?:please |you (?:need|have) to |you must )"
        r"(?:enable|turn on|activate) javascript\b[^.!?]{0,60}"
        r"\b(?:this|the) (?:page|site|website)\b.*",
        r"please (?:enable|turn on) javascript\W*",
        r"(?:to use [^,.]{1,40}, )?we recommend using the latest versions? of"
        r" (?=[^.]*\b(?:browsers?|chrome|firefox|safari|edge)\b).{1,80}",
        r"(?:your|this) (?:web )?browser is (?:not supported|out of date|outdated)\b.*",
        r"please (?:upgrade|update) (?:your (?:web )?browser|to a (?:newer|modern) browser)\b.*",
        r"please make sure your browser (?:supports|is accepting) (?:javascript|cookies)\b.*",
        r"(?:this|the) (?:video|clip|content) is (?:not|no longer) available in your"
        r" (?:country|region)\.?",
        r"(?:enter|type) the characters you see (?:below|in (?:this|the) (?:image|picture))\.?",
        r"(?:sorry, )?we just need to make sure you(?:'|’)re not a robot\b.*",
    )
    _MAX_NOTICE = 300  # characters: a notice of a few sentences, never a paragraph
    # A blog's links to the posts before and after this one, between angle quotes: "« Older
    # post's title | Main | Newer post's title »", "« Previous Story Next Story »". A quote
    # in French marks no bar between two titles.
    _ITEM = r"(?: (?:story|post|article|entry|thread|page|item))?"
    _POST_NAVIGATION = re.compile(
        r"^[«‹]\s*(?:[^«»‹›|]{1,200}\s\|\s(?:[^«»‹›|]{1,30}\s\|\s)?[^«»‹›|]{1,200}"
        rf"|prev(?:ious)?{_ITEM}(?:\s*\|)?\s+next{_ITEM})\s*[»›]$",
        re.IGNORECASE,
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        if len(seg.text) <= self._MAX_NOTICE and self._NOTICE.match(seg.text.strip()):
            return Decision(Label.DROP, self.ID, "notice about the page not loading as it should")
        if self._POST_NAVIGATION.match(seg.text):
            return Decision(Label.DROP, self.ID, "links to the posts before and after this one")
        if len(seg.text) > 120:
            return None
        label = seg.text.strip(" []|•·^↑")
        if label.startswith("(") and label.endswith(")"):
            label = label[1:-1].strip()  # "(Back to top)"
        if self._LABEL.match(label):
            return Decision(Label.DROP, self.ID, "advertisement marker or page control label")
        if CONTROL_BEFORE_CAPTION.match(label) or CONTROL_AFTER_CAPTION.match(label):
            # Kept in the body, a viewer button would mark the line after it as a caption
            # again on every later cleaning.
            return Decision(Label.DROP, self.ID, "photo viewer control")
        return None


_MONTH = rf"(?:{ENGLISH_MONTHS})\.?"  # in patterns compiled without case
_MONTH_DAY = rf"(?:\w+day,? )?{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:\w+day,? )?\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}"
# A time of day to the minute: "12:58 pm". Beside an author's name, with seconds and a time
# zone too ("6:46:13 PM PST"); alone, a date and time to the second heads an embedded post.
_MINUTE = r"\d{1,2}:\d\d\s?(?:[ap]\.?m\.?)?"
_TIME = (
    r"\d{1,2}:\d\d(?::\d\d)?\s?(?:[ap]\.?m\.?)?"
    r"(?:\s(?:[ecmp][sd]?t|utc|gmt|bst|cet|cest))?"
)

# Around a stamp's date: the commenter's name, with a dash before the date ("Anna — July
# 18th, 2012, 4:09 pm"), and then a comma, "at", a dot or a bar before the time; a permalink
# after it. Without a name, "Tuesday, November 06, 2012 | 11:00 AM" is a post's own date.
# A commenter's name (or "a german fan", "Ann for Example.com") holds no verb of a sentence
# and no "to" ("John wrote to the council on 12 May 2011 at 10:30 am." is a sentence).
_AUTHOR = (
    r"(?:(?!(?:to|into|was|were|is|are|will|would|has|had|wrote|said|says|told|that|this)\s)"
    r"[\w.@'’&|/—–-]+ )"
)
_BEFORE_TIME = r"(?:,? at |,? [·|—–-] |, | )"
_LINK = r"(?:\s*\|\s*(?:permalink|reply|link|#))?"
# the article's own date line
_NOT_OWN = (
    r"(?!(?:last )?(?:updated|published|modified|veröffentlicht|aktualisiert|publié|mis à jour|"
    r"publicado|actualizado)\b)"
)
# The stamps of WordPress and similar blogs in German, French and Spanish: "8. Dezember 2010
# um 10:56 Uhr", "1 mars 2019 à 15:20", "20 de abril de 2022 a las 08:39h".
_LOCAL_STAMP = (
    rf"{_NOT_OWN}{_AUTHOR}{{0,4}}(?:(?:am|le|el) )?(?:"
    rf"(?:\d{{1,2}}\.\s?(?:{MONTHS})\.?|\d{{1,2}}\.\d{{1,2}}\.)\s?\d{{2,4}},? um {_MINUTE}(?: uhr)?"
    rf"|\d{{1,2}}(?:er)? (?:{MONTHS})\.? \d{{4}},? à \d{{1,2}}(?::| ?h ?)\d\d(?: ?min)?"
    rf"|\d{{1,2}}(?: de)? (?:{MONTHS}),?(?: de)? \d{{4}},? a las {_MINUTE}h?"
    rf"){_LINK}"
)


_COMMENTER = re.compile(
    r"^(?!(?:the|a|an|he|she|they|it|we|i|you|his|her|their|one|this|that|er|sie|es|ich|"
    r"wir|man|der|die|das|il|elle|on|je|nous|él|ella|ellos|yo|ele|ela)\b)"
    r"[\w.@'’-]+(?: [\w.@'’-]+){0,2} (?:said|says|wrote|sagt|schrieb|dit|a dit|dice|dijo|"
    r"disse|diz|zegt|schreef)(?:\.\.\.|…|\s?:)$",
    re.IGNORECASE,
)


def is_commenter(text: str) -> bool:
    """A reader comment's author line: ``steve says:``, ``Agi Joe sagt:``, ``rach. said...``.
    ``The minister said:`` and ``Sie sagt:`` introduce quotes and are not."""
    return bool(_COMMENTER.match(text))


class CommentInterface(Heuristic):
    """The furniture of comment sections: reply and report buttons, commenter lines, comment
    timestamps, moderation notices, the site's comment policy pointed to or quoted.

    Dropped: ``Reply``, ``rach. said...``, ``steve says:``, ``Posted on August 9, 2012 at
    11:22am``, ``This comment has been removed by the author.``
    Kept: ``The minister said:`` and ``He said:``, which introduce quotes in articles.
    """

    ID = "generic.comment-interface"
    TEXT_ONLY = True
    # Long enough for the comment form's note that lists the HTML tags a comment may use.
    DEFAULTS = MappingProxyType({"max_chars": 400})
    DROP_EXAMPLES = (
        "Reply",
        "Report abuse",
        "rach. said...",
        "steve says:",
        "This comment has been removed by the author.",
        "Sort by: Newest",
        "pkgato liked this",
        "Reply to this",
        "Recommend? (7)",
        "Report Abuse | QUOTE",
        "Link to this comment:",
        "[Rude? Off-topic? Report this comment.]",
        "Comment No. 48213",
        "Quote | Report this post",
        "39 votes",
        "Responses (0)",
        "Email (required) (Address never made public)",
        "Name ( required )",
        "Name *",
        "Mail (hidden) (required)",
        "Name (required) Email (required) Website (optional)",
        "RSS feed for comments on this post. TrackBack URI",
        'You may use these HTML tags and attributes: <a href="" title=""> <abbr title="">'
        ' <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del datetime=""> <em>'
        ' <i> <q cite=""> <strike> <strong>',
        "Click here to cancel reply.",
        "You are commenting using your Twitter account. ( Log Out / Change )",
        "Some HTML is okay.",
        "You must login or create an account to comment.",
        "Allowed HTML tags: <em> <strong> <cite>",
        "Lines and paragraphs break automatically.",
        "Trackback URL for this entry:",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "E-Mail (wird benötigt und nicht veröffentlicht)",
        "Agi Joe sagt:",
        "Marie dit :",
        "Antworten",
        "Répondre",
        "Please adhere to our comment policy to keep the discussion civil. We may remove any"
        " comment.",
        "Comment Policy: Please keep comments on topic. Links send a comment to moderation.",
        "You need an account to comment. Be kind; see our Comment Policy.",
        "Comments are moderated, and will not appear until the author has approved them.",
        "Your comment has been saved. Comments are moderated and will not appear until approved"
        " by the author. Post another comment",
        "(Note: all comments are moderated by the blog author)",
    )
    KEEP_EXAMPLES = (
        "Users should read the site's comment policy before posting, the regulator said.",
        "The newspaper changed its comment policy after the election.",
        "The minister said:",
        "He said:",
        "Posted on the door was a warning.",
        "Reply to this letter by Friday.",
        "Comment No. 5 in the consultation asked for a wider bridge.",
        "Name (required by law) of the company",
        "3 votes for the motion, 2 against",
        "Sie sagt:",
        "Antworten auf die wichtigsten Fragen",
        "Comments are moderated by volunteers on most of the large forums, the study found.",
        "Comments are moderated and removed when they break the rules, the company said.",
    )
    _UI = _whole(
        r"(?:reply|report(?: abuse| comment)?|flag(?: as inappropriate)?|permalink|like|dislike|"
        r"recommend\??|upvote|downvote|log in to reply|reply to this(?: comment)?|"
        r"view (?:all )?replies|load more(?: comments)?|"
        r"show more(?: comments)?|antworten|répondre|responder|rispondi|reageren|odpowiedz)"
        r"(?: \(\d+\))?",
        r"report abuse(?:\s*\|\s*(?:quote|reply|permalink))+|link to this comment:?",
        # "[Rude? Off-topic? Report this comment.]", "Comment No. 48213"
        r"\[?(?:[\w-]+\?\s*){0,3}report this comment\.?\]?|comment (?:no\.|#|number) ?\d+",
        r"(?:quote\s*\|\s*)?report this post",
        r"\d[\d,]* votes?|(?:responses|replies|total comments) \(\d+\)",
        r"sort by:? ?(?:newest|oldest|best|top|most popular)?(?: \| (?:newest|oldest|best|top))*",
        r"(?:newest|oldest)(?: \| (?:newest|oldest|best|top))+",
        r"this comment (?:has been|was) (?:removed|deleted)(?: by (?:the )?(?:author|a moderator|"
        r"an administrator|blog administrator))?\.?",
        r"[\w.-]+ (?:liked|reblogged) this(?: from [\w.-]+)?",
        # the comment form: field labels, the log-in choice, the HTML note
        r"(?:(?:name|e-?mail(?: address)?|mail|website|url|comment)\s*(?:\*|\*?\s*(?:\(\s*(?:"
        r"required|optional|hidden|will not be (?:published|shared)|(?:address )?never made public|"
        r"not published)\s*\)\s*)+\*?)\s*){1,4}:?",
        r"(?:click here to )?cancel reply\.?|enter your comment here(?:\.\.\.|…)?",
        r"fill in your details below.{0,60}|you are commenting using your .{1,40} account\..{0,30}",
        r"some html is (?:ok|okay|allowed)\.?|you (?:may|can) use these html tags.{0,300}",
        r"you must (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|register(?:ed)?)"
        r"(?: or (?:create an account|register|sign up))? to (?:post a |leave a |add a )?"
        r"(?:comment|reply|post)s?\.?",
        r"(?:your name|subject|homepage)\s*\*|text formats?(?: options| basic html.*)?|"
        r"more information about text formats|allowed html tags:.{0,300}|no html tags allowed\.?|"
        r"lines and paragraphs break automatically\.?|leave this field blank|"
        r"web page addresses and e-?mail addresses turn into links automatically\.?",
        r"trackback (?:url|uri)(?: for this (?:entry|post))?:?",
        r"rss feed for comments on this (?:post|entry)\.?(?: trackback (?:url|uri))?",
        # the moderation notice: "Comments are moderated, and will not appear until ..."
        r"\(?(?:(?:please note(?: that)?|note):?\s*)?(?:your comment has been saved\.\s*)?"
        r"(?:all )?comments (?:are|will be) moderated(?:\.|\s+by the (?:blog )?(?:author|editors?"
        r"|moderators?)\.?|,?\s+(?:and|so|before|until)\b(?=[^.]{0,200}\b(?:appear|approv|posted"
        r"|publish|delay|on-topic))(?!.*\b(?:said|says)\.$).{0,200})?\)?",
        # the same notices in other languages
        r"(?:du musst|sie müssen) (?:angemeldet|eingeloggt) sein, um (?:einen )?kommentare? "
        r"(?:abzugeben|zu schreiben|zu verfassen)\.?",
        r"(?:name|e-?mail)\s*\((?:wird )?(?:benötigt|erforderlich|pflichtfeld)[^)]{0,40}\)",
        r"pour créer des paragraphes, laissez simplement des lignes vides\.?",
        r"para comentar (?:debes|debe|tienes que|tenés que) (?:registrarte|iniciar sesión|"
        r"estar registrado).{0,80}",
    )

    # The site's rules for comments, pointed to or quoted: an imperative that opens a sentence
    # ("Please read the ... comment policy."), the reader asked to keep to "our" policy, or
    # the policy's label opening the line. "Users should read the site's comment policy" is
    # a report, and stays.
    _POLICY = re.compile(
        r"^(?:.{0,100}?[.!?;]\s+)?(?:please |kindly )?(?:adhere to|read|review|follow|see"
        r"|respect|observe|abide by|consult|check(?: out)?) (?:our|the|this (?:site|blog)['’]s)"
        r"(?: [\w.'’-]+){0,3} comment(?:s|ing)? (?:policy|guidelines)\b"
        r"|^.{0,100}?\b(?:adhere to|abide by|follow|respect|observe) our comment(?:s|ing)?"
        r" (?:policy|guidelines)\b"
        r"|^comment(?:s|ing)? (?:policy|guidelines)\s*(?:[»›:]|$)"
        r"|^are you aware of our comment(?:s|ing)? policy\??$",
        re.IGNORECASE,
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text
        if len(text) > self.options["max_chars"]:
            return None
        if self._UI.match(text):
            return Decision(Label.DROP, self.ID, "comment section interface")
        folded = text.casefold()
        if (
            "comment" in folded
            and ("polic" in folded or "guideline" in folded)
            and self._POLICY.match(text.strip())
        ):
            return Decision(Label.DROP, self.ID, "the site's comment policy")
        if is_commenter(text):
            return Decision(Label.DROP, self.ID, "a reader comment's author line")
        return None


class CommentStamps(Heuristic):
    """The line that heads each reader comment: who wrote it and when, to the minute.

    Dropped: ``Greg Mattson October 31, 2012 at 12:58 pm``, ``Posted by: Bruce Hall at
    October 30, 2012 12:37 PM``, ``Posted on August 9, 2012 at 11:22am``,
    ``Posted By: hawaiian | January 16 2008 at 03:16 PM``, ``BY TAROCHAN AT 01/08/08 05:30
    PM``, ``Re: Hand coding with a framework (Score:2)``, ``Comment #2 - Posted by: Kurt
    M/39/185 at November 10, 2012 5:55 PM``, ``#1.2 - Tue Jul 24, 2012 12:06 PM EDT``. A
    time stamp below most of the article also opens its comment section
    (``generic.comment-section``). Kept: ``The vote is on October 30, 2012.`` (no time of
    day), ``Polls close at 8:00 pm on Tuesday.``, ``3/22/2017, 4:23:10 AM`` (an embedded
    post's time: no author, to the second).
    """

    ID = "generic.comment-stamp"
    TEXT_ONLY = True
    DROP_EXAMPLES = (
        "Greg Mattson October 31, 2012 at 12:58 pm",
        "Posted by: Bruce Hall at October 30, 2012 12:37 PM",
        "Posted on August 9, 2012 at 11:22am",
        "August 20th, 2012 at 10:38 am",
        "14 posted on 12/20/2004 11:56:51 PM PST by Patterico",
        "Posted by: Kim, Leeds on 8:21pm Tue 1 Jan 08",
        "Re: Hand coding with a framework (Score:2)",
        "by AK Marc (707885) writes:",
        "Posted By: hawaiian | January 16 2008 at 03:16 PM",
        "Posted by: Sean | Jan 10, 2008 4:49:12 PM",
        "BY TAROCHAN AT 01/08/08 05:30 PM",
        "• How about Ogreron by UAkid27 01/15/2008 9:15 a.m. CT",
        "Posted October 29, 2012 at 9:26 am | Permalink",
        "Anna — July 18th, 2012, 4:09 pm",
        "Tim Worstall 11.06.12 at 11:06 am",
        "Comment #2 - Posted by: Kurt M/39/185 at November 10, 2012 5:55 PM",
        "#1.2 - Tue Jul 24, 2012 12:06 PM EDT",
        "Aug 08, 2012 @ 16:44:30",
        "8. Dezember 2010 um 10:56",
        "Rafael am 23. Juni 2016 um 18:47 Uhr",
        "1 mars 2019 à 15:20",
        "20 de abril de 2022 a las 08:39h",
    )
    KEEP_EXAMPLES = (
        "The vote is on October 30, 2012.",
        "Polls close at 8:00 pm on Tuesday.",
        "Various people wrote:",
        "The polls closed by 8:00 pm.",
        "Filed by Reuters at 9:30 am",
        "3/22/2017, 4:23:10 AM",  # an embedded post's time, to the second, with no author
        "Updated October 29, 2012 9:04 a.m. ET",  # the article's own date line
        "Tuesday, November 06, 2012 | 11:00 AM",  # a blog post's own date line
        "Published 11.06.12 at 11:06 am",
        "Veröffentlicht 23.06.2016 um 16:14",
        "Publié le 1 mars 2019 à 15:20",
        "Die Sitzung beginnt am 8. Dezember 2010 um 10:56 Uhr im Rathaus.",
        "John wrote to the council on 12 May 2011 at 10:30 am.",
    )
    _STAMP = _whole(
        rf"(?:posted|submitted|written|commented) (?:on|at) .{{4,40}}{_TIME}{_LINK}",
        rf"(?:\w+ )?\d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}},? at {_MINUTE}",
        rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}},? (?:at )?{_MINUTE}",
        r"\d+ posted on .{6,40} by .{1,80}",
        # "Posted by: Kim, Leeds on 8:21pm Tue 1 Jan 08": the time before the date
        rf"posted by:? .{{1,60}} on {_MINUTE},? (?:[a-z]{{3}},? )?{_DAY_MONTH},? \d{{2,4}}",
        rf"{_NOT_OWN}(?:comment #?\d+\s*[-–—:]\s*)?(?:posted by:?\s*)?{_AUTHOR}{{1,6}}(?:on |at )?"
        rf"(?:{_MONTH_DAY}|{_DAY_MONTH}),? \d{{4}}{_BEFORE_TIME}{_TIME}{_LINK}",
        rf"(?:on |at )?(?:{_MONTH_DAY}|{_DAY_MONTH}),? \d{{4}},?(?: at)? {_MINUTE}{_LINK}",
        rf"(?:{_MONTH_DAY}|{_DAY_MONTH}),? \d{{4}} @ {_TIME}",
        # a numbered comment: "#1.2 - Tue Jul 24, 2012 12:06 PM EDT"
        rf"#\d+(?:\.\d+)*\s*[-–—]\s*(?:[a-z]{{3}},? )?{_MONTH_DAY},? \d{{4}}{_BEFORE_TIME}{_TIME}",
        rf"{_NOT_OWN}{_AUTHOR}{{1,4}}(?:on |at )?\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}},? at {_TIME}",
        rf"(?:[•·*-]\s*)?(?:.{{1,80}} )?by [\w.@'’-]+ (?:at )?\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?"
        rf" {_TIME}",
        r"re: .{0,100}\(score:\s?-?\d[^)]*\)|by .{1,40} \(\d+\) writes:",
        _LOCAL_STAMP,
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        if is_stamp(seg.text):
            return Decision(Label.DROP, self.ID, "reader comment's author and time stamp")
        return None


def is_stamp(text: str) -> bool:
    """Whether a line is an author's and a time stamp in the shape reader comments have
    (``CommentStamps``); an article's own byline or date line can have it too."""
    return len(text) <= 160 and CommentStamps._STAMP.match(text) is not None


def is_furniture(seg: Segment) -> bool:
    """A dropped line, or a byline or date line shaped as a time stamp (``by Jane Roe - Nov
    9, 2012 5:30 pm UTC``): the article's own stamp is furniture, as a comment's is, to the
    rules that look at what surrounds a line."""
    decision = seg.decision
    return decision is not None and (
        decision.label is Label.DROP
        or (decision.field in (Field.BYLINE, Field.DATE) and is_stamp(seg.text))
    )


class ArchiveBanner(Heuristic):
    """The banner a web archive puts above a page it replays, saved with the page.

    A capture from the Wayback Machine starts with the archive's toolbar: ``About this
    capture``, ``COLLECTED BY``, the organisation and the collection, each with a paragraph
    that describes it, and ``TIMESTAMPS``. The paragraphs read as running text, so they are
    taken as a block: from ``About this capture`` or ``COLLECTED BY`` in the first
    ``head_lines`` lines to the last line within ``max_lines`` below it that names an
    organisation or a collection, says the data ``is currently not publicly accessible``, or
    is ``TIMESTAMPS``. Nothing is taken when no such line follows.
    """

    ID = "generic.archive-banner"
    SCOPE = "document"
    DEFAULTS = MappingProxyType({"head_lines": 60, "max_lines": 20})
    _OPENS = re.compile(r"^(?:about this capture|collected by)$", re.IGNORECASE)
    _BANNER = re.compile(
        r"^(?:organi[sz]ation|collection):\s|\bnot publicly accessible\.?$|^timestamps$",
        re.IGNORECASE,
    )

    def apply(self, ctx: Context) -> None:
        lines = ctx.lines
        head = lines[: self.options["head_lines"]]
        start = next((i for i, seg in enumerate(head) if self._OPENS.match(seg.text.strip())), None)
        if start is None:
            return
        below = range(start + 1, min(start + 1 + self.options["max_lines"], len(lines)))
        ends = [i for i in below if self._BANNER.search(lines[i].text.strip())]
        if not ends:
            return
        for seg in lines[start : ends[-1] + 1]:
            if not seg.decided:
                seg.decision = Decision(
                    Label.DROP, self.ID, "a web archive's banner above the page"
                )
