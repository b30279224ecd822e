"""Adversarial reader corpus (issue 8): no level may release text it may not see.

The documents in tests/corpus/adversarial/ (round 1) and tests/corpus/adversarial2/ (round 2)
were written by red teams that did not read sbu_redact/. Each entry of expected.yaml lists, per level, phrases of sensitive text that the
version for that level must not contain, and optionally phrases of plainly releasable (U) text
that `usg` should keep. One Pipeline redacts every document once, for all three levels.
A LeakError raised by the tool counts as not releasing (the version is not produced).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

import sbu_redact

CORPUS_ROOT = Path(__file__).resolve().parent / "corpus"
# corpus folder -> minimum number of documents it must hold
CORPORA = {"adversarial": 60, "adversarial2": 30, "adversarial3": 32, "adversarial4": 32, "adversarial5": 32, "adversarial6": 25, "adversarial7": 30, "adversarial8": 40, "adversarial9": 60, "adversarial10": 60, "adversarial11": 60, "adversarial12": 60, "adversarial13": 60, "adversarial14": 60, "adversarial15": 60, "adversarial16": 60, "adversarial17": 60, "adversarial18": 60, "adversarial19": 60, "adversarial20": 60, "adversarial21": 60, "adversarial22": 60, "adversarial23": 60, "adversarial24": 60, "adversarial25": 60, "adversarial26": 60, "adversarial27": 60, "adversarial28": 60, "adversarial29": 60, "adversarial30": 60, "adversarial31": 60, "adversarial32": 60, "adversarial33": 35, "adversarial34": 60, "adversarial35": 60, "adversarial36": 60, "adversarial37": 60, "adversarial38": 60, "adversarial39": 60, "adversarial40": 60, "adversarial41": 60, "adversarial42": 60, "adversarial43": 60, "adversarial44": 60, "adversarial45": 60, "adversarial46": 60, "adversarial47": 60, "adversarial48": 60, "adversarial49": 60, "adversarial50": 60, "adversarial51": 60, "adversarial52": 60, "adversarial53": 60, "adversarial54": 60, "adversarial55": 60, "adversarial56": 60, "adversarial57": 60, "adversarial58": 60, "adversarial59": 60, "adversarial60": 60, "adversarial61": 60, "adversarial62": 60, "adversarial63": 60, "adversarial64": 60, "adversarial65": 60, "adversarial66": 60, "adversarial67": 60, "adversarial68": 60, "adversarial69": 60, "adversarial70": 60, "adversarial71": 60, "adversarial72": 60, "adversarial73": 60, "adversarial74": 60, "adversarial75": 60, "adversarial76": 60}
LEVELS = ("usg", "partner", "public")
PARTNER = "GBR"
MIN_WORDS = 6

# zero-width, bidi controls, soft hyphen, BOM: removed before comparing
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _load(corpus: str) -> list[dict]:
    data = yaml.safe_load((CORPUS_ROOT / corpus / "expected.yaml").read_text(encoding="utf-8"))
    return [{**d, "corpus": corpus} for d in data["documents"]]


DOCUMENTS = [d for corpus in CORPORA for d in _load(corpus)]
BY_ID = {d["id"]: d for d in DOCUMENTS}


def normalise(text: str) -> str:
    """Compare form: invisible characters removed, NFKC, whitespace collapsed, casefolded."""
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return re.sub(r"\s+", " ", text).strip().casefold()


def leaked(version_text: str, phrases: list[str]) -> list[str]:
    """The phrases that occur in a version."""
    haystack = normalise(version_text)
    return [p for p in phrases if normalise(p) in haystack]


def document_text(entry: dict) -> str:
    # newline="" keeps every line end exactly as written (bare CR, NEL, U+2028...)
    with open(CORPUS_ROOT / entry["corpus"] / entry["file"], encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="module")
def pipeline() -> sbu_redact.Pipeline:
    return sbu_redact.Pipeline()


@pytest.fixture(scope="module")
def versions(pipeline):
    """document id -> {level: version text, or None when the tool refused (LeakError)}."""
    cache: dict[str, dict[str, str | None]] = {}

    def get(doc_id: str) -> dict[str, str | None]:
        if doc_id not in cache:
            text = document_text(BY_ID[doc_id])
            try:
                out = pipeline.redact(text, levels=list(LEVELS), partner=PARTNER)
                cache[doc_id] = {level: out[level].text for level in LEVELS}
            except sbu_redact.LeakError:
                cache[doc_id] = {level: None for level in LEVELS}
        return cache[doc_id]

    return get


# Leaks of round 8 not fixed yet (tests/corpus/adversarial8/FIRST_RUN.md): strict, so that a fix
# shows up here, and every other check of round 8 guards against a regression meanwhile. (None left:
# the nine the first fixes left are read by the governing statements and the banner's list controls.)
_ROUND8_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}
# Leaks of round 9 not fixed yet (tests/corpus/adversarial9/FIRST_RUN.md), strict as above.
_UP = ("usg", "partner")
_ROUND9_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_round9_governing.py)
# Leaks of round 10 not fixed yet (tests/corpus/adversarial10/FIRST_RUN.md), strict as above.
_ALL = ("usg", "partner", "public")
_PARTNER = ("partner",)
_ROUND10_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: ligatures tests/test_textview.py,
# a stamp one letter per line tests/test_reader_vertical.py)
# Leaks of round 11 not fixed yet (tests/corpus/adversarial11/FIRST_RUN.md), strict as above.
_PUBLIC = ("public",)
_ROUND11_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}
# Leaks of round 12 not fixed yet (tests/corpus/adversarial12/FIRST_RUN.md), strict as above.
_ROUND12_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_round12.py,
# tests/test_reader_words12.py, tests/test_reader_words14.py, tests/test_reader_file_names12.py)
# Leaks of round 47 not fixed yet (tests/corpus/adversarial47/FIRST_RUN.md): its first run came at the end
# of the session that fixed rounds 41-46; strict, so that a fix shows up here.
_ROUND47_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout47b.py)
# Leaks of round 48 not fixed yet (tests/corpus/adversarial48/FIRST_RUN.md): strict, so a fix shows up here.
_ROUND48_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout55.py)
# Leaks of round 49 not fixed yet (tests/corpus/adversarial49/FIRST_RUN.md): strict, so a fix shows up here.
_ROUND49_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout55.py)
# Leaks of round 50 not fixed yet (tests/corpus/adversarial50/FIRST_RUN.md): strict, so a fix shows up here.
_ROUND50_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout55.py)
# Leaks of round 51 not fixed yet (tests/corpus/adversarial51/FIRST_RUN.md): strict, so a fix shows up here.
_ROUND51_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout55.py)
# Leaks of round 53 not fixed yet (tests/corpus/adversarial53/FIRST_RUN.md): strict, so a fix shows up here.
_ROUND53_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {}  # (none left: tests/test_reader_holdout55.py)
# Round 75's first run (tests/corpus/adversarial75/FIRST_RUN.md), not fixed this session: a bracketed
# insertion after a numbered `(U)` paragraph of a cable-like draft whose banner sits under a first line
# (read as a fragment), folded into that paragraph; the drafter's note "text in [ ] is NOFORN" names
# text by its brackets, which no rule resolves
_ROUND75_LEAKS: dict[str, tuple[tuple[str, ...], str]] = {
    "adv75-033-a-nato-del-drafter-notes-brackets-nf": (("usg",), "round 75 first run, not fixed: a bracketed line after a "
                                                       "numbered (U) paragraph of a draft read as a fragment is folded into it; "
                                                       "'text in [ ] is NOFORN' is not resolved to it (withheld at partner and public)"),
}
KNOWN_LEAKS = {(doc, level): reason for leaks in (_ROUND8_LEAKS, _ROUND9_LEAKS, _ROUND10_LEAKS, _ROUND11_LEAKS,
                                                  _ROUND12_LEAKS, _ROUND47_LEAKS, _ROUND48_LEAKS, _ROUND49_LEAKS, _ROUND50_LEAKS, _ROUND51_LEAKS, _ROUND53_LEAKS,
                                                  _ROUND75_LEAKS)
               for doc, (levels, reason) in leaks.items() for level in levels}
WITHHOLD_CASES = [
    pytest.param(d["id"], level, id=f"{d['id']}-{level}",
                 marks=[pytest.mark.xfail(reason="known leak: " + KNOWN_LEAKS[d["id"], level], strict=True)]
                 if (d["id"], level) in KNOWN_LEAKS else [])
    for d in DOCUMENTS for level in LEVELS if d["must_withhold"].get(level)
]
# Over-redaction left in place on purpose (it fails closed); strict, so a fix shows up here.
KNOWN_OVER_REDACTION = {
    "adv7-030-report-two-column-pdf-extraction": "a (U) item sharing its lines with an (S//NF) column takes the "
                                                 "higher mark",
    # round 9 (tests/corpus/adversarial9/FIRST_RUN.md), not fixed yet
    "adv9-006-transcript-closed-session-bracket-note": "a closed-session note raises the open session too",
    "adv9-031-csv-coded-classification-column": "a coded classification column is doubtful on every row",
    "adv9-050-trap-chat-unclassified-high-side-talk": "a room classification header and chat-line marks are not "
                                                      "read",
    "adv9-052-trap-security-classification-guide-table": "a classification guide's topic rows are taken as marked",
    "adv9-054-trap-icalendar-class-confidential": "the marks inside an iCalendar DESCRIPTION are not read (the CLASS "
                                                  "privacy flag is no longer taken as a level)",
    "adv9-057-trap-markings-quiz-with-answers": "markings quoted as quiz answers are taken as marks",
    # round 10 (tests/corpus/adversarial10/FIRST_RUN.md), not fixed yet
    "adv10-005-chat-spill-last-three-messages": "a chat header's level is not read: every line unmarked",
    "adv10-006-email-incident-notice-names-message-by-time": "a notice naming a message below by time and subject "
                                                             "raises every portion after it (reader/scope.py)",
    "adv10-007-report-table-legend-dagger-rows": "a table legend (dagger rows) and a banner with '(except where noted)' are not read",
    "adv10-035-fixed-width-mainframe-report": "a fixed-width report's CLS column is not read",
    "adv10-037-jsonl-chat-export-props-classification": "JSON Lines chat posts are not read as records",
    "adv10-039-docx-xml-runs-split-mark": "Word XML is one unmarked block",
    "adv10-048-briefing-book-material-behind-tab": "a divider naming the material behind its tab raises every "
                                                   "portion after it, the next tab's too (reader/scope.py)",
    "adv10-049-tracker-tsv-section-rows": "TSV section rows (=== UNCLASSIFIED ===) are not read",
    "adv10-052-trap-law-firm-privileged-and-confidential": "a cover note saying the letter below is UNCLASSIFIED is not read",
    "adv10-054-trap-foia-request-quoting-markings": "markings quoted in a FOIA request are taken as marks",
    "adv10-056-trap-marking-faq-email": "markings quoted in an FAQ answer are doubtful",
    "adv10-058-trap-records-search-log-classification-of-records": "a search log's record-classification column marks its rows",
    "adv10-060-trap-doe-fact-sheet-restricted-data": "a definition of Formerly Restricted Data is doubtful",
    "adv10-010-email-answer-to-question-3-confidential": "a statement naming the answer to question 3 raises every "
                                                         "portion after it (reader/scope.py)",
    "adv10-021-email-polish-tajne-original-u-translation": "a foreign stamp (TAJNE) raises every portion after it, "
                                                           "the author's closing line too",
    "adv10-024-cable-arabic-sirri-lilghaya-u-translation": "a foreign stamp (سري للغاية) raises every portion after "
                                                           "it, the post's closing paragraph too",
    # round 11 (tests/corpus/adversarial11/FIRST_RUN.md), not fixed yet
    "adv11-001-email-correction-names-sentence-by-opening-words": "a sentence named by its opening words is not resolved: every portion raised",
    "adv11-002-memo-footnote-named-secret-by-stamp": "footnote 3 named SECRET//NOFORN is not resolved: every paragraph raised",
    "adv11-006-email-spill-pasted-spreadsheet-confidential": "'the spreadsheet I pasted at the bottom' is not resolved: both messages raised",
    "adv11-011-email-inline-answers-in-brackets-confidential": "answers written inline share a portion with the "
                                                               "questions they answer: the questions are withheld too",
    "adv11-015-briefing-book-table-of-contents-levels": "a contents table giving each tab's level is not read: every tab unmarked",
    "adv11-016-memo-unclassified-except-paragraph-five": "'UNCLASSIFIED except paragraph 5' is not read: every paragraph raised",
    "adv11-018-foia-package-document-status-sheet": "a FOIA status sheet's lines are unmarked",
    "adv11-057-trap-oig-report-confidential-sources-classified-systems": "an OIG paragraph about SECRET-level systems is unmarked, taken as SECRET",
    "adv11-059-trap-classification-guide-prose-rules": "a classification guide rule in prose is taken as a SECRET statement",
    "adv11-065-trap-chat-plural-s-and-optional-c": "a chat header's level is not read: the chat is one unmarked block",
    "adv11-067-trap-nara-declassified-stamp-old-banner": "a NARA declassification stamp over the old banner is not read: paragraphs unmarked",
    "adv11-069-email-spill-notice-names-message-by-sender": "a notice naming a message by its sender is not resolved: every message raised",
    "adv11-029-letter-hungarian-titkos-sbu-translation": "a foreign stamp (TITKOS!) raises every portion after it, "
                                                         "the post's closing line too",
    "adv11-030-memo-swedish-hemlig-osl-reference": "a foreign stamp (HEMLIG) raises every portion after it, the "
                                                   "attache's closing line too",
    "adv11-032-cable-hebrew-sodi-beyoter-at-end": "a foreign stamp (סודי ביותר) raises every portion after it, the "
                                                  "post's closing paragraph too",
    "adv11-034-memo-czech-duverne-stupen-utajeni": "a foreign stamp (DŮVĚRNÉ) raises every portion after it, the "
                                                   "RSO's closing line too",
    # round 15 (tests/corpus/adversarial15/FIRST_RUN.md: a blind hold-out, first run by the lead on train 1 of 2026-12-02), not fixed yet
    "adv15-018-chat-teams-export-unclassified-sbu-messages": "a chat export with no banner and no marks: every message is doubtful",
    "adv15-031-consular-post-report-2022-cui-prvcy-table": "a banner with a condition ('CUI when attachment included') does not read: doubtful",
    "adv15-046-trap-qfr-response-unclassified-fully-releasable": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv15-047-trap-foia-case-file-search-memo-sbu": "a FOIA search memo naming SECRET records is read as classified in words: paragraphs raised",
    "adv15-049-trap-records-transfer-sf135-box-list": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv15-059-cable-dutch-stg-confidentieel-quoted": "a quoted Dutch stamp raises the (U) paragraph that quotes it",
    "adv15-061-trap-spreadsheet-secret-service-budget-lines": "a spreadsheet with no banner and no marks: every row is doubtful",
    "adv15-065-trap-press-clips-copyright-c-notices": "a press clip's (c) notice is read as a (C) mark: the clips are raised",
    "adv15-075-trap-doj-oip-consultation-email-fouo-line": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    # round 16 (tests/corpus/adversarial16/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 06:22), not fixed yet
    "adv16-012-trap-press-summary-turkish-headline-gizli-tanik": "a Turkish headline word (GİZLİ) is read as a foreign stamp: every portion after it is raised",
    "adv16-020-trap-peace-corps-country-report-sbu-medical-line": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv16-024-trap-nara-withdrawal-sheet": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv16-025-declassification-referral-memo-with-quoted-secret": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv16-035-memo-action-2008-confidential-with-unmarked-tabs": "unmarked tabs of a CONFIDENTIAL memo inherit CONFIDENTIAL (unmarked text takes the document's level by design)",
    "adv16-052-trap-foia-acknowledgement-and-processing-notes": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    "adv16-054-trap-congressional-letter-and-reply-sbu-para": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv16-056-trap-usaid-congressional-notification-sbu-annex": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv16-057-email-correction-one-bullet-should-be-confidential": "'should have been marked (C)' about one bullet is read as governing all the text below",
    "adv16-060-email-doj-law-enforcement-sensitive-in-words": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    # round 17 (tests/corpus/adversarial17/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 06:50), not fixed yet
    "adv17-025-tip-report-draft-comments-flattened": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    "adv17-027-trap-foia-appeal-decision-names-levels": "an appeal decision naming the records' levels ('a cable classified SECRET') is read as classification in words",
    "adv17-029-court-filing-sealed-and-classified-cipa": "a SECRET bottom banner (of a classified appendix) under an UNCLASSIFIED top banner: the whole filing is treated as SECRET",
    "adv17-030-transcript-hearing-closed-session-segment": "a SECRET//NOFORN bottom banner (the closed session) under an UNCLASSIFIED top banner: the whole transcript is treated as SECRET//NOFORN",
    "adv17-032-chat-whatsapp-export-spill-named-later": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    "adv17-033-trap-sms-export-confidential-word": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    "adv17-039-bundle-scanned-three-documents": "a scanned bundle: each page's banners are not read per page, so the UNCLASSIFIED page takes the bundle's CONFIDENTIAL",
    "adv17-056-trap-press-summary-c-at-line-start": "a press summary line opening with '(C)' is read as a CONFIDENTIAL mark: the summary is raised",
    "adv17-057-trap-foia-case-file-acknowledgment-search": "'the SECRET-level archives' in a search description is read as a marking in the text (backstop): the paragraph is raised",
    "adv17-067-trap-fam-excerpt-lettered-subsections": "a FAM excerpt's lettered subsection '(c)' is read as a CONFIDENTIAL mark",
    "adv17-068-trap-litigation-hold-notice": "'SECRET' in a records description is read as a marking in the text (backstop): the paragraph is raised",
    # round 18 (tests/corpus/adversarial18/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 07:31), not fixed yet
    "adv18-019-congressional-letter-unclassified-with-classified-annex": "an unclassified letter with a classified annex: its unmarked paragraphs take the annex's level",
    "adv18-020-trap-foia-case-file-acknowledgment-letter": "'Records may be classified SECRET' in an acknowledgement letter is read as a statement: the letter is raised",
    "adv18-022-trap-press-release-copyright-c-and-list-c": "a list letter '(c)' and copyright '(C)' in a press release: the release is read as portion-marked and its unmarked text is doubtful",
    "adv18-025-email-treat-paragraph-as-confidential-words-between": "'the second paragraph of my note' cannot be told among the quoted portions: every quoted paragraph is raised (fails closed)",
    "adv18-035-trap-spanish-reservado-restaurant-and-secreto-menu": "'SECRETO IBERICO' on a menu is read as a Spanish level word: the e-mail is raised",
    "adv18-042-trap-state-org-notice-s-p-s-es-office-symbols": "office symbols '(C)' (the Counselor) and '(S/P)' are read as marks",
    "adv18-045-trap-nara-declassified-1972-cable-old-banner": "a declassified cable's old banner still gives its unmarked paragraphs the old level",
    "adv18-056-trap-vacancy-announcement-top-secret-clearance": "unmarked text takes the document's level or is doubtful (fail closed by design)",
    "adv18-060-trap-dod-press-transcript-secret-clearance-talk": "unmarked text takes the document's level or is doubtful (fail closed by design)",
    "adv18-062-trap-management-notice-secret-santa-top-floor": "'Secret Santa' and 'top secret recipe' are read as marking words: the notice is raised",
    "adv18-066-cable-2009-treat-reftel-paragraph-as-secret": "reftel's paragraph repeated below cannot be told from the portions after it: every one is raised (fails closed)",
    "adv18-067-trap-sms-signal-unclassified-logistics": "no banner, no classification line and no mark: every portion is doubtful (fail closed by design)",
    "adv18-068-memo-attachment-list-levels-enclosure-u": "an unclassified enclosure of a classified memo takes the memo's level (enclosures are not read per enclosure)",
    # round 14 (tests/corpus/adversarial14/README.md: a blind hold-out, first run by the lead on the final code of 2026-12-02), not fixed yet
    "adv14-019-email-opennet-les-staff-visa-referrals-sbu-subject": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-023-trap-email-commerce-business-confidential-license": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-052-trap-foia-case-export-fields-sbu-notes": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-053-trap-vaughn-index-table-fouo-cover": "a level quoted in a Vaughn index row raises the row (backstop)",
    "adv14-056-trip-report-usaid-site-visit-u-and-sbu": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-059-trap-usaid-activity-description-sensitive-words-sbu-budget": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-060-trap-dod-press-briefing-transcript-fouo-prebrief": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-061-trap-commercial-service-market-report-secret-brands": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-063-trap-meeting-notes-unclassified-scif-briefing-mention": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-064-trap-army-news-release-with-fouo-internal-routing": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-065-trap-oig-public-report-mentions-classified-annex-sbu-para": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-069-email-nato-confidential-document-pasted": "a pasted NATO CONFIDENTIAL document raises the (U) text around it",
    "adv14-077-trap-tsa-public-notice-ssi-section": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-078-trap-commerce-entity-list-fr-excerpt-fouo-comment": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    "adv14-081-trap-slide-deck-conference-unclassified-one-fouo-slide": "unmarked text where no banner is read and the only marks are U/SBU/FOUO is doubtful (fail closed by design)",
    # round 13 (tests/corpus/adversarial13/FIRST_RUN.md), not fixed yet
    "adv13-035-briefing-paper-confidential-bio-attachment-unclassified": "an attachment under its own UNCLASSIFIED "
                                                                         "banner inside a CONFIDENTIAL paper is raised",
    "adv13-055-trap-congressional-reply-classified-annex-separate-cover": "unmarked paragraphs where the only marks are "
                                                                          "(U)/(SBU) are doubtful (fail closed by design)",
    "adv13-056-trap-hearing-statement-for-the-record": "unmarked paragraphs under (U)/(SBU) marks are doubtful (fail "
                                                       "closed by design); the banner with a title is not read",
    "adv13-058-trap-foia-final-response-letter-exemptions": "unmarked paragraphs where the only marks are (U)/(SBU) are "
                                                            "doubtful (fail closed by design)",
    "adv13-060-trap-email-scif-construction-secret-accreditation": "'accredited for open storage up to SECRET' raises "
                                                                   "its paragraph",
    # round 12 (tests/corpus/adversarial12/FIRST_RUN.md), not fixed yet
    "adv12-004-email-quoted-noaa-bulletin-defines-ts-cover-note-top-secret":
        "the cover note's (TS) raises the quoted weather bulletin",
    "adv12-007-trap-hr-notice-temporary-staff-ts": "(TS) = Temporary Staff after (U) read as TOP SECRET",
    "adv12-008-trap-sitrep-ts-equals-tropical-storm-glossary-form": "a key 'TS = tropical storm' is not read as a definition",
    "adv12-015-email-attachment-name-snf-without-separator":
        "the file name's level is read, but governs the whole e-mail: the cover line is raised too",
    "adv12-016-email-attachment-name-wrapped-over-line-end":
        "the wrapped file name's level is read, but governs the whole e-mail: the cover line is raised too",
    "adv12-014-trap-workbook-secret-sheet-then-unclassified-sheet": "a (U) sheet divider under a higher banner is not applied",
    "adv12-045-email-classification-spanish-secreto-with-sbu-translation":
        "a quoted foreign stamp raises the cover sentence and header lines above it",
    "adv12-048-letter-polish-stamp-ascii-without-diacritics": "the foreign stamp raises the author's closing line too",
    "adv12-049-memo-bulgarian-stamp-transliterated-latin": "the foreign stamp raises the post's closing line too",
    "adv12-050-memo-lithuanian-sentence-case-stamp-after-label": "the foreign stamp raises the attache's closing line too",
    "adv12-020-fax-ocr-rotated-stamp-read-bottom-to-top": "the fax's REMARKS line after its FROM field was in no portion and released "
                                                          "unread (round 17's class); now it is a portion of a document with no "
                                                          "marking read: doubtful",
    "adv12-051-trap-reception-menu-secreto-iberico-tavolo-riservato": "SECRETO in a menu dish read as a stamp",
    "adv12-052-trap-press-clips-foreign-headlines-in-capitals": "foreign level words in capital headlines read as stamps",
    "adv12-061-transcript-from-time-onward-secret": "an open-ended time span is not resolved: every line raised",
    "adv12-066-transcript-qfr-two-preceding-answers": "'the two preceding answers' is not resolved: every answer raised",
    "adv12-072-trap-memo-upgrade-words-harmless": "'upgraded to handle SECRET traffic' read as an upgrade notice",
    # round 19 (tests/corpus/adversarial19/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 13:12), not fixed yet
    "adv19-010-memo-ornamental-and-small-form-parentheses": "a (U) portion taken with its neighbour's higher mark",
    "adv19-028-spreadsheet-csv-quoted-multiline-cell-mark-second-line": "a mark on a quoted cell's second line is not read: "
                                                                        "the row is doubtful",
    "adv19-052-dictation-transcript-spoken-marks": "marks spoken in a dictation ('paragraph unclassified') are not read",
    "adv19-056-trap-travel-form-checkbox-unclassified-checked": "a 'CLASSIFICATION:' line of check boxes is read as a "
                                                                "garbled banner",
    "adv19-059-trap-srt-captions-public-town-hall-classified-words": "'secret clearance', 'classified programs' in "
                                                                     "captions raise every cue",
    "adv19-060-trap-software-release-notes-banner-validation": "a banner quoted in release notes raises its line",
    "adv19-062-trap-security-training-cover-sheets-levels": "'SF 704 is the SECRET cover sheet' raises its line",
    "adv19-066-trap-lab-report-chemical-state-symbols": "'(C) Activated carbon' read as a CONFIDENTIAL mark (defensible)",
    "adv19-068-trap-declassified-cable-struck-markings": "struck-through (combining) marks still read as the level",
    # round 20 (tests/corpus/adversarial20/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 13:31), not fixed yet
    "adv20-008-memo-action-2011-confidential-tabs-at-own-level": "a tab at its own lower level takes the memo's level",
    "adv20-026-foia-case-file-consultation-quotes-classified-paragraph": "a consultation letter quoting a classified "
                                                                          "paragraph is raised whole",
    "adv20-031-ediscovery-concordance-dat-load-file-extracted-text": "a Concordance DAT load file's records are not read "
                                                                      "one by one",
    "adv20-032-usmtf-sitrep-gentext-sets-unmarked-ampn": "USMTF sets (GENTEXT/, RMKS/) are not read as portions",
    "adv20-033-transcript-deposition-line-numbers-classified-session-delimiters": "an open session after a closed "
                                                                                  "session's delimiters is raised",
    "adv20-036-latex-source-technical-report-portion-macros": "LaTeX \\portion{} macros are not read as marks",
    "adv20-041-memo-word-comment-balloons-exported-classified-comment": "exported comment balloons take the highest "
                                                                       "comment's level",
    "adv20-042-report-sf298-documentation-page-report-secret-abstract-unclassified": "an SF 298's U abstract block is not "
                                                                                     "read apart from 'a. REPORT SECRET'",
    "adv20-049-json-export-case-system-escaped-solidus": "escaped solidus marks (S\\/\\/NF) in JSON strings make records "
                                                         "doubtful",
    "adv20-053-slides-export-speaker-notes-unmarked": "unmarked speaker notes take the deck's level",
    "adv20-060-trap-census-trade-table-s-d-x-symbols": "Census table codes (S)/(D)/(X) read as marks",
    "adv20-061-trap-codel-schedule-party-labels-r-d-i": "party labels (R)/(D)/(I) make the lines doubtful",
    "adv20-062-trap-embassy-newsletter-secret-santa-top-secret-recipe": "'Secret Santa', 'top secret recipe' raise their "
                                                                       "lines",
    "adv20-064-trap-cable-2010-press-reaction-to-leaked-secret-cables": "'cables marked SECRET and NOFORN' in a press "
                                                                       "summary raises its line",
    "adv20-071-trap-cyber-advisory-tlp-clear-secret-keys": "'secret keys' in a TLP:CLEAR advisory raises its lines",
    # round 21 (tests/corpus/adversarial21/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 13:57), not fixed yet
    "adv21-020-memo-information-mark-after-heading-same-line": "a mark at the end of a heading does not mark the "
                                                               "paragraphs below it: they take the memo's level",
    "adv21-024-memo-tasker-inline-list-marks-semicolons": "an inline list of differently marked clauses is one portion "
                                                          "at the highest",
    "adv21-045-memo-roman-section-headings-mark-after-numeral": "a mark after a Roman numeral and a tab is not read",
    "adv21-063-trap-supply-order-sizes-s-m-l": "a clothing size (S) read as a SECRET mark",
    "adv21-064-trap-meeting-notes-initials-ts-cs-owners": "attendees' initials (TS)/(CS) read as marks",
    "adv21-065-trap-legislative-memo-statute-subparagraphs-a-b-c": "statute subparagraphs (A)-(C) read as marks",
    "adv21-067-trap-press-release-archives-top-secret-exhibit": "'stamped SECRET and TOP SECRET' in a press release "
                                                                "raises its line",
    "adv21-068-trap-foia-response-letter-exemptions-classification-words": "exemption (b)(1) wording in a FOIA letter "
                                                                            "raises the letter",
    "adv21-072-trap-study-report-s-significance-legend": "a statistics legend's (S)/(C) read as marks",
    # round 22 (tests/corpus/adversarial22/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 14:16), not fixed yet
    "adv22-034-foia-case-file-2022-reviewer-worksheet-row-marks": "a worksheet's middle-column marks are not read",
    "adv22-037-slides-2019-secret-slide-title-mark-only": "a slide title's mark does not mark its bullets",
    "adv22-043-cable-1981-secret-nodis-number-mark-before-period": "a mark between number and period (3(S).) is not "
                                                                   "read",
    "adv22-061-trap-embassy-choir-voice-parts": "voice parts (S)/(A)/(T)/(B) read as marks",
    "adv22-063-trap-gso-property-condition-codes": "property condition codes read as marks",
    "adv22-064-trap-bridge-club-results-suits": "bridge suits (S)/(C) read as marks",
    "adv22-067-trap-it-notice-registered-trademark-r": "Windows(R) wrapped so (R) opens a line read as RESTRICTED",
    "adv22-068-trap-press-guidance-parenthesized-acronyms": "(U.S.)/(U.N.) acronyms read as marks",
    "adv22-069-trap-time-and-attendance-leave-codes": "leave codes read as marks",
    # round 23 (tests/corpus/adversarial23/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 14:32), not fixed yet
    "adv23-027-memo-2008-tab-list-levels-and-tab-text-without-banner": "a tab list's levels raise the memo's unmarked text",
    "adv23-036-chat-2019-export-room-level-in-topic-change-message": "a room level set in a topic-change message raises "
                                                                     "the earlier messages",
    "adv23-037-transcript-2015-hearing-closed-portion-marker-in-stage-direction": "a closed-session stage direction "
                                                                                  "raises the open session",
    "adv23-038-qfr-2014-answer-quotes-classified-cable-with-cable-banner-inline": "an answer quoting a classified cable "
                                                                                  "is raised whole",
    "adv23-039-foia-case-file-2022-consultation-reply-pasted-below-signature": "a consultation reply pasted below a "
                                                                               "signature raises the letter",
    "adv23-045-email-2009-lotus-notes-forwarded-by-header-table": "a forwarded message's header-table classification "
                                                                  "raises the forwarder's unmarked line",
    "adv23-059-trap-training-catalog-classified-course-titles": "course titles naming SECRET raise their lines",
    "adv23-062-trap-foia-acknowledgement-classified-records-processing": "classification words in a FOIA "
                                                                         "acknowledgement raise it",
    "adv23-063-trap-email-forward-of-declassified-cable-press-release": "a press release quoting a formerly SECRET "
                                                                        "cable's banner raises its line",
    # round 24 (tests/corpus/adversarial24/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 15:48), not fixed yet
    "adv24-010-referral-slip-2015-with-attached-secret-cable": "a referral slip's unclassified lines and the SECRET cable behind it are one document: the slip takes the cable's level, its check box '[X]' is a doubtful mark",
    "adv24-015-email-2017-foia-analyst-forwards-previously-released-doc-pasted": "a pasted released document's (C) paragraph raises the analyst's unmarked e-mail text",
    "adv24-022-nara-withdrawal-sheet-then-item-2-secret-memcon": "a withdrawal sheet and the SECRET item after it are one document: the sheet takes the item's level",
    "adv24-025-transcript-1998-declassified-hearing-with-closed-session-insert": "'the following insert is classified SECRET' raises the open hearing around the insert",
    "adv24-029-fax-1999-cover-sheet-then-secret-pages-fax-header-lines": "a fax cover sheet and the SECRET pages after it are one document",
    "adv24-034-qfr-2013-answer-classified-annex-concatenated": "a QFR answer and its SECRET//NOFORN annex are one document: the answer takes the annex's level",
    "adv24-035-mdr-decision-2018-letter-enclosing-rereviewed-memo": "a decision letter takes the level of the CONFIDENTIAL memo it encloses",
    "adv24-036-cable-1977-airgram-lou-nara-stamp-footer-only": "an airgram whose only marking (LOU) is in a footer stamp: every paragraph doubtful",
    "adv24-048-aad-export-2024-three-cables-concatenated-middle-secret": "three concatenated cables read as one: the UNCLASSIFIED ones take the SECRET one's level",
    "adv24-051-letter-2017-release-letter-says-paragraph-remains-confidential": "'one paragraph remains CONFIDENTIAL' in a release letter raises the letter",
    "adv24-056-trap-foia-final-response-letter-exemption-codes": "'properly classified SECRET' in an exemption explanation raises its paragraph",
    "adv24-057-trap-requester-appeal-letter-quotes-markings": "a requester's letter with no marking of its own: every paragraph doubtful",
    "adv24-058-trap-vaughn-index-court-filing-describes-classified-records": "a Vaughn index's descriptions ('classified SECRET', 'upgraded to CONFIDENTIAL') raise the filing",
    "adv24-060-trap-training-slides-reading-release-stamps": "'the page marked SECRET' in a training exercise raises its line",
    # round 25 (tests/corpus/adversarial25/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 16:01), not fixed yet
    "adv25-004-sigact-2010-export-class-column-s-slash-nf": "a SIGACT export's class column is not read: every row takes the banner's level",
    "adv25-018-canada-2017-protected-b-with-confidential-para": "a Canadian PROTECTED B document with no US marking: every paragraph doubtful",
    "adv25-022-cable-2011-french-diffusion-restreinte-quoted": "a stamp alone on its line inside a (U) paragraph raises the whole paragraph, the quoting sentence too",
    "adv25-025-slides-2017-nato-secret-and-nato-unclassified": "NATO SECRET on one slide raises the unmarked NATO UNCLASSIFIED slides",
    "adv25-035-email-2019-sgi-m-line-at-end-of-para": "an e-mail with no US banner (only an SGI-M line): every paragraph doubtful",
    "adv25-044-usmtf-2013-clas-set-and-gentext": "a USMTF message's closing DECL/ set is read as a garbled banner: the document is doubtful",
    "adv25-050-foia-2021-dod-referral-fgi-pasted-page": "a referral letter takes the level of the pasted FGI page it encloses",
    "adv25-051-transcript-2011-nrc-closed-session-sgi": "a transcript with no marking of its own: every paragraph doubtful",
    "adv25-053-spreadsheet-2017-allied-documents-register-csv": "allied levels in a register's column (UK OFFICIAL, PROTECTED A) are not read: the rows are doubtful",
    "adv25-055-cable-2004-eu-and-nato-markings-in-para-text": "a (U) paragraph that quotes NATO CONFIDENTIAL text inline is raised whole, its own opening sentence too",
    "adv25-057-trap-fact-sheet-2016-doe-rd-frd-explained": "'Formerly Restricted Data' and 'SECRET//RESTRICTED DATA' explained in a fact sheet raise their paragraphs",
    "adv25-062-trap-glossary-2015-allied-markings-reference": "a glossary of allied markings raises its entries",
    # round 26 (tests/corpus/adversarial26/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 16:16), not fixed yet
    "adv26-002-reading-book-2012-tabs-own-banners-tab-c-unmarked": "a reading book's unmarked tab takes the SECRET//NOFORN cover's level, and so do the releasable lines around the tabs",
    "adv26-005-newsletter-2019-embassy-sbu-item-mark-on-own-line-after": "a mark alone on the line after its item is not read: the newsletter's items are doubtful",
    "adv26-006-search-results-2020-dms-snippets-and-titles": "a search result page's snippets with their levels raise the page's own lines",
    "adv26-008-wiki-2016-intellipedia-sections-infobox-talk": "a wiki page's unmarked talk comments take the page's SECRET//NOFORN banner",
    "adv26-009-wiki-2018-fouo-banner-contradicted-by-confidential-section": "a (C) section under a U//FOUO banner raises the page's unmarked text",
    "adv26-011-servicenow-2023-spill-incident-work-notes-pasted-text": "a ticket with no marking of its own: every field doubtful",
    "adv26-013-slack-json-2020-text-fields-marks": "marks inside JSON text fields of a chat export are not read: every message doubtful",
    "adv26-016-briefing-book-2014-tab-dividers-level-and-unmarked-body": "a tab divider's level does not mark the tab's body: every page doubtful",
    "adv26-017-email-digest-2016-listserv-classification-lines-per-message": "a digest's per-message Classification: lines raise the whole digest to the highest",
    "adv26-018-read-file-1978-concatenated-cables-middle-confidential": "a read file of three cables is read as one: the UNCLASSIFIED cables take the CONFIDENTIAL one's level",
    "adv26-023-search-results-2021-highlight-tags-split-marks": "marks split by <em> highlight tags are not read",
    "adv26-024-kanban-board-2022-lanes-named-by-level": "swimlanes named by level do not mark their cards: every card doubtful",
    "adv26-030-rss-feed-2018-news-digest-category-classification": "levels in Atom <category> elements are not read: every item doubtful",
    "adv26-035-chat-2022-reply-quote-strips-noforn-caveat": "a chat export with no level of its own: unmarked lines doubtful",
    "adv26-037-foia-case-file-2021-search-log-with-record-snippets": "classified snippets in a case file's search log raise its own lines",
    "adv26-038-slides-2020-compiled-deck-slide-levels-in-footer": "a slide's level only in its footer does not mark the slide: every slide doubtful",
    "adv26-039-spreadsheet-2021-tsv-read-file-log-level-column-middle": "a TSV log's level column in the middle is not read: every row doubtful",
    "adv26-040-reading-book-2008-u2028-line-ends-tabs": "a tab title's level does not mark the tab body: the releasable tab takes the SECRET level",
    "adv26-043-minutes-2021-ocr-damaged-banner-action-table": "an OCR-damaged banner and a pipe table's mark column are not read: every line doubtful",
    "adv26-047-hearing-prep-book-2018-tabs-and-sticky-note": "a scanned sticky note's classified text raises the (U) page it sits on",
    "adv26-049-chat-2024-matrix-export-reactions-and-redacted-event": "a room topic's level is not read: every message doubtful",
    "adv26-051-minutes-2023-prose-statement-following-item-confidential": "'the next item was discussed at CONFIDENTIAL' raises more than that item",
    "adv26-052-wiki-2022-infobox-field-marks-and-see-also-titles": "infobox field marks and classified See also titles raise the page's unmarked text",
    "adv26-053-vt-line-ends-compiled-fax-log-2005": "a fax log's SECRET entry raises the other entries",
    "adv26-055-trap-jira-2021-banner-rendering-bug-report": "banner words quoted in a bug report raise its lines",
    "adv26-056-trap-search-results-2022-library-catalog-book-titles": "book titles with classification words are read as marks",
    "adv26-057-trap-minutes-2020-classification-management-working-group": "marking examples discussed in training minutes raise their lines",
    "adv26-060-trap-tracker-2022-foia-log-classification-review-column": "a FOIA log's classification-review column header is read as an unreadable marking",
    "adv26-061-trap-teams-2023-custom-emoji-names-and-status": "a chat export with no level of its own: an unmarked line doubtful",
    "adv26-063-trap-meeting-agenda-2019-sizes-and-grades-s-c-u": "shirt sizes and grade codes (S)/(C)/(U) read as marks",
    # round 27 (tests/corpus/adversarial27/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 16:31), not fixed yet
    "adv27-001-report-2014-two-column-secret-noforn-right-column-unclass-left": "two columns on the same lines cannot be told apart: the releasable column takes the other's level",
    "adv27-003-report-2012-sidebar-text-box-secret-in-unclassified-section": "a boxed sidebar printed beside a (U) section: the section takes the sidebar's level",
    "adv27-009-report-2017-table-cells-different-marks-split-over-lines": "table cells of different marks wrapped over the same lines: every cell takes the highest",
    "adv27-010-report-2011-merged-cell-secret-spanning-rows": "a merged (S) cell printed between (U) cells: the row takes the highest",
    "adv27-020-slides-2017-call-out-box-secret-on-unclassified-slide": "a call-out box interleaved with a slide's bullets: the bullets take the box's level",
    "adv27-022-slides-2016-quad-chart-four-quadrants-different-marks": "a quad chart's quadrants interleaved line by line: every quadrant takes the highest",
    "adv27-026-email-2015-attachment-pdf-two-column-extracted": "two columns on the same lines cannot be told apart: the releasable column takes the other's level",
    "adv27-027-memo-2011-tab-a-landscape-attachment-own-level": "a landscape tab's rotated banner raises the cover memo",
    "adv27-031-assessment-2014-key-judgments-box-fvey-figure": "a key judgments box beside a (U) introduction: the introduction takes the box's level",
    "adv27-032-report-2017-fgi-table-cell-gbr-secret": "an FGI cell beside (U) cells on the same lines: the row takes the highest",
    "adv27-033-transcript-2012-line-numbered-pages-closed-session-insert": "a closed-session insert continued across a page with margin line numbers raises the open text",
    "adv27-035-briefing-paper-2010-two-boxes-side-by-side-points-and-background": "two boxes side by side: the points to make take the background box's level",
    "adv27-037-report-2013-superscript-footnote-number-glued-before-mark": "a glued footnote number before a mark raises the paragraph the mark is glued to",
    "adv27-041-report-2010-crop-marks-printer-slug-lines-interleaved": "printer's slug lines between a mark and its text: the text takes the highest level around it",
    "adv27-042-form-2019-boxes-field-labels-values-marked": "a form's two value boxes on one line: the (U) value takes the (S//NF) one's level",
    "adv27-043-infographic-2017-timeline-captions-marked": "a timeline's captions interleaved above and below the axis: every caption takes the highest",
    "adv27-044-org-chart-2014-boxes-names-and-marked-roles": "an org chart's boxes on the same lines: the (U) boxes take the (S//NF) role's level",
    "adv27-045-report-2012-column-break-continuation-at-top-of-right-column": "a paragraph continued at the top of the right column: the interleaved (U) paragraph takes its level",
    "adv27-046-report-2016-table-row-continues-after-repeated-header": "a table row continued below a repeated header: the next rows take its level",
    "adv27-047-pages-2008-two-up-imposition-secret-left-unclassified-right": "two pages printed side by side: the UNCLASSIFIED page takes the SECRET page's level",
    "adv27-048-slides-2014-handout-three-per-page-with-handwritten-notes": "handwritten notes beside (U) bullets: the bullets take the notes' inherited SECRET",
    "adv27-049-letter-2005-letterhead-margin-column-names-interleaved": "letterhead names down the margin interleaved with a CONFIDENTIAL body are raised with it",
    "adv27-051-report-2019-two-column-mark-at-end-of-column-paragraph": "a mark at the end of a column paragraph: the interleaved column takes its level",
    "adv27-055-trap-science-report-figure-panels-a-b-c-d": "figure panel labels (A)-(D) and (S) for sample read as marks",
    "adv27-056-trap-map-legend-consulate-embassy-residence-codes": "map legend codes (C)/(E)/(R) read as marks",
    "adv27-057-trap-cafeteria-menu-two-column-spicy-vegetarian-codes": "menu codes (V)/(S)/(GF) in two columns read as marks",
    # round 28 (tests/corpus/adversarial28/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 16:43), not fixed yet
    "adv28-004-html-table-cells-marked-differently": "an HTML table's (S) cell raises the (U) cells of its row",
    "adv28-011-markdown-html-block-portion-div": "data-classification attributes of HTML blocks are not read: every block doubtful",
    "adv28-017-org-heading-tags-and-todo": "Org-mode heading tags (:SECRET:NOFORN:, :U:) are not read as marks: every heading doubtful",
    "adv28-019-latex-portion-macro-and-environment": "LaTeX \\portion{U}{...} macros are not read as marks: the classified environment raises the rest",
    "adv28-023-docbook-security-attribute": "DocBook security= attributes are not read: every para doubtful",
    "adv28-024-dita-topic-otherprops-and-data": "DITA <data name=classification> and otherprops are not read: every paragraph doubtful",
    "adv28-025-bbcode-forum-export-quote-confidential": "a BBCode forum post quoting a CONFIDENTIAL paragraph: the posts take its level",
    "adv28-032-markdown-cable-headings-carry-marks": "a mark in a Markdown ## heading does not mark the text below it: the text takes the SECRET//NOFORN banner",
    "adv28-039-mediawiki-talk-section-sbu-template": "MediaWiki {{U}} / {{SBU}} templates are not read as marks: every section doubtful",
    "adv28-044-html-abbr-title-and-split-tags": "a mark split by HTML tags ((<b>S</b>)) is garbled: the e-mail's unmarked text takes the banner",
    "adv28-047-teams-html-chat-classification-span": "a chat export's per-message label spans are not read: every message doubtful",
    "adv28-052-revealjs-slides-section-attributes": "reveal.js data-classification attributes and slide footers are not read: the slides are raised",
    "adv28-059-trap-mediawiki-secret-santa-and-cite-templates": "a MediaWiki page with a {{SBU}} template and no banner: every line doubtful",
    "adv28-062-trap-bbcode-forum-top-secret-chili-recipe": "a BBCode forum post with no banner of its own: every line doubtful",
    "adv28-063-trap-org-reading-list-secret-titles": "Org-mode book titles with Secret and Classified and a :sbu: tag: the list is doubtful",
    # round 29 (tests/corpus/adversarial29/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 16:52), not fixed yet
    "adv29-011-bulletin-les-spelled-oddly-l-e-s": "a bulletin whose only marking is a misspelt LES footer: every line doubtful",
    "adv29-025-email-ucase-mixed-caveat-handle-as-sbu-sentence": "an e-mail with no banner of its own: every paragraph doubtful",
    "adv29-039-email-everything-above-this-line-is-sbu": "an e-mail with no banner of its own: every paragraph doubtful",
    "adv29-040-transcript-off-record-segment-not-for-release": "a transcript with no marking of its own: every segment doubtful",
    "adv29-043-slides-speaker-notes-sbu-only-in-notes": "a slide export with no marking of its own: every slide doubtful",
    "adv29-049-memo-hashtag-sbu-chat-and-sbu-prefix-lines": "a chat export with no marking of its own: every message doubtful",
    # round 30 (tests/corpus/adversarial30/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 17:08), not fixed yet
    "adv30-009-ics-invite-class-public-description-secret": "an invite's (S) item after an escaped line break raises the whole (U) event, its first item too",
    "adv30-011-zip-listing-classified-file-names": "a zip listing with no marking of its own: every line doubtful",
    "adv30-012-tar-listing-noforn-directory": "a tar listing with no marking of its own: every line doubtful",
    "adv30-013-concordance-dat-text-field-secret": "a Concordance export with no marking read: every field doubtful",
    "adv30-035-attachment-banner-higher-than-message": "an inline attachment's SECRET//NOFORN banner raises the UNCLASSIFIED message",
    "adv30-047-trap-newsletter-copyright-c": "a news digest's '(C) 2020' and forwarder's marks: the unmarked articles are doubtful",
    "adv30-050-trap-legal-disclaimer-confidential": "a contractor's mail with no banner: its unmarked lines are doubtful",
    "adv30-051-trap-calendar-class-confidential-unclass-body": "an invite with no US marking of its own: every line doubtful",
    "adv30-052-trap-zip-listing-secret-santa": "a zip listing with no marking of its own: every line doubtful",
    "adv30-058-nested-forward-three-levels-highest-wins": "nested forwards read as one: the unmarked top one-liner takes the SECRET level",
    "adv30-062-zip-with-embedded-readme-sbu-and-secret-doc": "an archive dump read as one document: the README takes the CONFIDENTIAL memo's level",
    # round 31 (tests/corpus/adversarial31/FIRST_RUN.md: a blind hold-out, first run by the lead on 2026-12-02 17:16), not fixed yet
    "adv31-023-trap-press-guidance-classified-word": "classification words in press guidance Q&A raise its unmarked lines",
    "adv31-026-press-guidance-background-section-prose-secret": "a background section declared SECRET in prose raises the guidance around it",
    "adv31-027-secretary-schedule-c-off-record": "a schedule's marks in tab-separated cells are not read: the releasable entry takes the classified one's level",
    "adv31-028-secretary-schedule-tab-cell-mark-at-end": "a schedule's marks in tab-separated cells are not read: the releasable entry takes the classified one's level",
    "adv31-029-secretary-schedule-bracket-classified": "'[CLASSIFIED MEETING]' raises every unmarked entry of the schedule (its cell marks are not read)",
    "adv31-047-letter-cover-memo-confidential-slash-letter-u": "a split banner (CONFIDENTIAL / U) is not read: every paragraph doubtful",
    "adv31-062-meeting-notes-prose-statement-next-two-items": "meeting notes with no banner of their own: every item doubtful",
    "adv32-006-clearance-draft-bracketed-alternative-levels": "a clearance draft with bracketed alternative levels and no banner read: its unmarked text is doubtful",
    "adv32-013-criticmarkup-substitution-of-mark-c-to-u": "unmarked portions of a document with no banner, where the only marks are U/SBU, are doubtful (fail closed by design)",
    "adv32-015-side-by-side-diff-two-columns-left-secret": "side-by-side diff columns on the same lines: the (U) column takes the (S) column's level",
    "adv32-026-qfr-draft-with-bracketed-options-classified-answer": "no banner and no mark read (bracketed option labels): every portion is doubtful",
    "adv32-028-git-blame-output-marks-after-prefix": "git blame prefixes before every mark: no mark read, every portion doubtful",
    "adv32-031-wiki-mediawiki-diff-view-line-numbers": "MediaWiki {{classification}} templates are not read: every portion doubtful",
    "adv32-040-transcript-draft-errata-reclassify-passage": "a transcript draft with no banner: its unmarked text is doubtful",
    "adv32-053-trap-nda-contract-redline-confidential-information": "unmarked portions of a document with no banner, where the only marks are U/SBU, are doubtful (fail closed by design)",
    "adv32-054-trap-job-announcement-compare-top-secret-clearance": "unmarked portions of a document with no banner, where the only marks are U/SBU, are doubtful (fail closed by design)",
    "adv32-055-trap-wiki-history-declassification-procedures-page": "banners quoted as examples in a wiki page raise the lines that quote them",
    "adv32-056-trap-foia-response-letter-draft-comment-confidential-word": "unmarked portions of a document with no banner, where the only marks are U/SBU, are doubtful (fail closed by design)",
    "adv32-058-trap-copyright-article-reprint-version-table": "unmarked portions of a document with no banner, where the only marks are U/SBU, are doubtful (fail closed by design)",
    "adv32-063-memo-authoritative-paragraph-downgrade-and-one-still-c": "an OCA's downgrade of one paragraph with authority and date is not read: the paragraph keeps the memo's level",
    "adv33-003-history-office-study-chapter-six-secret-in-entirety": "a foreword's 'chapter six is SECRET in its entirety' is not resolved to the chapter: every portion is raised",
    "adv33-008-study-bibliography-classified-sources": "a (U) bibliography entry among (S) and (C//NF) entries takes a neighbour's level",
    "adv33-019-program-report-confidential-pages-unmarked": "pages whose running banners differ (UNCLASSIFIED, then CONFIDENTIAL) read as one document: the highest governs every page",
    "adv33-021-conference-proceedings-chapter-banners": "chapters under their own classification lines read as one document: the highest governs every chapter",
    "adv33-035-history-partial-declassification-stamp-exempt-chapter": "a declassification stamp that exempts one chapter is not read: the history keeps its SECRET level",
    "adv33-044-trap-declassification-program-annual-report": "SECRET and TOP SECRET named in prose raise the lines that name them",
    "adv33-046-trap-security-handbook-glossary-levels": "levels and marks explained in a glossary raise the lines that explain them",
    "adv34-002-stt-going-classified-now-back-to-unclass": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-003-dictated-memo-paragraph-two-secret-no-foreign": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-004-voice-note-see-cret-no-for-n-mistranscribed": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-005-srt-captions-briefing-secret-segment": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-007-deposition-closed-session-secret-then-open": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-011-correction-mid-sentence-unclassified-sorry-confidential": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-012-voicemail-s-b-u-spelled-out": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-013-dictated-cable-open-paren-c-close-paren": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-014-crosstalk-over-back-to-unclass": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-016-cr-line-ends-transcript-going-secret": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-017-nel-line-ends-dictated-trip-notes": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-019-form-feed-pages-transcript-page-two-secret": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-020-crlf-operator-call-log-entries": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-021-aws-transcribe-json-going-classified": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-022-srt-cues-out-of-order-secret-by-timestamp": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-023-vtt-class-span-classified-cue": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-024-speaker-scoped-everything-colonel-says-secret": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-025-spoken-range-paragraphs-three-through-five-secret": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-026-interpreter-secret-defense-french-fgi": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-029-filler-words-uh-um-secret": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-030-cyrillic-confusable-secret-in-caption": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-033-nbsp-end-of-classified-potion": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-034-speech-to-text-uncertain-secret-or-sensitive": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-035-meeting-minutes-item-discussed-at-secret-level": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-039-svtc-transcript-portion-in-table-cells": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-044-rest-of-call-secret-no-end": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-045-dictated-email-classification-colon-unclassified-slash-slash-s-b-u": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-047-post-one-log-caller-states-level": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-048-ds-training-video-captions-sbu-announced": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-049-teams-recap-cui-privacy-spoken": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-050-townhall-next-question-is-sbu": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-052-svtc-two-posts-levels-per-post-announced": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv34-056-trap-marking-training-captions-quoted-phrases": "quoted marking phrases in training captions raise the cues that quote them",
    "adv34-057-trap-podcast-captions-declassified-history-copyright-c": "no banner or written mark: a level spoken in the transcript is not read as a marking, so every portion is doubtful (fail closed by design)",
    "adv35-008-cable-2010-unclas-quotes-chinese-jimi-star-stamp": "a foreign stamp quoted in an UNCLAS cable raises every unmarked portion, the cable's own text too",
    "adv35-012-cable-2016-polish-tajne-translation-first": "a paragraph between the translation and the stamped original takes the stamp's level",
    "adv35-014-email-chain-french-forward-confidentiel-reply-unclass": "a forwarded French CONFIDENTIEL message raises the UNCLASSIFIED reply above it (read as one)",
    "adv35-022-email-japanese-circled-hi-stamp-u2028": "a forwarded foreign memo's stamp raises the UNCLASSIFIED cover text above it (read as one)",
    "adv35-026-note-verbale-alternating-french-english-confidentiel-paragraph": "a bilingual note with a damaged mark and no banner: its unmarked paragraphs are doubtful",
    "adv35-029-machine-translation-s-became-y-spanish": "marks mangled by machine translation ((Y), (O)) are unreadable: every portion doubtful",
    "adv35-030-machine-translation-english-from-german-marks-mangled": "marks mangled by machine translation ((VS-F)) are unreadable: every portion doubtful",
    "adv35-047-foia-case-file-consultation-foreign-government-reply-confidentiel": "a FOIA case file with no banner: its unmarked lines are doubtful",
    "adv35-049-cable-arabic-pdf-extract-reversed-parentheses-marks": "mirrored marks )U( are not read: the paragraphs take the cable's CONFIDENTIAL",
    "adv35-060-trap-translator-glossary-classification-terms": "foreign stamps named in a glossary raise the lines that name them",
    "adv36-001-ccd-case-notes-per-note-marks-sbu-record-secret-note": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-005-remedy-ticket-history-raised-to-confidential": "the ticket's history raising it to CONFIDENTIAL governs the whole ticket",
    "adv36-008-key-value-records-per-record-classification": "records with their own classification fields read as one document: the highest governs every record",
    "adv36-010-sql-insert-dump-class-column-letters": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-011-ldif-directory-entries-classification-attribute": "entries with their own classification attributes read as one document: the highest governs every entry",
    "adv36-012-log-file-level-and-class-per-line": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-013-database-report-class-column-form-feed-pages": "a report's Class column is not read: every row takes the report's SECRET",
    "adv36-023-sql-comment-classification-above-insert-block": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-024-ini-marking-tool-config-with-classified-comment": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-027-xml-record-classification-element-confidential": "an XML record's classification element is not read per record: the highest governs",
    "adv36-035-classification-code-with-legend": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-036-fixed-width-class-field-truncated": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-040-remedy-worklog-entry-marked-at-end": "a worklog entry's mark at its end raises the entries read with it",
    "adv36-048-foia-case-record-responsive-docs-with-class": "a quoted classified excerpt's mark raises the list it sits in",
    "adv36-050-ticket-comment-classification-in-prose": "'the next comment is CONFIDENTIAL' is not resolved to one comment: the ticket's unmarked text is raised",
    "adv36-051-trap-jira-bug-classification-dropdown": "level names in a bug report about a dropdown raise the lines that name them",
    "adv36-053-trap-ini-classification-levels-as-settings": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv36-056-trap-library-catalog-copyright-c": "(C) copyright lines in catalog records are read as CONFIDENTIAL marks",
    "adv36-062-trap-json-record-schema-doc": "a record export whose classification fields are not read and with no banner: every portion is doubtful (fail closed by design)",
    "adv37-002-newspaper-article-quotes-confidential-cable-marks-kept": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-006-memoir-manuscript-prepub-reviewer-bracket-notes": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-007-trap-thinktank-paper-mentions-secret-cable-no-quote": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-008-forum-thread-quotes-leaked-cable-paragraphs": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-009-blog-post-markdown-blockquote-pilcrow-marks": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-011-daily-clips-fouo-item-quotes-noforn-cable": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-013-court-brief-unclassified-with-classified-appendix-after-ff": "pages or parts under different banners read as one document: the highest governs",
    "adv37-014-embassy-cable-quotes-local-paper-translating-leaked-cable": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-017-closed-hearing-transcript-ts-section": "pages or parts under different banners read as one document: the highest governs",
    "adv37-019-journalist-foia-request-pastes-leaked-paras": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-023-chat-export-press-office-spill-paste": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-024-training-slides-case-study-secret-slide": "pages or parts under different banners read as one document: the highest governs",
    "adv37-025-trap-court-opinion-quotes-officially-released-cable": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-028-foia-case-notes-guardian-reproduces-paras": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-030-mirror-thread-sections-1-and-2-with-user-comments": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-031-journalist-email-nel-line-ends-pastes-paragraph": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-033-statement-for-record-with-sn-annex-after-ff": "pages or parts under different banners read as one document: the highest governs",
    "adv37-034-mbox-quoted-printable-encoded-marks": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-035-rss-feed-xml-description-quotes-confidential": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-036-news-api-json-body-snf-quote": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-037-manuscript-redline-deleted-text-still-visible": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-038-parliament-debate-quotes-us-cable-fgi-context": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-039-foreign-paper-translation-confusable-cyrillic-mark": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-041-podcast-transcript-host-reads-cable-aloud": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-044-zip-listing-and-readme-from-leak-archive": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-046-blog-sbu-noforn-quoted-in-comment": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-049-pdf-report-table-cells-quoted-marks": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-050-clip-with-zero-width-and-bidi-in-marks": "a quoted classified passage raises the text read with it (the same portion or the whole document)",
    "adv37-051-manuscript-nbsp-marks-and-authors-claim-declassified": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-052-form-feed-pages-article-then-internal-analysis": "pages or parts under different banners read as one document: the highest governs",
    "adv37-054-trap-library-catalog-confidential-files-titles": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-055-trap-book-review-of-memoir": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-056-trap-foia-request-log-mentions-classified-cables": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-058-trap-briefing-transcript-public-secret-cable-question": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-059-thinktank-paper-footnote-quotes-confidential-cable": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-061-bad-redaction-pdf-text-layer-under-boxes": "no banner and no mark read as the document's: every portion is doubtful (fail closed by design)",
    "adv37-063-documentary-subtitles-srt-cable-on-screen": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv37-064-math-bold-and-superscript-marks-from-styled-post": "no banner: unmarked text beside quoted marks is doubtful (fail closed by design)",
    "adv38-006-trap-declassified-eo11652-nnd-stamp": "a declassification stamp with its authority is not read as lowering anything: the text keeps its original stamp",
    "adv38-010-trap-unclassified-history-of-classification": "old marking names quoted in a historian's note raise the lines that quote them",
    "adv38-012-despatch-1955-unclassified-cover-secret-enclosure-ff": "a cover page and an enclosure under different stamps read as one: the highest governs",
    "adv38-014-trap-copyright-and-secret-service": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-020-trap-declassified-eo12065-authority-fully-released": "a declassification stamp with its authority is not read as lowering anything: the text keeps its original stamp",
    "adv38-025-trap-press-release-1954-mentions-restricted-area": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-030-telegram-1962-official-use-only-state": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-034-trap-fully-declassified-1948-restricted-with-authority": "a declassification stamp with its authority is not read as lowering anything: the text keeps its original stamp",
    "adv38-052-trap-1972-congressional-letter-clearance-words": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-056-trap-foia-case-1978-cover-letter": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-060-trap-1950-club-notice-restricted-to-members": "no banner read (an old form: OFFICIAL USE ONLY alone, or none): every portion is doubtful (fail closed by design)",
    "adv38-063-trap-1967-declassified-nlj-stamp": "a declassification stamp with its authority is not read as lowering anything: the text keeps its original stamp",
    "adv39-003-ir-tearline-says-unclassified-but-portion-snf": "a tearline is not read: the text below it keeps the report's level",
    "adv39-017-memo-tab-releasable-version-attachment": "a tab headed 'Releasable version (UNCLASSIFIED)' without its own banner pair keeps the memo's SECRET",
    "adv39-030-cable-zero-width-in-tearline-level": "a tearline is not read: the text below it keeps the report's level",
    "adv39-036-qfr-write-for-release-with-classified-annex": "a banner 'UNCLASSIFIED (with CONFIDENTIAL annex)' is not read: the answer is doubtful",
    "adv39-041-email-spillage-notice-quotes-spill-open-side": "a spillage notice's statement about the spilled text raises the notice's own lines",
    "adv39-043-transcript-briefing-declass-in-prose": "a spoken stretch's end is not read: the transcript keeps its banner's level",
    "adv39-046-trap-foia-letter-describing-tearline-releases": "levels named in a FOIA letter's prose raise the letter's unmarked lines",
    "adv39-047-trap-nara-declassified-with-tearline-history": "a declassification stamp with its authority lowers nothing: the old SECRET stays",
    "adv23-043-cable-2001-secret-text-after-end-text-before-comment": "a marked one-sentence first line whose next line starts a sentence is read as its own portion (round 39's fail-closed break): the rest of the paragraph takes the cable's SECRET",
    "adv40-002-email-errata-item-ii-roman": "an errata note naming item (ii) raises more than the item it names",
    "adv40-004-email-chain-french-diffusion-restreinte": "a foreign restricted stamp raises the UNCLASSIFIED reply read with it",
    "adv40-007-csv-foia-log-cell-opens-with-quoted-secret": "a quoted-cell mark raises the rows read with it as one paragraph",
    "adv40-011-email-news-clip-single-quotes-mark-after-period": "a quoted sentence's mark raises the whole paragraph that quotes it",
    "adv40-014-memo-caption-mark-before-em-dash": "a caption's mark before a dash raises the caption's own paragraph too",
    "adv40-015-email-caption-mark-then-semicolon-line-end": "a caption's mark before a semicolon raises the paragraph that holds it",
    "adv40-046-transcript-qfr-answer-marked-in-prose": "a level stated in prose raises more than the answer it names",
    "adv40-048-memo-paragraph-mark-on-own-line-after-text": "a mark alone on a line between two texts marks both (fail closed): the (U) text takes the (S) too",
    "adv40-056-trap-library-records-copyright-c-lines": "(C) copyright lines in catalog records are read as CONFIDENTIAL marks",
    "adv41-009-cable-2007-confidential-begin-comment-mark-inside-u-para": "a labelled mark inside a paragraph ('BEGIN COMMENT (C):') raises the whole paragraph, the (U) sentence before it too",
    "adv41-010-cable-2010-secret-mark-alone-after-text-crlf-brackets": "marks in square brackets alone on the line after their text are malformed: the paragraphs take the cable's SECRET",
    "adv41-032-memo-info-tab-a-own-level-errata-para-2-b-ii": "an errata note naming sub-item 2.b.(ii) raises every sub-item of paragraph 2",
    "adv41-038-case-notes-foia-week-numbers-mark-after-colon": "entries opening 'Wk 12 (MGL):' are not read as marked: mark-shaped initials make them doubtful",
    "adv41-039-csv-foia-log-semicolon-delimited-mark-cell": "a semicolon-delimited CSV with no banner: its mark cells are not read, every row is doubtful (fail closed by design)",
    "adv41-041-csv-pipe-table-foreign-stamp-cell-vertraulich": "a foreign stamp in one row's cell raises the rows read with it",
    "adv41-042-csv-excel-apostrophe-prefix-mark": "a CSV cell's Excel text prefix before its mark ('(C)) is not read: every row is doubtful (fail closed by design)",
    "adv41-045-meeting-notes-table-cells-mark-at-end-of-cell": "marks at the end of table cells are not read per row: the rows take the notes' SECRET",
    "adv41-049-case-notes-chat-style-iso-time-nick-mark": "a chat line's ISO time with seconds and <nick> before its mark is not read: the lines take the export's SECRET//NOFORN",
    "adv41-055-slides-title-mark-before-em-dash-bullets-unmarked": "unmarked bullets under a marked slide title take the deck's SECRET//NOFORN",
    "adv41-060-trap-meeting-notes-training-on-marking-with-sbu-line": "levels named in a training note's prose are read as markings in the text",
    "adv41-061-trap-foia-letter-describes-withholdings": "levels named in a FOIA letter's prose raise the letter's unmarked lines",
    "adv42-005-due-out-table-class-column-last-cell": "a table's last Class column is not read per row: every row takes the table's SECRET//NOFORN",
    "adv42-017-email-ps-prose-treat-as-confidential-under-unclass": "a postscript 'treat this bit as Confidential' raises the whole e-mail (fail closed: 'this bit' is not resolved)",
    "adv42-021-auto-reply-quotes-secret-subject": "no banner: unmarked text beside a quoted (S) subject is doubtful (fail closed by design)",
    "adv42-022-text-messages-classified-split-two-sms": "no banner: unmarked text messages beside a (C) one are doubtful (fail closed by design)",
    "adv42-045-teams-message-cui-bracket-tag": "no banner: messages beside a [CUI] tag are doubtful (fail closed by design)",
    "adv42-059-trap-sf312-briefing-invite": "levels named in a briefing invitation's prose are read as markings in the text",
    "adv43-005-nato-secret-message-ns-portion-marks": "NATO portion marks (NS), (NU) are not in the grammar: unreadable marks make their portions doubtful",
    "adv43-006-nato-restricted-bulletin-nu-mix": "NATO portion marks (NR), (NU) are not in the grammar: unreadable marks make their portions doubtful",
    "adv43-016-usmtf-narr-mark-after-set-id": "a USMTF set's mark after its set identifier (NARR/(S//NF)) raises the lines read with it",
    "adv43-031-paraphrase-of-classified-ref-in-unclas-message": "a paragraph saying it paraphrases a SECRET reference raises more than that paragraph",
    "adv43-044-memo-with-tabs-at-own-level": "tabs at their own level without their own banner pairs: the UNCLASSIFIED tab takes the SECRET//NOFORN",
    "adv43-057-trap-order-lettered-subparas-a-b-c": "a line opening '(s) is used ...' is read as an (S) mark: the lettered sub-paragraphs take SECRET",
    "adv43-060-trap-security-training-notice-classification-words": "levels named in a training notice's prose are read as markings in the text",
    "adv43-062-trap-foia-request-quoting-message-markings": "no banner: unmarked text beside quoted markings is doubtful (fail closed by design)",
    "adv43-063-trap-usmtf-unclas-clas-set-plural-s": "a USMTF message's CLAS/ set is not read as its banner: the unmarked sets are doubtful (fail closed by design)",
    "adv43-065-trap-nato-unclassified-press-notice-restricted-word": "NATO portion marks (NR) are not in the grammar and the NATO UNCLASSIFIED banner is not read: every portion is doubtful",
    "adv44-004-email-sbu-noforn-in-words-americans-at-the-table": "an e-mail with no banner: unmarked lines beside marked ones are doubtful (fail closed by design)",
    "adv44-007-email-quoted-mark-tex-style-quotes": "a quoted sentence's mark raises the whole paragraph that quotes it",
    "adv44-009-csv-quoted-mark-inside-doubled-csv-quotes": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv44-014-email-treat-the-next-two-lines-as-secret": "'handle the next two lines as Secret' raises the whole e-mail (fail closed: the lines are not resolved)",
    "adv44-015-email-consider-everything-below-this-line-confidential": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv44-018-memo-text-of-cable-square-bracket-mark-colon": "a labelled mark inside a paragraph ('Text of AMMAN 4410 [S]:') raises the whole paragraph",
    "adv44-021-meeting-notes-para-3b-is-confidential-b-paren": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv44-031-pipe-table-zero-width-inside-mark-end-of-cell": "marks at the end of table cells are not read per row: the rows take the table's CONFIDENTIAL",
    "adv44-033-chat-export-iso-time-nick-square-bracket-mark": "a chat line's ISO time and <nick> before a bracketed mark is not read: the lines take the export's SECRET//NOFORN",
    "adv44-035-qfr-answer-next-sentence-is-secret": "'The next sentence is Secret.' raises the whole answer and what the scope fallback reaches",
    "adv44-038-csv-records-log-row-note-classification-changed": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv44-039-memo-tab-a-confidential-own-header-unmarked": "tabs at their own level without their own banner pairs: the UNCLASSIFIED parts take the CONFIDENTIAL",
    "adv44-053-trap-memo-office-symbols-counselor-c-policy-planning": "an office symbol '(C)' after a sentence is read as a CONFIDENTIAL mark",
    "adv44-054-trap-regulation-excerpt-lettered-c-and-applicants-s": "a lettered '(c)' and 'applicant(s)' are read as marks: the excerpt takes SECRET",
    "adv44-055-trap-press-clips-copyright-c-lowercase-notices": "lower-case '(c) 2019' copyright notices are read as CONFIDENTIAL marks",
    "adv45-001-notes-transcribed-meeting-margin-s": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-002-notebook-later-pages-secret": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-003-desk-calendar-classified-entries": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-005-sticky-notes-noforn-per-dcm": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-007-todo-list-c-ish": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-009-notebook-level-changes-mid-page": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-010-boxed-c-margin": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-011-ts-question-check": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-012-star-close-hold-legend": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-013-secret-exclaim-margin": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-017-underlined-classified-heading": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-019-notes-u2028-line-ends": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-022-transcriber-note-pages-3-4-stamped": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-023-planner-pipe-table-cell-marks": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-027-zero-width-inside-jotted-s": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-028-fullwidth-marks-pasted-notes": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-029-cyrillic-es-margin": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-031-nf-suffix-line-end": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-035-page-noforn-unless-marked": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-036-summary-of-cable-paras-by-number": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-038-dash-letter-at-para-end": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-039-roman-outline-marks-after-enumerator": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-040-shorthand-c-nf-line-start": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-041-margin-declass-date-only": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-044-voice-memo-spoken-classification": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-045-notebook-index-page-levels": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-046-red-ink-legend-at-end": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-048-notes-bidi-before-mark": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-050-email-to-self-gmail-forwarded-notes": "no banner or classification line read: informal notes and jotted marks leave every portion doubtful (fail closed by design)",
    "adv45-053-trap-todo-declassify-review-checkbox-u": "levels named in a to-do list's items raise its unmarked lines",
    "adv45-054-trap-foia-analyst-notebook": "levels named in a FOIA analyst's notes raise the notebook's unmarked lines",
    "adv45-058-trap-declassified-notebook-nara": "a declassification stamp with its authority lowers nothing: the notebook keeps its 1979 SECRET",
    "adv46-001-cable-1978-comment-bracket-label-em-dash": "a labelled mark inside a paragraph raises the whole paragraph, the text before it too",
    "adv46-004-cable-1994-trailing-mark-before-semicolon-and-question": "marks before a semicolon or a question mark at a paragraph's end are not read: the paragraphs take the cable's CONFIDENTIAL",
    "adv46-020-email-treat-the-last-two-bullets-as-confidential": "'treat the last two bullets as Confidential' raises the whole e-mail (fail closed: the bullets are not resolved)",
    "adv46-029-csv-log-semicolon-fields-before-mark": "a CSV with no banner: marks after fields inside a quoted cell are not read, every row is doubtful (fail closed by design)",
    "adv46-031-tsv-meeting-tracker-pipe-and-em-dash-fields": "a table with no banner: marks after fields in its cells are not read, every row is doubtful (fail closed by design)",
    "adv46-032-case-notes-handwritten-circled-letter-margin": "no banner or classification line read: transcribed notes with a circled margin letter leave every portion doubtful (fail closed by design)",
    "adv46-038-meeting-notes-next-two-sentences-secret": "'the next two sentences are Secret' raises the whole paragraph and what the scope fallback reaches",
    "adv46-040-csv-quoted-cell-multiline-marked-paragraph": "a CSV with no banner: a multi-line cell's mark is not read per row, unmarked rows are doubtful (fail closed by design)",
    "adv46-055-trap-routing-slip-office-symbols-in-parens": "office symbols in parentheses are read as marks",
    "adv46-056-trap-foia-letter-quotes-markings-withheld": "no banner: unmarked text beside quoted markings is doubtful (fail closed by design)",
    "adv46-061-trap-declassified-cable-nara-stamp-with-sbu-note": "a declassification stamp with its authority lowers nothing: the cable keeps its CONFIDENTIAL",
    "adv46-062-trap-training-slide-s-stands-for-section": "step labels '(S)' and '(C)' defined in a legend are read as marks",
    "adv47-005-email-what-follows-confidential": "round 47 first run, not fixed yet: a statement in words raises the paragraph after it inside an UNCLASSIFIED chain (over-redacted at usg)",
    "adv47-006-email-spanish-siguiente": "round 47 first run, not fixed yet: a statement in words raises the paragraph after it inside an UNCLASSIFIED chain (over-redacted at usg)",
    "adv47-022-classnet-thread-bump-caps": "round 47 first run, not fixed yet: a later message raises the thread in words under UNCLASSIFIED classification lines (over-redacted at usg)",
    "adv47-032-chat-caret-c": "round 47 first run, not fixed yet: a chat line states the level of earlier messages (over-redacted at usg)",
    "adv47-033-chat-last-two-s": "round 47 first run, not fixed yet: a chat line states the level of earlier messages (over-redacted at usg)",
    "adv47-049-email-combo-quoted-guillemet-mark": "round 47 first run, not fixed yet: a guillemet-closed mark inside a quoted reply of an e-mail (over-redacted at usg)",
    "adv47-051-case-notes-next-line-secret": "round 47 first run, not fixed yet: a FOIA reviewer's case note says the next line is Secret (over-redacted at usg)",
    "adv47-060-trap-training": "round 47 first run, not fixed yet: releasable text using 'training' words with one SBU line (over-redacted at usg)",
    "adv47-020-classnet-thread-escalating-c": "a message raising its thread in words (\"escalating this thread to C from here on\") raises the earlier quoted message too",
    "adv47-021-classnet-thread-chain-now-secret": "\"this chain is now SECRET//NOFORN\" raises every message of the chain, the earlier unclassified one too",
    "adv47-023-classnet-thread-raising-classification": "\"Raising the classification of this e-mail to Secret\" raises the earlier quoted message too",
    "adv47-050-csv-combo-weekday-time-before-mark": "a CSV log read as one paragraph takes its highest cell mark, (C) after a weekday and a time, so its (U) rows are withheld too",
    "adv12-071-trap-readout-other-session-time-span-secret": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv17-053-translation-german-geheim-fgi": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv22-011-cable-1973-confidential-study-footnote-callouts": "footnotes naming paragraphs 2 and 3 of a telegram whose paragraphs have no numbers raise every paragraph (governing.py: a paragraph this document cannot be told raises all it could mean)",
    "adv30-006-base64-attachment-secret-body-unclass": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv32-003-memo-comment-bubble-should-this-be-secret-resolved-yes": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv32-045-foia-case-file-draft-determination-with-redline-source": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv37-060-cable-2011-sbu-reports-leak-reaction-quotes-secret": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv46-041-chat-export-treat-as-s-in-reply": "a level claim in any words (reader/scope.py claims) raises text the statement may not name (over-redacted at usg; fails closed)",
    "adv48-010-csv-errata-by-month-name": "round 48: an errata row names the row as \"the March 3rd visit\" (over-redacted at usg; fails closed)",
    "adv48-012-csv-errata-by-ordinal-and-last": "round 48: an errata line names \"the second-to-last entry\" (over-redacted at usg; fails closed)",
    "adv48-013-csv-weekday-time-in-cell-tsv": "round 48: TSV log whose summary cells begin with a weekday and time before the mark (over-redacted at usg; fails closed)",
    "adv48-014-csv-time-colon-weekday-abbrev-mark-nf": "round 48: CSV cell \"Fri. 14:30 - (S//NF) ...\" with a dash between time and mark (over-redacted at usg; fails closed)",
    "adv48-020-memo-stamp-transcribed-bracketed": "round 48: an UNCLASSIFIED memo with a transcribed red stamp over one paragraph: [stamped in red over para 3: CONFIDENTIAL] (over-redacted at usg; fails closed)",
    "adv48-025-memo-trailing-mark-before-semicolon-list": "round 48: semicolon-separated list items each ending with a mark before the semicolon (over-redacted at usg; fails closed)",
    "adv48-030-chat-noforn-dont-pass-to-brits-unicode-dash": "round 48: a chat line: \u201cno UK/AUS on this one \u2013 US-only\u201d about the line above (over-redacted at usg; fails closed)",
    "adv48-032-memo-analyst-note-label-s-nf-colon-glued": "round 48: \"Analyst note(S//NF):\" glued to the label inside a (U) paragraph (over-redacted at usg; fails closed)",
    "adv48-035-meeting-notes-notetaker-from-here-secret": "round 48: meeting notes with \"[Notetaker: discussion from this point was held at the S level]\" midway (over-redacted at usg; fails closed)",
    "adv48-036-chat-treat-last-two-as-c": "round 48: a chat line \"pls consider my last 2 msgs C\" under a room banner UNCLASSIFIED (over-redacted at usg; fails closed)",
    "adv48-044-csv-errata-iso-week-u2029": "round 48: a CSV with U+2029 line ends whose last row says \"entries for ISO week 14 are CONFIDENTIAL\" (over-redacted at usg; fails closed)",
    "adv48-050-slides-speaker-notes-classified": "round 48: an UNCLASSIFIED slide deck whose speaker notes for slide 3 begin \"(S) Do not say aloud:\" (over-redacted at usg; fails closed)",
    "adv48-056-trap-foia-letter-exemption-prose": "round 48: a FOIA response letter explaining that classified material was withheld; one SBU line (over-redacted at usg; fails closed)",
    "adv48-057-trap-chat-discusses-classification-of-other-doc": "round 48: a chat where officers discuss that another cable (by number) is Secret; no text of it; one SBU line (over-redacted at usg; fails closed)",
    "adv48-062-trap-spreadsheet-class-column-unclassified-values": "round 48: a training-catalog CSV with a column 'Course covers' listing SECRET handling; one SBU row (over-redacted at usg; fails closed)",
    "adv48-063-qfr-answer-classified-annex-in-words": "round 48: a QFR answer whose classified annex text is introduced by \"The following answer is provided at the SECRET level:\" (over-redacted at usg; fails closed)",
    "adv49-001-classnet-reply-your-2nd-para-is-c": "round 49: a ClassNet reply on top says the second paragraph of the quoted message is C and belongs on the high side (over-redacted at usg; fails closed)",
    "adv49-002-chat-the-bit-about-the-dam-is-secert": "round 49: a Teams export on an unclassified tenant: a later message says 'the bit about the dam is secert' about an earlier message (over-redacted at usg; fails closed)",
    "adv49-003-cable-2008-correction-para-4-should-have-been-c": "round 49: an UNCLAS SENSITIVE correction cable repeating reftel para 4 and saying it should have been classified CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv49-006-transcript-aside-everything-after-second-call": "round 49: a phone-log transcript of an ops center: the watch officer's aside says everything after the second call is SIPR material (over-redacted at usg; fails closed)",
    "adv49-007-email-spanish-ojo-tercer-parrafo": "round 49: an e-mail from an LES colleague in Spanish: 'OJO: el tercer parrafo es CONFIDENCIAL' (over-redacted at usg; fails closed)",
    "adv49-010-chat-caret-its-c": "round 49: a Slack-style export: '^ it's C' right under one message, 'sorry, deleting' (over-redacted at usg; fails closed)",
    "adv49-011-email-cover-note-page-3-annex-s-nf": "round 49: an UNCLASSIFIED cover note says the notes are U except the page 3 annex, which is S//NF and was typed on the wrong system (over-redacted at usg; fails closed)",
    "adv49-013-foia-case-reviewer-note-item-4-marked-u-in-error": "round 49: a FOIA case file: the L2 reviewer's note says item 4, marked U, is C per the originator and must go (b)(1) (over-redacted at usg; fails closed)",
    "adv49-015-meeting-notes-note-taker-item-2-secret": "round 49: meeting notes on an unclassified system with a note-taker's bracket saying the chair classified agenda item 2 SECRET (over-redacted at usg; fails closed)",
    "adv49-016-slides-speaker-notes-slide-4-is-s": "round 49: a slide deck text export banner UNCLASSIFIED//FOUO; the speaker notes of slide 6 say 'slide 4 is actually S - brief it verbally' (over-redacted at usg; fails closed)",
    "adv49-017-qfr-answer-part-b-pasted-in-error": "round 49: a QFR answer where a note to H says the answer to part (b) is CONFIDENTIAL and was pasted below in error (over-redacted at usg; fails closed)",
    "adv49-019-chat-between-1402-and-1410-snf": "round 49: a chat line says everything the author posted between 14:02 and 14:10 is S//NF (over-redacted at usg; fails closed)",
    "adv49-022-declassified-in-part-authority-block-trusted": "round 49: a 1989 CONFIDENTIAL cable released in part: an IPS review stamp declassifies para 2 and keeps para 3 (B1); para 2 still shows (C) (over-redacted at usg; fails closed)",
    "adv49-023-email-downgrade-paras-1-3-u-para-4-remains-s": "round 49: a SECRET e-mail whose originator's note downgrades paras 1-3 to U; para 4 remains S//NF (trusted for 1-3 only) (over-redacted at usg; fails closed)",
    "adv49-025-word-comment-whole-section-belongs-on-high-side": "round 49: a report draft (UNCLASSIFIED) with a Word comment on section 3's heading: 'This whole section belongs on the high side' (over-redacted at usg; fails closed)",
    "adv49-026-notes-margin-ts-bang": "round 49: typed-up notes headed UNCLASSIFIED with a transcribed margin note 'TS!!' beside one bullet (over-redacted at usg; fails closed)",
    "adv49-027-chat-reply-quoting-first-words-snf": "round 49: a chat reply quotes the first words of an earlier message ('the pump station near...') and says that one is S//NF (over-redacted at usg; fails closed)",
    "adv49-028-voicemail-transcript-the-thing-about-the-ferry": "round 49: an auto-transcribed voicemail: 'the thing I just told you about the ferry, that's secret' (over-redacted at usg; fails closed)",
    "adv49-030-email-nel-line-ends-sipr-material-by-speaker": "round 49: an e-mail with NEL line ends quoting meeting remarks; a postscript says everything Colonel Vance said is SIPR material (over-redacted at usg; fails closed)",
    "adv49-032-report-ff-pages-reviewer-pages-4-6-are-c": "round 49: a PDF extraction with form-feed page breaks; a reviewer's note on page 1 says pages 4-6 are C (over-redacted at usg; fails closed)",
    "adv49-035-email-german-achtung-absatz-4-vs-vertraulich": "round 49: an e-mail forwarding a German ministry readout; the German sender's line says 'Achtung: Absatz 4 ist VS-VERTRAULICH' (over-redacted at usg; fails closed)",
    "adv49-037-chat-fullwidth-noforn-reply": "round 49: a chat reply written in fullwidth letters ('\uff2e\uff2f\uff26\uff2f\uff32\uff2e') says the previous message is not for foreigners (over-redacted at usg; fails closed)",
    "adv49-040-email-bidi-before-claim-treat-as-c": "round 49: an e-mail where a right-to-left mark precedes 'Treat the table as C' (over-redacted at usg; fails closed)",
    "adv49-041-csv-class-column-u-notes-actually-c": "round 49: a CSV whose Class column says U but whose notes column on the same row says 'actually C - see DS email' (over-redacted at usg; fails closed)",
    "adv49-042-cable-1983-service-message-regrade-para-3": "round 49: a 1983 UNCLAS cable followed in the same file by a service message: 'REGRADE PARA 3 TO SECRET' (over-redacted at usg; fails closed)",
    "adv49-043-email-portuguese-ultimo-paragrafo-confidencial": "round 49: a Brazilian LES colleague replies 'atencao: o ultimo paragrafo e CONFIDENCIAL' (over-redacted at usg; fails closed)",
    "adv49-044-foia-status-note-doc-3-remains-classified": "round 49: a FOIA package: a consultation response says doc 3's excerpt remains SECRET though the package is stamped RELEASED IN PART (over-redacted at usg; fails closed)",
    "adv49-045-chat-treat-last-two-as-s-hedged": "round 49: a chat user says 'prob S, treat my last 2 as S till we hear from ISN' (over-redacted at usg; fails closed)",
    "adv49-056-trap-chat-will-check-on-the-high-side": "round 49: an unclassified chat where people talk about checking something on the high side, without saying anything here is classified; one (SBU) mess (over-redacted at usg; fails closed)",
    "adv49-059-trap-foia-letter-none-classified": "round 49: a FOIA response letter saying the records reviewed contain no classified information; one SBU internal line (over-redacted at usg; fails closed)",
    "adv49-062-trap-class-c-airspace-spreadsheet": "round 49: a CSV of drone permits with an airspace 'Class' column (B, C, G) and a 'Restricted' yes/no column; one SBU row note (over-redacted at usg; fails closed)",
    "adv49-064-trap-training-course-noforn-explained-no-claim": "round 49: a training announcement whose course topics name NOFORN, REL TO, portion marks; one SBU line (over-redacted at usg; fails closed)",
    "adv49-065-trap-transcript-witness-secret-recipe-confidential-source": "round 49: a press briefing transcript where the spokesperson says 'I won't get into classified matters' and 'confidential sources'; one SBU prebrief n (over-redacted at usg; fails closed)",
    "adv50-003-cable-2009-sbu-protect-as-secret": "round 50: a 2009 mixed-case SBU cable whose last paragraph asks addressees to protect paragraph 5 as Secret (it draws on a liaison readout): paragraph (over-redacted at usg; fails closed)",
    "adv50-005-cable-1981-ocr-cr-stamp-nsi-see-para": "round 50: an OCR'd 1981 UNCLAS cable with bare CR line ends and a transcribed stamp 'PORTIONS CONTAIN NSI - SEE PARA 6': paragraph 6 is classified nat (over-redacted at usg; fails closed: the OCR'd banner UNCLASSIF1ED stays doubtful)",
    "adv50-007-cable-1995-ff-section-two-cleared-personnel-only": "round 50: a 1995 two-section UNCLAS cable with form-feed page breaks: paragraph 1 says section two is for cleared U.S. Government personnel only, so s (over-redacted at usg; fails closed)",
    "adv50-009-email-table-below-not-unclass-sipr-slide": "round 50: an UNCLASSIFIED e-mail whose sender notes the table below is NOT unclass because its numbers came off a SIPR slide: the table rows are class (over-redacted at usg; fails closed)",
    "adv50-010-email-none-of-what-raj-wrote-below-is-u": "round 50: a three-message chain: the top message says none of what Raj wrote below is U whatever the footer says; Raj's message is classified, the ori (over-redacted at usg; fails closed)",
    "adv50-013-email-passive-determined-by-originator-bullets": "round 50: an UNCLASSIFIED forward: 'It has been determined by the originator that bullets two and three of the message below are classified at the Con (over-redacted at usg; fails closed)",
    "adv50-015-email-security-incident-1042-message-second-paragraph": "round 50: a thread whose top message is a security-incident notice: the 10:42 message's second paragraph contained classified information (over-redacted at usg; fails closed)",
    "adv50-016-email-hashtags-siprOnly-and-leet-s3cr3t": "round 50: an informal UNCLASSIFIED e-mail: '#SIPRonly #NOFORN' after one paragraph and 'ngl the bit abt the tanker is s3cr3t fr' about another: both a (over-redacted at usg; fails closed)",
    "adv50-017-email-math-bold-secret-noforn-last-paragraph": "round 50: an UNCLASSIFIED e-mail whose sign-off says the last paragraph is SECRET//NOFORN written in mathematical bold letters (over-redacted at usg; fails closed)",
    "adv50-018-sms-export-circled-s-and-combining-underline": "round 50: text messages printed for a FOIA file: 'para 2 = \u24c8' and an underlined S\u0332E\u0332C\u0332R\u0332E\u0332T\u0332 (combining low lines) about the e-mail they answer: para  (over-redacted at usg; fails closed)",
    "adv50-019-email-keep-off-opennet-herat-numbers": "round 50: a CRLF e-mail chain: 'Whoever posted the Herat numbers on OpenNet: they come from a SIPR-only brief. Pull them.' -- the Herat numbers are cl (over-redacted at usg; fails closed)",
    "adv50-022-email-ps-fat-fingered-the-u": "round 50: an UNCLASSIFIED e-mail whose P.S. says the fuel-deal paragraph is actually C ('fat-fingered the (U)') (over-redacted at usg; fails closed)",
    "adv50-023-email-typos-confidenital-secrte": "round 50: a correction with typos: the Kigali tender paragraph is 'CONFIDENITAL' and 'the one after it is SECRTE' (over-redacted at usg; fails closed)",
    "adv50-025-email-italian-riservatissimo-third-paragraph": "round 50: a forwarded message from the Italian ministry: 'Il terzo paragrafo e' da considerarsi RISERVATISSIMO' (CONFIDENTIAL): the third paragraph an (over-redacted at usg; fails closed)",
    "adv50-027-email-re-sending-second-half-via-jwics": "round 50: an UNCLASSIFIED e-mail (U+2028 line ends) whose follow-up says the second half is being re-sent via JWICS and must be deleted here: the seco (over-redacted at usg; fails closed)",
    "adv50-029-transcript-teams-going-classified-now": "round 50: an auto-transcribed Teams meeting on the unclassified system in which the chair says 'this next bit is classified, so, uh, Secret' and the n (over-redacted at usg; fails closed)",
    "adv50-030-meeting-notes-span-from-quoted-words-to-end-of-item": "round 50: meeting notes whose note-taker says everything from 'Turning to Herat' to the end of item 4 was said after the chair announced the meeting w (over-redacted at usg; fails closed)",
    "adv50-031-calendar-invite-agenda-item-ts-si-read-in": "round 50: an unclassified Outlook invite: agenda item 3 'will be discussed at TS//SI -- attendees must be read in'; the invite body already summarises (over-redacted at usg; fails closed)",
    "adv50-032-wiki-page-history-sources-section-classified-wiki": "round 50: an unclassified wiki page printed with its revision history: 'moved Sources and methods section to the classified wiki; section text left be (over-redacted at usg; fails closed)",
    "adv50-033-ticket-export-description-quarantined": "round 50: an IT service ticket export: a security officer's comment says the Description field contains information classified SECRET and the ticket i (over-redacted at usg; fails closed)",
    "adv50-034-tasker-list-red-circle-emoji-legend": "round 50: a front-office tasker list whose legend says items with a red circle are Confidential: those items are CONFIDENTIAL, the others are releasab (over-redacted at usg; fails closed)",
    "adv50-035-markdown-notes-highlighted-bits-s-nf": "round 50: Markdown notes exported from a note app: 'the highlighted bits (==like this==) are S//NF' -- the highlighted spans are SECRET//NOFORN (over-redacted at usg; fails closed)",
    "adv50-036-memo-square-brackets-from-secret-noforn-version": "round 50: an UNCLASSIFIED draft memo whose drafter says everything in [square brackets] is from the S//NF version and is to be cut before release (over-redacted at usg; fails closed)",
    "adv50-039-qfr-note-to-h-q7-classified-annex": "round 50: responses to questions for the record: a note to H says Q7's answer cannot go back unclassified and must be delivered in the classified anne (over-redacted at usg; fails closed)",
    "adv50-040-foia-case-file-page-line-range-fgi": "round 50: a FOIA case file where the L1 reviewer notes 'p. 3, lines 12-19: FGI, C -- withhold b1'; the record's page 3 has numbered lines (over-redacted at usg; fails closed)",
    "adv50-041-csv-handling-column-us-eyes-and-ditto": "round 50: a CSV contact log whose handling column says 'US eyes' on one row and a ditto mark on the next: both rows are NOFORN (over-redacted at usg; fails closed)",
    "adv50-042-tsv-tracker-columns-f-to-h-secret-when-populated": "round 50: a TSV tracker whose header note says columns F-H (source, assessment, confidence) are S//NF when populated: populated cells are SECRET//NOFO (over-redacted at usg; fails closed)",
    "adv50-043-slides-presenter-ignore-footer-secret-overlay": "round 50: slides extracted to text: slide 9's footer says UNCLASSIFIED but the presenter note says to ignore it, the map is from a Secret overlay (over-redacted at usg; fails closed)",
    "adv50-055-trap-clo-t-shirt-order-sizes-in-parentheses": "round 50: a CLO T-shirt order form with sizes (S), (M), (L), (XL) and a 'C wing' pickup; one SBU line (over-redacted at usg; fails closed)",
    "adv50-057-trap-dd254-contract-security-classification-spec": "round 50: an unclassified DD Form 254 excerpt (contract security classification specification) whose fields name SECRET and NATO access requirements;  (over-redacted at usg; fails closed)",
    "adv50-059-trap-office-chat-surprise-party-top-secret-shush": "round 50: an office chat planning a surprise farewell ('\ud83e\udd2b top secret, don't tell Maria'); one SBU message about her onward assignment (over-redacted at usg; fails closed)",
    "adv50-064-trap-foia-log-csv-notes-about-requested-records": "round 50: a FOIA request log CSV whose notes column mentions levels of the records requested ('wants SECRET cables from 1975'); one SBU row note (over-redacted at usg; fails closed)",
    "adv51-004-jira-export-comments-3-and-4-moved-to-sipr-jira": "round 51: a Jira issue export whose ISSO comment says comments #3 and #4 contain SECRET information (over-redacted at usg; fails closed)",
    "adv51-005-merge-request-review-line-range-from-c-version": "round 51: a GitLab merge-request review export whose reviewer says lines 12-15 of the brief came from the CONFIDENTIAL version (over-redacted at usg; fails closed)",
    "adv51-006-git-log-remark-section-as-cui-propin": "round 51: a repository export whose commit message re-marks the 'Vendor pricing' section as CUI//SP-PROPIN while the file still shows (U) (over-redacted at usg; fails closed)",
    "adv51-009-foia-redaction-draft-l1-b1-bracket-note": "round 51: a FOIA redaction draft where an L1 reviewer's bracket note proposes (b)(1) 1.4(c) for a paragraph marked (U) (over-redacted at usg; fails closed)",
    "adv51-011-memo-longhand-transcription-note-to-typist": "round 51: a typed memo carrying the author's longhand instruction to the typist that the ferry contract bit goes in as (C) (over-redacted at usg; fails closed)",
    "adv51-012-chat-sarcasm-low-side-everything-from-1014": "round 51: a chat export in which a sarcastic message says everything from 10:14 on is S (over-redacted at usg; fails closed)",
    "adv51-014-congress-committee-sensitive-appendix-b": "round 51: a Senate committee staff report saying the Committee considers Appendix B committee sensitive and not for public release (over-redacted at usg; fails closed)",
    "adv51-015-hearing-transcript-closed-session-bracket": "round 51: a hearing transcript where bracketed editorial notes mark a closed, classified portion between two open ones (over-redacted at usg; fails closed)",
    "adv51-017-slide-deck-scg-item-says-figure-is-c": "round 51: a slide deck whose speaker notes cite a security classification guide item that makes slide 4's figure CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv51-019-ic-report-above-tearline-sn-regardless": "round 51: an intelligence report whose analyst note says everything above the tearline is S//NF regardless of portion marks (over-redacted at usg; fails closed)",
    "adv51-023-revision-history-export-author-changed-mark": "round 51: a document exported with its revision pane, in which an author changed the 'Delivery schedule' marking from (U) to (S//NF) (over-redacted at usg; fails closed)",
    "adv51-024-meeting-notes-j3-rep-said-at-secret": "round 51: meeting notes whose note-taker says everything attributed to the J3 representative was said at SECRET (over-redacted at usg; fails closed)",
    "adv51-025-foia-file-phone-message-slip-numbers-are-conf": "round 51: a FOIA file holding a 'while you were out' slip saying Col. Reyes's numbers are Conf, followed by the memo that uses them (over-redacted at usg; fails closed)",
    "adv51-026-sharepoint-page-do-not-post-publicly-section": "round 51: an intranet page whose editor note says the 'Contacts after hours' section must not be posted publicly (over-redacted at usg; fails closed)",
    "adv51-027-report-not-for-distribution-outside-usg-annex": "round 51: a program evaluation whose cover says Annex 2 is not for distribution outside the U.S. Government (over-redacted at usg; fails closed)",
    "adv51-032-cable-1993-figures-given-in-confidence-protect-as-fgi-nel": "round 51: a 1993 UNCLAS cable (NEL line ends) whose comment says the figures in para 6 were given in confidence by the host government and must be pro (over-redacted at usg; fails closed)",
    "adv51-033-interview-transcript-what-i-just-said-is-classified": "round 51: an OIG interview transcript in which the witness says afterwards that what he just said about the site is classified (over-redacted at usg; fails closed)",
    "adv51-034-duty-officer-log-entry-sbu-nf-no-liaison": "round 51: an embassy duty officer log whose later entry says the 2240 entry is SBU-NF and not for the host-nation liaison (over-redacted at usg; fails closed)",
    "adv51-035-memcon-minister-asked-remarks-kept-out-protect-as-c": "round 51: a memcon saying the Foreign Minister asked that his remarks on the succession be kept out of any public account and the Ambassador agreed to (over-redacted at usg; fails closed)",
    "adv51-038-trello-card-label-high-side-only": "round 51: a task-board export where one card carries the label HIGH SIDE ONLY but its description was typed on the unclassified board (over-redacted at usg; fails closed)",
    "adv51-039-auto-reply-says-attachment-should-have-gone-sipr": "round 51: an out-of-office reply that adds a note that the attachment summary below should have been sent on SIPR (over-redacted at usg; fails closed)",
    "adv51-040-les-bulletin-agent-comment-informant-para-les": "round 51: a police information bulletin whose agent comment says the informant detail in para 4 is LES and not for the public or the subject (over-redacted at usg; fails closed)",
    "adv51-047-email-cyrillic-confusable-statement-last-bullet": "round 51: an e-mail (U+2029 line ends) whose follow-up says the last bullet is Confidential, written with Cyrillic look-alike letters (over-redacted at usg; fails closed)",
    "adv51-050-routing-slip-attachment-b-classification-field": "round 51: an executive secretariat routing slip whose form fields give Attachment B as SECRET while the attachment text is reproduced unmarked (over-redacted at usg; fails closed)",
    "adv51-054-trap-doj-press-release-spy-case-level-words": "round 51: a DOJ press release about a leak case that names SECRET and TOP SECRET documents, with one SBU internal line (over-redacted at usg; fails closed)",
    "adv51-055-trap-post-report-weather-celsius-in-parens": "round 51: a post report whose climate table writes temperatures with (C) for Celsius, with one SBU line (over-redacted at usg; fails closed)",
    "adv51-057-trap-training-record-s-u-grades-legend": "round 51: a training completion record using (S) Satisfactory and (U) Unsatisfactory grades, with one SBU line (over-redacted at usg; fails closed)",
    "adv51-060-trap-annual-foia-report-exemption-b1-counts": "round 51: an annual FOIA report table counting (b)(1) withholdings of classified records, with one SBU line (over-redacted at usg; fails closed)",
    "adv51-061-trap-concert-program-sonata-in-c-copyright": "round 51: an embassy concert program with Sonata in C, (C) copyright lines and an NF (no fee) note, with one SBU line (over-redacted at usg; fails closed)",
    "adv51-064-trap-it-change-log-secrets-manager-rel-ts": "round 51: an IT change log mentioning Secrets Manager, REL 4.2, TS timestamps and the classified-ticket queue, with one SBU line (over-redacted at usg; fails closed)",
    "adv51-065-trap-training-announcement-derivative-classification": "round 51: a training announcement about derivative classification and the SF 312 naming levels, with one SBU line (over-redacted at usg; fails closed)",
    "adv52-014-cable-2019-unclas-state-reply-to-post": "round 52: a 2019 Department cable to all posts on FOIA tasking procedures, one SBU paragraph (over-redacted at usg; fails closed)",
    "adv52-023-email-classnet-confidential-rel-gbr-coordination": "round 52: a ClassNet e-mail with (U) logistics and (C//REL TO USA, GBR) substance (over-redacted at usg; fails closed)",
    "adv52-041-chat-export-teams-unclassified-sbu": "round 52: an OpenNet Teams chat export, banner UNCLASSIFIED//SBU, with (U) and (SBU) messages (over-redacted at usg; fails closed)",
    "adv52-049-memcon-confidential-bilateral-meeting": "round 52: a memorandum of conversation: (U) participants and setting, (C) substance (over-redacted at usg; fails closed)",
    "adv52-052-trap-copyright-c-press-clips": "round 52: press clips with (C) copyright notices and a classification word in a headline; one SBU line (over-redacted at usg; fails closed)",
    "adv52-055-trap-classification-training-announcement": "round 52: an announcement of annual classification training; one SBU line (over-redacted at usg; fails closed)",
    "adv52-058-trap-declassification-review-schedule-memo": "round 52: a memo scheduling systematic declassification review of 1990s cables; one SBU line (over-redacted at usg; fails closed)",
    "adv53-001-a-email-teams-pinned-message-drone-yard-figures-secret": "round 53: a Teams channel export whose pinned message says the drone-yard figures posted above are Secret (over-redacted at usg; fails closed)",
    "adv53-003-a-calendar-invite-agenda-item-3-at-secret-level": "round 53: an Outlook invitation whose body says agenda item 3 and its read-ahead paragraph are at the S level (over-redacted at usg; fails closed)",
    "adv53-005-a-dlp-quarantine-log-paragraph-beginning-the-convoy": "round 53: a data loss prevention quarantine notice bundled with the released message; the notice says the paragraph beginning 'The convoy will' contai (over-redacted at usg; fails closed)",
    "adv53-006-a-spreadsheet-cell-comment-d14-from-secret-budget": "round 53: a CSV export of a budget sheet with its cell comments; the comment on D14 says that figure and its row note come from the S budget exhibit (over-redacted at usg; fails closed)",
    "adv53-007-a-interview-notes-source-asked-off-record-noforn": "round 53: notes of a meeting with a foreign official, with the notetaker's statement that the bracketed passage was given as NOFORN at the official's  (over-redacted at usg; fails closed)",
    "adv53-008-a-report-indented-quotations-from-secret-ig-report": "round 53: a report whose preface says every indented passage is quoted from the classified IG report (SECRET); the indented passages are unmarked (over-redacted at usg; fails closed)",
    "adv53-009-a-transcript-line-numbers-14-to-18-noforn": "round 53: a line-numbered interview transcript whose reporter's certificate says lines 14 through 18 were designated NOFORN by the agency representati (over-redacted at usg; fails closed)",
    "adv53-010-a-memo-asterisk-legend-items-confidential": "round 53: an action memo whose list legend says items with an asterisk are CONFIDENTIAL; the starred items carry (U) (over-redacted at usg; fails closed)",
    "adv53-011-a-report-dagger-footnote-symbol-denotes-secret": "round 53: a report with a table whose footnote says figures marked with a dagger are SECRET (over-redacted at usg; fails closed)",
    "adv53-012-a-cable-conditional-declass-upon-announcement": "round 53: a 1997 cable: paragraph 4 is CONFIDENTIAL until a public announcement that had not happened by the date of the cable (over-redacted at usg; fails closed)",
    "adv53-013-a-json-log-export-classification-field-secret": "round 53: a JSON lines export of a tasking tool in which one record's classification field is SECRET while its text is unmarked (over-redacted at usg; fails closed)",
    "adv53-014-a-chat-emoji-reaction-classified-s-on-message": "round 53: a Slack-style export where a security officer reacts with :classified-s: to a message and writes 'that one is S, deleting' (over-redacted at usg; fails closed)",
    "adv53-015-a-email-sms-screenshot-transcribed-ur-para-is-s": "round 53: an e-mail with a transcribed phone text from the boss: 'ur para on the pipeline = S fyi' (over-redacted at usg; fails closed)",
    "adv53-017-a-speech-draft-bracketed-classified-delete-before-delivery": "round 53: a speech draft where the speechwriter's note says bracketed text is classified background to be deleted before delivery (over-redacted at usg; fails closed)",
    "adv53-018-a-memo-numeric-sensitivity-code-legend": "round 53: a staff memo with a 'Sensitivity' column using numeric codes; the legend in the same memo says 3 = SECRET and 2 = CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv53-019-a-cable-nato-secret-paragraph-in-unclas-cable": "round 53: a 2009 UNCLAS cable from USNATO quoting a paragraph of a NATO SECRET document, which it says in the paragraph itself (over-redacted at usg; fails closed)",
    "adv53-020-a-email-sent-via-sipr-relay-hand-carried": "round 53: a low-side e-mail whose opening line says the text below was typed over by hand from a SIPR message and 'keeps that message's level (S)' (over-redacted at usg; fails closed)",
    "adv53-021-a-memo-part-ii-logistics-heading-secret": "round 53: a memo whose cover note says the portion of Part II headed Logistics is S notwithstanding (U) marks (over-redacted at usg; fails closed)",
    "adv53-022-a-minutes-highlighted-text-between-chevrons-confidential": "round 53: minutes converted from Word: highlighted text (rendered between >> <<) is stated to be Confidential in the clerk's note (over-redacted at usg; fails closed)",
    "adv53-023-a-email-footer-bottom-correction-from-here-up": "round 53: an e-mail whose last line says 'from here up, this is SECRET//NOFORN, I mis-marked it' (over-redacted at usg; fails closed)",
    "adv53-024-a-cable-inherits-source-cable-level-paras-2-through-4": "round 53: a 2011 cable saying paras 2 through 4 inherit the classification of the source cable, which was SECRET (over-redacted at usg; fails closed)",
    "adv53-027-a-email-reply-inline-red-text-secret": "round 53: an e-mail reply where the answerer says her inline answers in red (shown with [RED]) are Secret (over-redacted at usg; fails closed)",
    "adv53-028-a-cable-1979-ocr-para-six-for-us-eyes-only": "round 53: an OCR'd 1979 cable with bare CR line ends where the text says para 6 is for U.S. eyes only (over-redacted at usg; fails closed)",
    "adv53-029-a-report-nel-statement-in-section-heading": "round 53: an extract with NEL line ends whose section heading reads 'Section 3 (this section is CONFIDENTIAL in its entirety)' (over-redacted at usg; fails closed)",
    "adv53-032-b-email-unclass-mentions-secret-cable-ref-a": "round 53: an UNCLASSIFIED e-mail that refers to a SECRET cable by its level without repeating its content; one SBU line (over-redacted at usg; fails closed)",
    "adv53-033-b-memo-classification-training-completion": "round 53: a management memo on classification training completion rates, full of marking vocabulary; one SBU sentence (over-redacted at usg; fails closed)",
    "adv53-034-b-csv-foia-case-log-exemption-b1-column": "round 53: a FOIA case log in CSV with exemption columns (b)(1), 'classified' in the notes column; one row is SBU (over-redacted at usg; fails closed)",
    "adv53-038-b-memo-records-schedule-classified-holdings": "round 53: a records memo describing how classified holdings are retired, with a CUI paragraph (over-redacted at usg; fails closed)",
    "adv53-043-b-email-isso-reminder-about-spillage-procedure": "round 53: an ISSO reminder e-mail on spillage procedure that uses SECRET and NOFORN as examples; one SBU sentence (over-redacted at usg; fails closed)",
    "adv49-034-cable-french-nb-passage-sur-le-barrage": "round 49: an UNCLAS cable repeating a French non-paper; the French liaison's note says the passage on the dam is classified 'Confidentiel Defense' (over-redacted at usg; fails closed)",
    "adv50-046-translation-russian-sekretno-stamp-page-2": "round 50: an embassy translation of a foreign ministry letter: the translator notes the original bears 'Секретно' on page 2, the paragraph beginning 'Regarding  (over-redacted at usg; fails closed)",
    "adv51-007-memo-portion-review-worksheet-corrects-para-3": "round 51: an information memo with a classification review worksheet attached that gives para 3 as C although it is marked (U) (over-redacted at usg; fails closed)",
    "adv54-001-a-email-translator-note-japanese-hi-stamp-on-heading": "round 54: a translation unit's e-mail: the translator notes that the heading 'Port call schedule' bears the Japanese stamp 秘 (Confidential) in the original (over-redacted at usg; fails closed)",
    "adv54-002-a-report-oig-working-paper-tab-vendor-ledger-secret": "round 54: an OIG audit working paper whose finding says the workbook tab 'Vendor ledger' reproduced in Appendix B is classified SECRET under the program's guide (over-redacted at usg; fails closed)",
    "adv54-004-a-memo-enclosure-2-under-sf-705-blue-cover-sheet": "round 54: a transmittal memo says Enclosure 2 travels under an SF 705 (blue) cover sheet -- the CONFIDENTIAL cover sheet -- and Enclosure 2's text follows unmar (over-redacted at usg; fails closed)",
    "adv54-005-a-memo-tab-c-assigned-top-secret-control-number": "round 54: an action memo's routing note says the Top Secret control officer assigned a TS control number to Tab C; Tab C's text is pasted in unmarked (over-redacted at usg; fails closed)",
    "adv54-006-a-transcript-ste-call-went-secure-display-secret": "round 54: a bare-CR call transcript: the bracketed markers say the parties went secure with the STE display showing SECRET at 14:06 and went clear at 14:19; wha (over-redacted at usg; fails closed)",
    "adv54-007-a-captions-srt-briefing-classified-segment-cues": "round 54: an SRT caption file of a recorded town-hall briefing: one cue announces that a classified segment (SECRET//NOFORN) begins, another that it ends; the c (over-redacted at usg; fails closed)",
    "adv54-008-a-minutes-observers-left-room-items-5-1-to-5-3": "round 54: working-group minutes: the chair asked the UK and Canadian observers to leave before items 5.1-5.3, which the minutes say are SECRET//NOFORN (over-redacted at usg; fails closed)",
    "adv54-010-a-memo-thruster-table-itar-technical-data": "round 54: an engineering memo says the thruster performance table is ITAR-controlled technical data not releasable to foreign persons; the table is unmarked (over-redacted at usg; fails closed)",
    "adv54-011-a-transcript-interview-answers-in-dari-confidential": "round 54: an interview transcript whose interpreter's note says everything the witness said in Dari (lines tagged [Dari]) is CONFIDENTIAL; the English rendering (over-redacted at usg; fails closed)",
    "adv54-012-a-report-italic-text-from-classified-version-secret": "round 54: a report's plain-text copy renders italics as _like this_; an editor's note says the italicised sentences came from the classified version and are SEC (over-redacted at usg; fails closed)",
    "adv54-013-a-report-footnotes-4-and-5-secret-rel-fvey": "round 54: a think-piece with endnotes: an author's note says notes 4 and 5 draw on a SECRET//REL TO USA, FVEY source; the notes are unmarked (over-redacted at usg; fails closed)",
    "adv54-015-a-slides-satellite-icon-bullet-talent-keyhole": "round 54: slide text where the presenter's note says the bullet carrying the satellite icon is derived from TALENT KEYHOLE imagery and is SECRET//TK (over-redacted at usg; fails closed)",
    "adv54-016-a-memo-para-3-restricted-data-move-to-annex": "round 54: a DOE memo in which the classification officer notes that paragraph 3's figures are Restricted Data and the paragraph must move to the classified anne (over-redacted at usg; fails closed)",
    "adv54-017-a-cable-declass-review-para-4-exempt-25x1": "round 54: a 1996 cable after a declassification review: the reviewer's stamp declassifies it except paragraph 4, exempted 25X1-human; paragraph 4 is still in th (over-redacted at usg; fails closed)",
    "adv54-018-a-fax-pages-3-4-confidential-resend-secure": "round 54: a fax with a cover sheet saying pages 3-4 are CONFIDENTIAL and must be resent by secure fax; pages 3-4 follow after form feeds (over-redacted at usg; fails closed)",
    "adv54-019-a-email-attachment-filename-s-nf-pasted-below": "round 54: an unclassified e-mail pasting the text of an attachment whose file name carries S-NF (SECRET//NOFORN); the sender notes the annex file is marked S-NF (over-redacted at usg; fails closed)",
    "adv54-022-a-email-everything-after-however-in-para-2-secret": "round 54: an e-mail whose follow-up says everything after the word 'However' in paragraph 2 is classified Secret; the paragraph's first half is unclassified (over-redacted at usg; fails closed)",
    "adv54-023-a-table-figures-initialled-no-by-okafor-c-nf": "round 54: a readiness tracker in CSV where a note says the figures supplied by Cdr. Okafor (rows initialled NO in the Source column) are CONFIDENTIAL//NOFORN (over-redacted at usg; fails closed)",
    "adv54-024-a-report-rows-shaded-amber-confidential-legend": "round 54: a status report whose legend says rows shaded amber (rendered [amber] in the text export) carry CONFIDENTIAL information; green rows are unclassified (over-redacted at usg; fails closed)",
    "adv54-027-a-email-rok-slide-6-korean-2nd-class-secret": "round 54: a liaison officer's e-mail pasting ROK slide notes: the Korean side said slide 6 is 2급 비밀 (Class II Secret) (over-redacted at usg; fails closed)",
    "adv54-028-a-memo-annex-a-has-own-classification-authority-block": "round 54: an unclassified memo whose Annex A carries its own 'Classified by / Reason 1.4(a) / Declassify on' block; the annex text is unmarked (over-redacted at usg; fails closed)",
    "adv54-029-a-report-pdf-page-4-printed-from-siprnet-copy": "round 54: a report extracted from PDF with form feeds; an errata slip on page 1 says page 4 was printed from the SIPRNet copy by mistake and is SECRET (over-redacted at usg; fails closed)",
    "adv54-030-a-log-watch-night-shift-entries-confidential": "round 54: an operations center log (U+2028 line ends) whose shift supervisor note says every entry made during the night shift (2000-0800) is CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv54-031-a-draft-strikethrough-text-still-confidential": "round 54: a press-statement draft with tracked changes: the struck-through sentence (rendered ~~...~~) was cut because it is CONFIDENTIAL, but it is still in th (over-redacted at usg; fails closed)",
    "adv54-032-a-email-lines-quoted-with-angle-bracket-from-sipr-reply": "round 54: an e-mail whose writer says the lines prefixed with '>' are quoted from a reply on SIPR and are SECRET, even though they have no marks (over-redacted at usg; fails closed)",
    "adv54-035-b-email-isso-reminder-classified-labels-one-sbu-line": "round 54: an ISSO e-mail on new classified media labels (SF 706-708) full of SECRET and TOP SECRET in (U) prose; one SBU line with a room number and code (over-redacted at usg; fails closed)",
    "adv54-037-b-memcon-confidential-ministers-confidential-adviser": "round 54: a CONFIDENTIAL memcon whose (U) text names the minister's 'confidential adviser' (a job title) and 'Secretariat'; one (C) paragraph (over-redacted at usg; fails closed)",
    "adv54-039-b-csv-records-retirement-log-classified-boxes": "round 54: a CSV (CR LF) records retirement log whose (U) notes say 'classified boxes', 'secret vault', 'declassification review'; one SBU row (over-redacted at usg; fails closed)",
    "adv54-040-b-chat-export-scif-badge-one-fouo-line": "round 54: a Teams chat export with each line marked; (U) chatter about the SCIF, SIPR terminals and TS clearances; one (U//FOUO) line (over-redacted at usg; fails closed)",
    "adv54-042-b-slides-derivative-classification-training-cui-slide": "round 54: training slides on derivative classification whose (U) text names TOP SECRET, SECRET, CONFIDENTIAL and NOFORN; one (CUI) slide (over-redacted at usg; fails closed)",
    "adv54-045-b-minutes-declassification-board-fouo-paragraph": "round 54: minutes of an interagency declassification board discussing 'secret' and 'top secret' record series in (U) text; one (U//FOUO) paragraph (over-redacted at usg; fails closed)",
    "adv54-047-b-memo-classified-network-refresh-sbu-paragraph": "round 54: an IRM memo on the ClassNet refresh schedule; (U) text names ClassNet, SIPRNet and secret-level systems; one SBU paragraph (over-redacted at usg; fails closed)",
    "adv54-052-b-memo-marking-error-statistics-confidential-example": "round 54: a security memo on portion-marking error rates ('mis-marked SECRET', 'over-classified') in (U) text; one correctly marked (C) paragraph (over-redacted at usg; fails closed)",
    "adv54-053-b-tsv-training-completion-one-sbu-row": "round 54: a TSV of classification-training completion by office with a portion column; (U) rows name 'Original Classification Authority' training; one SBU row (over-redacted at usg; fails closed)",
    "adv54-057-trap-memo-hazmat-division-1-4s-explosives-classification": "round 54: a shipping memo about hazard classification (Division 1.4S, Class C) and tariff classification; one SBU line (over-redacted at usg; fails closed)",
    "adv54-058-trap-contract-nda-confidential-information-defined": "round 54: a vendor non-disclosure agreement defining 'Confidential Information' and 'Secret Formula' in the legal sense; one SBU line in the cover note (over-redacted at usg; fails closed)",
    "adv54-059-trap-report-species-classified-endangered-secret-life": "round 54: a USAID environment report: species 'classified as endangered', a documentary called 'The Secret Life of Lemurs'; one SBU line (over-redacted at usg; fails closed)",
    "adv54-060-trap-chat-ts-technical-specialist-and-c-level": "round 54: a chat using TS for Technical Specialist, C-level for executives, S for small (T-shirt sizes) and 'Confidential Meeting' as a room name; one SBU line (over-redacted at usg; fails closed)",
    "adv54-061-trap-announcement-password-vault-secrets-manager": "round 54: an IT announcement about a 'secrets vault', 'secret rotation' and 'confidentiality, integrity, availability'; one SBU line (over-redacted at usg; fails closed)",
    "adv55-001-classnet-reply-port-fees-part-is-confidential": "round 55: an OpenNet thread marked UNCLASSIFIED where a later reply says the part about the port fees was Confidential and asks IT to move the chain (over-redacted at usg; fails closed)",
    "adv55-002-email-upclassed-from-this-point-crlf": "round 55: an e-mail whose author writes midway that everything from this point down is SECRET, with CR LF line ends (over-redacted at usg; fails closed)",
    "adv55-010-chat-uk-left-out-by-them": "round 55: a chat in which a (U) line is released to Canada and Australia only and the next line keeps it from London by a pronoun (over-redacted at usg; fails closed)",
    "adv55-011-word-comment-prob-conf-para-two": "round 55: a Word draft with a reviewer comment rendered in brackets saying paragraph 2 is prob Conf and should be moved (over-redacted at usg; fails closed)",
    "adv55-012-foia-case-l2-note-doc-7-para-2-was-c": "round 55: a FOIA case processing sheet where the L2 reviewer writes that document 7's paragraph 2, marked U, was C at origin and must be referred (over-redacted at usg; fails closed)",
    "adv55-013-report-ff-pages-3-4-reproduce-secret-assessment": "round 55: a report extract with form-feed pages whose preface says pages 3 and 4 reproduce a SECRET assessment (over-redacted at usg; fails closed)",
    "adv55-015-cable-1982-service-message-para-2-regraded": "round 55: a 1982 service message asking addressees to regrade paragraph 2 of an earlier UNCLAS cable to CONFIDENTIAL, with that cable's text (over-redacted at usg; fails closed)",
    "adv55-018-chat-lock-emoji-and-flag-us-only": "round 55: a chat in which a reply with a lock and a US flag emoji says the previous line is US only (over-redacted at usg; fails closed)",
    "adv55-019-email-pink-cover-sheet-attachment-b": "round 55: an e-mail that says attachment B was printed under an SF 704 (red/SECRET) cover sheet, with attachment B's text pasted below (over-redacted at usg; fails closed)",
    "adv55-020-email-keep-off-the-low-side-water-figures": "round 55: an e-mail saying the water figures must stay off the low side, i.e. are classified (over-redacted at usg; fails closed)",
    "adv55-022-translation-german-geheim-stamp-para-3": "round 55: an unofficial translation of a German ministry letter whose translator's note records a GEHEIM stamp beside paragraph 3 (over-redacted at usg; fails closed)",
    "adv55-027-dod-portion-review-sheet-bullets-c-and-d-confidential": "round 55: a DoD security review sheet listing bullets c and d of a draft article as CONFIDENTIAL, with the draft following (over-redacted at usg; fails closed)",
    "adv55-028-prepub-checklist-box-ticked-figure-3-secret": "round 55: a prepublication review checklist whose ticked box says Figure 3's caption contains SECRET information (over-redacted at usg; fails closed)",
    "adv55-029-prepub-form-yes-no-section-b-fouo": "round 55: a prepublication form whose Yes/No row says section B contains For Official Use Only material (over-redacted at usg; fails closed)",
    "adv55-030-staff-estimate-coa-3-rel-usa-can-nzl": "round 55: a draft staff estimate marked UNCLASSIFIED whose text says Course of Action 3 is SECRET releasable to USA, CAN and NZL only (over-redacted at usg; fails closed)",
    "adv55-032-cable-1996-nel-shared-in-confidence-by-ministry-fgi": "round 55: a 1996 NEL cable saying the ministry's figures were given in strict confidence and are to be protected as foreign government information (over-redacted at usg; fails closed)",
    "adv55-035-memo-annex-quoting-ref-c-keeps-its-classification": "round 55: a memo saying its annex quotes REF C verbatim and keeps that reference's CONFIDENTIAL classification (over-redacted at usg; fails closed)",
    "adv55-036-cable-1985-sensitive-para-strictly-protect-from-public": "round 55: a 1985 UNCLAS cable whose paragraph 3 says it must be strictly protected and not made public (over-redacted at usg; fails closed)",
    "adv55-037-email-keep-these-for-the-tank-brief-only": "round 55: an e-mail saying the force numbers are 'for the Tank brief only', i.e. Joint Chiefs classified session (over-redacted at usg; fails closed)",
    "adv55-038-chat-save-it-for-the-tank-wording": "round 55: a chat where a colonel says 'save that for the Tank' about the previous line (over-redacted at usg; fails closed)",
    "adv55-039-cable-conditional-declass-after-treaty-signed": "round 55: a cable whose paragraph says it is SECRET until the treaty is signed, with no sign that it has been signed (over-redacted at usg; fails closed)",
    "adv55-041-email-transcribed-whatsapp-msgs-that-bit-is-s": "round 55: an e-mail transcribing a WhatsApp exchange in which the ambassador writes 'that bit abt the airfield is S' (over-redacted at usg; fails closed)",
    "adv55-042-case-file-text-messages-ur-nums-r-conf": "round 55: a FOIA case file printout of text messages in which the sender says 'ur nums r conf' about the previous text (over-redacted at usg; fails closed)",
    "adv55-043-withdrawal-sheet-item-2-secret-then-transcript": "round 55: a presidential library withdrawal sheet listing item 2 as withdrawn (SECRET), followed by a researcher's working transcription (over-redacted at usg; fails closed)",
    "adv55-044-records-retirement-removal-notice-folder-b-confidential": "round 55: a records transfer removal notice saying folder B was pulled as CONFIDENTIAL, with the folder's contents listed below (over-redacted at usg; fails closed)",
    "adv55-046-memo-cosmic-top-secret-extract-in-us-memo": "round 55: an unclassified-marked US memo carrying an extract introduced as COSMIC TOP SECRET (over-redacted at usg; fails closed)",
    "adv55-047-memo-oca-determination-signature-block-para-3": "round 55: a memo whose last line, below the signature, is an OCA determination that paragraph 3 is SECRET (over-redacted at usg; fails closed)",
    "adv55-048-email-classified-by-line-at-bottom-paras-2-3": "round 55: an e-mail whose last lines give an OCA's determination that paragraphs 2 and 3 are CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv55-050-memo-scan-treat-as-5ecret-rn-ocr": "round 55: a scanned memo whose handwritten instruction OCRs as 'TREAT AS 5ECRET' and 'N0F0RN' over paragraph 3 (over-redacted at usg; fails closed)",
    "adv55-055-b-chat-export-one-sbu-line-about-lodging": "round 55: a Teams chat export with (U) lines about the high side terminal and one (SBU) line with a traveler's hotel (over-redacted at usg; fails closed)",
    "adv55-064-trap-chat-conf-room-and-secret-santa-texts": "round 55: a transcribed group text about a conf room, a Secret Santa and a classified-ads joke, with one SBU line (over-redacted at usg; fails closed)",
    "adv56-015-b-csv-foia-log-export": "round 56: a FOIA case log CSV export with a classification column; one row marked SBU (over-redacted at usg; fails closed)",
    "adv56-045-email-unless-otherwise-marked-default-level": "round 56: a ClassNet message stating that paragraphs not otherwise marked are SECRET; two unmarked paragraphs follow a (U) one (over-redacted at usg; fails closed)",
    "adv56-047-spreadsheet-csv-mark-with-nbsp-in-quoted-cell": "round 56: a CSV export where the text column begins with a mark followed by a no-break space, inside quotes (over-redacted at usg; fails closed)",
    "adv56-049-b-slides-briefing-u-slides-one-s-slide": "round 56: an ordinary slide deck extract with one SECRET slide (over-redacted at usg; fails closed)",
    "adv56-052-qfr-bracketed-enumerator-before-mark": "round 56: questions for the record whose answers start with [1] (S//NF) and Q/A labels in a SECRET annex (over-redacted at usg; fails closed)",
    "adv56-058-b-report-csv-visa-stats-quarterly": "round 56: an ordinary quarterly visa statistics CSV with one SBU note row (over-redacted at usg; fails closed)",
    "adv56-063-email-mixed-crlf-lone-cr-mark-with-period": "round 56: an e-mail with CR LF line ends and lone CRs inside the body, and marks typed as (C.) (over-redacted at usg; fails closed)",
    "adv57-001-a-court-draft-declaration-cipa-ex-parte-paragraphs": "round 57: a draft declaration for a FOIA suit whose drafting note says paragraphs 14-15 go to the CISO ex parte as SECRET (over-redacted at usg; fails closed)",
    "adv57-002-a-hill-staffer-markup-double-braces-from-classified-annex": "round 57: a House committee staffer markup of report language where text in double angle brackets is said to come from the classified annex (SECRET) (over-redacted at usg; fails closed)",
    "adv57-003-a-contractor-cdrl-deliverable-appendix-dd254-confidential": "round 57: a contractor CDRL deliverable whose cover page says Appendix C is CONFIDENTIAL under DD 254 block 13 while its pages carry no marks (over-redacted at usg; fails closed)",
    "adv57-004-a-ig-hotline-form-question-answer-secret": "round 57: an OIG hotline intake printout where the intake analyst notes the answer to Question 6 is SECRET (over-redacted at usg; fails closed)",
    "adv57-005-a-translator-glossary-chinese-jimi-rows": "round 57: a translation glossary whose translator note says rows flagged jimi (secret-level Chinese term) are foreign government information at CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv57-006-a-servicenow-incident-resolution-field-sensitivity": "round 57: a ServiceNow incident export whose data sensitivity field says the resolution notes are CONFIDENTIAL//NOFORN (over-redacted at usg; fails closed)",
    "adv57-007-a-voicemail-transcript-after-i-say-okay-americans-only": "round 57: a voice-mail transcription where the caller says what follows the cue is for Americans only, not the British liaison (over-redacted at usg; fails closed)",
    "adv57-008-a-wiki-page-history-restricted-to-sipr-mirror": "round 57: a Confluence page export with a page-history entry saying the Key Contacts section is SECRET and mirrored to the high side (over-redacted at usg; fails closed)",
    "adv57-009-a-office-code-word-legend-bluebird-secret-noforn": "round 57: an internal memo whose footer explains that BLUEBIRD marks items drawn from SECRET//NOFORN holdings (over-redacted at usg; fails closed)",
    "adv57-010-a-wnintel-caveat-on-one-paragraph-1979-memo": "round 57: a 1979 memorandum where paragraph 3 carries a WNINTEL caveat in its text (warning notice, intelligence sources involved, so classified) (over-redacted at usg; fails closed)",
    "adv57-011-a-slide-red-box-legend-secret": "round 57: a slide deck text export whose title slide legend says red-boxed text is SECRET, with boxes rendered as [red box] (over-redacted at usg; fails closed)",
    "adv57-012-a-pasted-from-jwics-note-ts-sci": "round 57: an e-mail where the sender says the quoted block was pasted from JWICS, making it TS//SCI whatever its marks (over-redacted at usg; fails closed)",
    "adv57-013-a-stoneghost-source-note-rel-fvey": "round 57: a memo whose footnote says paragraph 2 was taken from a StoneGhost message (SECRET//REL TO FVEY), so classified at usg (over-redacted at usg; fails closed)",
    "adv57-014-a-minutes-bubble-room-items-secret": "round 57: country team minutes saying items 4 and 5 were taken in the bubble and carry its level, SECRET (over-redacted at usg; fails closed)",
    "adv57-015-a-red-net-serials-radio-log-classified": "round 57: a radio room log in which serials passed on the red net are noted as classified (SECRET) under the log note (over-redacted at usg; fails closed)",
    "adv57-017-a-videotape-edl-timecode-range-classified": "round 57: a video editor edit decision list with transcribed audio, where the producer note says the segment between two timecodes is CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv57-018-a-word-bookmarks-between-markers-confidential": "round 57: a Word document exported with its bookmarks shown, where a cover note says the text between CLS_START and CLS_END is CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv57-019-a-figure-caption-note-data-under-figure-secret": "round 57: a report extract where a figure caption says the data points listed under Figure 3 are SECRET (over-redacted at usg; fails closed)",
    "adv57-020-a-jupyter-notebook-cell-output-noforn": "round 57: a Jupyter notebook exported as text where a markdown cell says the output of cell 5 is NOFORN (SBU//NOFORN) (over-redacted at usg; fails closed)",
    "adv57-022-a-cipa-substitution-summary-original-passage": "round 57: a prosecutor's working copy placing the original SECRET passage beside its proposed CIPA section 4 substitution (over-redacted at usg; fails closed)",
    "adv57-023-a-hebrew-stamp-translation-note-secret-paragraph": "round 57: a working translation of an Israeli ministry letter whose translator note says the second paragraph is stamped SODI (secret) in the original (over-redacted at usg; fails closed)",
    "adv57-024-a-turkish-gizli-email-quoting-minister": "round 57: an e-mail whose drafter says the quoted reply was marked GIZLI (secret) by the Turkish MFA, so it stays SECRET (over-redacted at usg; fails closed)",
    "adv57-025-a-italian-segreto-partner-note-paragraphs": "round 57: an UNCLAS cable from Rome whose comment says paragraphs 4-5 repeat an Italian MoD paper classified SEGRETO, i.e. SECRET (over-redacted at usg; fails closed)",
    "adv57-026-a-arabic-top-secret-stamp-translation-item": "round 57: a translator's summary of seized documents where item 2 bears an Arabic stamp 'sirri lil-ghaya' (top secret) (over-redacted at usg; fails closed)",
    "adv57-027-a-sap-program-security-officer-note": "round 57: a memo with a Program Security Officer's note that paragraph 3 refers to a special access program and is TOP SECRET (over-redacted at usg; fails closed)",
    "adv57-029-a-spreadsheet-cell-range-b7-d12-secret": "round 57: a CSV export of a budget workbook whose first row note says cells B7:D9 were copied from the SECRET budget exhibit (over-redacted at usg; fails closed)",
    "adv57-030-a-google-docs-suggestion-mark-as-confidential": "round 57: a shared document printed with suggestions where a suggestion by the ISSO marks one paragraph CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv57-031-a-depo-transcript-speaker-two-answers-secret": "round 57: a Merit Systems Protection Board hearing transcript where agency counsel states the witness's next two answers are SECRET (over-redacted at usg; fails closed)",
    "adv57-032-a-endnote-range-7-through-9-confidential-report": "round 57: a draft history office report whose editor's note says endnotes 7 through 9 cite a CONFIDENTIAL cable and quote it (over-redacted at usg; fails closed)",
    "adv57-033-a-amended-conference-call-bridge-minutes-after-secure": "round 57: notes of a conference bridge call where participants moved to a secure VTC at 15:20 and the notes after that are SECRET (over-redacted at usg; fails closed)",
    "adv57-038-b-csv-training-roster-derivative-classification-course": "round 57: a CSV training roster for the derivative classification course with one SBU notes cell (over-redacted at usg; fails closed)",
    "adv57-041-b-trip-report-c-rel-gbr-secure-room-visit": "round 57: a CONFIDENTIAL//REL TO USA, GBR trip report whose (U) text talks about the secure room and SIPR access in passing (over-redacted at usg; fails closed)",
    "adv57-042-b-chat-export-marked-sipr-terminal-move-lou": "round 57: a marked Teams chat export about moving the SIPR terminal and ClassNet outage with one LOU line (over-redacted at usg; fails closed)",
    "adv57-043-b-qfr-answer-classified-annex-mention-confidential": "round 57: a QFR package with an unclassified answer that mentions a classified briefing, and a (C) addendum (over-redacted at usg; fails closed)",
    "adv57-044-b-slides-cui-privacy-training-marking-examples": "round 57: a CUI training deck text whose (U) slides explain marking words, with one CUI//SP-PRVCY slide (over-redacted at usg; fails closed)",
    "adv57-045-b-log-tsv-duty-officer-marked-sbu-entry": "round 57: a marked TSV duty officer log whose (U) entries mention a secret ballot recount and a classified fax (over-redacted at usg; fails closed)",
    "adv57-046-b-press-guidance-espionage-case-confidential-addition": "round 57: press guidance on an espionage conviction abroad, (U) text naming Top Secret documents in passing, one (C) background line (over-redacted at usg; fails closed)",
    "adv57-047-b-email-iso-derivative-classifier-reminder-fouo": "round 57: an information security office e-mail about marking mistakes, (U) prose full of level words, one FOUO line (over-redacted at usg; fails closed)",
    "adv57-049-b-foia-letter-b1-b3-explanation-with-lou-note": "round 57: a FOIA determination letter explaining classified withholdings, with an LOU file note at the bottom (over-redacted at usg; fails closed)",
    "adv57-050-b-newsletter-history-office-secret-codes-exhibit-sbu-line": "round 57: a Diplomatic Security newsletter (marked) about a museum exhibit on Cold War secret codes, one (SBU) item (over-redacted at usg; fails closed)",
    "adv57-056-trap-secret-service-advance-schedule-sbu-line": "round 57: a visit schedule mentioning the Secret Service advance team, one SBU line (over-redacted at usg; fails closed)",
    "adv57-057-trap-recipe-newsletter-top-secret-chili-classified-ads": "round 57: a CLO newsletter with a 'top secret' chili recipe, classified ads and a Secret Santa, one SBU line (over-redacted at usg; fails closed)",
    "adv57-058-trap-classification-training-quiz-answers": "round 57: a derivative classification training quiz answer key full of marking examples, one SBU line (over-redacted at usg; fails closed)",
    "adv57-059-trap-foia-appeal-decision-b1-upheld-explanation": "round 57: an appeal decision letter explaining that classified withholdings were upheld, one SBU file line (over-redacted at usg; fails closed)",
    "adv57-060-trap-conference-room-booking-secret-garden-confidential-suite": "round 57: a facilities e-mail about booking the 'Secret Garden' and 'Confidential Suite' rooms at a hotel, one SBU line (over-redacted at usg; fails closed)",
    "adv57-061-trap-chemistry-lab-safety-sheet-c-s-symbols": "round 57: an embassy health unit safety sheet with temperature (C), state symbols (s) and a (TS) abbreviation, one SBU line (over-redacted at usg; fails closed)",
    "adv57-062-trap-history-lecture-announcement-declassified-cables": "round 57: an announcement of a lecture on declassified Cold War cables and NOFORN history, one SBU line (over-redacted at usg; fails closed)",
    "adv57-063-trap-it-release-notes-rel-secrets-ts-nf": "round 57: IT release notes with REL 4.2, a secrets vault, TS timestamps and NF (no fault), one SBU line (over-redacted at usg; fails closed)",
    "adv58-002-log-dlp-label-change-row-7-confidential": "round 58: a Microsoft Purview label-change audit CSV shows an item's row 7 relabelled Confidential; the pasted row text follows (over-redacted at usg; fails closed)",
    "adv58-003-log-marking-wizard-portion-4-c-nf": "round 58: a marking wizard change history says portion 4 was changed from U to C//NF by the originator; the body shows (U) (over-redacted at usg; fails closed)",
    "adv58-004-form-fdo-release-determination-items-3-4-not-releasable-gbr": "round 58: an FDO release determination: items 3 and 4 (SBU) not releasable to the United Kingdom; usg may read them (over-redacted at usg; fails closed)",
    "adv58-007-email-attached-file-name-suffix-c-pasted": "round 58: an unclassified e-mail pasting the text of an attachment named with _C_ (CONFIDENTIAL) in the file name (over-redacted at usg; fails closed)",
    "adv58-008-chat-shared-file-secret-noforn-in-name": "round 58: a chat export where a user shares a file named ...__S-NF.pdf and pastes its summary lines (over-redacted at usg; fails closed)",
    "adv58-009-memo-scanned-file-label-secret-in-path": "round 58: an OCR extract whose source path line shows the scanned file was stored under \SECRET\ with (TS) in the name (over-redacted at usg; fails closed)",
    "adv58-017-report-sticky-flag-page-2-noforn": "round 58: a transcribed yellow flag on a trip report page says the page is NOFORN (over-redacted at usg; fails closed)",
    "adv58-020-memo-spanish-solo-para-estadounidenses": "round 58: a Spanish-language LES memo whose handwritten addition says section 3 is solo para personal estadounidense (over-redacted at usg; fails closed)",
    "adv58-021-chat-german-nicht-fuer-auslaendische-partner": "round 58: a chat in German where a US officer marks a message as nicht fuer auslaendische Partner (over-redacted at usg; fails closed)",
    "adv58-022-report-appendix-c-reproduces-secret-plan": "round 58: a report whose note says Appendix C reproduces the SECRET contingency plan verbatim (over-redacted at usg; fails closed)",
    "adv58-023-memo-attachment-2-is-copy-of-confidential-annex": "round 58: a memo whose second attachment is said to be a retyped copy of a CONFIDENTIAL annex (over-redacted at usg; fails closed)",
    "adv58-024-ff-pdf-pages-2-3-copy-of-secret-annex": "round 58: a PDF extract with a form feed whose running note says pages 2-3 are copies of a SECRET annex (over-redacted at usg; fails closed)",
    "adv58-025-chat-dont-put-casualty-numbers-on-nipr": "round 58: a chat saying the casualty numbers belong on the high side and should never have been posted on NIPR (over-redacted at usg; fails closed)",
    "adv58-026-email-keep-this-on-sipr-not-unclass": "round 58: an unclassified e-mail whose sender says the paragraph should have gone on SIPR and must not stay on the unclass system (over-redacted at usg; fails closed)",
    "adv58-029-article-endnote-3-numbers-from-secret-study": "round 58: a staff paper whose endnote 3 says the numbers in paragraph 4 come from a SECRET study (over-redacted at usg; fails closed)",
    "adv58-030-memo-footnote-dagger-sentence-confidential": "round 58: a memo whose footnote says the sentence marked with a double dagger is CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv58-031-slides-footer-note-chart-data-secret": "round 58: a slide deck text export whose footer note says the chart data on slide 4 are SECRET (over-redacted at usg; fails closed)",
    "adv58-033-review-table-markdown-item-2-secret-noforn": "round 58: a markdown review table giving item 2 as S//NF on review, with the items listed below (over-redacted at usg; fails closed)",
    "adv58-034-ppr-checklist-row-paragraph-5-confidential": "round 58: a pre-publication review checklist row says paragraph 5 of the draft is CONFIDENTIAL and must be cut (over-redacted at usg; fails closed)",
    "adv58-037-memo-section-copied-from-ref-1-secret": "round 58: a memo saying its section 2 is copied from reference 1 (SECRET) and takes that classification (over-redacted at usg; fails closed)",
    "adv58-039-email-confidential-until-contract-signed": "round 58: an e-mail treating the bid price as Confidential until the contract is signed, which it is not (over-redacted at usg; fails closed)",
    "adv58-042-email-nato-confidential-extract-quoted": "round 58: an e-mail pasting an extract labelled NATO CONFIDENTIAL, then quoted text (over-redacted at usg; fails closed)",
    "adv58-043-memo-oca-determination-at-end-paras-1-2": "round 58: a memo whose last lines record an OCA's determination that paras 1 and 2 are SECRET (over-redacted at usg; fails closed)",
    "adv58-044-email-isso-determination-signature-block": "round 58: an e-mail whose signature block is followed by an OCA line determining the first paragraph CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv58-046-email-sourced-line-then-marking-line": "round 58: an e-mail whose source note gives the origin on one line and 'carries the source's marking (C//NF)' on the next (over-redacted at usg; fails closed)",
    "adv58-047-report-quote-source-note-wrapped": "round 58: a report's wrapped source note: the quoted paragraph keeps the SECRET marking of its source (over-redacted at usg; fails closed)",
    "adv58-050-csv-column-header-mark-before-colon": "round 58: a CSV whose header cell 'Notes (C):' marks the notes column (over-redacted at usg; fails closed)",
    "adv58-052-b-email-sbu-training-reminder-levels": "round 58: a correctly marked SBU e-mail whose (U) training reminder names SECRET and NOFORN (over-redacted at usg; fails closed)",
    "adv58-061-trap-secretariat-and-classified-ads": "round 58: an office newsletter mentioning the Secretariat, classified ads and a top secret recipe; one SBU line (over-redacted at usg; fails closed)",
    "adv58-062-trap-foia-letter-explains-b1": "round 58: a FOIA response letter explaining exemption (b)(1) and NOFORN; one SBU line (over-redacted at usg; fails closed)",
    "adv58-063-trap-conf-room-and-secret-service": "round 58: an e-mail about the Secret Service advance and the Confidential Meeting Room; one SBU line (over-redacted at usg; fails closed)",
    "adv58-064-trap-press-guidance-classified-documents-case": "round 58: press guidance about a court case on classified documents; one SBU line (over-redacted at usg; fails closed)",
    "adv58-065-trap-training-slide-sample-marking": "round 58: a training slide with a quoted sample banner SECRET//NOFORN; one SBU line (over-redacted at usg; fails closed)",
    "adv59-005-treasury-ofac-json-record-classification-field": "round 59: a Treasury case system JSON export whose classification field is SECRET and whose narrative fields are unmarked (over-redacted at usg; fails closed)",
    "adv59-019-cable-mark-with-period": "round 59: a 1986 cable whose typist wrote (C.) and (S.) marks (over-redacted at usg; fails closed)",
    "adv59-021-tsv-export-marks-in-cells": "round 59: a DHS ICE tasker TSV export with marks inside tab-separated cells (over-redacted at usg; fails closed)",
    "adv59-022-wiki-export-pipe-table-marks": "round 59: a Confluence wiki export with a pipe table whose cells carry portion marks (over-redacted at usg; fails closed)",
    "adv59-027-trap-email-secret-service-usaid": "round 59: a trap: USAID logistics e-mail about a Secret Service advance, CONF as conference, Confidential Room; one SBU line (over-redacted at usg; fails closed)",
    "adv59-029-load-file-edisc-dat": "round 59: a Concordance DAT load file whose Classification field reads CONFIDENTIAL and whose extracted text field is unmarked (over-redacted at usg; fails closed)",
    "adv59-033-report-derived-from-plus-u-title": "round 59: a combatant command assessment whose only marks are a (U) title and a Derived From block at the end (over-redacted at usg; fails closed)",
    "adv59-035-trap-foia-letter-explaining-b1": "round 59: a trap: a USAID FOIA response letter explaining exemption (b)(1) and classified material; one SBU line (over-redacted at usg; fails closed)",
    "adv59-044-b-slides-africom-rel-fvey": "round 59: an ordinary AFRICOM slide deck text dump, SECRET//REL TO USA, FVEY, with (U) and (S//REL) bullets (over-redacted at usg; fails closed)",
    "adv59-052-trap-training-slide-marking-examples": "round 59: a trap: a DHS marking training slide quoting example marks and banners; one FOUO line (over-redacted at usg; fails closed)",
    "adv59-061-b-jsonl-usaid-award-records": "round 59: an ordinary JSON-lines export of USAID award records with per-record marks, one SBU (over-redacted at usg; fails closed)",
    "adv60-002-log-purview-audit-json-item-3-secret": "round 60: a JSON audit export from a sensitivity-labelling service shows item 3 of a talking-points file relabelled to SECRET; the pasted text of item 3 carries (over-redacted at usg; fails closed)",
    "adv60-003-log-dms-version-history-section-b-c-nf": "round 60: a document management system's version history (CR LF line ends) says version 4 re-marked Section B as C//NF; the text pasted from version 3 shows Sec (over-redacted at usg; fails closed)",
    "adv60-007-chat-file-share-confidential-suffix-text-pasted": "round 60: a Teams chat where an officer shares 'AmbNotes_Lagos_CONFIDENTIAL.docx' and, because the file will not open, pastes its text below (over-redacted at usg; fails closed)",
    "adv60-008-email-scanned-enclosure-filename-s-rel-fvey": "round 60: an unclassified e-mail whose sender types out the enclosure file 'Encl1_(S-REL FVEY).pdf' into the body because the scanner did not attach it (over-redacted at usg; fails closed)",
    "adv60-009-csv-records-index-filename-ts-column-content": "round 60: a records-index CSV whose 'source_file' column gives a file name ending _SECRET and whose 'summary' column copies that file's content (over-redacted at usg; fails closed)",
    "adv60-011-email-sbu-everything-after-the-asterisks-nodis": "round 60: an SBU e-mail saying everything after the row of asterisks is NODIS (over-redacted at usg; fails closed)",
    "adv60-012-cable-sbu-1998-limdis-nodis-section-two": "round 60: a 1998 SBU cable whose paragraph 1 says Section 2 of the message is NODIS for the Assistant Secretary only (over-redacted at usg; fails closed)",
    "adv60-019-email-spanish-no-compartir-con-extranjeros": "round 60: a Spanish-language SBU e-mail from a US officer in Bogota saying the second paragraph is not to be shared with any foreign government (no compartir co (over-redacted at usg; fails closed)",
    "adv60-021-chat-portuguese-so-para-americanos": "round 60: a Brasilia embassy chat export in Portuguese and English where an officer says her next two messages are 'so para americanos' (over-redacted at usg; fails closed)",
    "adv60-022-report-ff-appendix-reproduces-secret-nie-key-judgments": "round 60: a think-tank-style internal report (form-feed page breaks) whose preface says Appendix 1 on page 3 reproduces the key judgments of a SECRET estimate v (over-redacted at usg; fails closed)",
    "adv60-023-slides-deck-note-slide-4-copies-secret-brief": "round 60: a slide deck export whose presenter note says slide 4 copies its bullets from a SECRET J2 brief (over-redacted at usg; fails closed)",
    "adv60-024-chat-dont-put-the-tonnage-on-nipr": "round 60: a chat where an officer says the tonnage figures he just posted should never have gone on NIPR and belong on the high side (over-redacted at usg; fails closed)",
    "adv60-025-email-that-goes-on-jwics-not-here": "round 60: an e-mail reply saying the pasted paragraph belongs on JWICS, not on the unclassified system, and asking for it to be deleted (over-redacted at usg; fails closed)",
    "adv60-028-report-endnote-casualty-figures-from-secret-cable": "round 60: an unclassified report extract whose endnote 4 says the casualty figures in section 3 come from a SECRET embassy cable (over-redacted at usg; fails closed)",
    "adv60-029-memo-footnote-dagger-table-rows-confidential": "round 60: a memo whose table rows marked with a double dagger are, per its footnote, CONFIDENTIAL foreign government information (over-redacted at usg; fails closed)",
    "adv60-030-review-form-markdown-para-4-u-to-c-memo-below": "round 60: a classification challenge decision in a markdown table re-marks paragraph 4 of the attached memo from (U) to (C); the memo text below still shows (U) (over-redacted at usg; fails closed)",
    "adv60-031-mdr-appeal-panel-letter-para-6-remains-secret": "round 60: an ISCAP-style appeal decision letter saying paragraph 6 of the enclosed 1988 memo remains SECRET, while the enclosure shown with it is unmarked (over-redacted at usg; fails closed)",
    "adv60-035-email-second-bullet-lifted-from-confidential-cable": "round 60: an e-mail whose writer adds that the second bullet was lifted from the CONFIDENTIAL Tbilisi cable and so is CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv60-037-chat-gang-of-eight-only-notification": "round 60: a legislative affairs chat where staff say the next item is 'Gang of Eight only', i.e. a classified congressional notification (over-redacted at usg; fails closed)",
    "adv60-038-email-secret-until-the-aircraft-land-ls": "round 60: an e-mail (U+2028 line ends) saying the evacuation timing is SECRET until the aircraft have landed, which has not happened at the time of writing (over-redacted at usg; fails closed)",
    "adv60-041-email-eu-restreint-ue-extract-pasted": "round 60: an unclassified e-mail pasting a paragraph from an EU document marked RESTREINT UE/EU RESTRICTED (over-redacted at usg; fails closed)",
    "adv60-044-cable-1981-ocr-para-4-c0nf1dent1al-exd1s": "round 60: an OCR'd 1981 cable whose paragraph 1 says 'PARA 4 1S C0NF1DENT1AL EXD1S' with digits for letters (over-redacted at usg; fails closed)",
    "adv60-045-fax-ocr-handwritten-s3cret-over-item-b": "round 60: a scanned fax whose OCR'd handwritten annotation reads '5 E C R 3 T - item b' above item b (over-redacted at usg; fails closed)",
    "adv60-047-email-copied-from-centrix-rel-feyes": "round 60: an e-mail whose footer says its middle paragraph was copied from a CENTRIXS message marked SECRET//REL TO USA, FVEY (over-redacted at usg; fails closed)",
    "adv60-056-b-email-lou-budget-para-declassify-project": "round 60: an ordinary State e-mail about a declassification project, (U) paragraphs and one (LOU) paragraph (over-redacted at usg; fails closed)",
    "adv60-057-b-xml-export-portion-attributes": "round 60: an ordinary XML records export whose paragraph elements carry correct classification attributes, one CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv60-062-trap-form-foia-response-b1-explained": "round 60: a trap: a FOIA response letter explaining exemption (b)(1) and the words SECRET and NOFORN to a requester; one SBU line in the reviewer's internal not (over-redacted at usg; fails closed)",
    "adv60-063-trap-chat-tank-the-aquarium-and-high-side-of-the-building": "round 60: a trap: a chat about the office fish tank and the 'high side' of the building (the upper floors); one SBU line (over-redacted at usg; fails closed)",
    "adv61-009-csv-one-row-per-paragraph-mark-column": "round 61: a records system export with one row per paragraph of an information memo, the portion mark in its own CSV column (over-redacted at usg; fails closed)",
    "adv61-012-chat-fbi-field-office-u2028-mixed": "round 61: an FBI field office command-post chat pasted with U+2028 separators under a SECRET//NOFORN banner; (U) lines, one (S//NF) line and unmarked lines (over-redacted at usg; fails closed)",
    "adv61-018-cable-1986-rekeyed-marks-with-period": "round 61: a 1986 embassy cable re-keyed from paper where the typist wrote (C.) and (U.) marks (over-redacted at usg; fails closed)",
    "adv61-028-cipa-notice-cover-then-classified-pages-ff": "round 61: an unclassified CIPA notice of filing, then after a form feed a classified attachment whose pages carry a SECRET banner and unmarked paragraphs (over-redacted at usg; fails closed)",
    "adv61-045-b-csv-export-rows-with-inline-marks": "round 61: an ordinary records export, one row per paragraph, each text cell starting with its portion mark (over-redacted at usg; fails closed)",
    "adv61-057-trap-dd254-form-blank-fields": "round 61: a trap: an unclassified DD Form 254 text rendering whose fields name SECRET and TOP SECRET access requirements; one (CUI) line (over-redacted at usg; fails closed)",
    "adv61-058-trap-oig-audit-overclassification": "round 61: a trap: an IG report on overclassification that discusses documents marked SECRET//NOFORN, portion marks like (C) and Derived From lines; one SBU line (over-redacted at usg; fails closed)",
    "adv61-059-trap-speaker-notes-statute-subparagraph-c": "round 61: a trap: legislative affairs speaker notes citing statute subparagraphs (C) and (S) sections and a C2 system; one FOUO line (over-redacted at usg; fails closed)",
    "adv62-002-log-git-commit-remarks-section-2-2-c-nf": "round 62: a docs-as-code repository's commit log re-marks section 2.2 from (U) to (C//NF); the rendered page below still shows (U) (over-redacted at usg; fails closed)",
    "adv62-004-csv-disclosure-matrix-item-3-gbr-no": "round 62: an FDO disclosure matrix CSV marks item 3 NO for GBR (yes for CAN); the item texts follow in the same export (over-redacted at usg; fails closed)",
    "adv62-006-chat-fdo-speaker-notes-slide-7-us-only": "round 62: a chat where the foreign disclosure officer says the speaker notes under slide 7 cannot go to coalition partners, US only; the notes are pasted below (over-redacted at usg; fails closed)",
    "adv62-007-chat-uploaded-file-orbat-secret-noforn-preview": "round 62: a Slack-style export where a file named ..._SECRET_NOFORN.xlsx was uploaded and its preview text was captured in the export (over-redacted at usg; fails closed)",
    "adv62-008-ticket-attachment-readout-c-pasted-into-ticket": "round 62: a help desk ticket where the user pastes the text of 2026-11-02_Readout_(C).docx because the upload failed (over-redacted at usg; fails closed)",
    "adv62-009-ediscovery-load-file-filename-conf-extracted-text": "round 62: an e-discovery load file whose FILENAME field ends _CONF.pdf and whose extracted text field is unmarked (over-redacted at usg; fails closed)",
    "adv62-011-email-sbu-text-after-line-nodis-s-es-only": "round 62: an SBU e-mail saying the note after the dashed line is NODIS, S/ES distribution only (over-redacted at usg; fails closed)",
    "adv62-014-airgram-1974-ocr-nel-paras-2-3-c0nf1dential-n0f0rn": "round 62: an OCR'd 1974 airgram (NEL line ends) whose typed note says paras 2 and 3 are C0NF1DENTIAL N0F0RN with digits for letters (over-redacted at usg; fails closed)",
    "adv62-015-telegram-1966-ocr-ls-following-section-1s-5ecret": "round 62: an OCR'd 1966 telegram (U+2028 line ends) whose line says THE F0LL0WING SECTI0N 1S 5ECRET with damaged letters (over-redacted at usg; fails closed)",
    "adv62-018-chat-turkish-sadece-abd-personeli": "round 62: a chat where a bilingual officer writes in Turkish that his message is only for US personnel, not for foreign partners (over-redacted at usg; fails closed)",
    "adv62-019-report-ff-annex-b-next-page-reproduces-s-nf-assessment": "round 62: a read-ahead with form-feed page breaks whose cover note says Annex B, beginning on the next page, reproduces a SECRET//NOFORN threat assessment verba (over-redacted at usg; fails closed)",
    "adv62-020-slides-ff-backup-14-15-lifted-from-secret-oplan": "round 62: a slide deck text export (form feeds) whose presenter note says backup slides 14 and 15 were lifted from the SECRET OPLAN brief (over-redacted at usg; fails closed)",
    "adv62-021-email-paragraph-should-be-on-classnet-not-opennet": "round 62: an OpenNet e-mail whose sender says the third paragraph belongs on ClassNet, not OpenNet (over-redacted at usg; fails closed)",
    "adv62-022-chat-keep-troop-figures-for-the-ste-call": "round 62: a chat saying the troop figures just posted are for the STE (secure phone) call only, not the unclass line (over-redacted at usg; fails closed)",
    "adv62-023-email-sit-room-read-book-only": "round 62: an e-mail saying the casualty estimates are for the Situation Room read-book only, not the unclass talking points (over-redacted at usg; fails closed)",
    "adv62-024-memo-save-for-closed-session-scif": "round 62: a hearing prep memo saying the shortfall figures are to be kept for the closed session in the SCIF, not the open hearing (over-redacted at usg; fails closed)",
    "adv62-028-memo-section-sign-footnote-sentence-s-nf": "round 62: a memo whose section-sign footnote says the sentence marked with § is SECRET//NOFORN (over-redacted at usg; fails closed)",
    "adv62-029-web-export-source-note-7-inr-assessment-secret": "round 62: a wiki page exported to text whose source note 7 says the linked assessment paragraph is drawn from an INR assessment classified SECRET (over-redacted at usg; fails closed)",
    "adv62-032-email-prepub-reviewer-section-3-2-second-para-confidential": "round 62: an e-mail from a prepublication reviewer saying the second paragraph of section 3.2 of the draft article is CONFIDENTIAL and must be deleted; the draf (over-redacted at usg; fails closed)",
    "adv62-036-memo-bullet-c-repeats-secret-nsc-paper-ref-2": "round 62: a memo whose note says bullet (c) repeats a line from the SECRET NSC paper cited as reference 2 (over-redacted at usg; fails closed)",
    "adv62-037-email-timeline-straight-from-ref-b-s-nf": "round 62: an e-mail saying the timeline below comes straight from ref (b), SECRET//NOFORN, so treat it the same (over-redacted at usg; fails closed)",
    "adv62-039-email-confidential-until-credentials-ls": "round 62: an e-mail (U+2028 line ends) saying the new ambassador's arrival plan is Confidential until she presents credentials, scheduled next week (over-redacted at usg; fails closed)",
    "adv62-040-email-german-vs-vertraulich-text-passed-by-liaison": "round 62: an e-mail pasting text the German ministry liaison passed marked VS-VERTRAULICH (German CONFIDENTIAL) (over-redacted at usg; fails closed)",
    "adv62-041-email-useu-pastes-eu-confidential-council-text": "round 62: an e-mail from USEU pasting a Council document paragraph marked CONFIDENTIEL UE/EU CONFIDENTIAL (over-redacted at usg; fails closed)",
    "adv62-043-chat-my-three-messages-above-are-confidential": "round 62: a chat where the sender says after the fact that his three messages above are CONFIDENTIAL per the DCM (over-redacted at usg; fails closed)",
    "adv62-045-memo-scan-ocr-para-2-1s-5-nf": "round 62: a scanned memo whose typed note OCRs as 'PARA 2 1S 5//NF' (over-redacted at usg; fails closed)",
    "adv62-046-fax-ocr-conf1dent1al-items-3-and-4": "round 62: an OCR'd fax whose handwritten note reads 'C0NF1DENT1AL - items 3 & 4' over a list of items (over-redacted at usg; fails closed)",
    "adv62-047-email-copied-from-jwics-email-ts-si": "round 62: an unclassified e-mail whose paragraph is said to be copied from a JWICS e-mail marked TOP SECRET//SI (over-redacted at usg; fails closed)",
    "adv62-048-wiki-pasted-from-siprnet-blog-s-rel-fvey": "round 62: an unclassified team wiki page whose quote is said to be pasted from a SIPRNet blog post marked SECRET//REL TO USA, FVEY (over-redacted at usg; fails closed)",
    "adv62-052-b-tsv-sbu-nf-one-cell-training-levels": "round 62: an ordinary TSV training tracker whose (U) cells name SECRET and NOFORN courses; one (SBU//NF) cell (over-redacted at usg; fails closed)",
    "adv62-058-b-jsonl-one-record-confidential": "round 62: an ordinary JSON-lines tasker export with per-record marks; one record (C) (over-redacted at usg; fails closed)",
    "adv62-060-trap-foia-letter-quotes-sample-marking": "round 62: a trap: a FOIA response letter explaining what SECRET//NOFORN means on released pages; one SBU line (over-redacted at usg; fails closed)",
    "adv63-004-pdf-soft-hyphen-hard-wrap-mark-mid-line": "round 63: a PDF text extract of a SECRET report, hard-wrapped at 72 columns with soft hyphens, where a (S) sentence begins mid-line after (U) text (over-redacted at usg; fails closed)",
    "adv63-019-email-headings-with-trailing-marks": "round 63: a SECRET//NOFORN e-mail with headings marked after the heading text and unmarked prose under each heading (over-redacted at usg; fails closed)",
    "adv63-020-memo-several-marked-sentences-one-paragraph": "round 63: a CONFIDENTIAL memo whose paragraph holds (U), (C) and (U) sentences run together (over-redacted at usg; fails closed)",
    "adv63-024-memo-crlf-marks-at-paragraph-end": "round 63: a CONFIDENTIAL memo saved with CR LF line ends whose writer put each portion mark at the end of its paragraph (over-redacted at usg; fails closed)",
    "adv63-026-pdf-form-feed-mark-after-running-header": "round 63: a PDF extract with a form feed where the page 2 running header and the next paragraph's (S//NF) mark ran onto one line (over-redacted at usg; fails closed)",
    "adv63-027-chat-mark-on-own-line": "round 63: a Teams chat export from a SECRET network where one message puts its (S) mark alone on the first line (over-redacted at usg; fails closed)",
    "adv63-028-email-lead-in-then-lowercase-lines": "round 63: a SECRET e-mail whose (U) lead-in says the figures below come from a SECRET assessment, followed by lowercase unmarked lines (over-redacted at usg; fails closed)",
    "adv63-031-memo-mark-after-note-label-mid-line": "round 63: a SECRET memo where a NOTE: label inside a (U) paragraph is followed by a (S) mark on the same line (over-redacted at usg; fails closed)",
    "adv63-039-b-report-pipe-table-correct-marks": "round 63: an ordinary CONFIDENTIAL status table with a mark at the start of each cell (over-redacted at usg; fails closed)",
    "adv63-056-trap-contract-subsections-lettered-c-s": "round 63: a trap: an unclassified contract modification whose subsections are lettered (a) (b) (c) and mention contractor(s); one SBU line (over-redacted at usg; fails closed)",
    "adv63-057-trap-press-clips-copyright-c-at-paragraph-end": "round 63: a trap: a public affairs press clips e-mail whose articles end with (C) copyright lines; one SBU line (over-redacted at usg; fails closed)",
    "adv63-060-trap-lab-memo-s-enantiomer-c-carbon": "round 63: a trap: an FDA import memo on (S)-ibuprofen and (R)-enantiomers with C-14 labels at line starts; one SBU line (over-redacted at usg; fails closed)",
    "adv63-061-trap-foia-guidance-exemption-paragraphs": "round 63: a trap: a FOIA office guidance note citing 552(b)(1) and (c) exclusions with parenthesized letters at line starts; one SBU line (over-redacted at usg; fails closed)",
    "adv63-064-email-hard-wrap-mark-at-line-end": "round 63: a CONFIDENTIAL e-mail hard-wrapped at 72 columns so that a (C) mark falls at the end of a line and its sentence starts the next (over-redacted at usg; fails closed)",
    "adv64-002-log-documentum-audit-para-2-marking-to-confidential": "round 64: a Documentum-style audit trail records attribute portion_marking[2] changed from U to C; the rendition text below still shows (U) on paragraph 2 (over-redacted at usg; fails closed)",
    "adv64-003-log-jira-wiki-page-history-section-3-1-to-c-nf": "round 64: a wiki page history export (CR LF) shows section 3.1 re-marked from (U) to (C//NF) while the page text still shows (U) (over-redacted at usg; fails closed)",
    "adv64-004-email-attachment-failed-pasted-from-secret-noforn-docx": "round 64: an unclassified e-mail whose sender pastes the text of Brief_Kharan_SECRET-NOFORN.docx because the attachment bounced (over-redacted at usg; fails closed)",
    "adv64-005-chat-slack-file-preview-talkers-confidential-pptx": "round 64: a Slack export where a user uploads Talkers_v3 (CONFIDENTIAL).pptx and the captured preview text appears under it (over-redacted at usg; fails closed)",
    "adv64-006-ticket-servicenow-pasted-ops-summary-secret-txt": "round 64: a help-desk ticket where the user pastes the contents of ops_summary_SECRET_1124.txt because it will not open (over-redacted at usg; fails closed)",
    "adv64-009-chat-japanese-beikoku-shokuin-kagiri": "round 64: an SBU chat export in which a Japanese-speaking officer marks the next message as US staff only, not for foreign partners (over-redacted at usg; fails closed)",
    "adv64-010-report-ff-tab-c-reproduces-confidential-cable": "round 64: a briefing book (form-feed pages) whose cover note says Tab C, on the following page, reproduces a CONFIDENTIAL cable verbatim (over-redacted at usg; fails closed)",
    "adv64-011-slides-ff-charts-after-section-break-from-s-nf-assessment": "round 64: a slide deck text export (form feeds between slides) whose presenter note says the two slides after the section break are copied from a SECRET//NOFORN (over-redacted at usg; fails closed)",
    "adv64-012-paper-ff-pages-4-5-reproduce-secret-ig-annex": "round 64: a working paper with form-feed pages whose foreword says pages 4 and 5 reproduce the findings of a SECRET inspector general annex (over-redacted at usg; fails closed)",
    "adv64-014-draft-fn-3-troop-numbers-from-confidential-attache-report": "round 64: a journal-article draft for a staff college whose [fn 3] says the troop numbers in the second paragraph come from a CONFIDENTIAL attache report (over-redacted at usg; fails closed)",
    "adv64-015-report-lettered-note-c-well-count-from-secret-nga": "round 64: a report whose lettered note c says the well count in section 2 comes from a SECRET imagery product (over-redacted at usg; fails closed)",
    "adv64-017-memo-second-bullet-restates-s-nf-assessment-tab-2": "round 64: a memo whose note says the second bullet restates the finding of the SECRET//NOFORN assessment at Tab 2 and must be classified with its source (over-redacted at usg; fails closed)",
    "adv64-019-email-say-this-only-in-the-bubble": "round 64: an embassy e-mail saying the details of the minister's health are to be discussed only in the bubble (the embassy's secure conference room) (over-redacted at usg; fails closed)",
    "adv64-020-memo-for-the-tank-not-the-open-hearing": "round 64: a Pentagon prep memo saying the readiness numbers are for the Tank session with the Chiefs, not the open hearing (over-redacted at usg; fails closed)",
    "adv64-021-chat-keep-it-for-the-red-switch-call": "round 64: a chat where an officer says the flight details must be kept for the call on the Red Switch, not typed in this unclassified chat, after which another  (over-redacted at usg; fails closed)",
    "adv64-023-email-quote-from-stone-ghost-posting-s-rel-fvey": "round 64: an unclassified e-mail quoting a Stone Ghost posting that it says was SECRET//REL TO USA, FVEY (over-redacted at usg; fails closed)",
    "adv64-027-chat-teams-fdo-backup-slides-12-13-noforn": "round 64: a Teams chat where the FDO says backup slides 12 and 13 are NOFORN and must come out before the coalition brief; their text is pasted below (over-redacted at usg; fails closed)",
    "adv64-029-cable-1999-lou-final-paragraph-is-nodis-cr": "round 64: a 1999 LOU cable (bare CR line ends) whose closing line says the final paragraph is NODIS (over-redacted at usg; fails closed)",
    "adv64-034-letter-iscap-paragraph-3-remains-confidential": "round 64: an appeals panel decision letter saying paragraph 3 remains CONFIDENTIAL, followed by the requester copy where paragraph 3 is (U) (over-redacted at usg; fails closed)",
    "adv64-041-memo-authority-block-covers-items-b-and-d-secret": "round 64: a memo whose authority block says it covers items b and d, which are SECRET; the items carry no portion marks (over-redacted at usg; fails closed)",
    "adv64-045-memo-tracked-change-comment-para-3-marking-s": "round 64: a memo exported with its Word comments; a reviewer comment says the marking of paragraph 3 was changed to (S) but the exported text still shows (U) (over-redacted at usg; fails closed)",
    "adv64-046-report-roman-endnote-iv-from-confidential-attache-cable": "round 64: a report extract whose roman endnote iv says the figures in section 3 come from a CONFIDENTIAL attache cable (over-redacted at usg; fails closed)",
    "adv64-048-ediscovery-load-file-filename-secret-text-extracted": "round 64: an e-discovery load file whose FILENAME field ends _SECRET.docx beside its extracted text (over-redacted at usg; fails closed)",
    "adv64-058-b-xml-export-c-record-secret-ballot": "round 64: an ordinary XML export of a tasker where one record is (C) and the others are (U), mentioning a secret ballot (over-redacted at usg; fails closed)",
    "adv64-060-trap-foia-letter-explains-exdis-and-nodis": "round 64: a FOIA response letter explaining what EXDIS and NODIS captions mean; one SBU line (over-redacted at usg; fails closed)",
    "adv65-010-tasker-tsv-marks-in-cells": "round 65: a tasker spreadsheet exported as TSV with portion marks inside cells (over-redacted at usg; fails closed)",
    "adv65-016-report-marks-with-periods": "round 65: an attache report typed with (C.) and (U.) marks (over-redacted at usg; fails closed)",
    "adv65-018-report-pipe-table-marks": "round 65: a sanctions tracker page with a pipe table whose cells carry marks (over-redacted at usg; fails closed)",
    "adv65-060-trap-email-secret-service-advance-conf-room": "round 65: an unclassified e-mail about a Secret Service advance team and the CONF room, one SBU line (over-redacted at usg; fails closed)",
    "adv65-062-trap-tasker-state-office-symbols": "round 65: a tasker table with office symbols S/ES-O, S/P, C and TS trigraph-looking codes, one SBU row (over-redacted at usg; fails closed)",
    "adv65-064-trap-boarding-vessel-named-secret-affair": "round 65: a Coast Guard boarding report on a yacht named SECRET AFFAIR from the port of Nassau, one SBU line (over-redacted at usg; fails closed)",
    "adv37-010-classnet-chain-inr-confirms-with-pasted-secret-para": "round 37: an UNCLASSIFIED question about a news story is answered on the high side: INR's reply (Classification: SECRET) pastes the original paragraph (over-redacted at usg; fails closed)",
    "adv66-003-log-records-ini-reclassification-notice-para-2-secret": "round 66: a records management reclassification notice in INI form raises paragraph 2 to SECRET; the record text appended still shows (U) (over-redacted at usg; fails closed)",
    "adv66-004-xml-foia-review-decision-para-4-retain-confidential": "round 66: an XML FOIA line-by-line review decision retains paragraph 4 as CONFIDENTIAL (b)(1); the working copy below shows (U) (over-redacted at usg; fails closed)",
    "adv66-005-email-declass-reviewer-para-6-stays-s": "round 66: an e-mail from a declassification reviewer saying paragraph 6 of the pasted draft stays S on review; paragraph 6 carries (U) (over-redacted at usg; fails closed)",
    "adv66-006-csv-classification-challenge-log-item-b-to-confidential": "round 66: a classification challenge log in CSV (CR LF) raises item b of the talking points to CONFIDENTIAL; the talking points below still show (U) (over-redacted at usg; fails closed)",
    "adv66-009-email-declassify-on-line-for-first-two-paras": "round 66: an e-mail whose trailing authority lines say the first two paragraphs are CONFIDENTIAL until 2036; none of the paragraphs is marked (over-redacted at usg; fails closed)",
    "adv66-010-ff-enclosure-2-after-this-page-retyped-secret-cable": "round 66: a read-ahead with form-feed pages whose cover says Enclosure 2, after this page, is a retyped copy of a SECRET cable (over-redacted at usg; fails closed)",
    "adv66-011-ff-appendix-d-overleaf-confidential-trade-assessment": "round 66: a working paper with form-feed pages whose note says Appendix D overleaf reproduces word for word a CONFIDENTIAL trade assessment (over-redacted at usg; fails closed)",
    "adv66-012-ff-slides-5-6-lifted-from-s-nf-ncmi-product": "round 66: a slide export with form-feed slide breaks whose speaker note says slides 5 and 6 are lifted from a SECRET//NOFORN medical intelligence product (over-redacted at usg; fails closed)",
    "adv66-015-chat-czech-pouze-pro-americky-personal": "round 66: a chat export where a US officer writes in Czech that her next message is for American personnel only, then posts it (over-redacted at usg; fails closed)",
    "adv66-017-chat-korean-migugin-jigwon-jeonyong": "round 66: a chat where a US officer writes in Korean that the next line is for US staff only (over-redacted at usg; fails closed)",
    "adv66-019-email-take-it-to-the-vault-not-this-system": "round 66: an embassy e-mail saying the details of the defector's debrief are only to be discussed in the vault (the secure room) (over-redacted at usg; fails closed)",
    "adv66-021-chat-jwics-only-dont-repeat-on-the-low-side": "round 66: a chat where an analyst says the satellite numbers belong on JWICS only and should never have been posted on the low side (over-redacted at usg; fails closed)",
    "adv66-022-email-save-it-for-the-kl-room-brief": "round 66: a hearing prep e-mail saying the cost-overrun figures are to be held back for the classified brief in the committee's secure room (the KL room), not t (over-redacted at usg; fails closed)",
    "adv66-023-chat-fdo-says-tab-f-notes-not-for-coalition-cell": "round 66: a chat where the foreign disclosure officer says the notes under Tab F are not releasable to the coalition cell, US eyes only; the notes are pasted be (over-redacted at usg; fails closed)",
    "adv66-028-chat-cui-feds-only-nocon-spelled-out": "round 66: a chat on a CUI channel where a federal lead says her next message is not for contractors (over-redacted at usg; fails closed)",
    "adv66-033-report-markdown-footnote-7-from-secret-cable": "round 66: a markdown report whose footnote [^7] says the troop figures in section 3 come from a SECRET embassy cable (over-redacted at usg; fails closed)",
    "adv66-037-email-this-bit-paraphrases-the-s-nf-nctc-piece": "round 66: an e-mail whose writer says the bit about the cell leader paraphrases the S//NF NCTC piece (over-redacted at usg; fails closed)",
    "adv66-038-memo-third-bullet-condenses-secret-dia-study": "round 66: a memo whose note says the third bullet condenses the SECRET DIA study at Tab B and must carry its classification (over-redacted at usg; fails closed)",
    "adv66-041-letter-classification-appeal-para-5-upheld-secret": "round 66: an appeal decision letter saying the classification of paragraph 5 is upheld at SECRET, followed by the requester copy where paragraph 5 shows (U) (over-redacted at usg; fails closed)",
    "adv66-042-log-wiki-diff-section-2-marking-to-c-nf": "round 66: a wiki diff view records section 2's marking changed from (U) to (C//NF); the page text shown still has (U) (over-redacted at usg; fails closed)",
    "adv66-043-email-keep-it-in-the-cage-secure-room": "round 66: an e-mail saying the names of the two sources are only to be handled in the cage (the controlled room), never on the open net (over-redacted at usg; fails closed)",
    "adv66-046-toml-mdr-decision-para-3-remains-confidential": "round 66: a mandatory declassification review decision exported as TOML keeps paragraph 3 CONFIDENTIAL; the working copy below shows (U) on paragraph 3 (over-redacted at usg; fails closed)",
    "adv66-047-email-secure-vtc-red-side-only-not-open-call": "round 66: an e-mail saying the sanctions timing is for the red-side SVTC only, not the open conference call (over-redacted at usg; fails closed)",
    "adv66-050-b-email-sbu-training-reminder-names-levels": "round 66: an ordinary SBU e-mail whose (U) training reminder names SECRET, NOFORN and classified systems (over-redacted at usg; fails closed)",
    "adv66-060-trap-foia-letter-explaining-b1-and-noforn": "round 66: a trap: a FOIA response letter explaining exemption (b)(1), SECRET and NOFORN in general terms; one SBU line (over-redacted at usg; fails closed)",
    "adv66-063-trap-press-guidance-classified-documents-trial": "round 66: a trap: press guidance on a trial about mishandled classified documents; one SBU line (over-redacted at usg; fails closed)",
}
RELEASE_CASES = [
    pytest.param(d["id"], id=d["id"], marks=[pytest.mark.xfail(reason=KNOWN_OVER_REDACTION[d["id"]], strict=True)]
                 if d["id"] in KNOWN_OVER_REDACTION else [])
    for d in DOCUMENTS if d.get("must_release", {}).get("usg")
]


@pytest.mark.parametrize(("doc_id", "level"), WITHHOLD_CASES)
def test_level_does_not_release_withheld_text(versions, doc_id, level):
    text = versions(doc_id)[level]
    if text is None:  # LeakError: nothing was released
        return
    found = leaked(text, BY_ID[doc_id]["must_withhold"][level])
    assert not found, f"{doc_id} at {level} releases: {found}"


@pytest.mark.parametrize("doc_id", RELEASE_CASES)
def test_usg_keeps_releasable_unclassified_text(versions, doc_id):
    text = versions(doc_id)["usg"]
    expected = BY_ID[doc_id]["must_release"]["usg"]
    assert text is not None, f"{doc_id}: usg version refused (LeakError)"
    missing = [p for p in expected if not leaked(text, [p])]
    assert not missing, f"{doc_id} at usg over-redacts: {missing}"


# --- the harness itself -------------------------------------------------------------------


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_corpus_shape(corpus):
    documents = [d for d in DOCUMENTS if d["corpus"] == corpus]
    assert len(documents) >= CORPORA[corpus]
    assert len(BY_ID) == len(DOCUMENTS), "duplicate ids"
    files = {p.name for p in (CORPUS_ROOT / corpus).glob("*.txt")}
    assert files == {d["file"] for d in documents}, "every .txt has exactly one entry"
    for d in documents:
        assert d["file"] == d["id"] + ".txt"
        assert d["classes"] and d["why"]
        assert set(d["must_withhold"]) <= set(LEVELS) and d["must_withhold"]
        assert set(d.get("must_release", {})) <= {"usg"}


@pytest.mark.parametrize("doc_id", [d["id"] for d in DOCUMENTS])
def test_harness_flags_every_phrase_in_the_original(doc_id):
    """The check can fail: given the original as the 'version', every phrase is flagged."""
    entry = BY_ID[doc_id]
    original = document_text(entry)
    for level, phrases in entry["must_withhold"].items():
        for phrase in phrases:
            assert len(phrase.split()) >= MIN_WORDS, (doc_id, phrase)
            assert normalise(phrase) == " ".join(phrase.split()).casefold(), (
                f"{doc_id}: phrase must be plain text: {phrase!r}")
        assert leaked(original, phrases) == phrases, (doc_id, level)
    for phrase in entry.get("must_release", {}).get("usg", []):
        assert leaked(original, [phrase]) == [phrase], (doc_id, phrase)
        withheld_at_usg = entry["must_withhold"].get("usg", [])
        assert not leaked(phrase, withheld_at_usg), f"{doc_id}: release phrase withheld at usg"


def test_harness_normalisation_sees_through_disguises():
    phrase = "the second hull will not be ready"
    disguised = "The\u00a0second\u200b hull\r\nwill not\u00ad be\u2028READY"
    assert leaked(disguised, [phrase]) == [phrase]
    withheld = "[Withheld: SECRET, not releasable at usg]"
    assert leaked(withheld, [phrase]) == []


def main(corpora: list[str]) -> None:
    """Print one line per document: the levels that leak (phrases found / listed) and over-redaction.

    `python tests/test_adversarial_corpus.py [CORPUS...]` gives the table behind FIRST_RUN.md
    (default: every corpus folder).
    """
    pipeline = sbu_redact.Pipeline()
    for entry in DOCUMENTS:
        if corpora and entry["corpus"] not in corpora:
            continue
        text = document_text(entry)
        try:
            out = pipeline.redact(text, levels=list(LEVELS), partner=PARTNER)
            texts: dict[str, str | None] = {level: out[level].text for level in LEVELS}
        except sbu_redact.LeakError:
            texts = {level: None for level in LEVELS}
        cells = []
        for level in LEVELS:
            phrases = entry["must_withhold"].get(level, [])
            version = texts[level]
            found = leaked(version, phrases) if phrases and version is not None else []
            if found:
                cells.append(f"{level} {len(found)}/{len(phrases)} e.g. {found[0]!r}")
        releasable = entry.get("must_release", {}).get("usg", [])
        kept = texts["usg"]
        missing = [p for p in releasable if kept is None or not leaked(kept, [p])]
        if missing:
            cells.append(f"over-redacts at usg: {len(missing)}/{len(releasable)}")
        print(entry["id"], "|", "; ".join(cells) or "ok")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
