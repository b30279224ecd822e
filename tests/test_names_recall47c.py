"""Names recall and precision by class (issue 9, round 47, fixnames47c): surname first with trailing initials.

Fixed by class (one recognizer each, vocabulary in rules/entities.yaml; no corpus string listed):

- Surname-first entries with initials in running text, not only in lists (`listed_initials_name`): with and
  without a comma, a given name after the comma, hyphenated initials, two-word surnames, Cyrillic capitals, and
  two initials or more in lower case in a chat. One initial only needs a surname English uses little; what
  follows must be a clause's end or a word no name is (`JOHN A. SMITH` stays initials-first).
- Initials in lower case with no dots before a word English hardly uses, in a chat (`initial_name`).

Every name below is invented for these tests; none comes from a held-out corpus. Each MUST_FIND case fails on
main be2bae98 and passes here; the MUST_NOT_FIND cases (precision guards) pass on both."""
from __future__ import annotations

import pytest

from test_name_classes import detector, name_case_tests  # noqa: F401

# (kind, text, names whose every letter some PERSON finding must cover)
MUST_FIND = [
    ("surname, comma, two initials in an ALL-CAPS sentence",
     "1. (SBU) THE BUILDER IS FARRINGTON, K.L. OF THE MILL HOUSE, ALNWICK. HE FILED LATE.", ["FARRINGTON, K.L."]),
    ("surname and one initial before a stop word",
     "2. (U) THE FILE WENT TO HOLDSWORTH R. IN THE CONSULAR SECTION ON MONDAY.", ["HOLDSWORTH R."]),
    ("surname, comma, spaced initials, sentence end",
     "3. (U) THE SOLICITOR FOR THE FAMILY IS PEARSON, D. W.. HE WILL CALL ON MONDAY.", ["PEARSON, D. W."]),
    ("surname, comma, given name, one initial",
     "1. (SBU) AMCIT MORLEY, GARETH P., DOB 1/2/1980, WAS DETAINED AT THE PORT.", ["MORLEY, GARETH P."]),
    ("entries after a colon, separated by commas, surnames that are words",
     "2. (U) THE DISTRICT REGISTER READS: BARKER N.K., MASON S.P., FLETCHER K..",
     ["BARKER N.K.", "MASON S.P.", "FLETCHER K."]),
    ("surname, comma, a given name that is also a town's, one initial",
     "1. (U) THE FARM BELONGS TO HODGE, ARNOLD T. AND HIS SISTER.", ["HODGE, ARNOLD T."]),
    ("hyphenated initials",
     "3. (U) THE MAGISTRATE, TAVAKETINI P.-L., RULED AGAINST HIM. BONNEFOY A.-C. APPEALED THE RULING.",
     ["TAVAKETINI P.-L.", "BONNEFOY A.-C."]),
    ("hyphenated initials in mixed case at a line's end",
     "Crew on the schooner, as listed by the harbour master:\nVaitiare K.; Opuhetu T.-R.", ["Opuhetu T.-R."]),
    ("Cyrillic surname with spaced initials",
     "(U) The court list reads: КОСТЕРИН П. А., and the judge is БАЙКАЛОВА Е. В..",
     ["КОСТЕРИН П. А.", "БАЙКАЛОВА Е. В."]),
    ("Cyrillic surname with one initial in an ALL-CAPS sentence",
     "4. (U) THE SECOND DEFENDANT, ХАРЛАМПИЕВ Г., WAS FINED 5,000 ROUBLES.", ["ХАРЛАМПИЕВ Г."]),
    ("lower-case surname and initials in a chat",
     "notes: the school said she might be filed as rawal t.b.? will check tomorrow.", ["rawal t.b."]),
    ("lower-case initials with no dots before a surname in a chat",
     "notes - cooperative office\nrb kusmiya out; spoke w/ the clerk. back thursday.", ["rb kusmiya"]),
]

# (kind, text, words no PERSON finding may overlap): precision guards
MUST_NOT_FIND = [
    ("a street, a section, a room, an annex, a team and a plan with a letter",
     "3. (U) THE OFFICE IS AT 12 PARK J. STREET. SEE SECTION 4 B. AND ROOM 12 A. ANNEX C. LISTS THE FEES. "
     "IF THAT FAILS WE FALL BACK ON PLAN B.",
     ["PARK J.", "SECTION 4 B.", "ROOM 12 A.", "ANNEX C.", "PLAN B."]),
    ("a team with a letter",
     "3. (U) TEAM B. WILL GO FIRST.", ["TEAM B."]),
    ("the same in mixed case",
     "(U) See Annex C. for the fees. The plan B. was rejected. We met at Park J. Road.",
     ["Annex C.", "plan B.", "Park J."]),
    ("initials that are abbreviations after a word",
     "4. (U) THE VISA UNIT OPENS AT NINE A.M. AND THE EMBASSY U.S. DESK CLOSES AT NOON.", ["NINE A.M.", "EMBASSY U.S."]),
    ("lower-case abbreviations before words in a chat",
     "notes: mr thompson away. pm meeting moved. cc everyone on the list. tv crew came.", ["pm meeting", "cc everyone",
                                                                                           "tv crew"]),
    ("a word before initials that open the next line's name",
     "4. (C) THE ARTICLE WAS CO-WRITTEN WITH A LOCAL STRINGER, R.\nBALASUBRAMANIAM. HE ASKED FOR NOTHING.",
     ["STRINGER"]),
    ("a sentence-final capital letter after a common word",
     "5. (U) THE COMMITTEE VOTED FOR OPTION B. THE VOTE WAS CLOSE. THEY PREFERRED GRADE A.", ["OPTION B.", "GRADE A."]),
]


test_names_are_found, test_words_are_no_persons = name_case_tests(MUST_FIND, MUST_NOT_FIND)
