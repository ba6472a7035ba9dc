"""Write src/treatywatch/data/dateparser/<code>.yaml: the parts of dateparser's per-language tables that
understand/datewords.py reads (month and weekday names, relative words, the small words inside dates),
for every language of data/languages/, from the dateparser installed (BSD-3-Clause; its licence is
copied beside the tables). Run after upgrading dateparser, or to give a new language its table:

    python bench/gen_dateparser_tables.py [CODE ...]
"""

from __future__ import annotations

import importlib
import shutil
import sys
from importlib import metadata
from pathlib import Path

import yaml

KEYS = ("no_word_spacing", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "year", "month", "day", "ago", "in", "skip", "pertain", "relative-type")
AGO_UNITS = ("year", "month", "day")
DATA = Path(__file__).resolve().parents[1] / "src" / "treatywatch" / "data"
# Our code (what language identification returns) -> dateparser's, where they differ: fastText says
# "no" for Norwegian, dateparser names Bokmål "nb".
DATEPARSER_CODES = {"no": "nb"}


def main(codes: list[str]) -> None:
    out = DATA / "dateparser"
    out.mkdir(exist_ok=True)
    version = metadata.version("dateparser")
    dist = metadata.distribution("dateparser")
    licence = next(f for f in dist.files or () if f.name == "LICENSE")
    shutil.copyfile(Path(str(dist.locate_file(licence))), out / "LICENSE")
    for code in codes or sorted(p.stem for p in (DATA / "languages").glob("*.yaml")):
        try:
            source = DATEPARSER_CODES.get(code, code)
            info = importlib.import_module(f"dateparser.data.date_translation_data.{source}").info
        except ImportError:
            print(f"{code}: dateparser has no table", file=sys.stderr)
            continue
        table = {k: info[k] for k in KEYS if k in info}
        # "3 years ago" as the language writes it: understand/dateago.py reads the words around the number
        ago = {unit: info.get("relative-type-regex", {}).get(f"\\1 {unit} ago") for unit in AGO_UNITS}
        if any(ago.values()):
            table["ago-templates"] = {unit: forms for unit, forms in ago.items() if forms}
        head = (f"# dateparser {version}, dateparser/data/date_translation_data/{source}.py (BSD-3-Clause,\n"
                f"# see LICENSE here): the keys understand/datewords.py reads. Written by\n"
                f"# bench/gen_dateparser_tables.py; edit the language's own date_words instead.\n")
        text = yaml.safe_dump(table, allow_unicode=True, sort_keys=False, width=200)
        (out / f"{code}.yaml").write_text(head + text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
