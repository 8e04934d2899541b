"""Comment, share and follow prompts: interface text, never article text."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..model import Decision, Label, Segment
from ..textstats import words
from .base import Context, Heuristic

_NETWORKS = (
    r"facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|flipboard|email|"
    r"e-mail|mail|print|sms|messenger|viber|vk|copy link|copy url|instagram|youtube|tiktok|"
    r"threads|bluesky|mastodon|google\+?|digg|del\.icio\.us|stumbleupon|mixx|myspace"
)
# Share-bar labels standing alone on a line ("x" is left out: "X X X" is a section break).
_BUTTONS = _NETWORKS.replace("|x|", "|") + "|tweet(?: this)?|share|pin it"
_COUNT = r"(?:\s*[(\[]?\s*\d[\d,.]*\s*[kKmM]?\s*[)\]]?)?"

# Each pattern must match the whole line (case-insensitive); a prompt inside a sentence stays.
_PROMPTS = (
    # comments
    rf"(?:show|hide|view|read|see|load|open|close)(?: all| the)?{_COUNT} comments?{_COUNT}",
    rf"(?:reader |user )?comments?{_COUNT}",
    r"have your say",
    r"(?:leave|post|add|write|submit)(?: a| your| new)? (?:comment|reply|response)s?",
    r"add your two cents",
    r"join the (?:conversation|discussion|debate)[.!]?",
    r"(?:comments? (?:are|is) (?:closed|disabled)|be the first to comment)",
    r"click here to (?:comment|leave a comment)",
    # a link's label: "Listen to the podcast: click here", "Full report – click here"
    r"[^.!?]{1,60}(?::|\s[-–—])\s*click here\W*",
    # an account prompt of the comment section: "Please sign in to comment."
    r"(?:please |you (?:need|have) to |you must )?(?:sign|log) ?in"
    r"(?: or (?:create|register)(?: (?:an?|your) [\w ]{1,30}?account)?)?"
    r" to (?:comment|reply|join the (?:conversation|discussion|debate)|"
    r"(?:post|leave|write) a comment)\.?|(?:open|closed) for comments\.?",
    r"(?:welcome(?: back)?,? [^,.]{1,30}, )?you(?:'|’)re (?:now )?signed in(?:to| as)?"
    r" [^.]{1,60}\.?",
    r"(?:kommentare?|kommentieren|commentaires?|commenter|comentarios?|comentar)" + _COUNT,
    r"(?:kommentare|comments) (?:anzeigen|ausblenden)",
    # share
    rf"share(?: this| the)?(?: article| story| post| page| video)?(?: on| via| with)?"
    rf"(?:\s*(?:{_NETWORKS}))*\s*:?{_COUNT}",
    rf"(?:{_BUTTONS})(?:\s*[|/·•,]?\s*(?:{_BUTTONS}))*",
    r"share (?:this|the) (?:article|story|post|page) (?:in|on|with|across) (?:your )?"
    r"social (?:networks?|media)[.!]?",
    r"(?:email|e-mail|print|send|save)(?: this)? (?:article|story|page|post)[.!]?",
    r"share (?:this|it) with (?:your )?friends|"
    r"share with a friend(?: or colleague)?|"
    r"click to (?:share|email|print)(?: on \w+| this to a friend)?"
    r"(?: \(opens in new window\))?|a link has been (?:posted|sent) to your [\w '’]{1,30}\.?",
    # a network's own button: "Post to Facebook", "Facebook Like", "Google Plus One"
    rf"post (?:it )?to (?:{_NETWORKS})|(?:facebook|linkedin) (?:like|share|recommend)"
    r"|google (?:plus|\+) ?(?:one|1)|tweet (?:button|widget)",
    r"(?:email this|blogthis!|share to (?:twitter|facebook|pinterest))"
    r"(?:\s*(?:email this|blogthis!|share to (?:twitter|facebook|pinterest)))*",
    rf"(?:submit|bookmark|add) (?:to|with|this):?(?:\s*(?:{_NETWORKS}|slashdot|newsvine))+",
    r"be the first to like this\.?|like this:?|trackbacks?(?:[- ]pings|[- ]url)?:?",
    r"digg (?:it|this)!?|discuss this (?:article|story|post)[.!]?",
    r"be sociable, share!?",
    # no comments yet
    r"no comments yet\.?|(?:es gibt )?noch keine kommentare\.?|(?:aucun|pas de) commentaires?"
    r"(?: pour le moment)?\.?|(?:aún |todavía )?no hay comentarios\.?",
    r"(?:(?:diesen |den )?(?:artikel|beitrag) )?(?:teilen|drucken|versenden|merken):?",
    r"(?:partager|imprimer|compartir|imprimir|condividi|podziel się|twittern)"
    r"(?: (?:sur|en|su) \w+)?",
    r"(?:inhalt|news|beitrag|artikel) teilen:?",
    r"kommentieren sie(?: hier| mit)?[.!:]?",
    # follow
    rf"follow (?:us|@?\w+(?: \w+){{0,2}}) (?:on|with|via) (?:{_NETWORKS}|rss)"
    rf"(?:\s*(?:,|and|&)\s*(?:{_NETWORKS}))*"
    r"(?: (?:for|to get|to keep up with) (?:the )?(?:latest|more|all)\b[^.!?]{0,60})?[.!]?",
    # a request for corrections: "Spot a mistake in this story? Send us a correction"
    r"(?:see|spot(?:ted)?|found|notice(?:d)?) (?:an? )?(?:error|mistake|typo)s?"
    r"(?: in this (?:article|story|post))?\?",
    r"(?:send us|submit|suggest) a correction|report an? (?:error|typo|mistake)"
    r"(?: in this (?:article|story|post))?",
    # a call for news tips: "Have a news tip? Email us at ..."
    r"(?:have|got) a (?:news )?(?:tip|story(?: idea)?)\? \w.{0,80}",
    rf"follow us(?: on)?(?:\s*[|,:]?\s*(?:{_NETWORKS}|and))*[.!:]?",
    rf"(?:like us on|find us on|connect with us on) (?:{_NETWORKS})[.!]?",
    r"(?:folgen sie uns|folge uns|suivez-nous|s[ií]guenos|seguici|obserwuj nas|siga-nos|"
    r"nos siga)(?: überall)?"
    r"(?: (?:auf|bei|sur|en|su|na|no|nas|em)(?: [\w ,&]+)?)?"
    # what following brings: "Síguenos en Telegram y Twitter para recibir las noticias"
    r"(?: (?:para|pour|per|um|para receber|to get) [^.!?]{1,100})?[.!:]?",
    # the same prompts in other languages (CMS interface strings)
    r"(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie)(?: jetzt)? (?:einen kommentar|"
    r"eine antwort)\W*(?:antwort(?:en)? abbrechen)?|antwort(?:en)? abbrechen",
    r"möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|url zum kopieren|"
    r"(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??",
    rf"teile (?:diesen|den) (?:beitrag|artikel)(?: (?:auf|mit|über|in))?"
    rf"(?:\s*(?:{_NETWORKS}|social media|sozialen (?:medien|netzwerken)))*"
    r"\W*",
    r"kommentar (?:verfassen|schreiben|abgeben|hinterlassen)\W*(?:antwort(?:en)? abbrechen)?",
    r"(?:(?:es gibt )?keine kommentare\.?\s*)?(?:die )?kommentare? (?:sind )?"
    r"(?:geschlossen|deaktiviert)\.?|kommentare?:|kommentarfeed",
    r"(?:es gibt )?keine kommentare\.?|there (?:are|is) (?:no|\d+) comments?(?: yet)?\.?|"
    r"hide them\.?",
    r"alle \d+ kommentare(?: (?:im forum )?(?:lesen|anzeigen))?\W*",
    r"(?:sie müssen (?:sich )?(?:angemeldet sein|anmelden)|du musst (?:dich )?(?:angemeldet sein"
    r"|anmelden)),? um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abzugeben)\.?|"
    r"you must be (?:logged in|registered) to (?:post|leave|write) a comment\.?",
    r"(?:(?:dir|ihnen|euch) hat )?(?:der |dieser |unser )?(?:artikel|beitrag) gefallen\?\s*"
    r"(?:vergiss nicht,? (?:ihn |es )?zu teilen|jetzt teilen|teile ihn|teilen sie ihn)\W*",
    r"\d+ (?:kommentare?|antworten|reaktionen)(?: (?:zu|auf) .{1,120})?",
    r"(?:teilen sie dies mit|teile dies mit|teilen mit|diese geschichte teilen|"
    r"artikel teilen|jetzt teilen)\W*",
    r"gefällt mir:?(?: wird geladen(?:\.\.\.|…)?)?|(?:\d+|%d)? ?bloggern? gefällt das[.:]?",
    r"(?:laisser|laissez) un commentaire\W*|vos réactions(?:\s*\(\d+\))?|réagir(?: à cet article)?|"
    r"(?:deja|dejar|escribe) (?:un|tu) comentario\W*|comentar (?:este|esta) \w+|"
    r"valora esta noticia|lascia un commento|deixe um comentário|"
    r"laat een reactie achter|(?:dodaj|napisz) komentarz|skomentuj",
    r"leave a comment!?|add yours\.?|what do you think\??|was denkst du\??|"
    r"(?:comment|kommentar|pingback|trackback) (?:by|von|from|de) .{1,80}",
)
# Tried as one alternation: one call into the regex engine per line, not one per pattern.
_PROMPT = re.compile("|".join(f"(?:{p})" for p in _PROMPTS), re.IGNORECASE)
# A comment section's controls in a row: "Comment feed | Comments closed | Trackback URL",
# "There are 3 comments. Add yours. Hide them."
_CONTROL_BREAK = re.compile(r"\s*[|•·]\s*|(?<=[.!?])\s+")

# A row of the page's tools, with or without separators: "E-mail story Print story",
# "Printer-friendly version Email-a-friend Respond", "Print, PDF, Email". Every word is a
# tool's, one of them prints the page and another sends, shares or saves it.
_TOOLS = (
    "print printer printable printed friendly printer-friendly print-friendly version"
    " e-mail email e-mailed emailed mail send share save comment comments talkback respond"
    " digg del.icio.us rss feed subscribe pdf this story article page to a friend"
    " email-a-friend text size single most view all news back top contact us search"
    " newsletter bookmark tools easy related articles adjust reprints reprint order"
    " permalink font larger smaller facebook twitter linkedin reddit link copy close more"
    " options sharing"
)
_TOOL_WORDS = frozenset(_TOOLS.split())
_PRINTS = frozenset({"print", "printer", "printable", "printer-friendly", "print-friendly"})
_SENDING = "e-mail email email-a-friend mail send share save comment comments talkback rss pdf"
_SENDS = frozenset(_SENDING.split())
_TOOL_TOKEN = re.compile(r"[\w'’-]+(?:\.[\w'’-]+)*")
MAX_TOOL_ROW_WORDS = 16


def is_tool_row(text: str) -> bool:
    """Whether a line is a row of the page's tools (``_TOOL_WORDS``) that prints the page and
    sends, shares or saves it: ``E-mail story Print story``, ``Print version | Email to a
    friend | Related articles``. Not ``Print the form and email it to us.`` (a sentence
    has words of its own)."""
    tokens = _TOOL_TOKEN.findall(text)
    found = {t.casefold() for t in tokens}
    return (
        2 <= len(tokens) <= MAX_TOOL_ROW_WORDS
        and found <= _TOOL_WORDS
        and not found.isdisjoint(_PRINTS)
        and not found.isdisjoint(_SENDS)
    )


class Prompts(Heuristic):
    """A whole line that asks the reader to comment, share or follow.

    Dropped: ``Show Comments``, ``Share this article``, ``Follow us on Twitter``,
    ``Add your two cents``, ``Facebook Twitter Email``, and a row of a comment section's
    controls, split at bars or sentence ends: ``There are 2 comments. Add yours. Hide them.``
    Also a row of the page's tools that prints and sends it (``is_tool_row``): ``E-mail story
    Print story``.
    Kept: ``Share prices fell 4% on Monday.``, ``Follow the money, the senator said.``: a prompt
    must be the whole line, so a sentence that starts with the same words stays.
    """

    ID = "generic.prompts"
    TEXT_ONLY = True
    DEFAULTS = MappingProxyType({"max_words": 12})
    DROP_EXAMPLES = (
        "Spot a mistake in this story? Send us a correction",
        "Spotted a typo?",
        "Follow the Example Institute on Twitter | Like us on Facebook",
        "Show Comments",
        "Share this article",
        "Post to Facebook",
        "Facebook Like",
        "Google Plus One",
        "A link has been sent to your friend's email address.",
        "Share this article in your social network",
        "Listen to the Podcast Audio: Click Here",
        "Follow us on Twitter",
        "Add your two cents",
        "FACEBOOK TWITTER EMAIL",
        "Share Tweet this",
        "Comments (12)",
        "Leave a comment",
        "Follow Press TV on Twitter",
        "Kommentare",
        "Schreibe einen Kommentar",
        "Kommentar verfassen",
        "Teilen Sie dies mit:",
        "Schreibe einen Kommentar Antworten abbrechen",
        "Kommentar verfassen Antwort abbrechen",
        "Gefällt mir:",
        "Click to email this to a friend (Opens in new window)",
        "Teile diesen Beitrag auf",
        "Möchten Sie den Artikel teilen?",
        "War der Artikel nützlich?",
        "Laisser un commentaire",
        "Vos réactions (11)",
        "Comentar este artículo",
        "Save this story.",
        "Click to share on Facebook (Opens in new window)",
        "Email ThisBlogThis!Share to TwitterShare to Facebook",
        "Submit to: Digg Slashdot Del.icio.us Reddit",
        "Be the first to like this.",
        "Digg it!",
        "Join the conversation. Discuss this story.",
        "Trackback Pings",
        "Reader comments 6",
        "Follow Ars with RSS",
        "Mixx Facebook Twitter Digg del.icio.us reddit MySpace StumbleUpon",
        "Diesen Artikel teilen:",
        "Folgen Sie uns auf",
        "Be sociable, share!",
        "Es gibt noch keine Kommentare.",
        "No comments yet.",
        "Aún no hay comentarios.",
        "Twittern",
        "Podziel się",
        "Kommentieren Sie hier",
        "Nos siga no",
        "Siguenos en Telegram, Instagram y Twitter para recibir todas nuestras noticias",
        "Follow us on Twitter and Facebook for the latest news.",
        "Got a news tip? Email us at desk@example.org",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        "There are 2 comments. Add yours. Hide them.",
        "Keine Kommentare Kommentare sind geschlossen.",
        "Alle 45 Kommentare im Forum lesen →",
        "Sie müssen sich anmelden, um Kommentare zu schreiben.",
        "Artikel gefallen? Vergiss nicht zu teilen!",
        "Teile diesen Beitrag in sozialen Netzwerken",
        "Please sign in to comment.",
        "Closed for comments. Log in or register to join the conversation.",
        "Welcome back, Sam, you're signed in to The Daily Record. Join the discussion.",
        "E-mail story Print story",
        "Printer-friendly version Email-a-friend Respond",
        "Print version | Email to a friend | Related articles",
        "Print, PDF, Email",
    )
    KEEP_EXAMPLES = (
        "Share prices fell 4% on Monday.",
        "Follow the money, the senator said.",
        "Comments from the minister drew criticism.",
        "Twitter said it would review the decision.",
        "Share this article on social media and the reach doubles, the study found.",
        "To apply, the council said: click here, fill in the form and wait a week.",
        "Kommentare aus der Opposition ließen nicht lange auf sich warten.",
        "X X X",
        "Like this, the plan fails.",
        "No comments yet from the ministry, a spokesman said.",
        "Follow us on Facebook to see the damage, the mayor told residents.",
        "There are no comments from the ministry. Share prices fell.",
        "Voters must sign in to the portal to register a comment on the plan.",
        "You're signed in to a world of trouble, the coach told his players.",
        "Report an error to the tax office by Friday, the agency said.",
        "Print the form and email it to us.",
        "Print and email editions both lost readers this year.",
        "Email this story to a friend in print",
    )

    def check(self, seg: Segment, ctx: Context) -> Decision | None:
        text = seg.text.strip(" -–—•·|")
        n = len(words(text)) if text else 0
        if not n or n > 2 * self.options["max_words"]:
            return None
        # A row may be longer than one prompt: each of its parts must be a prompt.
        parts = _CONTROL_BREAK.split(text)
        if (
            (n <= self.options["max_words"] and _PROMPT.fullmatch(text))
            or (len(parts) > 1 and all(_PROMPT.fullmatch(part) for part in parts if part))
            or is_tool_row(text)
        ):
            return Decision(
                Label.DROP, self.ID, "comment, share or follow prompt: reader interface text"
            )
        return None
