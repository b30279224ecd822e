"""Over-redaction: organisations named like people (newspapers, companies, banks, parties) are
not persons; the people next to them still are."""
from __future__ import annotations

import pytest

from sbu_redact.detection import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _persons(detector: Detector, text: str) -> list[str]:
    return [text[f.start:f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize("text, organization", [
    ("(U) The newspaper Novaya Gazeta reported that the deal was signed.", "Novaya Gazeta"),
    ("(U) THE NEWSPAPER NOVAYA GAZETA REPORTED THAT THE DEAL WAS SIGNED.", "NOVAYA GAZETA"),
    ("(U) The company Lukoil said the deal was signed on Monday.", "Lukoil"),
    ("(U) Officials of Alfa Bank and the Washington Post attended.", "Alfa Bank"),
])
def test_organisation_is_not_a_person(detector, text, organization):
    assert not any(organization in p or p in organization for p in _persons(detector, text))


@pytest.mark.parametrize("text, person", [
    ("(U) Novaya Gazeta journalist Anna Politkovskaya said the deal was signed.", "Anna Politkovskaya"),
    ("(U) The newspaper's editor, Dmitry Muratov, said the deal was signed.", "Dmitry Muratov"),
    ("(U) Natalia Sokolova's company said the deal was signed.", "Natalia Sokolova's"),  # the possessive goes with the name
    ("(U) Ambassador Sarah Bank met the minister.", "Sarah Bank"),
])
def test_people_next_to_organisations_are_still_found(detector, text, person):
    assert person in _persons(detector, text)


@pytest.mark.parametrize("port", [41443, 8080, 37219, 50001])
def test_urls_and_numbers_are_not_names_nor_their_parts(detector, port):
    text = (f'(U) Links: <meta http-equiv="refresh" content="0; url=http://127.0.0.1:{port}/refresh"> '
            f'<base href="http://127.0.0.1:{port}/"> and http-equiv again.')
    assert _persons(detector, text) == []
