"""The demo's handouts: their text is data (demo/content/handouts/<name>.yaml), the
PDF is made here, a small valid one-page PDF with no PDF library needed."""

from pathlib import Path

from .content import CONTENT_DIR, load

HANDOUTS_DIR = CONTENT_DIR / "handouts"


def read_handout(path):
    """The bytes of a handout a module file names: a real file if there is one,
    else the PDF made from the text in <name>.yaml beside where it would be."""
    path = Path(path)
    if path.exists():
        return path.read_bytes()
    text = path.with_suffix(".yaml")
    if not text.exists():
        raise FileNotFoundError(path)
    data = load(text.relative_to(CONTENT_DIR))
    return pdf_bytes(data["title"], data["text"].splitlines())


def handout_titles():
    return [
        load(path.relative_to(CONTENT_DIR))["title"]
        for path in sorted(HANDOUTS_DIR.glob("*.yaml"))
    ]


def _pdf_text(text):
    encoded = text.encode("cp1252", errors="replace")
    return encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(title, lines):
    """A valid one-page PDF with a title and lines of text in Helvetica."""
    text = [b"BT /F1 18 Tf 72 720 Td (" + _pdf_text(title) + b") Tj /F1 11 Tf"]
    for index, line in enumerate(lines):
        offset = b"0 -30 Td" if index == 0 else b"0 -18 Td"
        text.append(offset + b" (" + _pdf_text(line) + b") Tj")
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
