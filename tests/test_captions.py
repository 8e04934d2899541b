"""Caption detection on many real styles, look-alikes that are not captions, and the verdict."""

from __future__ import annotations

import pytest

from cleaner import CleanConfig, Cleaner
from cleaner.captions import caption_entities, detect_caption, is_credit_line, judge_caption


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Iraqi Prime Minister Haider al-Abadi (AFP Photo)", "AFP Photo"),
        (
            "President Barack Obama speaks in Reno (Official White House Photo by Pete Souza)",
            "Official White House Photo by Pete Souza",
        ),
        ("A boy plays in the rubble. (AP Photo/Hussein Malla)", "AP Photo/Hussein Malla"),
        (
            "Mitt Romney makes his concession speech. Photograph: Getty Images",
            "Photograph: Getty Images",
        ),
        (
            "Rescue workers search the rubble in Idlib. REUTERS/Khalil Ashawi",
            "REUTERS/Khalil Ashawi",
        ),
        (
            "Protesters outside the party headquarters in Seoul. Ezra Acayan / Getty Images",
            "Ezra Acayan / Getty Images",
        ),
        ("Susan Walsh / AP", "Susan Walsh / AP"),
        ("(Image credit: All About Space)", "Image credit: All About Space"),
        ("Photo: Tim Clayton", "Photo: Tim Clayton"),
        ("File photo: a tanker in the Strait of Hormuz", "File photo"),
        ("© Regan", "© Regan"),
        (
            "Trump asked voters for a big win. He didn’t get it.Credit...Doug Mills/The New York"
            " Times",
            "Credit...Doug Mills/The New York Times",
        ),
        (
            "A fighter gestures the V sign at the frontline in Raqqa, Syria. Reuters",
            "Reuters",
        ),
        ("Elizabeth A. Burton Submitted photo", "Submitted photo"),
        (
            "Courtesy of International Paper Co. These signs were hanging from door handles.",
            "Courtesy of International Paper Co",
        ),
        (
            "Sand covers the road in Charlestown. Photo courtesy of Erin Diaz",
            "Photo courtesy of Erin Diaz",
        ),
        (
            "Image Source: Neil Godwin / Future Publishing/Shutterstock",
            "Image Source: Neil Godwin / Future Publishing/Shutterstock",
        ),
        ("John Raoux/Associated Press", "John Raoux/Associated Press"),
        ("Volunteers fill sandbags. (Photos by Jane Roe)", "Photos by Jane Roe"),
        (
            "Greg Zuerlein would have won the game for the Rams. (Jeff Chiu/AP)",
            "Jeff Chiu/AP",
        ),
        ("(Phelan M. Ebenhack/Associated Press)", "Phelan M. Ebenhack/Associated Press"),
        ("(Elias Funez/The Union via AP)", "Elias Funez/The Union via AP"),
        ("Jay Cutler stayed in the game. (UPI/Brian Kersey /LANDOV)", "UPI/Brian Kersey /LANDOV"),
        ("STEVE RUSSELL/TORONTO STAR", "STEVE RUSSELL/TORONTO STAR"),
        (
            "Fans line up outside the arena in Toronto. STEVE RUSSELL/TORONTO STAR",
            "STEVE RUSSELL/TORONTO STAR",
        ),
        ("Jim Craven/ NBC News", "Jim Craven/ NBC News"),
        (
            "O.J. Simpson, right, is taken to the county jail. THE ASSOCIATED PRESS/Jae C. Hong",
            "ASSOCIATED PRESS/Jae C. Hong",
        ),
        (
            "There are up to 600 water main breaks each year, an official said.CreditMichael"
            " Appleton for The New York Times",
            "Michael Appleton for The New York Times",
        ),
        (
            "Amadeus Cho, the Hulk, in Issue No. 1. Credit Marvel Entertainment",
            "Marvel Entertainment",
        ),
        ("A Bill would require providers to store metadata. Source: Supplied", "Source: Supplied"),
        ("Fishing boats at Airlie Beach a day before the storm hit.Source:ABC", "Source:ABC"),
        ("(File photo) A protester waves a flag outside parliament in Bucharest.", "File photo"),
        (
            "US troops remain in Afghanistan, 18 years after the invasion [File: Reuters]",
            "File: Reuters",
        ),
        ("Syrian raids have been targeting rebel forces near Damascus [AFP]", "AFP"),
        (
            "New York State Sex Offender Registry via AP",
            "New York State Sex Offender Registry via AP",
        ),
        # a hyphenated surname in capitals, before an agency and a photo service
        ("(MARIA LOPEZ-GARCIA/AFP/Getty Images)", "MARIA LOPEZ-GARCIA/AFP/Getty Images"),
        ("(Getty Images via @newsdesk)", "Getty Images via @newsdesk"),
        ("Crowds at the harbour. (HarbourPix/Getty Images)", "HarbourPix/Getty Images"),
        # the photo's service and where it came from, the second glued on by a lost space
        (
            "The jetty took the worst of the swell. Picture: Jane Roe/TwitterSource:Twitter",
            "Picture: Jane Roe/TwitterSource:Twitter",
        ),
        (
            "The chef says she still cooks every night. Picture: Supplied Source: Supplied",
            "Picture: Supplied Source: Supplied",
        ),
        (
            "CreditPhoto Illustration by Ann Lee for The Daily Planet",
            "Photo Illustration by Ann Lee for The Daily Planet",
        ),
        ("Illustration by the desk. Photo by Tom Ruiz-Park.", "Photo by Tom Ruiz-Park"),
        ("A new hero wears the suit in this issue. /Courtesy of Marvel", "Courtesy of Marvel"),
        ("Courtesy of the artist, New York", "Courtesy of the artist, New York"),
        # agencies and photo libraries of continental Europe's press
        ("Fot. Jan Nowak / Agencja Gazeta", "Jan Nowak / Agencja Gazeta"),
        ("Der Hafen im Winter. (jroe / iStock.com)", "jroe / iStock.com"),
        ("Die Brücke bei Nacht. (Quelle: Anna Roth/Unsplash)", "Quelle: Anna Roth/Unsplash"),
        ("Quelle: jroe / Fotolia.com", "Fotolia.com"),
        ("Pinguine in der Antarktis / picture alliance", "Antarktis / picture alliance"),
        ("Der Wald bleibt gesperrt (Symbolbild).", "Symbolbild"),
    ],
)
def test_credit_markers(line: str, credit: str) -> None:
    found = detect_caption(line)
    assert found is not None and found.credit == credit


def test_getty_formula_caption_without_credit() -> None:
    line = (
        "US Rep. Ilhan Omar (D-MN) (L) talks with Speaker of the House Nancy Pelosi (D-CA) "
        "during a rally on the East Steps of the US Capitol on March 08, 2019 in Washington, DC."
    )
    found = detect_caption(line)
    assert found is not None and found.credit is None and "(L)" in found.reason


@pytest.mark.parametrize(
    ("line", "formula"),
    [
        (
            "FILE - In this Nov. 2, 2016, file photo, the FBI's headquarters in Washington.",
            "file photo",
        ),
        (
            "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3,"
            " 2007, file photo.",
            "file photo",
        ),
        (
            "A B-1B bomber heads out on a combat mission in this image released December 7, 2001.",
            "file photo",
        ),
        (
            "James E. Holmes appears in Arapahoe County District Court... View Full Size",
            "View Full",
        ),
        # a gallery's slide with its title before it and the viewer's button and count after
        (
            "Harbour days The ferry leaves the old pier at dawn. Hide Caption 3 of 12",
            "(Hide Caption 3 of 12)",
        ),
        # ... however long the slide's caption (96 words before the button)
        (
            "Harbour days "
            + "The ferry leaves the old pier at dawn. " * 12
            + "Hide Caption 4 of 12",
            "(Hide Caption 4 of 12)",
        ),
        ("Tariffs and farmers: who pays? 01:48", "running time (01:48)"),
        ("Storm floods coastal towns in Queensland 00:57", "running time (00:57)"),
        ("This satellite image shows the storm over the gulf at noon on Monday.", "image shows"),
        ("This undated photo provided by the museum shows the stolen brooch.", "image shows"),
        ("Mayor Ann Lee (left) and Fire Chief Tom Ruiz", "(left)"),
        ("Tom Ruiz (right)", "(left)"),
        ("Ann Lee, left, and Tom Ruiz were both sworn in on Monday.", "(Name, left,)"),
        ("Tom Ruiz, 26, right, and his brother Sam, 19.", "(Name, left,)"),
        ("Anna Roth (l.) und Tom Ruiz haben einen guten Draht.", "place in the photo (l.)"),
        ("Anna Roth (rechts im Bild) beim Training in Kiel.", "place in the photo (l.)"),
        ("Image caption Firefighters rest between shifts in Nowra", "caption label"),
        ("Enlarge / An early model of the phone, on a desk in 2007.", "control (Enlarge /)"),
        # a video player's caption button glued to the video's title
        ("Caption Storm closes the mountain pass for a week", "control (Caption)"),
        (
            "This video can not be played To play this video you need to enable JavaScript in"
            " your browser. Media caption, Smoke hangs over the capital",
            "caption label",
        ),
    ],
)
def test_caption_formulas_without_credit(line: str, formula: str) -> None:
    found = detect_caption(line)
    assert found is not None and found.credit is None and formula in found.reason


@pytest.mark.parametrize(
    "line",
    [
        "The head of the committee said Baghdad could ask for Russian strikes, Reuters reported.",
        "LONDON (Reuters) - British factory output fell for a third month in October.",
        "SEATTLE Jan 14, 2008 (AP)",
        '"We will not accept this," he said.',
        "- the 07:12 from Leeds to Manchester, which is cancelled",
        "Getty Images said on Tuesday it had lent 40 prints to the exhibition.",
        "The photo, taken by a local resident in 1944, shows a convoy entering the town.",
        "The president signed the bill on March 8, 2019 in Washington.",
        "Photography was banned inside the court.",
        "The ticket came courtesy of an old friend.",
        "They bought the house on credit... and then the rates went up",
        "The Audiophiliac picks 11 of the world's best headphones (pictures)",
        "He said the talks would go on, the agency AP reported",
        "Viewers could hide the caption on slide 2 of 3",
        "July 24, 2012 (AP)",
        "Business sentiment rose to a two-year high, a Thomson Reuters/INSEAD survey showed.",
        "Smart State Technology(R) lets the remote track the state of each device it controls.",
        "Starfall(R) Deluxe Edition",
        "This shows how badly the bridge has rusted since the last inspection.",
        "Turn (left) at the lights and follow the river.",
        "At the fork we turned left, and the road narrowed to a single lane.",
        "Oh, right, the chemical plant; I had forgotten all about it.",
        "Opinion pages: views from the right, left, and center.",
        "Likely team: Ann Lee, Tom Ruiz (c), Kim Park",
        "Senator Ann Lee (R)",
        'He is the author of "The Spitting Image: Myth, Memory, and the Legacy of Vietnam."',
        "Check out my before and after pics (click my name and it will take you to my pics).",
        "Posted by Mark Hill in kde at 02:50",
        "Updated: New York, Feb 3 06:41",
        "Published: March 4 2009 02:00",
        "Running time: 01:50",
        "Kickoff 19:30",
        "Your video will play in 00:25",
        "Computer Science/Systems",
        "BodyCraft Flat/Incline/Decline Weight Bench",
        "Credit Suisse shares fell",
        "Caption contest winners were named on Friday.",
        "Captions on the old films were restored by the archive.",
        "The Hobbiton Movie Set was used for The Lord of the Rings film trilogy.[336]",
        "Source: The Associated Press",
        "It rained all week. Source: the weather service.",
        "A tour operator offered a bounty to anyone who can prove the thylacine has survived to"
        " the present day. Khristian Ibarrola/JB",
        "It is only its second year as a World Cup race. ExerciseMountain BikingWeight"
        " LossRunning / JoggingNutrition",
        "She sold a photo by Ann Lee to the museum.",
        "The image caption contest drew 300 entries, the museum said.",
        "This video can not be played on older phones, the company said.",
        "Den Teig im Ofen (Mitte) in 15 Minuten goldbraun backen.",
        "Die Umfrage (Quelle: Statistisches Amt) zeigt einen Rückgang.",
        "The prints were lent for the show, and a long essay in the catalogue describes how the"
        " archive was found in a cellar, sorted over two winters by volunteers from the town and"
        " then scanned, one box at a time, for the exhibition that opens next spring in the old"
        " harbour hall (Harbour Press/Getty Images)",
        # a sentence that opens like a credit, and a paragraph with the site's notice glued on
        "Courtesy of the museum, visitors may enter for free on Sundays.",
        "The film toured eleven cities. © 2006 Example Film Institute. All rights reserved.",
    ],
)
def test_lines_that_are_not_captions(line: str) -> None:
    assert detect_caption(line) is None


def test_entities_drop_titles_parentheticals_and_agencies() -> None:
    names = [
        name
        for name, _ in caption_entities(
            "Iraqi Prime Minister Haider al-Abadi (AFP Photo) meets Speaker Nancy Pelosi (D-CA)"
        )
    ]
    assert names == ["Iraqi Prime Minister Haider al-Abadi", "Speaker Nancy Pelosi"]


def test_a_dash_ends_a_run_of_names() -> None:
    # A gallery's title glued to each slide's caption: "Harbour Week – Mayor Ann Lee ..."
    names = [name for name, _ in caption_entities("Harbour Week – Mayor Ann Lee opens the pier")]
    assert names == ["Harbour Week", "Mayor Ann Lee"]


def test_verdict_uses_entities_and_years() -> None:
    article = (
        "Iraqi Prime Minister Haider al-Abadi said in 2015 that Baghdad would welcome strikes."
    )
    fits, score, evidence = judge_caption(
        "Haider al-Abadi in Baghdad (AFP Photo)", article, credit="AFP Photo"
    )
    assert fits and score == 1.0 and evidence.shared == ("Haider al-Abadi", "Baghdad")
    assert evidence.topic_overlap == 1.0
    fits, score, evidence = judge_caption(
        "Nancy Pelosi speaks in Washington on March 8, 2019 (AFP photo)", article
    )
    assert not fits and score == 0.0 and evidence.date_conflict
    assert evidence.unshared == ("Nancy Pelosi", "Washington")


def test_caption_without_names_is_judged_by_its_topic() -> None:
    article = (
        "Shelling hit the city again on Sunday, and smoke rose over its old quarter. Residents"
        " said they had not seen fighting this close to the centre since the war began, and"
        " many of them were leaving for villages in the hills."
    )
    fits, _, evidence = judge_caption(
        "Smoke rises over the city (File photo)", article, credit="File photo"
    )
    assert fits and evidence.shared == () and evidence.unshared == ()
    assert evidence.topic_overlap == 0.5  # "smoke" is the article's, "rises" is not
    fits, _, evidence = judge_caption(
        "A long row of unsold sports-utility vehicles sits at a dealership", article
    )
    assert not fits and evidence.topic_overlap == 0.0


def test_a_credit_is_not_evidence_against_its_caption() -> None:
    article = "Wildfires forced thousands of people from their homes in southern California."
    assert judge_caption("Photo: Damian Dovarganes, AP", article)[0] is False
    fits, score, evidence = judge_caption(
        "Photo: Damian Dovarganes, AP", article, credit="Photo: Damian Dovarganes, AP"
    )
    assert fits and score == 0.5 and evidence.unshared == ()


def test_the_word_credit_glued_to_a_caption_is_not_a_name() -> None:
    article = "A water main broke under Brooklyn streets, flooding basements across the borough."
    caption = "Flooding in Brooklyn.CreditAnn Lee/The Daily Planet"
    found = detect_caption(caption)
    assert found is not None and found.credit == "Ann Lee/The Daily Planet"
    fits, _, evidence = judge_caption(caption, article, credit=found.credit)
    assert fits and evidence.shared == ("Brooklyn",) and evidence.unshared == ()


@pytest.mark.parametrize(
    "line",
    [
        "Illustration by Studio Nord; Photo by Jane Roe/Bloomberg/Getty Images.",
        "Image Designed By: Red Oak Media / Image Credit: Prada, Chanel",
        "By Tom Green/Silverhub/Rex/Shutterstock.",
    ],
)
def test_a_line_of_several_credits_is_no_evidence(line: str) -> None:
    """Once the detected credit is cut out, the rest is another credit, not a description."""
    article = "Wildfires forced thousands of people from their homes in southern California."
    found = detect_caption(line)
    assert found is not None and found.credit is not None
    fits, score, evidence = judge_caption(line, article, credit=found.credit)
    assert fits and score == 0.5 and evidence.unshared == () and evidence.topic_overlap == 0.0


def test_a_description_beside_a_second_credit_is_still_judged() -> None:
    article = "Wildfires forced thousands of people from their homes in southern California."
    line = "Nancy Pelosi speaks in Washington; photo by Jane Roe/AP"
    found = detect_caption(line)
    assert found is not None and found.credit is not None
    fits, _, evidence = judge_caption(line, article, credit=found.credit)
    assert not fits and evidence.unshared == ("Nancy Pelosi", "Washington")


def test_an_old_photo_fits_a_history_of_its_subject() -> None:
    article = (
        "Nokia sold its phone business to Microsoft in 2013. The Finnish company made some of"
        " the best-selling mobile phones of the 1990s and 2000s, from the 2110 onwards."
    )
    fits, _, evidence = judge_caption("Nokia 2110, from 1994: the phone that made Nokia.", article)
    assert fits and evidence.date_conflict


def test_captions_inline_keeps_only_fitting_captions(rules) -> None:
    text = (
        "Iraq welcomes strikes\n\n"
        "Iraqi Prime Minister Haider al-Abadi (AFP Photo)\n\n"
        "Iraqi Prime Minister Haider al-Abadi said in 2015 that he would welcome strikes.\n\n"
        "Nancy Pelosi speaks in Washington on March 8, 2019 (AFP photo)\n"
    )
    inline = Cleaner(CleanConfig(captions_inline=True), rules=rules).clean_text(text)
    assert "Haider al-Abadi (AFP Photo)" in inline.text
    assert "Pelosi" not in inline.text
    assert [c.fits_article for c in inline.captions] == [True, False]
    assert [r.field.value for r in inline.removed if r.field] == ["title", "caption"]
    default = Cleaner(CleanConfig(), rules=rules).clean_text(text)
    assert "(AFP Photo)" not in default.text and len(default.captions) == 2


def test_most_captions_not_fitting_are_doubted(cleaner: Cleaner) -> None:
    """One caption unlike the rest of the page is foreign; when most of the page's captions
    would not fit, the article's text is too thin to judge them by, and none is flagged."""
    article = (
        "Council approves the new harbour plan\n\n"
        "The city council approved the harbour plan on Tuesday after a debate of four hours, and"
        " work on the new quay is to begin in the spring.\n\n"
    )
    own = "Mayor Ann Lee at the council meeting on the harbour plan (Photo: Tom Ruiz)\n\n"
    other = "Drivers line up for the race at Silverstone (AFP Photo)\n\n"
    other2 = "Fans cheer the winning goal in Madrid (Photo: Jane Roe)\n\n"
    one = cleaner.clean_text(article + own + own.replace("meeting", "vote") + other)
    assert [c.fits_article for c in one.captions] == [True, True, False]
    most = cleaner.clean_text(article + own + other + other2)
    assert len(most.captions) == 3 and all(c.fits_article for c in most.captions)
    assert "Silverstone" not in most.text and "Madrid" not in most.text  # still out of the body


ARTICLE = (
    "Floodwater stood in the streets of New York on Wednesday, two days after the storm, and"
    " thousands of residents were still without power or heat. Volunteers handed out food and"
    " donated clothing at relief centers from Coney Island to the Rockaway neighborhood.\n\n"
    "City officials said crews were working through the night to restore electricity, but"
    " warned that some homes would need their wiring checked before power could return.\n\n"
)
ARTICLE_END = (
    "Schools in the flooded neighborhoods will stay closed until Monday, and the city has opened"
    " gyms and libraries as warming centers for residents who cannot return home.\n\n"
    "The mayor said the cost of the repairs would not be known for weeks, and asked residents"
    " to report damaged homes to the city's hotline.\n\n"
)
"""The article's end, below a caption or a gallery in its middle."""


def _article_kept(text: str) -> bool:
    """Whether the body keeps the paragraphs above and below the middle of the article."""
    return "City officials said crews" in text and "The mayor said the cost" in text


def _by_line(result) -> dict[str, str]:
    return {s.text: (s.decision.rule if s.decision else "keep") for s in result.segments}


def test_caption_above_its_credit_in_one_paragraph(cleaner: Cleaner) -> None:
    text = ARTICLE + "Foreign Minister Tzipi Livni\nPhoto: AP\n\n" + ARTICLE_END
    result = cleaner.clean_text(text)
    assert "Tzipi Livni" not in result.text and "Photo: AP" not in result.text
    assert [c.text for c in result.captions] == ["Foreign Minister Tzipi Livni", "Photo: AP"]
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Foreign Minister Tzipi Livni"] == (
        "opens a paragraph that its photo credit closes"
    )


@pytest.mark.parametrize(
    "credit",
    ["Ann Lee/City Times/Getty Images", "Tom Ruiz | Harbour News | Getty Images"],
)
def test_a_photographer_before_the_credit_still_makes_a_credit_line(credit: str) -> None:
    assert is_credit_line(credit)
    assert not is_credit_line("Smoke over the harbour/Getty Images")


def test_caption_under_its_own_copy_above_its_credit(cleaner: Cleaner) -> None:
    # Dumps repeat a caption when a page carries it twice (figure and lightbox).
    caption = "Crews pump water out of a flooded subway station in Lower Manhattan."
    text = ARTICLE + f"{caption}\n{caption}\nJane Roe/City Times/Getty Images\n\n" + ARTICLE_END
    result = cleaner.clean_text(text)
    assert caption not in result.text
    assert _article_kept(result.text)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons[caption] == "opens a paragraph that its photo credit closes"


def test_a_copy_of_a_caption_elsewhere_leaves_the_body(cleaner: Cleaner) -> None:
    # The image's alternative text above the article, its caption with the credit below.
    caption = "Crews pump water out of a flooded subway station in Lower Manhattan."
    text = (
        f"{caption}\n\n"
        + ARTICLE
        + f"{caption}\nJane Roe/City Times/Getty Images\n\n"
        + ARTICLE_END
    )
    result = cleaner.clean_text(text)
    assert caption not in result.text
    assert _article_kept(result.text)
    by_rule = {(r.rule, r.reason) for r in result.removed if r.text == caption}
    assert ("generic.caption-copy", "a copy of the caption on line 7") in by_rule
    assert [c.text for c in result.captions if c.text == caption] == [caption]


def test_a_short_line_that_repeats_a_short_caption_stays(cleaner: Cleaner) -> None:
    # A name alone may caption a portrait and stand in the article as a subheading.
    text = ARTICLE + "Jane Roe\nPhoto: AP\n\nJane Roe\n\n" + ARTICLE_END
    result = cleaner.clean_text(text)
    assert "Jane Roe" in result.text.splitlines()
    assert all(r.rule != "generic.caption-copy" for r in result.removed)


def test_caption_under_a_gallery_counter(cleaner: Cleaner) -> None:
    caption = "Crews pump water out of a flooded subway station in Lower Manhattan."
    result = cleaner.clean_text(ARTICLE + f"Image 3 of 12\n\n{caption}\n\n" + ARTICLE_END)
    assert caption not in result.text
    assert [c.text for c in result.captions] == [caption]
    assert _article_kept(result.text)


def test_captions_between_photo_viewer_controls(cleaner: Cleaner) -> None:
    slides = (
        "Fullscreen\n\n"
        "Volunteers hand out blankets at a shelter in Brooklyn. Few of them had slept since the"
        " storm reached the coast, and more people arrived every hour with what they could"
        " carry in their arms.\n\n"
        "Fullscreen\n\n"
    )
    result = cleaner.clean_text(ARTICLE + slides + ARTICLE_END)
    assert "Volunteers hand out blankets" not in result.text
    assert result.captions[0].text.startswith("Volunteers hand out blankets")
    assert _article_kept(result.text)


def test_a_paragraph_after_a_lone_viewer_button_is_kept(cleaner: Cleaner) -> None:
    paragraph = (
        "The first thing you will notice on the home screen is the redesigned menu: it is clean,"
        " it is quick, and almost everything you need lives on this one page, from the garage to"
        " the race calendar."
    )
    result = cleaner.clean_text(ARTICLE + "Enlarge\n\n" + paragraph + "\n\n" + ARTICLE_END)
    assert paragraph in result.text
    assert result.captions == ()


def _gallery(captions: list[str], title: str, copies: int) -> str:
    return "\n".join([*captions, "Hide Caption", *([title] * copies)]) + "\n\n"


SLIDES = [
    "People wait for buses on Sixth Avenue in New York on Wednesday.",
    "A woman looks through a sand-covered parking lot used as a donation center.",
    "Volunteers help clean a neighbor's damaged house in Broad Channel.",
    "People wait in line for food at a distribution center at Coney Island.",
    "A dump truck empties trash collected from homes damaged by the storm on Saturday.",
    "A volunteer places donated clothing in plastic bags at a relief center.",
]


def test_slideshow_captions_and_repeated_titles(cleaner: Cleaner) -> None:
    slides = [*SLIDES[:-1], SLIDES[-1] + " (AP Photo/Jane Roe)"]
    text = ARTICLE + _gallery(slides, "New York recovers from the storm", len(slides)) + ARTICLE_END
    result = cleaner.clean_text(text)
    assert [c.text for c in result.captions] == slides
    assert result.captions[-1].credit == "AP Photo/Jane Roe"
    assert all(c.rule == "generic.slideshow" for c in result.captions)
    assert "New York recovers" not in result.text and "Hide Caption" not in result.text
    assert _article_kept(result.text)
    # Judged as one gallery: every slide gets the gallery's verdict, though most slides
    # name no place the article names.
    assert {c.fits_article for c in result.captions} == {True}
    elsewhere = (
        "The central bank raised its main interest rate by half a point on Thursday, the third"
        " increase this year, and said inflation would stay high well into next spring.\n\n"
    )
    result = cleaner.clean_text(elsewhere + _gallery(SLIDES, "Gallery", 6) + elsewhere)
    assert [c.fits_article for c in result.captions] == [False] * 6


def test_lines_above_a_short_repeat_are_not_slides(cleaner: Cleaner) -> None:
    # Fewer than five copies, or fewer distinct lines above than copies: not a gallery.
    for text in (
        ARTICLE + _gallery(SLIDES[:3], "Share", 3) + ARTICLE_END,
        ARTICLE + _gallery(SLIDES[:4], "New York recovers from the storm", 6) + ARTICLE_END,
    ):
        result = cleaner.clean_text(text)
        assert all(c.rule != "generic.slideshow" for c in result.captions)
        assert SLIDES[0] in result.text


def test_slides_between_fullscreen_buttons_are_one_gallery(cleaner: Cleaner) -> None:
    gallery = "".join(f"Fullscreen\n\n{slide}\n\n" for slide in SLIDES) + "Fullscreen\n\n"
    result = cleaner.clean_text(ARTICLE + gallery + ARTICLE_END)
    assert [c.text for c in result.captions] == SLIDES
    assert {c.rule for c in result.captions} == {"generic.slideshow"}
    assert {c.fits_article for c in result.captions} == {True}
    assert "Fullscreen" not in result.text and _article_kept(result.text)


def test_gallery_slides_closed_by_their_button_and_count(cleaner: Cleaner) -> None:
    """Each slide one line: the gallery's title, the caption, ``Hide Caption`` and the count.
    Every slide is a caption, the one longer than a caption usually runs too."""
    long_caption = "The ferry leaves the old pier at dawn, as it has every day since 1921. " * 7
    slides = [
        f"Harbour days {caption.strip()} Hide Caption {i} of 3"
        for i, caption in enumerate((SLIDES[0], long_caption, SLIDES[1]), 1)
    ]
    text = ARTICLE + "\n\n".join(slides) + "\n\n" + ARTICLE_END
    result = cleaner.clean_text(text)
    assert [c.text for c in result.captions] == slides
    assert "Hide Caption" not in result.text and "ferry" not in result.text
    assert _article_kept(result.text)
