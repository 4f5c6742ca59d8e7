"""The processes name the pages app's models in one place (`workflows.content`); a name that no
longer matches fails `manage.py check` rather than leaving a chooser or a list quietly empty."""

from workflows import content


def test_the_seam_with_the_pages_app_holds_today():
    assert content.check_content_seam() == []


def test_a_renamed_page_type_fails_the_check(monkeypatch):
    monkeypatch.setattr(content, "ORGANISATION_PAGE", "OrganizationPage")
    errors = content.check_content_seam()
    assert [error.id for error in errors] == ["talkoo.E001"]
    assert "pages.OrganizationPage" in errors[0].msg


def test_a_settings_model_that_is_not_a_page_is_not_taken_for_one(monkeypatch):
    monkeypatch.setattr(content, "GATHERING_PAGE", "MunicipalitySettings")
    assert [error.id for error in content.check_content_seam()] == ["talkoo.E001"]


def test_a_gathering_kind_gone_fails_the_check(monkeypatch):
    monkeypatch.setattr(content, "RECREATION", "leisure")
    errors = content.check_content_seam()
    assert [error.id for error in errors] == ["talkoo.E001"]
    assert "leisure" in errors[0].msg
