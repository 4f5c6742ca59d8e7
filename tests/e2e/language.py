"""The language gate the browser tests share: a Finnish or Swedish page says nothing in
English, and reads no icon's ligature name aloud.

What a person meets on the page (its text, also what is only read aloud, and the names,
titles and placeholders of its controls) is compared with

- every English message the installed apps and our own catalogues could show, which has no
  translation in the page's language (so a Wagtail, wagtail-localize, viewflow or Django
  string that nobody translated is caught, placeholders and all);
- English function words ("the", "your", "has"…), which neither language uses, for English
  written straight into an upstream template;
- the text of Material icons, whose ligature names ("arrow_drop_down") a screen reader reads
  unless the icon is hidden from it.

Text marked as another language (lang="en", e.g. a language chooser's "English") is left
out: it is said in that language on purpose.
"""

import re
from functools import cache
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import trans_real

import polib

# Words of English that are not words of Finnish or Swedish (not "to", a Finnish weekday; not
# "by" or "be", Swedish words; not "on", a Finnish one).
# Month and weekday names only where Swedish spells them otherwise ("december" is Swedish).
ENGLISH_WORDS = frozenset(
    re.findall(
        r"\w+",
        """the and of your you this that with is are has have will not been please there which
        their these those would could should open close show hide toggle navigation menu search
        edit delete save cancel select options more next previous ago actions
        january february march june july october
        monday tuesday wednesday thursday friday saturday sunday""",
    )
)
WORD = re.compile(r"[A-Za-zÅÄÖåäö]+")
PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|%[sdif]|\{[^}]*\}")

# What the page says to a person, as strings: text nodes and whole short elements (a button
# reads "Publish in Svenska" though its parts are in two elements), the accessible names and
# hints of controls, and the text of icons not hidden from assistive technology.
COLLECT_TEXT = """
() => {
  const own = document.documentElement.lang;
  const skip = (el) =>
    el.closest('script, style, noscript, template, [aria-hidden="true"], [hidden]')
    || (el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== own);
  const shown = (el) => el.checkVisibility ? el.checkVisibility() : true;
  // A control named by aria-label is heard by that name, not by its content.
  const named = (el) => {
    const control = el.closest('button, a, [role=button], [role=link]');
    return control && control.hasAttribute('aria-label');
  };
  const texts = [], icons = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || skip(el) || !shown(el) || named(el)) continue;
    texts.push(node.textContent);
    if (el.textContent.length < 200) texts.push(el.textContent);
    if (el.closest('.material-icons, .material-symbols-outlined'))
      icons.push(node.textContent.trim());
  }
  const named_ones = '[aria-label], [title], [placeholder], [alt], input[type=submit], '
    + 'input[type=button]';
  for (const el of document.querySelectorAll(named_ones)) {
    if (skip(el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
      if (el.getAttribute(name)) texts.push(el.getAttribute(name));
    if (el.matches('input[type=submit], input[type=button]') && el.value) texts.push(el.value);
  }
  texts.push(document.title);
  return {texts, icons};
}
"""


def _normal(text):
    return " ".join(text.split())


def _catalogue_files(domain):
    """Every installed catalogue of `domain` (django or djangojs), in English and in each
    language: (language, path)."""
    directories = [Path(django.__file__).parent / "conf" / "locale"]
    directories += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    directories += [Path(path) for path in settings.LOCALE_PATHS]
    for directory in directories:
        yield from ((path.parts[-3], path) for path in directory.glob(f"*/LC_MESSAGES/{domain}.po"))


@cache
def _messages():
    """Every message the installed apps and our catalogues may show, and the ones each
    language translates: ({(context, msgid)}, {language: {(context, msgid)}})."""
    every, translated = set(), {}
    for domain in ("django", "djangojs"):
        for language, path in _catalogue_files(domain):
            for entry in polib.pofile(str(path)):
                if entry.obsolete:
                    continue
                key = (entry.msgctxt, _normal(entry.msgid))
                every.add(key)
                if entry.msgid_plural:
                    every.add((entry.msgctxt, _normal(entry.msgid_plural)))
                if entry.translated() and not entry.fuzzy:
                    translated.setdefault(language, set()).add(key)
                    if entry.msgid_plural:
                        translated[language].add((entry.msgctxt, _normal(entry.msgid_plural)))
    return every, translated


def _english_pattern(msgid):
    """A message as a pattern of what it shows: its placeholders match anything."""
    parts = PLACEHOLDER.split(msgid)
    return ".+?".join(re.escape(part) for part in parts)


@cache
def untranslated(language):
    """A pattern matching, whole, any English message shown untranslated in `language`.
    Messages without a letter of English in them ("%s", "—") or of one short word are left
    out: they say nothing, or are the same in every language ("OK")."""
    every, translated = _messages()
    with translation.override(language):
        # The catalogue Django uses at run time, our own LOCALE_PATHS first.
        catalogue = trans_real.translation(language)._catalog
    missing = set()
    for context, msgid in every - translated.get(language, set()):
        key = f"{context}\x04{msgid}" if context else msgid
        if key in catalogue or (key, 0) in catalogue:
            continue
        words = WORD.findall(PLACEHOLDER.sub("", msgid))
        if len(words) < 2 and (not words or len(words[0]) < 6):
            continue
        missing.add(msgid)
    patterns = sorted((_english_pattern(msgid) for msgid in missing), key=len, reverse=True)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def english_in(page, language):
    """What on the page is English or an icon's name read aloud, as readable lines."""
    found = page.evaluate(COLLECT_TEXT)
    pattern = untranslated(language)
    problems = []
    for text in dict.fromkeys(_normal(text) for text in found["texts"] if text.strip()):
        if pattern.fullmatch(text):
            problems.append(f"untranslated message: {text!r}")
        elif ENGLISH_WORDS & {word.lower() for word in WORD.findall(text)}:
            problems.append(f"English words: {text!r}")
    problems += [f"icon name read aloud: {name!r}" for name in dict.fromkeys(found["icons"])]
    return problems


def assert_speaks(page, language):
    """The page says nothing in English and reads no icon's name aloud."""
    assert language in settings.LANGUAGE_CODE or language in dict(settings.LANGUAGES)
    problems = english_in(page, language)
    assert not problems, f"{page.url} ({language}):\n" + "\n".join(problems)
