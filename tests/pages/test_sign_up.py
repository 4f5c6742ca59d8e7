"""A resident signs up as a volunteer: one account, one volunteer, the consents, once."""

import uuid

from django.contrib.auth import get_user_model

import pytest

from pages.models import MunicipalitySettings
from tests import factories
from tests.helpers.translation import translate
from workflows.registry.models import Consent, Volunteer

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    return {
        "area": factories.AreaFactory(name="Keskusta"),
        "kind": factories.KindOfHelpFactory(name="Saattoapu"),
    }


@pytest.fixture
def sign_up_page(home, terms):
    return factories.VolunteerSignUpPageFactory(parent=home)


def answers(terms, **changes):
    data = {
        "first_name": "Aila",
        "last_name": "Berg",
        "email": "Aila.Berg@Vapaaehtoiset.example",
        "phone": "040 000 1234",
        "password": "kesä-ilta-2026",
        "preferred_language": "sv",
        "kinds_of_help": [terms["kind"].pk],
        "areas": [terms["area"].pk],
        "availability": ["evenings", "weekends"],
        "availability_notes": "",
        "languages": ["fi", "sv"],
        "other_languages": "",
        "privacy_consent": "on",
        "contact_sharing_consent": "on",
        "token": str(uuid.uuid4()),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_form_is_shown_in_the_pages_language(client, sign_up_page):
    response = client.get(sign_up_page.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Ilmoittaudu vapaaehtoiseksi" in content and 'name="token"' in content
    assert "no-store" in response["Cache-Control"]


def test_signing_up_stores_account_volunteer_and_consents(client, sign_up_page, terms):
    response = client.post(sign_up_page.url, answers(terms))
    assert response.status_code == 302
    assert response["Location"] == f"{sign_up_page.url}?signed_up=1"
    volunteer = Volunteer.objects.get()
    assert volunteer.user.email == "aila.berg@vapaaehtoiset.example"
    assert volunteer.user.check_password("kesä-ilta-2026")
    assert volunteer.user.groups.filter(name="Volunteers").exists()
    assert volunteer.status == Volunteer.Status.APPLICANT
    assert volunteer.preferred_language == "sv"
    assert volunteer.available_evenings and volunteer.available_weekends
    assert not volunteer.available_weekdays
    assert volunteer.speaks_swedish and not volunteer.speaks_english
    assert list(volunteer.kinds_of_help.all()) == [terms["kind"]]
    purposes = set(volunteer.consents.values_list("purpose", flat=True))
    assert purposes == {Consent.Purpose.PRIVACY_NOTICE, Consent.Purpose.CONTACT_SHARING}
    thanks = client.get(response["Location"]).content.decode()
    assert "Kiitos ilmoittautumisestasi!" in thanks and 'name="token"' not in thanks


def test_double_submit_creates_one_volunteer(client, sign_up_page, terms):
    data = answers(terms)
    first = client.post(sign_up_page.url, data)
    second = client.post(sign_up_page.url, data)
    assert first.status_code == second.status_code == 302
    assert Volunteer.objects.count() == 1
    assert get_user_model().objects.filter(email="aila.berg@vapaaehtoiset.example").count() == 1


def test_taken_email_is_answered_as_any_sign_up_and_its_owner_is_told_by_mail(
    client, home, terms, mailoutbox, django_capture_on_commit_callbacks
):
    """Nobody learns from the page whether an address has an account: the page answers as
    to anyone, the owner of the address hears of it in the language chosen on the form."""
    page = factories.VolunteerSignUpPageFactory(parent=home)
    translate(home, {}, django_capture_on_commit_callbacks)
    swedish = translate(page, {page.slug: "bli-frivillig"}, django_capture_on_commit_callbacks)
    client.post(page.url, answers(terms))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(swedish.url, answers(terms, first_name="Anders"))
    assert response.status_code == 302
    assert response["Location"] == f"{swedish.url}?signed_up=1"
    assert Volunteer.objects.count() == 1
    assert get_user_model().objects.get().first_name == "Aila"
    (mail,) = mailoutbox
    assert mail.to == ["aila.berg@vapaaehtoiset.example"]
    assert "redan har ett konto" in mail.body
    assert "/sv/mitt-frivilligarbete/" in mail.body


def test_sign_up_email_longer_than_a_user_name_is_a_form_error_not_a_crash(
    client, sign_up_page, terms
):
    email = "a" * 140 + "@kunta.example"  # 154 characters: the user name holds 150
    response = client.post(sign_up_page.url, answers(terms, email=email))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"privacy_consent": None}, "privacy_consent", "Voimme ottaa sinut mukaan vain"),
        ({"first_name": "A" * 151}, "first_name", "151"),
        ({"email": "ei-osoite"}, "email", "sähköpostiosoite"),
        ({"password": "12345678"}, "password", "numeerinen"),
        ({"kinds_of_help": [999999]}, "kinds_of_help", "999999"),
        ({"areas": None}, "areas", "pakollinen"),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_is_stored(
    client, sign_up_page, terms, changes, field, message
):
    response = client.post(sign_up_page.url, answers(terms, **changes))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors and message in " ".join(errors[field])
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Volunteer.objects.exists() and not get_user_model().objects.exists()


def test_new_volunteer_is_thanked_in_their_language_and_coordinators_are_told(
    client, sign_up_page, terms, mailoutbox, django_capture_on_commit_callbacks
):
    settings = MunicipalitySettings.objects.get()
    settings.email = "koordinaattorit@kunta.example"
    settings.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(sign_up_page.url, answers(terms))
    to_volunteer, to_coordinators = mailoutbox
    assert to_volunteer.to == ["aila.berg@vapaaehtoiset.example"]
    assert "Tack för din anmälan som frivillig" in to_volunteer.subject  # she chose Swedish
    assert "Hej Aila," in to_volunteer.body
    assert to_coordinators.to == ["koordinaattorit@kunta.example"]
    assert to_coordinators.subject == "Uusi vapaaehtoiseksi ilmoittautunut: Aila Berg"


def test_nothing_is_sent_when_the_sign_up_is_rolled_back(client, sign_up_page, terms, mailoutbox):
    # Without a commit (the test's transaction never commits) no message leaves.
    client.post(sign_up_page.url, answers(terms))
    assert mailoutbox == []


def test_an_email_taken_in_the_same_instant_is_answered_as_any_sign_up(
    client, sign_up_page, terms, monkeypatch
):
    """Two people racing with one address: the check before the insert passes for both, the
    database's unique user name stops the second, who gets the same answer as anyone."""

    client.post(sign_up_page.url, answers(terms))
    real_filter = get_user_model().objects.filter
    monkeypatch.setattr(
        get_user_model().objects,
        "filter",
        lambda *args, **kwargs: (
            real_filter(pk=-1) if "email__iexact" in kwargs else real_filter(*args, **kwargs)
        ),
    )
    response = client.post(sign_up_page.url, answers(terms, first_name="Anders"))
    assert response.status_code == 302
    assert Volunteer.objects.count() == 1
