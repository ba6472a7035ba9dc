"""The exceptions treatywatch raises on purpose, and only these.

    TreatywatchError              anything the user can act on; the CLI prints ``error: ...``, exits 2
     ├── ConfigError              a setting is wrong: unknown database URL, bad treatywatch.toml
     ├── StoreError               the database cannot be opened, migrated, read or written
     │    └── MigrationError      the schema could not be brought to the current revision
     ├── DataError                a data file (data/ or TREATYWATCH_DATA_DIR) does not fit its schema
     │    ├── LexiconError        treaties, actors, languages, triggers, names (treatywatch.lexicon)
     │    └── ReferenceTableError reference.yaml (treatywatch.know.reference)
     ├── NotFoundError            an article id (or version) that is not in the store
     ├── ArgumentError            a filter the user typed: not a date, an unknown treaty/actor/speaker slug,
     │                            a path that does not exist, a report format not supported
     └── ExportError              an export folder cannot be written

Bad *input* is not an exception: a reader turns it into ``Rejected`` and the batch goes on
(STYLE.md, habit 5). Any other exception is a bug; the CLI still catches it at the edge so that no
traceback reaches the user, and says it is one.
"""

from __future__ import annotations


class TreatywatchError(Exception):
    """Base class: the message is one clear line meant for the user."""


class ConfigError(TreatywatchError):
    """A setting (flag, environment variable or treatywatch.toml) cannot be used."""


class StoreError(TreatywatchError):
    """The database cannot be opened, migrated, read or written."""


class MigrationError(StoreError):
    """The schema could not be brought to the current revision."""


class DataError(TreatywatchError):
    """A data file does not fit its schema or the rest of the data: ``file: place: what is wrong``."""


class NotFoundError(TreatywatchError):
    """An article id or version that the store does not hold."""


class ArgumentError(TreatywatchError):
    """A value the user typed that cannot mean anything: the message says what would be accepted."""


class ExportError(TreatywatchError):
    """An export cannot be written where it was asked to go."""
