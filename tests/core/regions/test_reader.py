"""The region files: read whole or refused whole, every problem at once, in Dutch and English."""

from __future__ import annotations

import json
import zipfile

import pytest

from netwerkkaart.core.dataformat import DataFormatError
from netwerkkaart.core.regions.generate import demo
from netwerkkaart.core.regions.reader import read_region_data
from netwerkkaart.core.regions.writer import write_region_data

TYPES = "demand_type,complexity,products\nhuisarts,standaard,gp\nthuiszorg,complex,gp;nurse\n"


def _write(folder, **files):
    for name, text in files.items():
        (folder / name.replace("_csv", ".csv")).write_text(text, encoding="utf-8")
    return folder


def _good(folder):
    return _write(
        folder,
        municipalities_csv="code,name,population,zone\na,A,100,Z\nb,B,200,Z\nc,C,300,Y\n",
        neighbours_csv="a,b\na,b\nb,c\n",
        offer_csv="municipality,product\na,gp\nb,nurse\n",
        demand_types_csv=TYPES,
    )


def _codes(error):
    return [(i.file, i.code, i.row) for i in error.value.issues]


def test_a_folder_of_csv_files_is_read(tmp_path):
    read = read_region_data(_good(tmp_path))
    data = read.data
    assert data.codes == ["a", "b", "c"] and data.neighbours["b"] == {"a", "c"}
    assert data.products_of("a") == {"gp"} and data.demand_type("thuiszorg").products == (
        "gp",
        "nurse",
    )
    assert data.municipality("c").zone == "Y" and data.demand is None
    assert read.warnings == []


def test_every_problem_of_every_file_is_reported_at_once(tmp_path):
    _good(tmp_path)
    _write(tmp_path, neighbours_csv="a,b\na,b\nb,x\nc,c\n",
           offer_csv="municipality,product\nq,gp\n",
           demand_types_csv="demand_type,complexity,products\nd,simpel,gp\n",
           demand_csv="municipality,demand_type\na,onbekend\n")  # fmt: skip
    with pytest.raises(DataFormatError) as error:
        read_region_data(tmp_path)
    found = _codes(error)
    assert ("neighbours.csv", "unknown_municipality", 3) in found
    assert ("neighbours.csv", "self_neighbour", 4) in found
    assert ("offer.csv", "unknown_municipality", 2) in found
    assert ("demand_types.csv", "unknown_code", 2) in found
    assert ("demand.csv", "unknown_demand_type", 2) in found
    english = error.value.render("en")
    assert "'x' is not a municipality of municipalities.csv" in english
    assert "'x' is geen gemeente uit municipalities.csv" in error.value.render("nl")


def test_islands_one_way_borders_and_products_offered_nowhere_are_warnings(tmp_path):
    _good(tmp_path)
    _write(tmp_path, municipalities_csv="code,name\na,A\nb,B\nc,C\nd,D\n",
           neighbours_csv="a,b\na,b\nb,a\nb,c\n",
           demand_types_csv=TYPES + "ggz,complex,psy\n")  # fmt: skip
    read = read_region_data(tmp_path)
    codes = {(i.code, i.value) for i in read.warnings}
    assert ("island", "d") in codes and ("product_nowhere", "psy") in codes
    one_way = [i for i in read.warnings if i.code == "one_way_neighbours"]
    assert len(one_way) == 1 and one_way[0].params == {"a": "b", "b": "c"}
    assert "not the other way round" in one_way[0].message("en")


def test_missing_files_are_named(tmp_path):
    _write(tmp_path, municipalities_csv="code,name\na,A\n")
    with pytest.raises(DataFormatError) as error:
        read_region_data(tmp_path)
    assert {c for _, c, _ in _codes(error)} == {"region_missing_file", "region_no_offer",
                                                 "missing_file"}  # fmt: skip


def test_both_a_csv_and_a_geojson_map_is_refused(tmp_path):
    _good(tmp_path)
    _write(tmp_path, **{"municipalities.geojson": '{"type": "FeatureCollection", "features": []}'})
    with pytest.raises(DataFormatError) as error:
        read_region_data(tmp_path)
    assert ("municipalities.csv", "region_two_maps", None) in _codes(error)


def _square(x, y):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1],
                                                [x, y]]]}  # fmt: skip


def test_neighbours_come_from_shared_borders_not_from_corners(tmp_path):
    features = [
        {"type": "Feature", "properties": {"code": c, "name": c.upper()}, "geometry": _square(x, y)}
        for c, x, y in (("a", 0, 0), ("b", 1, 0), ("c", 2, 1))  # c touches b in a corner only
    ]
    _write(tmp_path, offer_csv="municipality,product\na,gp\nb,nurse\n", demand_types_csv=TYPES,
           **{"municipalities.geojson": json.dumps({"type": "FeatureCollection",
                                                    "features": features})})  # fmt: skip
    read = read_region_data(tmp_path)
    assert read.data.neighbours == {"a": {"b"}, "b": {"a"}, "c": frozenset()}
    assert [i.code for i in read.warnings] == ["island"]
    assert read.data.municipality("a").x == pytest.approx(0.5)


def test_a_broken_geojson_is_refused_with_the_reason(tmp_path):
    _write(tmp_path, offer_csv="municipality,product\na,gp\n", demand_types_csv=TYPES,
           **{"municipalities.geojson": "{not json"})  # fmt: skip
    with pytest.raises(DataFormatError) as error:
        read_region_data(tmp_path)
    assert ("municipalities.geojson", "bad_geojson", None) in _codes(error)


def test_the_offer_can_come_from_the_actor_register(tmp_path):
    _good(tmp_path)
    (tmp_path / "offer.csv").unlink()
    _write(tmp_path, actors_csv="id,name,category,location\n1,X,Huisartsen,A\n2,Y,CAW,b\n"
                                "3,Z,Huisartsen,Elders\n",
           products_csv="category,product\nhuisartsen,gp\nCAW,nurse\n")  # fmt: skip
    read = read_region_data(tmp_path)
    assert read.data.offer == {"a": {"gp"}, "b": {"nurse"}}
    assert [(i.code, i.value) for i in read.warnings] == [("unknown_location", "Elders")]


def test_the_demo_files_read_back_from_a_zip(tmp_path):
    data = demo()
    write_region_data(data, tmp_path / "demo")
    archive = tmp_path / "demo.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in (tmp_path / "demo").iterdir():
            z.write(path, f"regio/{path.name}")
    read = read_region_data(archive)
    assert read.data.neighbours == data.neighbours
    assert all(read.data.products_of(c) == data.products_of(c) for c in data.codes)
    assert [m.zone for m in read.data.municipalities] == [m.zone for m in data.municipalities]


def test_something_else_than_a_folder_or_zip_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("x")
    with pytest.raises(DataFormatError) as error:
        read_region_data(path)
    assert _codes(error) == [("x.txt", "region_source", None)]


def test_a_demand_type_has_a_name_for_people_or_its_code(tmp_path):
    from netwerkkaart.core.regions.serialize import data_from_dict, data_to_dict

    folder = _good(tmp_path)
    (folder / "demand_types.csv").write_text(
        "demand_type,complexity,products,name\n"
        "thuiszorg,complex,gp;nurse,Thuiszorg voor ouderen\nkine,standaard,gp,\n",
        encoding="utf-8",
    )
    data = read_region_data(folder).data
    assert data.demand_type("thuiszorg").label == "Thuiszorg voor ouderen"
    assert data.demand_type("kine").label == "kine"  # no name: the code
    again = data_from_dict(data_to_dict(data))
    assert again.demand_type("thuiszorg").label == "Thuiszorg voor ouderen"
    # Stored before names existed (three fields): still read, the code as its label.
    old = data_to_dict(data)
    old["demand_types"] = [entry[:3] for entry in old["demand_types"]]
    assert data_from_dict(old).demand_type("thuiszorg").label == "thuiszorg"


def test_the_demo_writes_and_reads_back_its_names(tmp_path):
    write_region_data(demo(), tmp_path)
    labels = [d.label for d in read_region_data(tmp_path).data.demand_types]
    assert "Thuiszorg voor ouderen" in labels
