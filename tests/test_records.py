from __future__ import annotations

import json

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant


def test_extraction_round_trips_through_json():
    extraction = Extraction(
        source="seeds/x.txt", language="fr", published="2025-10",
        meetings=[Meeting(date="--10-26", place="Hanoi", date_text="le 26 octobre", event_type="call",
                          participants=[Participant("Tô Lâm", ["To Lam"], "ministre", "Ministry of Public Security", "Vietnam"),
                                        Participant("Ali Naghiyev", [], None, None, "Azerbaijan")],
                          evidence=Evidence("Tô Lâm a reçu Ali Naghiyev.", 10, 37), topics=["security"])],
        agreements=[Agreement("accord de coopération", "agreement", "signed", ["Vietnam", "Azerbaijan"], "--10-26",
                              ["security"], Evidence("…", 40, 41))])
    data = json.loads(json.dumps(extraction.to_dict()))
    assert Extraction.from_dict(data) == extraction
    meeting = data["meetings"][0]
    assert meeting["evidence"] == "Tô Lâm a reçu Ali Naghiyev." and meeting["evidence_span"] == [10, 37]
    assert "teaser" not in meeting and "planned" not in meeting  # unset flags stay out, as in the gold files
    assert "mention_only" not in data["agreements"][0]
