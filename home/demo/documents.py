"""The demo documents, written as small text PDFs in code so that the repository holds no binary blobs.

The PDF is built by hand (a catalogue, one A4 page per chunk of lines, two standard fonts) and is
byte-for-byte the same on every run, so loading the demo twice finds the same file.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 56
LINES_PER_PAGE = 46
LEADING = 16

LAY_PARTNER_GUIDE = [
    ("title", "Lay partner guide"),
    ("text", "Side by Side - Brackenford and Weir Valley (a demonstration programme)"),
    ("heading", "What a lay partner does"),
    (
        "text",
        "A lay partner is a patient, carer or local person who joins an improvement project as an "
        "equal member of the team. You bring what you know from using services. Staff bring what "
        "they know from running them. Together you decide what to change and check that it worked.",
    ),
    ("heading", "How much time it takes"),
    (
        "text",
        "Most projects meet for about two hours a month, for six to twelve months. You can join "
        "meetings in person, by video call or by phone. We try to have two lay partners on every "
        "project, so that you are never the only person in the room who is not staff.",
    ),
    ("heading", "Before you start"),
    (
        "text",
        "We meet you for a short briefing about the project and the people in it. You can come to "
        "one taster meeting first. There is no obligation to carry on after it.",
    ),
    ("heading", "Expenses and payment"),
    (
        "text",
        "We pay travel, parking and care costs for every meeting. For project work we also offer a "
        "payment for your time. If you receive benefits, talk to us first: we can help you check "
        "how payment might affect them, or you can choose not to be paid.",
    ),
    ("heading", "Support"),
    (
        "text",
        "Every lay partner has a named contact in the Side by Side team. You can also ask for a "
        "buddy: someone who has been a lay partner before and can answer your questions.",
    ),
    ("heading", "Contact us"),
    ("text", "Email sidebyside@example.org or phone 01632 960 418, Monday to Friday, 9am to 5pm."),
]

DOCUMENT_CONTENT = {"lay-partner-guide": LAY_PARTNER_GUIDE}

STYLES = {"title": ("F2", 20), "heading": ("F2", 13), "text": ("F1", 11)}


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def layout(content):
    """Wrap the paragraphs into (font, size, text) lines, with a blank line before each heading."""
    lines = []
    for style, text in content:
        font, size = STYLES[style]
        if style == "heading":
            lines.append(("F1", 11, ""))
        width = 80 if style == "text" else 60
        lines.extend((font, size, part) for part in textwrap.wrap(text, width))
    return lines


def page_stream(lines):
    commands = ["BT", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td", f"{LEADING} TL"]
    for font, size, text in lines:
        commands.append(f"/{font} {size} Tf ({escape(text)}) '")
    commands.append("ET")
    return "\n".join(commands).encode("latin-1")


def build_pdf(title, content):
    lines = layout(content)
    chunks = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    first_page = 5
    page_ids = [first_page + 2 * n for n in range(len(chunks))]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>",
        b"<< /Type /Pages /Kids [" + " ".join(f"{i} 0 R" for i in page_ids).encode() + b"] /Count %d >>" % len(chunks),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, chunk in zip(page_ids, chunks, strict=True):
        stream = page_stream(chunk)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_WIDTH, PAGE_HEIGHT)
            + b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Title (" + escape(title).encode("latin-1") + b") /Author (Side by Side) >>")
    return assemble(objects)


def assemble(objects):
    """Number the objects, then write the cross-reference table that points at each one."""
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    output += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(output)
