"""Every instrument file loads and validates; a malformed one is refused naming file and field."""

from __future__ import annotations

import pytest
import yaml

from netwerkkaart.core.reflection import (
    InstrumentError,
    builtin_ids,
    builtin_instrument,
    load_instrument,
    load_instrument_text,
)
from netwerkkaart.core.reflection.loader import DEFINITIONS_DIR
from netwerkkaart.core.reflection.schema import PICTURE_KINDS

# DOMAIN.md §5: the nineteen instruments, and the local government's role of §4 (directing role,
# 3P financing; seed 002).
EXPECTED = {
    "vijf_redenen", "intergemeentelijke_noodzaak", "coordinatiematrix", "eerst_denken",
    "negen_problemen", "deelnemer_netwerkmanager", "vijf_condities", "motieven",
    "intensiteit_domeinen", "portfolio", "positionering", "maatschappelijke_zeshoek",
    "netwerkorganisatie", "vorm_volgt_inhoud", "netwerkleiderschap", "governancemodel",
    "toezicht_ego_eco", "proceswiel", "dilemmas", "regierol_lokaal_bestuur", "financiering_3p",
}  # fmt: skip


def test_the_nineteen_instruments_and_the_local_government_role_ship():
    assert set(builtin_ids()) == EXPECTED


@pytest.mark.parametrize("instrument_id", sorted(EXPECTED))
def test_each_file_loads_with_texts_in_both_languages(instrument_id):
    instrument = builtin_instrument(instrument_id)
    assert instrument.id == instrument_id  # the id is the file name
    assert instrument.picture["kind"] in PICTURE_KINDS
    assert instrument.source["reference"]
    assert instrument.source["seed"] in ("000", "002", "003", "004")
    for item in instrument.items():
        assert item.label.nl and item.label.en and item.label.nl != item.label.en
    assert instrument.title.nl != instrument.title.en


def broken(change) -> str:
    data = yaml.safe_load((DEFINITIONS_DIR / "eerst_denken.yaml").read_text(encoding="utf-8"))
    change(data)
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda d: d["dimensions"][0]["items"][1].update(type="likrt"),
         "dimensions[0].items[1].type", "'likrt' is not one of"),
        (lambda d: d["title"].pop("en"), "title", "'en' is a required property"),
        (lambda d: d["dimensions"][0]["items"][1].update(id="alleen_twee")
         or d["dimensions"][0]["items"][2].update(id="alleen_twee"),
         "dimensions[0].items[2].id", "'alleen_twee' is used twice"),
        (lambda d: d["scoring"][0]["nodes"][1].update(item="bestaat_niet"),
         "scoring[0].nodes[1].item", "unknown item 'bestaat_niet'"),
        (lambda d: d["scoring"][0]["nodes"][3]["branches"][0].update(outcome="nergens"),
         "scoring[0].nodes[3].branches[0].outcome", "unknown outcome 'nergens'"),
        (lambda d: (d["scoring"][0]["nodes"][3]["branches"][1].pop("outcome"),
                    d["scoring"][0]["nodes"][3]["branches"][1].update(next="reden")),
         "scoring[0].nodes", "loops back to 'reden'"),
        (lambda d: d["picture"].update(kind="taart"), "picture.kind", "'taart' is not one of"),
        (lambda d: d.pop("purpose"), "(top)", "'purpose' is a required property"),
        (lambda d: d.update(purpose="vrije_tijd"), "purpose", "'vrije_tijd' is not one of"),
        (lambda d: d.pop("when_to_use"), "(top)", "'when_to_use' is a required property"),
        (lambda d: d["when_to_use"].pop("en"), "when_to_use", "'en' is a required property"),
    ],
)  # fmt: skip
def test_a_malformed_file_is_refused_naming_file_and_field(change, field, message):
    with pytest.raises(InstrumentError) as caught:
        load_instrument_text(broken(change), "kapot.yaml")
    assert caught.value.source == "kapot.yaml"
    assert caught.value.field == field
    assert message in caught.value.message
    assert str(caught.value).startswith(f"kapot.yaml: {field}: ")


def test_not_yaml_and_not_a_mapping_are_refused(tmp_path):
    with pytest.raises(InstrumentError, match=r"kapot.yaml: \(file\): is not valid YAML"):
        load_instrument_text("id: [", "kapot.yaml")
    with pytest.raises(InstrumentError, match="mapping at the top level"):
        load_instrument_text("- een lijst", "kapot.yaml")
    missing = tmp_path / "weg.yaml"
    with pytest.raises(InstrumentError, match=r"weg.yaml: \(file\): cannot be read"):
        load_instrument(missing)


def test_adding_an_instrument_is_one_file(tmp_path):
    data = yaml.safe_load((DEFINITIONS_DIR / "motieven.yaml").read_text(encoding="utf-8"))
    data["id"] = "mijn_eigen"
    path = tmp_path / "mijn_eigen.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_instrument(path).id == "mijn_eigen"


def test_every_instrument_says_what_it_is_for_and_when_to_use_it():
    from netwerkkaart.core.reflection.purposes import PURPOSES

    seen = {purpose: 0 for purpose in PURPOSES}
    for instrument_id in builtin_ids():
        instrument = builtin_instrument(instrument_id)
        seen[instrument.purpose] += 1
        for lang in ("nl", "en"):
            line = instrument.when_to_use.get(lang)
            assert line.endswith((".", "?")) and "\n" not in line and len(line) < 140, instrument_id
    assert all(seen.values()), "every purpose group holds at least one instrument"
    assert sum(seen.values()) == 21
