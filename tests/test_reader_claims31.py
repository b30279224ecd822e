"""Round 132's first-run English claims and spelled-out captions leaks, fixed by class. Documents written
for this test, not the round's wording; and what each fix must not do (non-examples: text that stays
released, checked in the same documents as a real claim, so that each test fails where the claim leaked).

Class A: a paragraph named by its opening words (or its number), in any case, that "contains", "includes"
or "is" a foreign government's level: FGI, a foreign government, or a nationality in title case or capitals
before the level ("THE PARAGRAPH BEGINNING "X" CONTAINS FGI CONFIDENTIAL", "includes foreign government
SECRET information", "PARA 3 IS NORWEGIAN CONFIDENTIAL"): that paragraph is raised to the level
(`governing_statements.levels`).
Class B: dissemination controls spelled out in words in a banner after its level (`UNCLASSIFIED//FOUO - NOT
RELEASABLE TO FOREIGN GOVERNMENTS`, in title case too, words left over that are no token) or in a caption line
(`U.S. PERSONS ONLY`): read as those controls (`handling_statements`, `reader/marks.py` `_spelled_out_banner`);
a banner's NOFORN covers its FOUO portions, not its (U) ones.
Class C (over-redaction, round 131): an e-mail printed with its own header that names "the third bullet" and
limits where it may go ("beyond this thread", "outside this e-mail"): the bullet counted in the e-mail is
raised, not every portion (the thread is no text named: `unresolved_scope.refers`; a header above every mark
is no quoted message: `scope_exact._counted`). A message quoted below the marks still fails closed.
"""
import pytest

from released import assert_released, assert_withheld, versions

ALL = ("usg", "partner", "public")


# ---------------------------------------------------------------- class A: a foreign level a paragraph contains

GRAIN = "THE MINISTRY PUBLISHED THE NEW HARBOR TARIFFS ON ITS WEBSITE ON MONDAY"
QUOTA = "TURKISH OFFICIALS SAID ANKARA WILL QUIETLY WAIVE THE TRANSIT FEES FOR THREE MONTHS"


def _caps_cable(comment: str) -> str:
    return ("UNCLAS SENSITIVE ANKARA 000231\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: ETRD, TU\n"
            "SUBJECT: TURKISH PORT FEES\n\n"
            f"1. (U) {GRAIN}.\n\n2. (SBU) {QUOTA}, ACCORDING TO THE DEPUTY MINISTER.\n\n"
            f"3. (SBU) {comment}\n\nFLAKE\n")


def _held_everywhere(text: str, secret: str, plain: str) -> None:
    """`secret` is withheld at every level and `plain`, a (U) paragraph, stays released at usg."""
    assert_withheld(text, secret, levels=ALL)
    assert_released(text, plain)


GAS = "Our Danish counterparts expect the pipeline consortium to ask for a second extension in March"
FERRY = "The ferry operators announced a new timetable for the winter months"


def _mail(note: str) -> str:
    return ("From: Lena Holt\nTo: Econ Section\nSubject: Baltic pipeline\nClassification: UNCLASSIFIED//SBU\n\n"
            f"(U) {FERRY}.\n\n(SBU) {GAS}, and they will not say so in public.\n\n(SBU) {note}\n\nLena\n")


CLAIMS = [
    (_caps_cable, 'COMMENT: THE PARAGRAPH STARTING "TURKISH OFFICIALS SAID" INCLUDES FOREIGN GOVERNMENT CONFIDENTIAL '
                  'INFORMATION PASSED IN CONFIDENCE. END COMMENT.'),
    (_caps_cable, 'COMMENT: THE PARAGRAPH BEGINNING "TURKISH OFFICIALS" CONTAINS FGI SECRET. END COMMENT.'),
    (_caps_cable, "COMMENT: PARA 2 IS TURKISH CONFIDENTIAL AND MUST BE PROTECTED AS SUCH. END COMMENT."),
    (_mail, 'Note: the paragraph beginning "Our Danish counterparts" contains Danish CONFIDENTIAL material, '
            'please handle.'),
    (_mail, 'Heads up - the para starting with "Our Danish counterparts" includes foreign-government Secret info.'),
]


@pytest.mark.parametrize("make,claim", CLAIMS)
def test_a_a_foreign_level_a_named_paragraph_contains_raises_it(make, claim):
    secret, plain = (QUOTA, GRAIN) if make is _caps_cable else (GAS, FERRY)
    _held_everywhere(make(claim), secret, plain)


def test_a_a_common_word_before_secret_is_no_foreign_level():
    # (non-examples: "contains public secret", "includes the Swedish secret ballot", "does not contain FGI
    # CONFIDENTIAL": no foreign level stated;
    # checked beside a real claim so the test fails where the claim leaked)
    text = _mail('The paragraph beginning "Our Danish counterparts" contains FGI Confidential. The '
                 'paragraph beginning "The ferry operators" contains the Swedish secret ballot rules and is '
                 'basically public secret. The paragraph beginning "The ferry operators" does not contain FGI '
                 'CONFIDENTIAL either.')
    assert_withheld(text, GAS, levels=ALL)
    assert FERRY in versions(text, ("usg",))["usg"]


# ---------------------------------------------------------------- class B: controls spelled out in a banner or caption

# (the FOUO paragraph, and the (U) one)
GEOFENCE, REPORTS = ("The recovered quadcopters ran altered firmware that switched off the geofence near the dam",
                     "Partners should keep filing reports through the usual suspicious activity portal")


def _memo(banner: str, caption: str = "") -> str:
    return (f"{banner}\n{caption}\n\nU.S. Customs and Border Protection\nOffice of Field Operations\n\n"
            "MEMORANDUM FOR: Port Directors\nSUBJECT: (U) Small Drones Over Border Crossings\n\n"
            f"1. (U//FOUO) {GEOFENCE}, according to the lab.\n\n2. (U) {REPORTS}.\n\n{banner}\n")


SPELLED = [
    ("UNCLASSIFIED//FOUO - NOT RELEASABLE TO FOREIGN GOVERNMENTS", "", ("usg", "partner")),
    ("Unclassified//For Official Use Only - Not Releasable to Foreign Nationals", "", ("usg", "partner")),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY//NOT RELEASABLE TO FOREIGN GOVERNMENTS", "", ("usg", "partner")),
    ("UNCLASSIFIED//LAW ENFORCEMENT SENSITIVE - US PERSONS ONLY", "", ("usg", "partner")),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY - NOT RELEASABLE TO FOREIGN NATIONALS OR CONTRACTORS", "", ("usg", "partner")),
    # (a caption line covers every portion, as a NOFORN caption does: the (U) paragraph is usg's only)
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "U.S. PERSONS ONLY", ("usg",)),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "US PERSONS ONLY", ("usg",)),
]


@pytest.mark.parametrize("banner,caption,plain_at", SPELLED)
def test_b_controls_spelled_out_in_a_banner_or_caption_hold_its_portions(banner, caption, plain_at):
    text = _memo(banner, caption)
    assert_withheld(text, GEOFENCE, levels=("partner", "public"))
    released = versions(text, ("usg", "partner"))
    assert GEOFENCE in released["usg"]  # (FOUO and NOFORN: released at usg)
    assert all(REPORTS in released[level] for level in plain_at)  # (the (U) paragraph is no controlled text)


# ---------------------------------------------------------------- class C: the n-th bullet of an e-mail with its header

BULLETS = ("The visa backlog in Chennai fell to nine days in October",
           "The ambassador's deputy said the minister will quietly drop the tariff case next spring",
           "Two new consular officers arrive in January",
           "The holiday reception is set for December 12")


def _email(note: str, quoted: str = "") -> str:
    items = "".join(f"  - (U) {b}.\n" for b in BULLETS)
    return ("From: Reyes, Dana <ReyesD@state.sgov.gov>\nSent: Monday, November 9, 2026 8:41 AM\n"
            "To: Mission India Front Office\nSubject: RE: notes from the country team\nClassification: UNCLASSIFIED\n\n"
            f"All,\n\n(U) Notes from this morning:\n\n{items}\n{note}\n\nDana\n{quoted}")


@pytest.mark.parametrize("note", [
    "If the second bullet travels outside this thread, treat it as if it were marked CONFIDENTIAL - I marked it "
    "U by mistake.",
    "Careful with the 2nd bullet: should it go beyond this e-mail, handle it as SECRET.",
])
def test_c_the_nth_bullet_of_an_email_is_raised_alone(note):
    text = _email(note)
    assert_withheld(text, BULLETS[1], levels=ALL)
    for plain in (BULLETS[0], BULLETS[2], BULLETS[3]):
        assert_released(text, plain)
    # (a message quoted below the marks: which second bullet is meant is not certain, every one is raised)
    quoted = _email(note, "\n-----Original Message-----\nFrom: Patel, Arun\nSent: Sunday, November 8, 2026\n"
                          "Subject: notes\n\n  - (U) The motorcade route changes on Tuesday.\n"
                          "  - (U) The press office wants the photos by noon.\n")
    assert "The press office wants the photos by noon" not in versions(quoted, ("usg",))["usg"]
