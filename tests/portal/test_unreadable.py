"""Requests that cannot be read get 400 and a page saying so, never a 500: a NUL byte in an
address, a form posted in another character set than UTF-8, an over-long e-mail address."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home):
    return {
        "sign_up": factories.VolunteerSignUpPageFactory(parent=home),
        "help": factories.HelpRequestPageFactory(parent=home),
        "search": factories.SearchPageFactory(parent=home),
    }


@pytest.mark.parametrize(
    "address",
    [
        "/fi/avunpyynto/abc%00/",
        "/fi/todistukset/a%00b/",
        "/fi/oma-vapaaehtoisuus/kirjaudu/?next=/%00",
        "/fi/?q=%00",
        "/workflows/%00/",
        "/admin/login/?next=%00",
    ],
)
def test_a_nul_byte_in_the_address_is_a_bad_request(client, pages, address):
    client.raise_request_exception = False
    response = client.get(address)
    assert response.status_code == 400
    assert "Pyyntöä ei voitu lukea" in response.content.decode()


def test_a_nul_byte_in_a_search_is_a_bad_request(client, pages):
    client.raise_request_exception = False
    assert client.get(pages["search"].url + "?q=a%00b").status_code == 400


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "nonsense", "latin-1"])
@pytest.mark.parametrize("page", ["sign_up", "help"])
def test_a_form_in_another_charset_than_utf8_is_a_bad_request(client, pages, page, charset):
    client.raise_request_exception = False
    body = "first_name=Äila".encode("utf-16" if charset.startswith("utf") else "latin-1")
    response = client.generic(
        "POST",
        pages[page].url,
        body,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400


def test_a_form_in_utf8_is_read_as_ever(client, pages):
    response = client.post(
        pages["sign_up"].url,
        "first_name=%C3%84lli",
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 200
    assert 'value="Älli"' in response.content.decode()


def test_a_login_with_a_nul_byte_in_the_form_is_a_form_error(client, applicant):
    response = client.post(
        "/fi/oma-vapaaehtoisuus/kirjaudu/", {"username": "a\x00b@x.fi", "password": "x"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_bad_request_page_speaks_the_addresss_language(client, pages):
    client.raise_request_exception = False
    response = client.get("/sv/?q=%00")
    assert response.status_code == 400
    content = response.content.decode()
    assert 'lang="sv"' in content and "Begäran kunde inte läsas" in content
