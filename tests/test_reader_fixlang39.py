"""fixlang39: the bilingual switch-off of unreadable notes is monotone against main 2168ede (issue 8).

fixlang38b widened what counts as a note in a language the reader cannot read (lines ending in an emoji, a smiley or
a dash, chat messages after their own (U), a foreign sentence after an English one, capitals sentences with a digit,
table cells ending in `--`) and pruned the Swedish, Icelandic, Italian, French and Greeklish read-language lists. Those
lines also counted toward `_written_in_unread_language` (more than 2 non-edge runs of foreign lines, or a run of more
than 3, switches off every note of the document: a RELEASE rule), so ordinary chatter between portions, a table's
remarks, Danish / Norwegian / Faroese lines no longer read as Swedish / Icelandic, and 4-line greeting or sign-off
blocks switched off the one real note that main withholds by.

review39l (60 documents, /tmp/s39/review39l/docs; the 25 that leaked are verbatim below with the phrases the reviewer
said must be withheld). First run (fixlang38b c3bd7865, review39l run.sh / final_compare.txt): 25 documents leak on
fixlang38b and not on main /tmp/m39 (m01_min_emoji_lines_between_portions, m03_min_table_dash_rows, m04b_min_after_english_unmarked_separated, m05_min_danish_lines, m06_min_caps_digit_sentences, m07_min_faroese_lines, n01_chat_u_three_somali_chatter_between, n02_email_emoji_asides_between_portions, n03b_quoted_reply_four_dash_lines_middle, n04_table_remarks_dash_rows, n06b_after_english_sentences_unmarked, n07b_danish_lines_between_portions, n08b_caps_cable_sentences_between, n10_smiley_chat_messages_between_u, n11_reply_quote_interleaved_emoji, n13_unmarked_email_three_emoji_lines, n14_norwegian_lines_between_portions, n15_faroese_lines_between_portions, p04_dated_chat_export_banner, p05_forwarded_thread_foreign_greeting_signoff_middle, p06_media_summary_quoted_tweets, p07_norwegian_quoted_reply_middle, r04_four_emoji_lines_then_note_one_run, r05_signoff_block_of_four_with_note, r06_greeting_block_of_four_then_note_mid). Their `(U)` lines (the reviewer's OK phrases) are
over-redacted at usg on main too (the honoured note raises the document), so no release check is added for them.

Fix: the switch-off counts main's notes -- main's line shapes (`wide=False`) and main's word lists
(`read_languages` plus `bilingual_read_languages`, the pruned words kept as data in rules/markings.yaml) -- in
fixlang38b's runs; fixlang38's wider shapes and pruned lists only ADD notes. A run rule fires only with more than
`unreadable_max_notes` counted lines, so the switch-off fires only where main's does.

Measured on fixlang39 0ece71f3: review39l 0 of 60 leak that main withholds (7 fixed against main: n05, n09, n17, q02,
r01, r02, r03; 6 leak on both: n16 Maltese, o01, o06-o09 notes read as a short-list language); review38l 2 of 50 leak
(c01, c07: main too); review37l 9 (fixlang38b: 9, the same documents); harness language rounds (119, 123, 127, 138,
144, 146, 148, 150, 152, 154, 156, 158: 767 documents) against /tmp/s39/t0.txt: no new leaking document, 3 fixed
(adv152-034, adv156-005, adv156-010), over-redaction 296 -> 306 (the same 10 new as fixlang38b). Whole harness
(9,508 documents) against /tmp/s39/t0b.txt: no new leaking document, 3 fixed, over-redaction 2723 -> 2738 (15 new, 0
fixed): the same as fixlang38b's run, document for document.
Cost: review39l p08 (a Dari REL note between emoji chatter lines) over-redacts its last (U) line at usg, which main
and fixlang38b release: the emoji lines are notes now (wide) but no longer switch the document off (fail closed).
"""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from released import assert_withheld
from sbu_redact.rules_schema import UntranslatedSpec

# (name, text, [(phrase, the levels that must not release it)])
REVIEW39L: list[tuple[str, str, list[tuple[str, tuple[str, ...]]]]] = [
    ('m01_min_emoji_lines_between_portions',
     "UNCLASSIFIED\n(U) The road to Bardera is open again.\nMahadsanid walaalayaal, shaqo wanaagsan ayaad qabateen 🙏\n(U) Colonel Yusuf Dheere is passing us the militia payroll lists every Friday.\nRoobka ayaa si fiican u da'ay toddobaadkan oo dhan 🌧️\n(U) Next call is on Thursday.\nWaxaan rajeynayaa in aad fasax fiican heshaan 😊\n(U) Questions to POL.\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('Colonel Yusuf Dheere is passing us the militia payroll lists', ('usg', 'partner', 'public'))]),
    ('m03_min_table_dash_rows',
     'UNCLASSIFIED\n(U) Contacts this week:\n| 17 Nov | Port police | wakati wote wako tayari kusaidia na kushirikiana nasi -- |\n| 18 Nov | Customs | anasema mizigo itachelewa kwa siku tatu zaidi -- |\n| 19 Nov | Pilot | ameahidi kutupa ratiba ya meli wiki ijayo -- |\n| 20 Nov | Agent | alikataa kuzungumza bila kibali cha mkuu wake -- |\n(U) Mr. Juma Mwinyi passed us the bill of lading for the arms shipment on the MV Salama.\n(U) Next log due 27 Nov.\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('passed us the bill of lading for the arms shipment', ('usg', 'partner', 'public'))]),
    ('m04b_min_after_english_unmarked_separated',
     "UNCLASSIFIED\nThanks everyone for a good week. Mwese mwakoze cyane ku kazi keza mwakoze.\nThe ministry confirmed the March training dates.\nThe car is booked for Tuesday. Imodoka izaba iri ku biro saa mbiri za mugitondo.\nMajor Eric Habimana is sending us the convoy schedules to Goma.\nSee you all on Monday. Mugire weekend nziza mwese n'imiryango yanyu.\nNext call at 0900.\nIgika cya kane ni ibanga rikomeye, ntikigomba gusangizwa abanyamahanga.\n",
     [('Major Eric Habimana is sending us the convoy schedules', ('usg', 'partner', 'public'))]),
    ('m05_min_danish_lines',
     "UNCLASSIFIED\n(U) The liaison meeting took place on Tuesday.\nDet var en god dag med mange møder på ambassaden, og vi fik meget gjort.\n(U) The smuggler Jens Holm is cooperating and will wear a wire at the Aarhus meeting.\nKaffen på kontoret er stadig den samme som sidste år, men den er god.\n(U) Next week's agenda is attached.\nVi ses på mandag, og god weekend til jer alle med familien.\n(U) End.\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('The smuggler Jens Holm is cooperating and will wear a wire', ('usg', 'partner', 'public'))]),
    ('m06_min_caps_digit_sentences',
     'UNCLASSIFIED\n1. (U) FUEL STOCKS AT THE PORT REMAIN LOW.\nWAXAAN HELNAY 3 WARBIXINOOD OO CUSUB MAANTA SUBAXDII HORE.\n2. (U) THE TANKER CAPTAIN ABDIRAHMAN JAMA IS SELLING US THE FUEL CONTRACTS.\nSHIRKA 2AAD WAXAA LA QABAN DOONAA TODDOBAADKA SOO SOCDA GALABTII.\n3. (U) NEW TARIFFS NEXT WEEK.\nDHAMMAAN 4 GAARI WAA DIYAAR OO WAXAY SUGAYAAN AMARKA.\n4. (U) NEXT REPORT IN 7 DAYS.\nQodobka 2 waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('IS SELLING US THE FUEL CONTRACTS', ('usg', 'partner', 'public'))]),
    ('m07_min_faroese_lines',
     'UNCLASSIFIED\n(U) Meeting with the fisheries inspectorate held on Monday.\nHann segði at veðrið var ringt alla vikuna, men vit komu við bátinum.\n(U) The inspector is photographing the sensors of the trawler Polar Star for us.\nVið fara aftur til Klaksvíkar í næstu viku við Jens.\n(U) Catch statistics in December.\nHann bað okkum heilsa tykkum øllum og takkaði fyri vitjanina.\n(U) End.\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('The inspector is photographing the sensors', ('usg', 'partner', 'public'))]),
    ('n01_chat_u_three_somali_chatter_between',
     "UNCLASSIFIED\nChat export - #som-logistics - 2026-11-19\n\n(U) [08:55] j.miller: morning all\n(U) [08:57] a.warsame: subax wanaagsan, maanta shaqo badan ayaa jirta.\n(U) [09:01] j.miller: convoy plan for Baidoa?\n(U) [09:02] a.warsame: haa, waan diyaarinayaa qorshaha socdaalka hadda.\n(U) [09:03] a.warsame: the source inside the governor's office, Abdi Nur, will hand over the ledgers at the Baidoa checkpoint on Thursday\n(U) [09:04] k.lee: ok noted\n(U) [09:06] a.warsame: waan soo laaban doonaa kadib shirka duhurka.\n(U) [09:10] k.lee: lunch at 12?\n\nFariinta 09:03 waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [("the source inside the governor's office, Abdi Nur, will hand over the ledgers", ('usg', 'partner', 'public'))]),
    ('n02_email_emoji_asides_between_portions',
     "From: Hodan Ali <hali@example.gov>\nTo: Nairobi regional desk\nSubject: Weekly roundup - Gedo\nClassification: UNCLASSIFIED\n\n(U) The district commissioner in Garbahaarey confirmed the road to Bardera is open again.\nMahadsanid walaalayaal, shaqo wanaagsan ayaad qabateen 🙏\n(U) The UNHCR team counted roughly 4,000 new arrivals at the Dolow camp this month.\nRoobka ayaa si fiican u da'ay toddobaadkan oo dhan 🌧️\n(U) Our contact in the Gedo regional administration, Colonel Yusuf Dheere, is passing us the militia payroll lists every Friday.\nWaxaan rajeynayaa in aad fasax fiican heshaan 😊\n(U) Next week's call moves to Thursday at 1400.\n\nQodobka saddexaad waa sir, lama siin karo shisheeyaha.\nHodan\n",
     [('Colonel Yusuf Dheere, is passing us the militia payroll lists', ('usg', 'partner', 'public'))]),
    ('n03b_quoted_reply_four_dash_lines_middle',
     "From: Lt Col R. Ortiz\nTo: J2 Horn of Africa cell\nSubject: RE: Kismayo port visit\nClassification: UNCLASSIFIED\n\n(U) Team, see the local staff thread below before tomorrow's visit.\n\n> Asalaamu calaykum, safarka berri wuu socdaa sidii la qorsheeyay --\n> gaariga ayaa idin sugi doona albaabka koonfureed subaxdii hore --\n> fadlan soo qaata kaararka aqoonsiga iyo biyo badan --\n> waxaan idin sugaynaa xafiiska dekedda saacadda sagaalaad --\n\n(U) The harbour master, Mr. Farah Osman, has agreed to let us photograph the manifests of the dhow fleet used by the charcoal smugglers.\n(U) Transport departs the compound at 0700.\n\nWarbixinta Farah Osman waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('has agreed to let us photograph the manifests', ('usg', 'partner', 'public'))]),
    ('n04_table_remarks_dash_rows',
     "UNCLASSIFIED\nContact log - Mombasa liaison - week 47\n\n(U) Summary of the week's contacts:\n\n| Date   | Contact          | Remarks |\n| 17 Nov | Port police      | wakati wote wako tayari kusaidia na kushirikiana nasi -- |\n| 18 Nov | Customs officer  | anasema mizigo itachelewa kwa siku tatu zaidi -- |\n| 19 Nov | Harbour pilot    | ameahidi kutupa ratiba ya meli wiki ijayo -- |\n| 20 Nov | Shipping agent   | alikataa kuzungumza bila kibali cha mkuu wake -- |\n\n(U) The customs officer, Mr. Juma Mwinyi, passed us the bill of lading for the arms shipment on the MV Salama.\n(U) Next log due 27 Nov.\n\nKifungu cha pili ni siri kubwa, kisionyeshwe kwa wageni.\n",
     [('passed us the bill of lading for the arms shipment', ('usg', 'partner', 'public'))]),
    ('n06b_after_english_sentences_unmarked',
     "From: Grace Uwase <guwase@example.gov>\nTo: Kigali team\nSubject: Monday update\nClassification: UNCLASSIFIED\n\nThanks everyone for a good week. Mwese mwakoze cyane ku kazi keza mwakoze.\n\nThe ministry confirmed the training dates for March.\n\nThe car is booked for Tuesday. Imodoka izaba iri ku biro saa mbiri za mugitondo.\n\nOur source in the RDF logistics directorate, Major Eric Habimana, is sending us the convoy schedules to Goma.\n\nSee you all on Monday. Mugire weekend nziza mwese n'imiryango yanyu.\n\nNext week's call is at 0900.\n\nIgika cya kane ni ibanga rikomeye, ntikigomba gusangizwa abanyamahanga.\n",
     [('Major Eric Habimana, is sending us the convoy schedules', ('usg', 'partner', 'public'))]),
    ('n07b_danish_lines_between_portions',
     "From: Mette Larsen <mlarsen@example.gov>\nTo: Copenhagen liaison cell\nSubject: Weekly notes\nClassification: UNCLASSIFIED\n\n(U) The liaison meeting with the Danish police took place on Tuesday.\nDet var en god dag med mange møder på ambassaden, og vi fik meget gjort.\n(U) Police intelligence said the smuggler Jens Holm is cooperating and will wear a wire at the Aarhus meeting on 4 December.\nKaffen på kontoret er stadig den samme som sidste år, men den er god.\n(U) The Danish side will host the next round.\nVi ses på mandag, og god weekend til jer alle med familien.\n(U) Next week's agenda is attached.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('the smuggler Jens Holm is cooperating and will wear a wire', ('usg', 'partner', 'public'))]),
    ('n08b_caps_cable_sentences_between',
     'UNCLASSIFIED\nR 201130Z NOV 26\nFM AMEMBASSY MOGADISHU\nTO SECSTATE WASHDC\n\nSUBJECT: FUEL SUPPLY AT MOGADISHU PORT\n\n1. (U) FUEL STOCKS AT THE PORT REMAIN LOW THIS WEEK.\nWAXAAN HELNAY 3 WARBIXINOOD OO CUSUB MAANTA SUBAXDII HORE.\n2. (U) THE TANKER CAPTAIN, ABDIRAHMAN JAMA, IS SELLING US THE MANIFESTS OF THE AL-SHABAAB FUEL CONTRACTS.\nSHIRKA 2AAD WAXAA LA QABAN DOONAA TODDOBAADKA SOO SOCDA GALABTII.\n3. (U) THE PORT AUTHORITY WILL PUBLISH NEW TARIFFS.\nDHAMMAAN 4 GAARI WAA DIYAAR OO WAXAY SUGAYAAN AMARKA.\n4. (U) NEXT REPORT IN 7 DAYS.\n\nQodobka 2 waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('IS SELLING US THE MANIFESTS OF THE AL-SHABAAB FUEL CONTRACTS', ('usg', 'partner', 'public'))]),
    ('n10_smiley_chat_messages_between_u',
     'UNCLASSIFIED\n#juba-ops chat export 2026-11-21\n\n(U) [10:00] p.garang: good morning team :)\n(U) [10:01] p.garang: mali ke yin, wëlë ke cï rot tɔ̈ɔ̈ŋ ;)\n(U) [10:02] s.ross: any news from the Bor checkpoint?\n(U) [10:03] p.garang: our man at the checkpoint, Sgt Deng Majok, will copy the SPLA-IO payment ledgers tonight\n(U) [10:04] p.garang: yïn cï luɔi apieth, ke cï ɣɛn ya lëk :)\n(U) [10:05] s.ross: thanks\n(U) [10:06] p.garang: ɣɛn cï jal ya, ke ba ɣɛn bɛ̈n nhiäl :D\n(U) [10:07] s.ross: see you at lunch\n\nLëk 10:03 ee ke ci thiaan, du ye lëk kɔc kɔ̈k.\n',
     [('will copy the SPLA-IO payment ledgers tonight', ('usg', 'partner', 'public'))]),
    ('n11_reply_quote_interleaved_emoji',
     'From: Amina Abdi <aabdi@example.gov>\nTo: Garissa field team\nSubject: RE: RE: visit logistics\nClassification: UNCLASSIFIED\n\n(U) Adding the tasking from the field officer below.\n\n> (U) Can you confirm the hotel for Tuesday?\n> Haa, hudheelka waa la ballansaday, qolal saddex ah 👍\n> (U) And the driver?\n> Darawalka wuxuu idin sugi doonaa garoonka diyaaradaha 😊\n> (U) Great. Anything on the camp?\n> (U) Yes: the camp chairman, Mr. Aden Hirsi, will give us the list of recruiters from the Dadaab blocks on Wednesday.\n> Mahadsanid, nabad ku hoyda dhammaantiin 🙏\n\n(U) Please treat the above accordingly.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('will give us the list of recruiters from the Dadaab blocks', ('usg', 'partner', 'public'))]),
    ('n13_unmarked_email_three_emoji_lines',
     "From: Hodan Ali <hodan.ali@example.gov>\nTo: Nairobi regional desk\nSubject: Gedo roundup\nClassification: UNCLASSIFIED\n\nHi all, short one this week.\n\nMahadsanid walaalayaal, shaqo wanaagsan ayaad qabateen 🙏\n\nThe UNHCR team counted roughly 4,000 new arrivals at the Dolow camp this month.\n\nRoobka ayaa si fiican u da'ay toddobaadkan oo dhan 🌧️\n\nOur contact in the Gedo regional administration, Colonel Yusuf Dheere, is passing us the militia payroll lists every Friday.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n\nWaxaan rajeynayaa in aad fasax fiican heshaan 😊\n\nHodan\n",
     [('Colonel Yusuf Dheere, is passing us the militia payroll lists', ('usg', 'partner', 'public'))]),
    ('n14_norwegian_lines_between_portions',
     'From: Kari Nordby <knordby@example.gov>\nTo: Oslo political section\nSubject: Notes from the Bergen visit\nClassification: UNCLASSIFIED\n\n(U) The consulate visit to Bergen went as planned.\nDet var fint vær i Bergen for en gangs skyld, og fisken var god.\n(U) The harbour police said the trawler captain Ola Berg is informing on the Russian crews and meets his handler every Thursday.\nJeg tar med meg noen brosjyrer fra museet til kontoret på mandag.\n(U) The next visit will be to Tromsø in January.\nTakk for hjelpen med reisen, det var veldig hyggelig å se dere igjen.\n(U) Receipts will follow.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('the trawler captain Ola Berg is informing on the Russian crews', ('usg', 'partner', 'public'))]),
    ('n15_faroese_lines_between_portions',
     'From: Jóannes Hansen <jhansen@example.gov>\nTo: Copenhagen liaison cell\nSubject: Tórshavn notes\nClassification: UNCLASSIFIED\n\n(U) Meeting with the Faroese fisheries inspectorate held on Monday.\nHann segði at veðrið var ringt alla vikuna, men vit komu við bátinum.\n(U) The inspector told us the Russian trawler Polar Star offloads sensors at Klaksvík at night, and he is photographing them for us.\nVið fara aftur til Klaksvíkar í næstu viku við Jens.\n(U) The inspectorate will share catch statistics in December.\nHann bað okkum heilsa tykkum øllum og takkaði fyri vitjanina.\n(U) Next report due on the 1st.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n',
     [('he is photographing them for us', ('usg', 'partner', 'public'))]),
    ('p04_dated_chat_export_banner',
     "UNCLASSIFIED\nWhatsApp export: Baidoa field group\n\n11/18/26, 09:15 - Hassan: Subax wanaagsan dhammaan, maanta waa maalin fiican 😊\n11/18/26, 09:16 - Kate Lee: morning! any news on the ledgers?\n11/18/26, 09:20 - Hassan: Abdi Nur from the governor's office will hand the tax ledgers to us at the Baidoa checkpoint on Thursday.\n11/18/26, 09:21 - Kate Lee: great, thanks\n11/18/26, 09:25 - Hassan: Waan soo laaban doonaa kadib shirka duhurka 👍\n11/18/26, 09:30 - Kate Lee: lunch at 12?\n11/18/26, 09:31 - Hassan: Haa, waan imaan doonaa, ii keen shaah fadlan 🙏\n11/18/26, 09:40 - Hassan: Fariinta 09:20 waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('will hand the tax ledgers to us at the Baidoa checkpoint', ('usg', 'partner', 'public'))]),
    ('p05_forwarded_thread_foreign_greeting_signoff_middle',
     "From: Sarah Mitchell <smitchell@example.gov>\nTo: Mogadishu POL\nSubject: FW: meeting with the Jubaland minister\nClassification: UNCLASSIFIED\n\n(U) Forwarding Abdirahman's note from last week; comments below.\n\n-------- Forwarded message --------\nFrom: Abdirahman Yusuf\nDate: 14 Nov 2026\n\nSalaan walaalaha qaaliga ah, waxaan rajeynayaa inaad fiican tihiin 🙏\n\n(U) The Jubaland security minister told me that his deputy, General Ahmed Madobe Jr., sells Kenyan army fuel to the Kismayo militias.\n\nMahadsanid, nabad iyo caafimaad ayaan idiin rajeynayaa --\nAbdirahman\n-------- End of forwarded message --------\n\n(U) Sarah: we should raise the fuel issue at the donor meeting.\nWalaal, fadlan ii soo dir liiska ka qaybgalayaasha 😊\n(U) The donor meeting is on 3 December.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('sells Kenyan army fuel to the Kismayo militias', ('usg', 'partner', 'public'))]),
    ('p06_media_summary_quoted_tweets',
     'UNCLASSIFIED\nSUBJECT: MEDIA REACTION - KIGALI - 20 NOVEMBER\n\n1. (U) Local social media reacted strongly to the new fuel prices.\n   @kigali_today: "Ibiciro bya lisansi byazamutse cyane, abaturage barababaye 😡"\n2. (U) Opposition figures called for a boycott.\n   @umuturage250: "Tugomba kwamagana iki cyemezo cya leta vuba 💪"\n3. (U) Our contact in the ruling party, Jean Bosco Mugabo, says the president will fire the finance minister on Monday.\n   @rwanda_news: "Minisitiri w\'imari azavuga ku kibazo ejo mu gitondo 📢"\n4. (U) Post will continue to monitor.\n\nIgika cya gatatu ni ibanga rikomeye, ntikigomba gusangizwa abanyamahanga.\n',
     [('says the president will fire the finance minister on Monday', ('usg', 'partner', 'public'))]),
    ('p07_norwegian_quoted_reply_middle',
     "From: Kari Nordby <knordby@example.gov>\nTo: Oslo political section\nSubject: RE: Bergen\nClassification: UNCLASSIFIED\n\n(U) Replying inline; Ola's original is quoted.\n\n> Hei Kari, takk for sist, det var hyggelig å se deg i Bergen.\n(U) Likewise - thanks for hosting.\n> Jeg har snakket med havnepolitiet om tråleren, og de er positive.\n(U) Good. The harbour police said the trawler captain Ola Berg is informing on the Russian crews and meets his handler every Thursday.\n> Vi ses på konferansen i Tromsø neste måned, håper jeg.\n(U) See you there.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('the trawler captain Ola Berg is informing on the Russian crews', ('usg', 'partner', 'public'))]),
    ('r04_four_emoji_lines_then_note_one_run',
     "From: RSO Nairobi\nSubject: Eastleigh visa fraud - messages from the complainant\nClassification: UNCLASSIFIED\n\n(U) The complainant forwarded these on 18 November.\nWeli waan sugaynaa, fadlan noo soo jawaab marka aad awooddo 😟\nLacagta waan bixinay toddobaadkii hore, maxaa dhacay 😡\nWaxaan u baahannahay in aan safarno bisha soo socota 🙏\nWalaal fadlan i caawi, carruurtu way sugayaan 😢\n(U) The complainant's cousin Bashir Dahir, a clerk in the Kenyan immigration office, is secretly passing us the forged permits.\n(U) Interview on 2 December.\n\nFariinta kor ku xusan waa mid qarsoon, lama wadaagi karo cid kale.\n",
     [('is secretly passing us the forged permits', ('usg', 'partner', 'public'))]),
    ('r05_signoff_block_of_four_with_note',
     'From: Hodan Ali <hodan.ali@example.gov>\nTo: Nairobi regional desk\nSubject: Gedo roundup\nClassification: UNCLASSIFIED\n\n(U) The UNHCR team counted roughly 4,000 new arrivals at the Dolow camp this month.\n(U) Colonel Yusuf Dheere of the Gedo administration is passing us the militia payroll lists every Friday.\n(U) Next call on Thursday at 1400.\n\nMahadsanid walaalayaal, shaqo wanaagsan ayaad qabateen 🙏\nQodobka labaad waa mid qarsoon, lama wadaagi karo cid kale.\nToddobaad wanaagsan dhammaantiin iyo qoysaskiinaba 🙂\nNabad iyo caafimaad ayaan idiin rajeynayaa --\nHodan\n',
     [('is passing us the militia payroll lists every Friday', ('usg', 'partner', 'public'))]),
    ('r06_greeting_block_of_four_then_note_mid',
     'From: Hodan Ali <hodan.ali@example.gov>\nTo: Nairobi regional desk\nSubject: Gedo roundup\nClassification: UNCLASSIFIED\n\nSalaan walaalayaal iyo saaxiibada qaaliga ah 🙏\nWaxaan rajeynayaa inaad dhammaantiin fiican tihiin 😊\nToddobaadkan shaqo badan ayaa jirtay gobolka oo dhan --\nHalkan hoose waxaa ku qoran warbixinta toddobaadka 👇\n\n(U) The UNHCR team counted roughly 4,000 new arrivals at the Dolow camp this month.\n(U) Colonel Yusuf Dheere of the Gedo administration is passing us the militia payroll lists every Friday.\nQodobka labaad waa mid qarsoon, lama wadaagi karo cid kale.\n(U) Next call on Thursday at 1400.\nHodan\n',
     [('is passing us the militia payroll lists every Friday', ('usg', 'partner', 'public'))]),
]


@pytest.mark.parametrize("name,text,withheld", [pytest.param(*row, id=row[0]) for row in REVIEW39L])
def test_review39l_document_withholds_what_its_note_names(name: str, text: str,
                                                           withheld: list[tuple[str, tuple[str, ...]]]) -> None:
    for phrase, levels in withheld:
        assert_withheld(text, phrase, levels)


def test_bilingual_read_languages_name_read_languages() -> None:
    """The switch-off's extra words are of a language `read_languages` reads (a typo would count nothing)."""
    with pytest.raises(ValidationError, match="bilingual_read_languages.danish"):
        UntranslatedSpec(read_languages={"swedish": ["och", "att"]}, bilingual_read_languages={"danish": ["og"]})
    with pytest.raises(ValidationError, match="bilingual_read_languages.swedish"):
        UntranslatedSpec(read_languages={"swedish": ["och", "att"]}, bilingual_read_languages={"swedish": ["Det"]})
