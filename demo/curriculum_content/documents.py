# Demo prose: long sentences are wrapped by hand, as in every app's demo.py.
"""Handouts, worksheets, slides and a facilitator guide, as small one-page PDFs
written here (no PDF library needed)."""

# key: (title, language, lines of text)
DOCUMENTS = {
    "know-your-rights-card": (
        "Know your rights card",
        "en",
        [
            "Whatever your immigration status, in New York you have the right to:",
            "- the minimum wage for every hour you work;",
            "- overtime pay after the weekly limit;",
            "- a workplace free of serious hazards;",
            "- talk with your co-workers about pay and conditions.",
            "Questions? Call your worker center first.",
        ],
    ),
    "tarjeta-conozca-sus-derechos": (
        "Tarjeta: conozca sus derechos",
        "es",
        [
            "Sin importar su estatus migratorio, en Nueva York usted tiene derecho a:",
            "- el salario mínimo por cada hora que trabaja;",
            "- el pago de horas extra después del límite semanal;",
            "- un lugar de trabajo sin peligros graves;",
            "- hablar con sus compañeros sobre el pago y las condiciones.",
            "¿Preguntas? Llame primero a su centro de trabajadores.",
        ],
    ),
    "kat-konnen-dwa-ou": (
        "Kat: konnen dwa ou",
        "ht",
        [
            "Kèlkeswa estati imigrasyon ou, nan New York ou gen dwa:",
            "- touche salè minimòm pou chak èdtan ou travay;",
            "- touche lè siplemantè apre limit semèn nan;",
            "- travay nan yon plas san gwo danje;",
            "- pale ak kanmarad ou sou salè ak kondisyon travay.",
            "Ou gen kesyon? Rele sant travayè ou an anvan.",
        ],
    ),
    "hours-and-pay-log": (
        "Hours and pay log",
        "en",
        [
            "Date | Start | End | Breaks | Supervisor | Pay received",
            "Write it down the same day. Keep your pay stubs with this log.",
        ],
    ),
    "registro-de-horas-y-pagos": (
        "Registro de horas y pagos",
        "es",
        [
            "Fecha | Entrada | Salida | Descansos | Supervisor | Pago recibido",
            "Anótelo el mismo día. Guarde sus talones de pago con este registro.",
        ],
    ),
    "heat-illness-warning-signs": (
        "Heat illness warning signs",
        "en",
        [
            "Heat exhaustion: heavy sweating, dizziness, headache, cramps, nausea.",
            "Heat stroke is an emergency: confusion, fainting, hot dry skin, seizures.",
            "Call 911, move the person to the shade, cool them with water.",
            "Our crew plan: who watches, where the shade is, who calls for help.",
        ],
    ),
    "senales-de-alerta-del-calor": (
        "Señales de alerta del calor",
        "es",
        [
            "Agotamiento por calor: sudor abundante, mareo, dolor de cabeza, calambres, náuseas.",
            "El golpe de calor es una emergencia: confusión, desmayo, piel caliente y seca, convulsiones.",
            "Llame al 911, lleve a la persona a la sombra, refrésquela con agua.",
            "Plan de la cuadrilla: quién vigila, dónde está la sombra, quién pide ayuda.",
        ],
    ),
    "one-on-one-conversation-guide": (
        "One-on-one conversation guide",
        "en",
        [
            "1. Connect: ask about their life, not only about work.",
            "2. Listen: what does this co-worker care about most?",
            "3. Agitate: what happens if nothing changes?",
            "4. Ask: a clear request, with a time and a place.",
            "Talk less than half the time.",
        ],
    ),
    "workplace-map-template": (
        "Workplace map template",
        "en",
        [
            "Draw entrances, departments, lines, break rooms and the parking lot.",
            "Dots: one per worker, first name or nickname only.",
            "Green: strong support. Yellow: undecided. Red: opposed or unknown.",
            "Keep this map private and destroy old copies.",
        ],
    ),
    "meeting-agenda-template": (
        "Meeting agenda template",
        "en",
        [
            "Purpose of the meeting:",
            "Roles: chair, timekeeper, note taker, interpreter.",
            "Item | Inform, discuss or decide | Who | Minutes",
            "Decisions and who does what by when:",
        ],
    ),
    "rapid-response-plan-template": (
        "Rapid response plan template",
        "en",
        [
            "Hotline number:",
            "Who calls the hotline:",
            "Who writes down what happens:",
            "Who contacts the families:",
            "Remember: you have the right to remain silent.",
        ],
    ),
    "facilitation-skills-slides": (
        "Facilitation skills: slides",
        "en",
        [
            "The learning cycle: experience, reflection, new idea, practice.",
            "Activities that work: go-arounds, small groups, role-plays.",
            "Hard moments: thank, check in, follow up in private.",
            "Feedback: two things that worked, one thing to try.",
        ],
    ),
}


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
