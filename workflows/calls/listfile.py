"""Reading a call list from a spreadsheet file, as Excel saves it: CSV separated by `;` (a
Finnish Excel) or `,`, in UTF-8 with or without a byte-order mark, or in Windows-1252.

`read(file, site, campaign)` stores nothing: it returns the rows it would import and every
problem, each in the reader's language, so the coordinator sees a preview and confirms a clean
one. A row is refused for a missing name, a phone number that is not one, a formula in a cell
or a phone number twice in the file; a resident already on the campaign's list or on the
municipality's do-not-call list is left out and said so.
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

import phonenumbers

from workflows.registry.models import Area

from .models import DoNotCall, Language, Resident

MAX_BYTES = 5 * 1024 * 1024

# The columns a list may have, by the names a Finnish, Swedish or English file gives them.
COLUMNS = {
    "name": {"name", "nimi", "namn", "full name", "koko nimi", "fullständigt namn"},
    "phone": {"phone", "puhelin", "puhelinnumero", "telefon", "telefonnummer", "puh"},
    "language": {"language", "kieli", "asiointikieli", "språk"},
    "area": {"area", "alue", "kaupunginosa", "område", "stadsdel"},
}
REQUIRED = ("name", "phone")
LANGUAGES = {
    "fi": "fi",
    "suomi": "fi",
    "finnish": "fi",
    "finska": "fi",
    "sv": "sv",
    "ruotsi": "sv",
    "svenska": "sv",
    "swedish": "sv",
    "en": "en",
    "englanti": "en",
    "english": "en",
    "engelska": "en",
}
# A cell a spreadsheet would run as a formula (CSV injection) is not taken as data.
FORMULA_START = ("=", "@", "\t", "\r")


@dataclass
class Row:
    line: int
    name: str = ""
    phone: str = ""
    language: str = Language.FINNISH
    area_id: int | None = None
    area_name: str = ""
    problems: list = field(default_factory=list)
    left_out: str = ""

    def as_data(self):
        return [self.name, self.phone, self.language, self.area_id]

    @property
    def language_label(self):
        return Language(self.language).label


@dataclass
class ListFile:
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # of the file as a whole

    @property
    def clean(self):
        return not self.problems and not any(row.problems for row in self.rows)

    @property
    def to_import(self):
        return [row for row in self.rows if not row.problems and not row.left_out]

    @property
    def left_out(self):
        return [row for row in self.rows if row.left_out]

    @property
    def refused(self):
        return [row for row in self.rows if row.problems]


def normalise_phone(text):
    """`text` as an E.164 number (+358401234567), Finnish when it has no country code; None
    when it is not a valid phone number (the numbering plan's lengths and prefixes: "040 12" is
    a typing mistake, not a number)."""
    try:
        number = phonenumbers.parse(text, settings.PHONENUMBER_DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def decode(data):
    """The file's text: UTF-8 (a byte-order mark dropped), else Windows-1252; None when it is
    neither (e.g. a saved .xlsx)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    return None


def read(upload, site, campaign=None):
    """The rows of the uploaded list and their problems; nothing is stored."""
    result = ListFile()
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        result.problems.append(_("The file is larger than 5 MB. Split the list into parts."))
        return result
    text = decode(data)
    if text is None:
        result.problems.append(
            _(
                "The file could not be read as a CSV file. In Excel, choose Save as → "
                "CSV (semicolon delimited) or CSV UTF-8."
            )
        )
        return result
    records = _records(text)
    if records is None:
        result.problems.append(
            _(
                'The file could not be read: a quotation mark (") opens a cell that never '
                "closes. Check the cells that begin with a quotation mark."
            )
        )
        return result
    if not records:
        result.problems.append(_("The file is empty."))
        return result
    header, records = records[0][1], records[1:]
    columns = _columns(header)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        result.problems.append(
            _(
                "The first line must name the columns: at least a name (nimi, namn) and a "
                "phone (puhelin, telefon); language (kieli, språk) and area (alue, område) "
                "may follow. This file's first line is: %(header)s"
            )
            % {"header": "; ".join(header)}
        )
        return result
    if len(records) > settings.CALL_LIST_MAX_ROWS:
        result.problems.append(
            _("The file has %(rows)s rows; one list may have at most %(most)s.")
            % {"rows": len(records), "most": settings.CALL_LIST_MAX_ROWS}
        )
        return result
    areas = _areas()
    for number, record in records:
        result.rows.append(_row(number, record, columns, areas))
    _mark_duplicates(result.rows, site, campaign)
    return result


def _records(text):
    """[(the line the row starts on, its cells)] of the rows that hold anything, in the file's
    own line numbers (a quoted cell may span lines, as Excel writes them); None when the file is
    not CSV (a quotation mark that never closes)."""
    first = next((line for line in text.splitlines() if line.strip(" ;,\t")), "")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records, start = [], 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append((start, record))
            start = reader.line_num + 1
    except csv.Error:
        return None
    return records


def _columns(header):
    found = {}
    for index, title in enumerate(header):
        title = title.strip().strip('"').lower()
        for name, titles in COLUMNS.items():
            if title in titles and name not in found:
                found[name] = index
    return found


def _areas():
    """Area names (in any language, lower case) to the source-language term's pk."""
    names = {}
    for area in Area.objects.select_related("locale"):
        names[area.name.strip().lower()] = area.translation_key
    keys = dict(
        Area.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "translation_key", "pk"
        )
    )
    return {name: keys.get(key) for name, key in names.items()}


def _cell(record, columns, name):
    index = columns.get(name)
    if index is None or index >= len(record):
        return ""
    return record[index].strip()


def _row(number, record, columns, areas):
    row = Row(line=number)
    cells = {name: _cell(record, columns, name) for name in columns}
    if any(value.startswith(FORMULA_START) for value in cells.values()):
        row.problems.append(_("A cell holds a formula; only plain values are imported."))
        return row
    if any("\n" in value for value in cells.values()):
        # A quotation mark that closes lines later swallows the rows between into one cell.
        row.problems.append(
            _('A cell runs over several lines: check for a stray quotation mark (").')
        )
        return row
    row.name = cells.get("name", "")[:150]
    if not row.name:
        row.problems.append(_("The name is missing."))
    raw_phone = cells.get("phone", "")
    row.phone = normalise_phone(raw_phone) or ""
    if not raw_phone:
        row.problems.append(_("The phone number is missing."))
    elif not row.phone:
        row.phone = raw_phone
        row.problems.append(_("“%(phone)s” is not a phone number.") % {"phone": raw_phone[:40]})
    language = cells.get("language", "").lower()
    if language:
        if language in LANGUAGES:
            row.language = LANGUAGES[language]
        else:
            row.problems.append(
                _("Unknown language “%(language)s”: write fi, sv or en.")
                % {"language": language[:20]}
            )
    area = cells.get("area", "")
    if area:
        row.area_name = area[:100]
        row.area_id = areas.get(area.lower())
        if row.area_id is None:
            row.problems.append(_("Unknown area “%(area)s”.") % {"area": area[:100]})
    return row


def _mark_duplicates(rows, site, campaign):
    phones = [row.phone for row in rows if row.phone and not row.problems]
    first_line = {}
    for row in rows:
        if not row.phone or row.problems:
            continue
        if row.phone in first_line:
            row.problems.append(
                _("The same phone number is on line %(line)s.") % {"line": first_line[row.phone]}
            )
        else:
            first_line[row.phone] = row.line
    listed = set()
    if campaign is not None:
        listed = {
            phone.as_e164
            for phone in Resident.objects.filter(campaign=campaign, phone__in=phones).values_list(
                "phone", flat=True
            )
        }
    barred = {
        phone.as_e164
        for phone in DoNotCall.objects.filter(site=site, phone__in=phones).values_list(
            "phone", flat=True
        )
    }
    for row in rows:
        if row.problems:
            continue
        if row.phone in barred:
            row.left_out = _("On the do-not-call list: left out.")
        elif row.phone in listed:
            row.left_out = _("Already on this campaign's list: left out.")
