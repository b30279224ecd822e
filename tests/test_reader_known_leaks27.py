"""Known leak classes found this session and not fixed yet: each is a strict xfail, so the suite turns red
the day a change fixes it (and the mark must go) and nobody can forget it is there.

A labelled note in a Latin-letter language whose short words English spells too is taken for English and
raises nothing: `Huom: lista on salainen.` (Finnish `on`, "is"; found by helper overred66 on the lead's
tree of 2026-12-04). The unmarked list under the (U) line of an UNCLASSIFIED e-mail is then released. A
first fix (read such a note as English only when half its words are) raised five older harness documents
whole and broke an exact reading of `Huom: seuraava kappale on salainen.` (tests/test_reader_overred62.py),
and was taken back; the right fix reads the note's own words before the English ones.

Moved out when fixed: the Finnish note class is fixed by helper finnish28 (`unresolved_scope.untranslated.note_languages`)
and its test is tests/test_reader_notes28.py::test_a_finnish_note_with_an_english_looking_word_states_its_level.
"""
