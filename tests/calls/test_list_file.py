"""Reading a call list as Excel saves it: the preview's problems, in the reader's language, and
nothing stored before the coordinator confirms."""

from django.core.files.base import ContentFile
from django.utils import translation

import pytest

from workflows.calls import listfile
from workflows.calls.models import Resident

pytestmark = pytest.mark.django_db


def read(text, site, campaign=None, encoding="utf-8"):
    return listfile.read(ContentFile(text.encode(encoding)), site, campaign)


def test_a_finnish_excel_file_in_windows_1252_with_semicolons(home, campaign, centre):
    text = "Nimi;Puhelin;Kieli;Alue\r\nÄijä Öhman;040 123 4567;ruotsi;Keskusta\r\n;;;\r\n"
    result = read(text, home.get_site(), campaign, encoding="cp1252")
    assert result.clean
    (row,) = result.to_import
    assert (row.name, row.phone, row.language, row.area_id) == (
        "Äijä Öhman",
        "+358401234567",
        "sv",
        centre.pk,
    )
    assert not Resident.objects.exists()


def test_utf8_with_a_byte_order_mark_and_commas(home):
    text = "\ufeffname,phone\nElsa Ek,+46 70 123 45 67\nOlavi,(09) 310 1234\n"
    result = read(text, home.get_site())
    assert [row.phone for row in result.to_import] == ["+46701234567", "+35893101234"]


def test_every_rows_problem_in_the_readers_language(home):
    text = (
        "nimi;puhelin;kieli\n"
        "Aino;040 111 1111;fi\n"
        ";040 222 2222;fi\n"
        "Eino;12;fi\n"
        "Kalle;040 111 1111;fi\n"
        '=HYPERLINK("x");040 333 3333;fi\n'
        "Lempi;040 444 4444;klingon\n"
    )
    with translation.override("fi"):
        result = read(text, home.get_site())
    assert not result.clean
    problems = {row.line: row.problems for row in result.refused}
    assert problems == {
        3: ["Nimi puuttuu."],
        4: ["”12” ei ole puhelinnumero."],
        5: ["Sama puhelinnumero on rivillä 2."],
        6: ["Solussa on kaava; vain pelkät arvot tuodaan."],
        7: ["Tuntematon kieli ”klingon”: kirjoita fi, sv tai en."],
    }


def test_wrong_columns_and_unreadable_files_say_why(home):
    with translation.override("sv"):
        wrong = read("etunimi;osoite\nAino;Kirkkokatu 1\n", home.get_site())
        binary = listfile.read(ContentFile(b"PK\x03\x04\x00\x00binary"), home.get_site())
        empty = read("\n\n", home.get_site())
    assert wrong.problems[0].startswith("Den första raden ska namnge kolumnerna")
    assert binary.problems[0].startswith("Filen kunde inte läsas som en CSV-fil")
    assert empty.problems == ["Filen är tom."]


def test_too_many_rows_are_refused_whole(home, settings):
    settings.CALL_LIST_MAX_ROWS = 3
    text = "nimi;puhelin\n" + "".join(f"A{n};040 000 00{n:02d}\n" for n in range(4))
    with translation.override("en"):
        result = read(text, home.get_site())
    assert result.problems == ["The file has 4 rows; one list may have at most 3."]
    assert not result.rows


def test_a_stray_quotation_mark_is_told_not_a_crash(home):
    # Past the csv module's limit of one cell (128 kB), which a large list reaches.
    rows = "".join(f"A{n};040 000 {n:04d}\n" for n in range(9000))
    with translation.override("en"):
        result = read('nimi;puhelin\n"Aino;040 111 1111\n' + rows, home.get_site())
    assert result.problems[0].startswith("The file could not be read: a quotation mark")


def test_problems_name_the_files_own_lines(home):
    text = 'nimi;puhelin\n\n"Aino Asukas";040 111 1111\n;;\nEino;12\n"Olli;040 1\nUrho;040\n'
    with translation.override("fi"):
        result = read(text, home.get_site())
    assert result.to_import[0].name == "Aino Asukas" and result.to_import[0].line == 3
    assert [(row.line, row.problems) for row in result.refused] == [
        (5, ["”12” ei ole puhelinnumero."]),
        (
            6,
            ['Solu jatkuu usealle riville: tarkista, onko jossain ylimääräinen lainausmerkki (").'],
        ),
    ]
