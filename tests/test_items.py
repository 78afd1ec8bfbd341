"""Agenda items and sections, from short inline minutes."""

from __future__ import annotations

from minutebook.extract.items import extract_items, paragraph_text, split_sections


def _items(make_document, text):
    return [(item.number, item.title) for item in extract_items(make_document(text))]


def test_numbered_capitals_lines_are_items(make_document):
    text = (
        "Present: Councillor Ann Example (Chairman)\n\n"
        "12. APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Brown.\n\n"
        "13. MINUTES OF PREVIOUS MEETING\n\nThe minutes were agreed.\n"
    )
    assert _items(make_document, text) == [("12", "APOLOGIES FOR ABSENCE"), ("13", "MINUTES OF PREVIOUS MEETING")]


def test_agenda_reference_is_dropped_on_the_line_and_the_next_line(make_document):
    text = (
        "#### 40. Notes of meeting held on 2 May 2013 (Item A3)\n\nAgreed.\n\n"
        "## 41. Housing Strategy Update\n\n(Item B2)\n\nThe officer introduced the report.\n"
    )
    items = extract_items(make_document(text))
    assert [(i.number, i.title) for i in items] == [
        ("40", "Notes of meeting held on 2 May 2013"),
        ("41", "Housing Strategy Update"),
    ]
    sections = split_sections(make_document(text), items)
    assert "(Item B2)" not in sections[1].text


def test_sub_items_bold_headings_and_presenter_headings(make_document):
    text = (
        "#### **1. Minutes of the last meeting**\n\nAgreed.\n\n"
        "#### **Road Safety Presentation - PC Jane Doe**\n\nJD gave a presentation.\n\n"
        "### 2. **Crime Figures**\n\n"
        "#### **2.1 Quarterly figures – Tom Hughes**\n\nTH introduced the figures.\n\n"
        "#### Burglary\n\n1.4c Will be reported in quarter 3.\n\n"
        "**3. Partnership Funding**\n\nAll on target.\n"
    )
    assert _items(make_document, text) == [
        ("1", "Minutes of the last meeting"),
        (None, "Road Safety Presentation - PC Jane Doe"),
        ("2", "Crime Figures"),
        ("2.1", "Quarterly figures – Tom Hughes"),
        ("3", "Partnership Funding"),
    ]


def test_banners_labels_and_thematic_headings_are_not_items(make_document):
    text = (
        "#### **NORTHSHIRE COUNTY COUNCIL**\n\n#### ROAD SAFETY PARTNERSHIP\n\n"
        "#### **Apologies for absence**\n\nJane Doe, NCC;\n\n"
        "#### **UNRESTRICTED ITEMS**\n\n"
        "#### 5. Budget\n\nYoung People's Voice: a survey was held in schools.\n\n"
        "#### Reoffending\n\n1.8 Data is only given at county level.\n"
    )
    assert _items(make_document, text) == [("5", "Budget")]


def test_private_session_marks_following_items(make_document):
    text = (
        "#### 7. Date of next meeting\n\nNoted\n\n#### PRIVATE SESSION\n\n"
        "The Board considered the following items in private.\n\n#### 8. Contract Award\n\nAgreed.\n"
    )
    items = extract_items(make_document(text))
    assert [(i.number, i.private) for i in items] == [("7", False), ("8", True)]


def test_appendix_after_the_minutes_is_ignored(make_document):
    text = (
        "#### 20. Review Update - Presentation\n\nThe Board approved the first phase.\n\n"
        "# Minute Item 20\n\n## Terms of reference (1)\n\n- Pull together activity\n\n"
        "#### Next steps\n\n1. Develop the concept of a joint team\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [("20", "Review Update - Presentation")]
    assert "Terms of reference" not in split_sections(document, items)[0].text


def test_meeting_concluded_ends_the_minutes(make_document):
    text = "1. APOLOGIES\n\nNone.\n\nMeeting concluded: 8.30 pm\n\n2. SLIDE ONE\n"
    assert _items(make_document, text) == [("1", "APOLOGIES")]


def test_numbered_sentences_are_not_items(make_document):
    text = (
        "#### 3. Monitoring\n\n"
        "1.2 & 1.3 regarding vehicle crime had been discussed in item 3.1 and actions are being taken forward.\n\n"
        "- 1. **Co-location** of the teams was planned in January.\n"
    )
    assert _items(make_document, text) == [("3", "Monitoring")]


def test_future_meeting_dates_are_not_items(make_document):
    text = (
        "## **7. Any Other Business**\n\nNone.\n\n## **8. Date of future meetings**\n\n"
        "### **AWAY DAY - Monday 18 January, Oak Barn, Littleton**\n\nThursday 4 March\t10am -12pm\n"
    )
    assert _items(make_document, text) == [("7", "Any Other Business"), ("8", "Date of future meetings")]


def test_moderngov_table_rows(make_document):
    text = (
        "No. | Item |\n"
        "Notes of meeting held on 1 May 2015 PDF 82 KB Minutes: RESOLVED that the notes be agreed |\n"
        "Waste Strategy PDF 65 KB Additional documents: Minutes: 1. The officer introduced the report.\n"
        "RESOLVED that the strategy be noted. |\n"
        "Date of next meeting The next meeting will be held on 3 June 2016, 10am. "
        "Minutes: RESOLVED that the date be noted. |\n"
    )
    document = make_document(text)
    items = extract_items(document)
    assert [(i.number, i.title) for i in items] == [
        (None, "Notes of meeting held on 1 May 2015"),
        (None, "Waste Strategy"),
        (None, "Date of next meeting"),
    ]
    sections = split_sections(document, items)
    assert sections[0].text == "RESOLVED that the notes be agreed"
    assert [paragraph_text(p) for p in sections[1].paragraphs()] == [
        "1. The officer introduced the report.",
        "RESOLVED that the strategy be noted.",
    ]


def test_sections_split_wrapped_lines_into_paragraphs(make_document):
    text = (
        "#### 4. Funding\n"
        "The officer said that the bids had been received from twelve groups across the\n"
        "district and would be assessed.\n"
        "The Board agreed the process.\n"
        "KW\n"
        "#### 5. Any Other Business\nNone.\n"
    )
    document = make_document(text)
    sections = split_sections(document, extract_items(document))
    assert [paragraph_text(p) for p in sections[0].paragraphs()] == [
        "The officer said that the bids had been received from twelve groups across the district and would be assessed.",
        "The Board agreed the process.",
        "KW",
    ]
    assert sections[1].text == "None."


def test_item_prefix_and_exclusion_of_the_public(make_document):
    text = (
        "Item 5: Taxi Fares\n\nNoted.\n\n"
        "6. EXCLUSION OF THE PRESS AND PUBLIC\n\nRESOLVED that the public be excluded.\n\n"
        "7. STAFFING MATTER\n\nNoted.\n"
    )
    items = extract_items(make_document(text))
    assert [(i.number, i.title, i.private) for i in items] == [
        ("5", "Taxi Fares", False),
        ("6", "EXCLUSION OF THE PRESS AND PUBLIC", False),
        ("7", "STAFFING MATTER", True),
    ]
