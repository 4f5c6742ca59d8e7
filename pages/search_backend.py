"""Wagtail's PostgreSQL search backend, speaking each page's own language.

Wagtail's database backend indexes and queries everything with one text-search configuration.
Here every object is indexed with the configuration of its locale (`finnish` for fi, `swedish`
for sv), and a search in a locale queries with that locale's configuration, so that "talkoot"
finds "talkoita" and "frivilliga" finds "frivillig".
"""

import copy
from collections import defaultdict

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

TEXT_SEARCH_CONFIGS = {"fi": "finnish", "sv": "swedish", "en": "english"}


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        language_by_locale = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[language_by_locale.get(getattr(obj, "locale_id", None))].append(obj)
        for language, group in groups.items():
            PostgresIndex(self.backend.for_language(language)).add_items(model, group)


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalePostgresIndex

    def for_language(self, language_code):
        """This backend with the text-search configuration of `language_code`."""
        backend = copy.copy(self)
        backend.config = TEXT_SEARCH_CONFIGS.get(language_code, self.config)
        return backend


SearchBackend = LocalePostgresSearchBackend
