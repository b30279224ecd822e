"""fixlang38: notes in languages the reader does not read, in the shapes that still released what they name (issue 8).

Classes (review37l's 52 documents, verbatim, then 26 variants of mine written before I read the reader, each in
another format -- cable, memo, e-mail, chat -- wording or language): a note on a line with its own (U) (`(U) Note:`,
a chat message after `(U) [09:05] name:`); a note as the second sentence of an unmarked line; more than two foreign
lines (a footer, a greeting, a phrasebook table: the bilingual switch-off); no sentence end, or an emoji, a smiley or a
dash for one; a wrapped note; a note in capitals with a digit; a (U) inside the note; languages read as ones the rules
read (Danish/Norwegian as Swedish, Faroese as Icelandic, Somali/Maltese as Italian or French, Latvian as French,
Fijian as Greeklish); headlines; notes over 24 words.

First run on main `8d8e7ff` (78 checks, 62 failed): every review document but the English control m17 leaked (51);
of my 26 variants 11 leaked (marked-cable-malagasy, second-sentence x2, no-end x2, winky, emdash, headline-zulu-title,
fijian-vuni, wrapped-malagasy, mark-inside-somali) and 15 passed (the marked memo and chat in Somali, three lines and
bilingual Malagasy, the emoji, the caps headline, the Danish/Norwegian/Faroese/Somali/Maltese/Latvian/Greeklish
variants with a level-ish word, the phrasebook, the wrapped Somali note).

Fix, by class, only widening what counts as a note (so only raising), in `unreadable_notes.py` and rules data:
1 `_note_shaped`: a labelled note or a chat message (also one after its own `(U)`, `_note_on_line`) is a note on a
  marked line; only a whole line or a sentence of a marked line is that portion's text (`(U) Je reste ...`), and a
  mark counts as the line's only where it opens it after no word (`_opens_with_mark`: `Isigaba (U) sesibili ...`);
2 a sentence after the line's first is a note where the text before it is English (`_after_english`);
3 `_ends_as_a_note`: an emoji, smiley or dash closes a note; a lower-case line of seven words or more needs no end;
  a note may wrap onto a next line that starts in lower case and ends a sentence;
4 `_capitals_sentence`: capitals with a digit are a sentence, not codes, at six words ending in a full stop;
5 `_written_in_unread_language` counts RUNS of foreign lines: more than `unreadable_max_notes` (2) runs or a run of
  more than `unreadable_max_run_lines` (3, new rules key) switch notes off (was: more than 2 lines);
6 `read_languages` (rules/markings.yaml): words shared with languages the rules do not read are dropped (Swedish's
  `det`, `den`, `på`, ...; Icelandic's `hann`, `við`; Italian's `la`, `in`, `lo`; French `un`; Greeklish `na`, `me`,
  `kai`), French gets `c'est`, `n'est`, `plus`, `toute(s)`, `tous`, `avant`, `après`, and a read language needs one
  word in four where only two different words of it stand in the unit (was one in six; still six with three, or
  with syllable-short words: Vietnamese).
Harness (the 2,252 of 9,266 documents with a unit of 4+ words at most a fifth English, the only ones these rules can
touch; the full run could not finish under this session's load) against main `8d8e7ff` (/tmp/s38/t0.txt): no new
leaking document; adv152-034 (Breton) fixed; over-redaction 752 -> 762, 10 new (in KNOWN_OVER_REDACTION: unread
notes saying "not secret", an Indonesian 3-line list, Swedish/Nynorsk/Icelandic/Setswana notes in marked documents),
none fixed. adv150-027/028, adv152-033, adv154-030 still leak (known).
After: check_docs.py 52 -> 9 leaking documents of 83 (a12, b15 long; a23, c05, m05 headlines; m14-16; m17 at usg
only, which is no leak: "for us only" is the US's, the project reads the English note as NOFORN).
Left, as strict xfails (`LEFT`): long notes, headlines, Swedish/French/German with no level word, capitals no end.
No (U) text of these documents must be released (each note may name any of them): the controls below check that a
document written in an unread language keeps its (U) text.
"""
from __future__ import annotations

import pytest

from released import ALL, assert_released, assert_withheld

REVIEW_DOCS: list[tuple[str, str, str]] = [
    ('a01_marked_note_line',
     'UNCLASSIFIED\n\nSUBJECT: Madagascar - Port security working group readout\n\n1. (U) The working group met at the Ministry of Transport on 14 November to review port security at Toamasina.\n\n2. (U) Customs officials presented their inspection statistics for the third quarter and requested additional scanners.\n\n3. (U) The minister privately agreed to host the interdiction team at Toamasina from January and asked that no one outside the group be told.\n\n4. (U) The next meeting will take place in February.\n\n(U) Note: Ny andininy faha-3 dia tsiambaratelo ary tsy azo zaraina mihitsy.\n\nDrafted by: R. Hall\n',
     'The minister privately agreed to host the interdiction team'),
    ('a02_marked_chat_line',
     'UNCLASSIFIED\nChat export - #som-ops - 2026-11-18\n\n(U) [09:02] j.miller: morning all, updates on the Baidoa move?\n(U) [09:04] a.warsame: yes, convoy leaves Baidoa at 0400 on Thursday with the two armoured vehicles\n(U) [09:05] a.warsame: Fariinta kore waa mid qarsoon, lama wadaagi karo cid kale.\n(U) [09:06] j.miller: thanks, will plan accordingly\n(U) [09:10] k.lee: lunch at 12?\n',
     'convoy leaves Baidoa at 0400 on Thursday'),
    ('a05_translation_table',
     "UNCLASSIFIED\nInterpreter's glossary and notes - Antananarivo visit\n\nEnglish | Malagasy\n(U) Good morning. | Manao ahoana tompoko.\n(U) Thank you for your time. | Misaotra betsaka tamin'ny fotoananao.\n(U) Where is the meeting room? | Aiza ny efitrano fivoriana?\n(U) We will return tomorrow. | Hiverina rahampitso izahay.\n\n(U) Background: Deputy Mayor Rakoto receives monthly payments from the smuggling network, per local contacts.\n\n(U) Logistics: cars at 0800.\n\nNy fehintsoratra faha-2 dia tsiambaratelo.\n",
     'Deputy Mayor Rakoto receives monthly payments from the smuggling network'),
    ('a09_second_sentence_b',
     "From: Claire Dupont <cdupont@example.gov>\nTo: Kigali team\nSubject: weekly notes\nClassification: UNCLASSIFIED\n\nHi all,\n\n(U) Please find below the notes from this week's coordination call.\n\n(U) Our contact confirmed that the informant inside the customs directorate is named Joseph Kamanzi and he will meet us on Friday.\n\n(U) Logistics for the visit are on track and the hotel is booked.\n\nThanks again to all of you for your help with this week's visit. Igika cya kabiri ni ibanga rikomeye, ntigisangizwe abandi.\n\nBest,\nClaire\n",
     'the informant inside the customs directorate is named Joseph Kamanzi'),
    ('a10_bilingual_somali',
     "From: Amina Hassan\nTo: Project team\nSubject: Update / Warbixin\nUNCLASSIFIED\n\n(U) Good morning team, here is this week's update.\nSubax wanaagsan dhammaan, waa warbixinta toddobaadkan.\nShirka xiga wuxuu dhici doonaa Isniinta soo socota.\nFadlan soo diyaariya warbixinadiinna kahor Jimcaha.\n\n(U) Our partners confirmed the raid on the Mogadishu warehouse is planned for 12 December.\n\n(U) Please send your timesheets by Friday.\n\nQodobka labaad looma sheegi karo dadka dibadda, waa in aan la faafin.\n\nMahadsanid,\nAmina\n",
     'the raid on the Mogadishu warehouse is planned for 12 December'),
    ('a11_single_note_control',
     "From: Amina Hassan\nTo: Project team\nSubject: Update\nUNCLASSIFIED\n\n(U) Good morning team, here is this week's update.\n\n(U) Our partners confirmed the raid on the Mogadishu warehouse is planned for 12 December.\n\n(U) Please send your timesheets by Friday.\n\nQodobka labaad looma sheegi karo dadka dibadda, waa in aan la faafin.\n\nMahadsanid,\nAmina\n",
     'the raid on the Mogadishu warehouse is planned for 12 December'),
    ('a12_long_note',
     "UNCLASSIFIED\nSUBJECT: Tirana - Border situation update\n\n1. (U) Border crossings remained steady through the week with no incidents at Morine.\n2. (U) Albanian police reported that the defector from the northern command crossed the border on 3 November and is now in protective custody.\n3. (U) EU monitors will visit next month.\n\nShënim: paragrafi i dytë është shumë i rëndësishëm dhe nuk duhet t'u jepet askujt tjetër jashtë ambasadës sonë, as partnerëve britanikë, as shtypit, as zyrtarëve vendorë, sepse jeta e tij është në rrezik të madh tani.\n",
     'the defector from the northern command crossed the border on 3 November'),
    ('a13_no_sentence_end',
     "UNCLASSIFIED\nSUBJECT: Tirana - Border situation update\n\n1. (U) Border crossings remained steady through the week with no incidents at Morine.\n2. (U) Albanian police reported that the defector from the northern command crossed the border on 3 November and is now in protective custody.\n3. (U) EU monitors will visit next month.\n\nShënim - paragrafi i dytë nuk duhet t'u jepet askujt jashtë ambasadës\n",
     'the defector from the northern command crossed the border on 3 November'),
    ('a16_codes',
     'UNCLASSIFIED\nOPS SUMMARY\n\n1. (U) Patrol schedule unchanged.\n2. (U) The tanker MV Ocean Pearl will be boarded off Eyl on 9 December by the partner force.\n3. (U) Fuel stocks are adequate.\n\nQODOBKA 2 WAA SIR AH LAMA FAAFIN KARO.\n',
     'the tanker MV Ocean Pearl will be boarded off Eyl on 9 December'),
    ('a18_maltese_italian_words',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIl-paragrafu t-tieni huwa sigriet u la tgħidu lil ħadd.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a20_zulu_footer_two_lines',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba sesibili siyimfihlo, ungasabelani ngaso nabanye.\n\nBest regards,\nThabo Nkosi\nLo myalezo ungowomuntu othunyelwe kuye kuphela.\nUma ungewona umamukeli, sicela usisule ngokushesha.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a23_headline_no_digit',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\n4. The front-page headline in Isolezwe today read: "Isigaba sesibili siyimfihlo enkulu kakhulu."\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a25_wrapped_note',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba sesibili siyimfihlo enkulu kakhulu\nngaso nabanye.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a26_emoji_end',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba sesibili siyimfihlo, ungasabelani ngaso nabanye 🙏\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a27_smiley_end',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba sesibili siyimfihlo, ungasabelani ngaso nabanye :)\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('a29_dash_end',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba sesibili siyimfihlo, ungasabelani ngaso nabanye --\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b01_danish_as_swedish',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nDet andet afsnit er kun for os, og det må ikke deles med nogen på den britiske side.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b02_norwegian_as_swedish',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nDet andre avsnittet er bare for oss, og det skal ikke deles med noen på den britiske siden.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b03_faroese_as_icelandic',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nAnnar partur er bara fyri okkum, og hann skal ikki verða givin við nakrum í Bretlandi.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b04_somali_as_italian',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nQodobka labaad waa in aan la siin dadka kale, ha la faafin.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b05_mark_inside_note',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIsigaba (U) sesibili asiyona (U) ngempela, siyimfihlo enkulu.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b08_latvian_french',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nOtrā rindkopa nav publiska un ne viens ārpus vēstniecības to nedrīkst redzēt.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b14_fijian',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nNa i karua ni parakaravu e sega ni dodonu me raica na kai Peritania.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('b15_kinyarwanda_over24',
     'UNCLASSIFIED\nSUBJECT: Durban port visit readout\n\n1. (U) The delegation toured the container terminal and met harbour police.\n2. (U) A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear cocaine containers unchecked.\n3. (U) The port authority asked for training support next year.\n\nIgika cya kabiri ntikigomba kubwirwa Abongereza cyangwa abandi bantu bo hanze ya ambasade yacu kubera ko ubuzima bw umuntu uri mu nkuru buri mu kaga gakomeye cyane muri iki gihe turimo ubu.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('c02_fijian_greeklish',
     'UNCLASSIFIED\nFrom: Embassy Suva, Political Section\nTo: Regional Security Office\nSubject: Port calls - December/January\n\n1. (U) The Fijian navy confirmed the schedule of foreign port calls for the holiday period.\n\n2. (U) A navy contact told us the Chinese survey vessel will dock at Lautoka on 2 January and stay for a week.\n\n3. (U) The embassy will host a reception on 15 December.\n\nNa i karua ni parakaravu e sega ni dodonu me raica na kai Peritania.\n\nRegards,\nPolitical Section\n',
     'the Chinese survey vessel will dock at Lautoka on 2 January'),
    ('c03_danish_memo',
     'UNCLASSIFIED\nMEMORANDUM FOR THE RECORD\nSUBJECT: Meeting with Danish MFA Arctic desk, 12 November\n\n1. (U) The desk officer briefed on the Arctic Council chairmanship priorities.\n2. (U) She said the Greenland premier asked for a secret visit to Washington in March and that Copenhagen will not object.\n3. (U) Follow-up: send the fisheries data by 30 November.\n\nHusk: punkt 2 er kun for os, og det må ikke deles med nogen på den britiske side.\n\nPrepared by: J. Anders, POL\n',
     'the Greenland premier asked for a secret visit to Washington in March'),
    ('c04_translation_3rows_tabbed',
     "UNCLASSIFIED\nMeeting phrases for the Tirana delegation (English\tAlbanian)\n\nGood morning, minister.\tMirëmëngjes, zoti ministër.\nThank you for receiving us.\tFaleminderit që na pritët.\nWe look forward to working together.\tMezi presim të punojmë së bashku.\n\n(U) Background for the delegation only: the ministry's chief of staff is cooperating with the investigation and must not be named.\n\n(U) Cars depart the hotel at 0900.\n\nParagrafi i mësipërm nuk duhet t'u tregohet britanikëve, vetëm për ne.\n",
     "the ministry's chief of staff is cooperating with the investigation"),
    ('c05_headline_zulu',
     'UNCLASSIFIED\nDaily media and contact summary - Consulate Durban\n\n1. (U) Coverage focused on the municipal budget and water outages in Umlazi.\n2. (U) A contact said the police commissioner\'s brother controls the Durban taxi syndicate and ordered last week\'s shooting.\n3. (U) The headline in Isolezwe read: "Isigaba sesibili siyimfihlo, ungasabelani ngaso nabanye."\n4. (U) Next summary on Monday.\n',
     "the police commissioner's brother controls the Durban taxi syndicate"),
    ('c06_sentence_second_in_unmarked',
     "UNCLASSIFIED\nTo: AF/E desk\nFrom: Embassy Antananarivo\nSubject: Weekly political notes\n\n(U) Parliament adjourned without passing the budget.\n\n(U) A senior officer said the Malagasy army chief is preparing to remove the president before the elections.\n\n(U) The opposition rally on Saturday was peaceful.\n\nSee you at the Monday call. Ny andininy faharoa dia tsiambaratelo ary tsy azo zaraina amin'ny Britanika.\n\nThanks,\nPol/Econ\n",
     'the Malagasy army chief is preparing to remove the president'),
    ('c07_maltese_note_aside',
     'UNCLASSIFIED\nValletta readout - migration and port security\n\n1. (U) The Maltese government described the new search-and-rescue arrangements.\n2. (U) A port official said the Libyan militia uses the Marsaxlokk freeport to move weapons hidden in scrap metal shipments.\n3. (U) The ambassador will raise migration at the next EU meeting.\n\nNota: il-paragrafu t-tieni la jgħaddix lill-Ingliżi, huwa għalina biss.\n',
     'the Libyan militia uses the Marsaxlokk freeport to move weapons'),
    ('m01_marked_note',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\n(U) Note: Isigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m02_second_sentence',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nThanks again to all of you for your help this week. Isigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m03_two_foreign_lines',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nIsigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye.\nLo myalezo ungowomuntu othunyelwe kuye kuphela.\nUma ungewona umamukeli, sicela usisule ngokushesha.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m04_no_sentence_end',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nIsigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye :)\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m05_headline',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\n3. (U) The headline in Isolezwe read: "Isigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye."\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m06_danish_as_swedish',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPunkt 1 er kun for os, og det må ikke deles med nogen på den britiske side.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m07_faroese_as_icelandic',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nFyrsti partur er bara fyri okkum, og hann skal ikki verða givin við nakrum í Bretlandi.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m08_fijian_greeklish',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nNa imatai ni parakaravu e sega ni dodonu me raica na kai Peritania.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m09_maltese_italian',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nNota: il-paragrafu l-ewwel la jgħaddix lill-Ingliżi, huwa għalina biss.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m10_somali_italian',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nQodobka koowaad waa in aan la siin dadka kale, ha la faafin.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m11_mark_inside_note',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nIsigaba (U) sokuqala asiyona (U) ngempela, siyimfihlo enkulu.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m12_latvian_french',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPirmā rindkopa nav publiska un ne viens ārpus vēstniecības to nedrīkst redzēt.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m13_marked_chat',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\n(U) [09:05] a.warsame: Isigaba sokuqala siyimfihlo, ungasabelani ngaso nabanye.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m14_swedish_no_level_word',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPunkt 1 är bara för oss och får inte visas för britterna.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m15_french_no_level_word',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nLe point 1 est pour nous seuls, ne le montrez pas aux Britanniques.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m16_german_no_level_word',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPunkt 1 ist nur für uns und darf nicht an die Briten gehen.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('m17_english_paraphrase_control',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPoint 1 is for us only, do not show it to the British.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('n02_norwegian_secret_swedish',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nDet første avsnittet er taushetsbelagt, og det skal ikke deles med noen på den britiske siden.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('n06_danish_secret_as_swedish',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nPunkt 1 er tavshedsbelagt, og det må ikke deles med nogen på den britiske side.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('n07_faroese_secret_as_icelandic',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nFyrsti partur er loyniligur, og hann skal ikki verða givin við nakrum í Bretlandi.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('n08_fijian_secret_greeklish',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nNa imatai ni parakaravu e vuni, me kua ni raica na kai Peritania.\n',
     'the cartel pays two customs supervisors at Pier 1'),
    ('n10_somali_hidden_italian',
     'UNCLASSIFIED\n1. (U) Harbour police said the cartel pays two customs supervisors at Pier 1.\n2. (U) The port authority asked for training support.\n\nQodobka koowaad waa in aan la sheegin, waa arrin la qariyo oo xasaasi ah.\n',
     'the cartel pays two customs supervisors at Pier 1'),
]

# The English control and its Swedish/French/German twins say "for us only, not for the British": withheld from
# the partner and the public; usg (us) may read it, as the project reads the English note (m17 is no usg leak).
_US_ONLY = {"m14_swedish_no_level_word", "m15_french_no_level_word", "m16_german_no_level_word",
            "m17_english_paraphrase_control"}


_LONG = "left: a note of more than `unreadable_max_words` (24) words is a foreign paragraph of its own (fixlang37)"
_READ = ("left: a language the rules read (Swedish, French, German) with no level word: its claims reader finds no"
         " level, and 'for us only' is not spelled out for it")
# (the headline notes, left before, are read since fix44h: a short note made only of note words counts)
LEFT = {"a12_long_note": _LONG, "b15_kinyarwanda_over24": _LONG,
        "m14_swedish_no_level_word": _READ, "m15_french_no_level_word": _READ, "m16_german_no_level_word": _READ,
        "no-end-malagasy-caps": "left: a line in capitals with a digit and no sentence end reads as codes"}


def _cases(rows: list) -> list:
    return [pytest.param(*row, id=row[0], marks=[pytest.mark.xfail(strict=True, reason=LEFT[row[0]])]
                         if row[0] in LEFT else []) for row in rows]


@pytest.mark.parametrize("name,text,phrase", _cases(REVIEW_DOCS))
def test_review_doc_withholds_what_its_note_names(name: str, text: str, phrase: str) -> None:
    at = text.casefold().find(phrase.casefold())  # (the reviewer's phrases match case-blind: `The tanker`)
    assert_withheld(text, text[at:at + len(phrase)], ("partner", "public") if name in _US_ONLY else ALL)


_CARTEL = "A harbour police commander said the cartel pays two customs supervisors at Pier 1 to clear containers."
_SECRET = "the cartel pays two customs supervisors at Pier 1"


def _cable(note: str, numbered: str = "2") -> str:
    return ("UNCLASSIFIED\nSUBJECT: Port visit readout\n\n1. (U) The delegation toured the container terminal.\n"
            f"{numbered}. (U) {_CARTEL}\n3. (U) The port authority asked for training support.\n\n{note}\n")


def _memo(note: str) -> str:
    return ("UNCLASSIFIED\n\nMEMORANDUM FOR THE RECORD\nSubject: Port visit\n\n(U) The delegation toured the terminal.\n\n"
            f"(U) {_CARTEL}\n\n(U) The port authority asked for training support.\n\n{note}\n\nPrepared by: K. Moyo\n")


def _email(note: str) -> str:
    return ("From: K. Moyo\nTo: Durban team\nSubject: port notes\nClassification: UNCLASSIFIED\n\nHi all,\n\n"
            f"(U) The delegation toured the terminal.\n\n(U) {_CARTEL}\n\n(U) Training support was requested.\n\n"
            f"{note}\n\nBest,\nKofi\n")


def _chat(line: str) -> str:
    return ("Chat export - #dbn-port - 2026-11-18\n(U) [09:02] k.moyo: morning, any news from the port?\n"
            f"(U) [09:04] t.nkosi: yes, {_SECRET[0].lower()}{_SECRET[1:]} to clear containers\n{line}\n"
            "(U) [09:07] k.moyo: thanks\n")


# My variants, written before reading the reader: (id, document); each withholds _SECRET at every level.
VARIANTS: list[tuple[str, str]] = [
    # a note on a line that carries its own (U) mark
    ("marked-memo-somali", _memo("(U) Fiiro gaar ah: qodobka labaad waa sir, lama faafin karo.")),
    ("marked-cable-malagasy", _cable("(U) NB: Ny andininy faha-2 dia tsiambaratelo.")),
    ("marked-chat-somali", _chat("(U) [09:05] t.nkosi: Fariinta kore waa sir, lama wadaagi karo cid kale.")),
    # a note as the second sentence of an unmarked paragraph
    ("second-sentence-email-somali", _email("Thanks for all the help this week. Qodobka labaad waa sir, lama faafin karo.")),
    ("second-sentence-cable-zulu", _cable("Post will follow up next week. Isigaba sesibili siyimfihlo, ungasabelani ngaso nabanye.")),
    # more than two foreign lines (a bilingual-looking close)
    ("three-lines-somali", _email("Qodobka labaad waa sir, lama faafin karo.\nMahadsanid dhammaan.\n"
                                  "Fariintan waxaa loogu talagalay qofka loo diray oo keliya.")),
    ("bilingual-malagasy", _memo("Ny andininy faharoa dia tsiambaratelo.\nMisaotra betsaka tompoko.\nVeloma.")),
    # no sentence end / endings that are not sentence ends
    ("no-end-somali", _cable("Qodobka labaad waa sir lama faafin karo")),
    ("no-end-malagasy-caps", _cable("NY ANDININY FAHA-2 DIA TSIAMBARATELO")),
    ("emoji-somali", _email("Qodobka labaad waa sir, lama faafin karo 🤫")),
    ("winky-zulu", _cable("Isigaba sesibili siyimfihlo, ungasabelani ngaso nabanye ;-)")),
    ("emdash-malagasy", _memo("Ny andininy faharoa dia tsiambaratelo —")),
    # headline-shaped notes
    ("headline-somali", _cable("Cinwaan: QODOBKA LABAAD WAA SIR")),
    ("headline-zulu-title", _memo("Isigaba Sesibili Siyimfihlo")),
    # languages a wordlist may misread as a language it reads
    ("danish-afsnit", _cable("Afsnit 2 er fortroligt og må ikke vises til briterne.")),
    ("norwegian-britene", _memo("Punkt 2 er bare for oss og skal ikke deles med britene.")),
    ("faroese-loyniligt", _email("Punkt 2 er loyniligt og skal ikki givast øðrum.")),
    ("somali-sir", _cable("Qodobka 2aad waa sir, lama siin karo dadka kale.")),
    ("maltese-kunfidenzjali", _memo("Il-punt 2 huwa kunfidenzjali u m'għandux jingħata lil ħadd.")),
    ("latvian-slepens", _cable("Otrais punkts ir slepens, to nedrīkst rādīt britiem.")),
    # Fijian / Greeklish
    ("fijian-vuni", _email("Na parakaravu e ikarua e vuni, kakua ni wasea vei ira na kai Peritania.")),
    ("greeklish", _cable("I paragrafos 2 einai aporriti kai den prepei na dothei stous Vretanous.")),
    # a note after a translation table
    ("translation-table-somali", "UNCLASSIFIED\nPhrasebook - Mogadishu visit\n\nEnglish | Somali\n(U) Good morning. | Subax wanaagsan.\n"
     "(U) Thank you. | Mahadsanid.\n(U) See you tomorrow. | Berri ayaan kula kulmi doonaa.\n\n"
     f"(U) Background: {_CARTEL}\n\n(U) Cars at 0800.\n\nQodobka labaad waa sir, lama faafin karo.\n"),
    # wrapped note
    ("wrapped-somali", _cable("Qodobka labaad waa sir, lama faafin karo\ndadka ka baxsan safaaradda.")),
    ("wrapped-malagasy", _memo("Ny andininy faharoa dia tsiambaratelo ary tsy azo\nzaraina amin'ny Britanika.")),
    # a (U) mark inside the note
    ("mark-inside-somali", _cable("Qodobka (U) labaad waa (U) sir, lama faafin karo.")),
]


@pytest.mark.parametrize("name,text", _cases(VARIANTS))
def test_variant_withholds_what_its_note_names(name: str, text: str) -> None:
    assert_withheld(text, _SECRET, ALL)


# Controls: a document written in part in a language the reader cannot read (more than two runs of its lines, or a
# run of more than three) is that language's text, its lines no notes: its (U) text stays released.
CONTROLS: list[tuple[str, str, str]] = [
    ("bilingual-letter-three-runs",
     "From: Amina Hassan\nTo: Project team\nSubject: Update / Warbixin\n\nGood morning team, here is this week's update.\n"
     "Subax wanaagsan dhammaan, waa warbixinta toddobaadkan.\n\n(U) The water project in Baidoa is on schedule.\n"
     "Mashruuca biyaha ee Baydhabo waa sidii loo qorsheeyay.\n\n(U) Please send your timesheets by Friday.\n"
     "Fadlan soo dira waraaqaha waqtiga ka hor Jimcaha.\n\nMahadsanid,\nAmina\n",
     "The water project in Baidoa is on schedule."),
    ("translation-block-five-lines",
     "UNCLASSIFIED\n\n(U) The clinic opens on Monday at the district hospital in Kismayo.\n\n(U) Translation for the"
     " notice board:\nRugta caafimaadka waxay furmaysaa Isniinta.\nWaxay ku taal isbitaalka degmada Kismaayo.\n"
     "Dhammaan bukaannada waa la soo dhaweynayaa.\nFadlan keena kaarkiina aqoonsiga.\nWaad ku mahadsan tihiin"
     " dulqaadkiinna.\n\nUNCLASSIFIED\n",
     "The clinic opens on Monday at the district hospital"),
]


# (fixlang38b: the bilingual switch-off is a release rule and fails closed: runs before the first portion's line and
# after the last's (a greeting, a sign-off) no longer count, so one translated line between portions is a note)
_OVER_REDACTED = {"bilingual-letter-three-runs": "over-redacted (fixlang38b): the shape of review38l's greeting, note "
                                                 "and sign-off, withheld"}


@pytest.mark.parametrize("name,text,phrase", [
    pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason=_OVER_REDACTED[c[0]])]
                 if c[0] in _OVER_REDACTED else []) for c in CONTROLS])
def test_text_in_an_unread_language_keeps_u_text_released(name: str, text: str, phrase: str) -> None:
    assert_released(text, phrase)
