"""Classes of names the detector must cover whole, and look-alikes it must leave alone, through
the real Detector (spaCy, Presidio, our recognizers and post-processing), as Presidio tests its
own recognizers: for each class, texts that must match and texts that must not. Names are
invented; none comes from a held-out corpus."""
from __future__ import annotations

import pytest

from sbu_redact.detection import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _persons(detector: Detector, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "PERSON"]


def _covered(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """Every letter and digit of text[start:end] lies inside some span (nothing stays visible)."""
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def assert_names_covered(detector: Detector, text: str, names: list[str], kind: str = "") -> None:
    """Each of `names` (its first occurrence in `text`) is covered whole by PERSON findings."""
    spans = _persons(detector, text)
    for name in names:
        start = text.index(name)
        assert _covered(spans, text, start, start + len(name)), (kind, name, [text[s:e] for s, e in spans])


def assert_contact_covered(detector: Detector, text: str, contact: str, kind: str = "") -> None:
    """`contact` (its first occurrence in `text`) is covered whole by findings of any entity type."""
    spans = [(f.start, f.end) for f in detector.analyze(text)]
    start = text.index(contact)
    assert _covered(spans, text, start, start + len(contact)), (kind, [text[s:e] for s, e in spans])


def assert_no_address_on(detector: Detector, text: str, phrase: str, kind: str = "") -> None:
    """No STREET_ADDRESS finding overlaps `phrase` (its first occurrence in `text`)."""
    start = text.index(phrase)
    hits = [text[f.start:f.end] for f in detector.analyze(text)
            if f.entity_type == "STREET_ADDRESS" and f.start < start + len(phrase) and start < f.end]
    assert not hits, (kind, hits)


def assert_no_person_on(detector: Detector, text: str, words: list[str], kind: str = "") -> None:
    """No PERSON finding overlaps any of `words` (its first occurrence in `text`)."""
    spans = _persons(detector, text)
    for word in words:
        start = text.index(word)
        end = start + len(word)
        assert not any(s < end and start < e for s, e in spans), (kind, word, [text[s:e] for s, e in spans])


def name_case_tests(must_find: list, must_not_find: list):
    """The two tests of a names fixer's cases, for a module to assign to `test_...` names: every `(kind, text, names)`
    of `must_find` is covered by PERSON findings, no word of a `(kind, text, words)` of `must_not_find` is in one."""

    @pytest.mark.parametrize("kind,text,names", must_find, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(must_find)])
    def test_names_are_found(detector, kind, text, names):
        assert_names_covered(detector, text, names, kind)

    @pytest.mark.parametrize("kind,text,words", must_not_find,
                             ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(must_not_find)])
    def test_words_are_no_persons(detector, kind, text, words):
        assert_no_person_on(detector, text, words, kind)

    return test_names_are_found, test_words_are_no_persons


MUST_COVER = [
    # OCR read a zero for the letter O
    ("ocr zero", "1. (C) POLOFF MET KIERAN 0'SULLIVAN, AN IRISH AID WORKER. 0'SULLIVAN SAID THE ROAD WAS CLOSED.",
     ["KIERAN 0'SULLIVAN", "0'SULLIVAN"]),
    ("ocr zero", "CLEARED: ECON:BM0'KEEFE; CONS:TJ0HNSTON", ["BM0'KEEFE", "TJ0HNSTON"]),
    ("ocr zero", "(U) Ambassador 0'Brien-Walsh raised the case.", ["0'Brien-Walsh"]),
    # patronymics and the surname after them
    ("patronymic", "6. (C) THE DEFENSE LAWYER, GULNORA BAKHODIROVNA TASHPULATOVA, WAS DENIED EXIT AT THE AIRPORT.",
     ["GULNORA BAKHODIROVNA TASHPULATOVA"]),
    ("patronymic", "3. (C) PARTY DEPUTY ASKAR SERIKULY NURMAGANBETOV SPOKE FIRST. NURMAGANBETOV LATER CALLED POLOFF.",
     ["ASKAR SERIKULY NURMAGANBETOV", "NURMAGANBETOV"]),
    # particles before a surname that was found alone
    ("particles", "4. (SBU) STUDENT LEADER JOSE MANUEL DE LAS CASAS ORTIZ WAS DETAINED. DE LAS CASAS' FATHER CALLED.",
     ["DE LAS CASAS'"]),
    # a title word before bin/ibn is the man's given name
    ("filiation", "2. (SBU) THE SPONSOR, SULTAN BIN NASSER AL-QAHTANI, HAS REFUSED TO RETURN HER PASSPORT.",
     ["SULTAN BIN NASSER AL-QAHTANI"]),
    # nicknames in quotes
    ("nickname", '2. (SBU) HER EDITOR, ARNEL "BONGBONG" DIMACULANGAN, CAN BE REACHED AT THE PAPER.',
     ['ARNEL "BONGBONG" DIMACULANGAN']),
    ("nickname", '(U) Post raised the extradition of Rigoberto "El Flaco" Sandoval-Pinto.',
     ['Rigoberto "El Flaco" Sandoval-Pinto']),
    # drafting slots and office parentheses
    ("drafting", "DRAFTED BY: CONS: T.WEATHERSPOON-ADU\nAPPROVED BY: CG:MKOVAL\nPOC: WEATHERSPOON-ADU, EXT. 4471",
     ["T.WEATHERSPOON-ADU", "WEATHERSPOON-ADU"]),
    ("office parentheses", "UNCLAS LIMA 000918\n\nDEPT FOR WHA/AND (BRANDVOLD), DRL (ITURBIDE-MARSH)\n"
                           "COMMERCE FOR 4231/ITA/MAC/CAN(FEATHERSTONE)\n\nE.O. 12958: N/A\n",
     ["BRANDVOLD", "ITURBIDE-MARSH", "FEATHERSTONE"]),
    # an alias after Madam
    ("title", '6. (SBU) THE TRAFFICKER, KNOWN AS "MADAM TOKUNBO", OPERATES FROM LAGOS.', ["TOKUNBO"]),
    # a personal title before a town's name is a person (an office written with its post is not)
    ("personal title", "1. (C) A/S HOLLOWAY-REED AND DCM KILKENNY MET THE DEPUTY MINISTER ON MONDAY.", ["KILKENNY"]),
    # in capitals, a rare word after a name where the name visibly ends
    ("rare surname", "4. (SBU) THE TIBETAN APPLICANT, LOBSANG TSEWANG, AND HIS SISTER ARRIVED AT THE BORDER.",
     ["LOBSANG TSEWANG"]),
    # a lone given name in apposition to a person's noun, even one that is a town's name
    ("apposition", "3. (SBU) AL-JUBOURI'S SON, ALI, IS REGISTERED WITH UNHCR.", ["ALI"]),
    # a given name that is an English word, opening an apposition before a found surname
    ("word given name", "3. (SBU) APPLICANT FESTUS OLUWASEUN ADEBISI-COLE PRESENTED HIS PASSPORT. HIS WIFE, GRACE "
                        "ADEBISI-COLE, HOLDS ANOTHER.", ["GRACE ADEBISI-COLE"]),
    # a known surname's possessive, a double surname with a known part, d' before a surname
    ("possessive", "(U) Lindqvist's report is attached.", ["Lindqvist's"]),
    ("double surname", "(U) The NGO contact, Olusegun Adeyemi-Cole, prefers his private address.",
     ["Olusegun Adeyemi-Cole"]),
    ("particle d'", "(U) Participants: Marieke ter Horst (Dutch embassy), Jean-Luc d'Aubigné (EU), and others.",
     ["Jean-Luc d'Aubigné"]),
    # a name in Cyrillic, later in Latin letters
    ("transliterated", "(U) The complaint was countersigned by her lawyer, Руслан Ахмедович Газиев. Later Gaziev "
                       "had been threatened.", ["Gaziev"]),
    # an e-mail typed in lower case
    ("lower case", 'Citizen e-mail received by the ACS mailbox:\n"hello, my son brian ochieng was arrested in kisumu '
                   'last friday.\nplease help. his friend peter mwangi said the police took his phone."',
     ["brian ochieng", "peter mwangi"]),
    # OCR damage at a word's start, abbreviated given names, initials, particles, an okina
    ("OCR first letter", "2. (C) HIS DEPUTY, 1SAAC MUTHARIKA-BANDA, AND 0BINNA 0KEKE-UDO MET lRINA KOVALCHUK-SHAW.",
     ["1SAAC MUTHARIKA-BANDA", "0BINNA 0KEKE-UDO", "lRINA KOVALCHUK-SHAW"]),
    ("abbreviated given name", "(U) The case officer, Mohd. Faizal Rahmatullah, and MA. CRISTINA DELA PAZ-REYES, met "
                               "J.-L. MUKENDI-TSHALA.", ["Mohd. Faizal Rahmatullah", "MA. CRISTINA DELA PAZ-REYES",
                                                         "J.-L. MUKENDI-TSHALA"]),
    ("okina", "(U) Their uncle, 'Ofa Taufahema, was detained.", ["'Ofa Taufahema"]),
    # names in other scripts: a Latin name's own spelling, a list of names in scripts without capitals
    ("own script", "(U) The petitioner Zhang Meilin (张美琳) and a Korean activist, Park Ji-hoon\n(박지훈), attended. "
                   "Nominees: თამარ გელაშვილი (Georgia), רחל כהן (Israel) and अनीता शर्मा (India).",
     ["张美琳", "박지훈", "თამარ გელაშვილი", "רחל כהן", "अनीता शर्मा"]),
    # clearance notes, a comma between two drafting slots, sign-offs on the closing's line
    ("clearance", "DRAFTED BY: POL:MKOVACS-LEE, CLEARED BY: DCM:TBRANDVOLD\nCleared: AF/E: RObuya (ok)\n"
                  "  DRL/AWH: pnakamura-hill (info)\nEUR/CE:AZIELINSKA (INFO)",
     ["MKOVACS-LEE", "TBRANDVOLD", "RObuya", "pnakamura-hill", "AZIELINSKA"]),
    ("sign-off", "Imogen - the list is below.\nv/r, Sipho\n\nThx \u2013 Kofi\n", ["Sipho", "Kofi"]),
    # a person's noun with a comma is no organisation's kind; a signature's next line is its title
    ("employer", "(U) Her former employer, Ri Song-chol, and the AMCIT CONTRACTOR DESMOND P. KILBRIDE-OATES left.",
     ["Ri Song-chol", "DESMOND P. KILBRIDE-OATES"]),
    ("signature block", "(U) We ask for your help.\nRespectfully,\nFr. Anatole Mbusa-Kambale\nParish Priest, Beni\n",
     ["Anatole Mbusa-Kambale"]),
    # a given name that is a word, before a surname no English word list knows, wherever no word
    # before it makes it a word (a determiner, a preposition, a pronoun, a number)
    ("word given name", "2. (C) THE MINISTER SAID THAT HOPE MAVHUNGA WOULD STAND; SISTER JUNE KACHINGWE AGREED.",
     ["HOPE MAVHUNGA", "JUNE KACHINGWE"]),
    ("word given name", "(U) The family is represented by Advocate Hope Dlodlo-Sibanda. Her son, Memory, is 12.",
     ["Hope Dlodlo-Sibanda", "Memory"]),
    ("word given name", "3. (SBU) THE VICTIMS, PRECIOUS MUTEMBWA AND JOY\nMAKAMURE, WERE RETURNED. THE MINISTER, GIVEN "
                        "CHIKONDI BANDA, SPOKE.", ["PRECIOUS MUTEMBWA", "JOY\nMAKAMURE", "GIVEN CHIKONDI BANDA"]),
    # OCR read a digit for a letter inside a word
    ("ocr digit", "(U) The applicant, Dragan Pet5ovic, and his lawyer, Ivana Mar1c-Lukic, met Ms. Bo2idarka Kne2evic.",
     ["Dragan Pet5ovic", "Ivana Mar1c-Lukic", "Bo2idarka Kne2evic"]),
    ("ocr digit", "2. (U) DEFENSE COUNSEL ME. GERA1NE NDIKUMANA ASKED FOR BAIL.", ["GERA1NE NDIKUMANA"]),
    # the family name in capitals before the given names, in mixed-case text
    ("family name first", "(U) Delegates: KONATÉ Issiaka (Mali), DOS SANTOS FERREIRA Inês (Angola), "
                          "HORVÁTH-KISS Zsófia (Hungary).",
     ["KONATÉ Issiaka", "DOS SANTOS FERREIRA Inês", "HORVÁTH-KISS Zsófia"]),
    # drafting slots after offices in mixed case, a user name with a dot
    ("clearance", "Drafted by: Pol: BWiśniewska-Obi\nCleared by: Econ: TLaurent-Asare; Amb: KOduya\n"
                  "Cleared: EAP/J: mei.tanaka (ok)", ["BWiśniewska-Obi", "TLaurent-Asare", "KOduya", "mei.tanaka"]),
    # a name's own spelling before its Latin one
    ("own script", "(U) The invitees are 李志强 (Li Zhiqiang) and 박민호 (Park Min-ho).", ["李志强", "박민호"]),
    # a lone name word joined by and/or to a name found
    ("coordination", "2. (C) THE PROSECUTOR NAMED WAHIDULLAH KAKAR AND\nZABIHULLAH; NEITHER APPEARED.", ["ZABIHULLAH"]),
    ("coordination", '3. (SBU) THE SUSPECTS ARE JOAQUIM DA SILVA NETO AND "ZEZINHO" FERRAZ, BOTH FROM ANAPU.',
     ['"ZEZINHO" FERRAZ']),
    # a possessive's noun is the person's, not a place named after the person
    ("possessive", "2. (C) POLOFF MET DR. CHINWENDU OKAFOR-BELLO, WHO RUNS IT. OKAFOR-BELLO'S CLINIC WAS RAIDED.",
     ["OKAFOR-BELLO'S"]),
    # a given name no list knows before a double surname found later; rare words up to the name's end
    ("rare given name", "2. (C) ACTIVIST DILFUZA KHOLMATOVA-SAIDOVA WAS DETAINED. SAIDOVA'S SON CALLED.",
     ["DILFUZA KHOLMATOVA-SAIDOVA"]),
    ("rare words", "3. (C) THE DETAINED ARE BEZAWIT GEBREMARIAM TSEGAYE OF THE WEEKLY. BEZAWIT'S HUSBAND CALLED.",
     ["BEZAWIT GEBREMARIAM TSEGAYE"]),
    # after a relative's noun, a capitalized given name that word lists know
    ("kin", "(SBU) She stays with her cousin Rosalind at the shelter; Rosalind's phone is off.", ["Rosalind"]),
    # a sign-off after a dash ending the e-mail
    ("sign-off", "I'd drop her from the panel. Not sure he is free.\n-- Annika\n", ["Annika"]),
    ("sign-off", "Summer, Iris: the delegation cancelled. Will reschedule. --T.\n", ["T"]),
    # a sign-off alone before the signature block
    ("sign-off", "From: Olena Marchuk\nTo: Prentiss, Alan D\nSubject: tomorrow\n\nAlan, we will come at 10.\n"
                 "Lesya\n\n--\nOlena Marchuk | mob. +380 67 123 4567\n", ["Lesya"]),
    # particles written in lower case only (in capitals TEN and BAR are words), with their period (ST.)
    ("lower-case particles", "(U) The visa was issued to Maarten ten Hoeve-Addo and to Karin af Wetterstedt-Osei; her "
                             "aide, Yonatan bar Lev, agreed. Sr. Rodrigo Teles de Albuquerque e Castro signed.",
     ["Maarten ten Hoeve-Addo", "Karin af Wetterstedt-Osei", "Yonatan bar Lev", "Rodrigo Teles de Albuquerque e Castro"]),
    ("abbreviated particle", "4. (SBU) PROTOCOL OFFICER DESMOND ST. CLAIR-BOATENG MET THE DELEGATION.",
     ["DESMOND ST. CLAIR-BOATENG"]),
    ("kunya", "4. (S) HIS WIFE, UMM KHALID, LEFT FOR DAMASCUS.", ["UMM KHALID"]),
    ("particles", "6. (C) EMBASSY CONTACT NGUYEN VAN THANH SAID THAT LE THI HONG NHUNG HAD BEEN RELEASED.",
     ["NGUYEN VAN THANH", "LE THI HONG NHUNG"]),
    # two-letter initials of Mongolian names (a Cyrillic letter written with two Latin ones)
    ("two-letter initial", "(U) The applicant's father, Sh. Tsogtbaatar, and her aunt Kh. Munkhzul signed the form.",
     ["Sh. Tsogtbaatar", "Kh. Munkhzul"]),
    ("two-letter initial", "3. (C) THE PANEL INCLUDED MP DORJSUREN ERDENE, TS. BATTULGA, AND A LAWYER. BATTULGA SPOKE.",
     ["TS. BATTULGA", "BATTULGA"]),
    # given names that are words, joined by a hyphen or after a title
    ("word given name", "2. (SBU) HIS DAUGHTER, PATIENCE-MARY CHIKWANHA, LIVES IN HARARE.", ["PATIENCE-MARY CHIKWANHA"]),
    ("word given name", "(U) Mr. Friday Okonkwo-Bassey met the team.", ["Friday Okonkwo-Bassey"]),
    # a person introduced by the name alone
    ("introduced", '3. (SBU) THE DRIVER, A MAN NAMED TURSUNBOEV, AND A WOMAN IDENTIFIED ONLY AS "GULSARA," WERE '
                   "DETAINED.", ["TURSUNBOEV", "GULSARA"]),
    # the officer in parentheses after an office written with its post, or an office symbol and a title
    ("office parentheses", "1. (U) THIS CABLE WAS CLEARED WITH LEGATT NAIROBI (WANJIKU-HOLLOWAY) AND DHS/CBP ATTACHE "
                           "(FITZGERALD-OTIENO).", ["WANJIKU-HOLLOWAY", "FITZGERALD-OTIENO"]),
    # titles with a period and honorifics; a name opening with an apostrophe (Tongan)
    ("title", "5. (U) TRAINEES: CONST. TEVITA 'UHILAMOENGA; ENGR. ADEWALE OGUNDIPE-COLE; OKNHA SOK BUNTHOEUN; FSN "
              "GULNORA TOSHMATOVA.",
     ["TEVITA 'UHILAMOENGA", "ADEWALE OGUNDIPE-COLE", "SOK BUNTHOEUN", "GULNORA TOSHMATOVA"]),
    # filiation particles (son or daughter of) that NER reads as no name: Welsh, Tamil, Malay
    ("filiation", "2. (U) The delegation was led by Angharad ferch Emrys and Owain ap Meurig-Jones. "
                  "Ap Meurig-Jones's office is in Cardiff.",
     ["Angharad ferch Emrys", "Owain ap Meurig-Jones", "Ap Meurig-Jones's"]),
    ("filiation", "6. (C) THE ISD INTERVIEWED THEIR VOLUNTEER KAMALA SUBRAMANIAM D/O RAJU AND HAZMAN BIN HJ. OTHMAN.",
     ["KAMALA SUBRAMANIAM D/O RAJU", "HAZMAN BIN HJ. OTHMAN"]),
    ("filiation", "(U) Ms. Siti Aminah bte Kamaruddin and Mohd Faizal bin Pg. Hj. Tengah met the DCM.",
     ["Siti Aminah bte Kamaruddin", "Mohd Faizal bin Pg. Hj. Tengah"]),
    # particles inside a name: Faroese við/af/av (in capitals before a word no word list knows), Portuguese e, Lebanese abi
    ("particles", "5. (U) The Faroese MP Sigmund við Kirkjubø-Hansen spoke; við Kirkjubø-Hansen can be reached later.",
     ["Sigmund við Kirkjubø-Hansen", "við Kirkjubø-Hansen"]),
    ("particles", "4. (C) THE CONSUL MET FISHERIES OFFICIAL JOGVAN AF SKARDHAMAR-OLSEN. AF SKARDHAMAR-OLSEN MAY BE "
                  "REACHED LATER.", ["JOGVAN AF SKARDHAMAR-OLSEN", "AF SKARDHAMAR-OLSEN"]),
    ("particles", "9. (C) THE GOAN LAWYER ANA DE FATIMA REBELO E PINHEIRO AND THE SECRETARY, FADI ABI NADER, CALLED.",
     ["ANA DE FATIMA REBELO E PINHEIRO", "FADI ABI NADER"]),
    # names opening with a capital of Latin Extended-A/B (Polish, Czech, Croatian, Latvian letters)
    ("extended capitals", "3. (SBU) Emboff met Dr. Radosław Żmuda-Ostrowski on October 2. Żmuda-Ostrowski asked that his "
                          "name be kept out; Łucja Śliwińska-Nowak agreed.",
     ["Radosław Żmuda-Ostrowski", "Żmuda-Ostrowski", "Łucja Śliwińska-Nowak"]),
    ("extended capitals", "3. (C) POLOFF MET ŁUKASZ ŻUŁAWSKI-NOWAK AND ŠTĚPÁN ČERMÁK. ČERMÁK SAID SO.",
     ["ŁUKASZ ŻUŁAWSKI-NOWAK", "ŠTĚPÁN ČERMÁK", "ČERMÁK"]),
    # the consular order (family name in capitals, a comma, the given name) and a later mention in lower case
    ("family name first", "Applicant: DAUTI-BERISHA, Mirjeta (DOB 14 MAR 1981), passport P01234567. Refused 214(b). "
                          "mirjeta says she will reapply.", ["DAUTI-BERISHA, Mirjeta", "mirjeta"]),
    # a given name before a nickname in quotes that a recognizer took as the name's start
    ("nickname", '2. (U) The cooperative\'s chairman, Marcellus "Ti-Boy" Joseph-Lafeuillee, met the Ambassador.',
     ['Marcellus "Ti-Boy" Joseph-Lafeuillee']),
    # Malay and Bruneian honorific chains before names with filiation particles
    ("honorifics", "3. (U) Brunei: the delegation called on Pg. Dato Paduka Hj. Yusof bin Pg. Hj. Damit and Dyg. Hjh. "
                   "Zaitun binti Hj. Amin. Damit was accompanied by Awg. Faizal Hakim bin Haji Osman.",
     ["Yusof bin Pg. Hj. Damit", "Zaitun binti Hj. Amin", "Damit", "Faizal Hakim bin Haji Osman"]),
    ("honorifics", "(U) The meeting was at his house in Menteng. Prasetyo's wife,\nSri, is a judge.", ["Sri"]),
    # a name someone signs or is called by, in quotes or not
    ("alias", '2. (C) A WOMAN WHO SIGNED ONLY AS "GULNAZ" WROTE TO THE EMBASSY. THE LETTER WAS SIGNED "ABU QATADA '
              'AL-SHAMI". HIS HANDLER, WHOM HE CALLED ONLY "JURGIS", LEFT.', ["GULNAZ", "ABU QATADA AL-SHAMI", "JURGIS"]),
    ("alias", '3. (U) The elder, whom everyone calls "Old Tom", lives out bush. He identifies himself as Petras '
              'Valaitis-Jonaitis.', ["Old Tom", "Petras Valaitis-Jonaitis"]),
]


@pytest.mark.parametrize("kind,text,names", MUST_COVER, ids=[f"{c[0]}-{i}" for i, c in enumerate(MUST_COVER)])
def test_the_whole_name_is_covered(detector, kind, text, names):
    assert_names_covered(detector, text, names, kind)


MUST_NOT_TOUCH = [
    # places and institutions named after people
    ("named after", "2. (C) THE DELEGATION LANDED AT JOMO KENYATTA INTERNATIONAL AIRPORT AND VISITED THE KING "
                    "KHALID HOSPITAL.", ["JOMO KENYATTA", "KHALID"]),
    ("named after", "(U) Students met at the Desmond Tutu Peoples' Peace Centre and the Kwame Nkrumah\n"
                    "Memorial Park; the Olof Palme Foundation paid. The motorcade used Haile Selassie Avenue.",
     ["Desmond Tutu", "Kwame Nkrumah", "Olof Palme", "Haile Selassie"]),
    # ships: after a vessel noun or prefix, a title in between
    ("ship", "3. (SBU) THE MV QUEEN NAFISA AND THE TUG CAPITAN VELASCO WERE BOARDED OFF MOMBASA.",
     ["NAFISA", "CAPITAN VELASCO"]),
    ("ship", "(U) The coast guard cutter Toussaint Louverture escorted them.", ["Toussaint Louverture"]),
    # a jurisdiction after `<title> of`, a place after in/near
    ("title of", "4. (SBU) THE GOVERNOR OF QUINDIO AND THE MAYOR OF BUKAVU MET POLOFF.", ["QUINDIO", "BUKAVU"]),
    ("in a place", "(U) Activists were summoned by police in Binh Duong and at the shura in Dih Rawud.",
     ["Binh Duong", "Dih Rawud"]),
    # a quotation is no nickname
    ("quotation", '1. (C) MINISTER PETROVSKIY SAID THE TALKS WOULD GO "ON SCHEDULE." VOLKOV AGREED.', ["SCHEDULE"]),
    # a place after an office written with its post, a company as a person's employer
    ("posted office", "1. ASSIGNMENTS:\nRSO ABUJA: ROBERT T. FIELDING\nLEGATT LAGOS: MARY O'NEILL\n", ["ABUJA", "LAGOS"]),
    ("employer", "(U) His employer, Halliburton, has retained a lawyer.", ["Halliburton"]),
    # a messenger account covers the name words inside it (a SOCIAL_HANDLE, no person)
    ("handle", "Olena Marchuk | mob. +380 67 123 4567 | skype: lesya.marchuk.kyiv", ["lesya.marchuk.kyiv"]),
    # a company's one-word name before a reporting verb; a surname's lower-case homonym
    ("company", "2. (C) GAZPROM SAID THE PRICE WOULD RISE. TRANSNEFT SAID NOTHING; SINOCHEM CALLED.",
     ["GAZPROM", "TRANSNEFT", "SINOCHEM"]),
    ("lower-case word", "(U) Ms. Stone visited the cooperative after the early frost. Mr. Frost counted trees.",
     ["frost"]),
    # a lower-case line of markup or addresses is no prose to recase
    ("markup", '(U) Links:\n<meta http-equiv="refresh" content="0; url=http://example.org/refresh"> <base href="/">',
     ["meta", "refresh"]),
    # newspapers and companies named like people; common words in capitals after a title or a verb
    ("newspaper", "2. (C) HIS WIFE WRITES FOR ZERKALO NEDELI; THE NEWS APPEARED IN LA PRENSA LIBRE AND IN Zuuny "
                  "Medee, the daily. Радио Свобода AND ЭХО МОСКВЫ REPEATED IT.",
     ["ZERKALO NEDELI", "PRENSA LIBRE", "Zuuny", "Радио Свобода", "ЭХО МОСКВЫ"]),
    ("common word", "3. (C) THE FINANCE MINISTER STAKED HIS FORTUNE ON IT; THE PANEL HAS NOT MET SINCE MARCH. SHE IS A "
                    "MAJOR SHAREHOLDER.", ["STAKED", "SINCE", "SHAREHOLDER"]),
    # an e-mail written with words, a name inside it
    ("e-mail", "4. (SBU) WRITE TO KWAME.ASANTE AT YAHOO DOT FR.", ["KWAME.ASANTE"]),
    # posts after offices written with them, places by their kind word, regnal numbers, ships
    ("posts", "ASSIGNMENTS:\nA/RSO KAMPALA: JOHN T. OKELLO-SMITH\nALEGATT ACCRA: MARY BOATENG\n", ["KAMPALA", "ACCRA"]),
    ("place kind", "(U) The route covers Lenin Peak, the Fedchenko Glacier and Bayelsa State before Port Harcourt.",
     ["Lenin Peak", "Fedchenko", "Bayelsa", "Port Harcourt"]),
    ("regnal", "2. (C) STUDENTS OF THE HASSAN II UNIVERSITY MARCHED TO THE MOHAMMED VI AIRPORT.", ["HASSAN", "MOHAMMED"]),
    ("ship", "3. (SBU) THE FV SANTA CLARA AND THE BRP RAMON ALCARAZ WERE SEEN.", ["SANTA CLARA", "RAMON ALCARAZ"]),
    # OCR repair leaves numbers alone
    ("numbers", "(U) Passport A0418273 and room 0. Next door is 10'S.", ["A0418273", "0. Next"]),
    # given names that are words stay words after a word that makes them one
    ("word given name", "2. (C) WE HOPE MAVHUNGA WILL COME. IN JUNE KACHINGWE WAS ARRESTED; ON 5 JUNE MUTARE FLOODED. "
                        "THE HOPE MAVHUNGA EXPRESSED IS THEIRS.", ["HOPE", "JUNE"]),
    ("word given name", "(U) Justice Mlambo-Dube ruled; our hope Zvobgo is right.", ["Justice", "hope"]),
    # capitals before a mixed-case word that is no given name: acronyms, headings, companies
    ("family name first", "(U) The NATO Secretary met the UNHCR Director. BAKER Hughes and the OSCE Mission said "
                          "UNCLASSIFIED Subject.", ["NATO", "UNHCR", "OSCE", "UNCLASSIFIED"]),
    # a place's name in parentheses after a word in another script
    ("own script", "(U) The branch of 中国银行 (Bank of China) in 胡志明市 (Ho Chi Minh City) reopened.",
     ["中国银行", "胡志明市"]),
    # and/or before a place, an acronym or a common word
    ("coordination", "2. (C) POLOFF MET JOHN MWANGI AND TRIPOLI; THEN MARIA LOPEZ AND NATO. SMITH OR OTHERS.",
     ["TRIPOLI", "NATO", "OTHERS"]),
    # a place named after a person with a possessive that is an English word stays a place
    ("named after", "(U) The Nelson Mandela Children's Fund paid.", ["Nelson Mandela"]),
    # after a relative's noun, a common word or an organisation's name is no name
    ("kin", "(U) Her husband Will not come; his friend Several said so; the partner Oxfam paid.", ["Will", "Several",
                                                                                                   "Oxfam"]),
    # a dash before an ordinary word or in a sentence is no sign-off
    ("sign-off", "The meeting is at 10.\n-- END --\nWe met -- Monday -- and left.", ["END", "Monday"]),
    # a person's noun before a comma is no surname written first
    ("inverted", "2. (C) OKORO'S\nHUSBAND, CHUKWUDI, CONFIRMED IT.", ["HUSBAND"]),
    # particles in lower case only: TEN and BAR in capitals are words; a particle is no later mention
    ("particle words", "3. (C) POLOFF MET JOHN MWANGI TEN DAYS AGO AT THE BAR ASSOCIATION.", ["DAYS", "BAR ASSOCIATION"]),
    ("particle words", "(U) Ms. Jane Roe met Yonatan bar Lev; the bar opened ten days later. The Bar met.",
     ["bar opened", "ten days", "Bar met"]),
    # foundations named after people; companies after `employee of`; parentheses after a post that hold no name
    ("foundation", "(U) THE DINNER WAS HOSTED BY THE HANNS SEIDEL STIFTUNG; AN EMPLOYEE OF LOUIS DREYFUS SPOKE.",
     ["HANNS SEIDEL STIFTUNG", "LOUIS DREYFUS"]),
    # a verb NER ran on to after a name in capitals
    ("caps verb", '4. (C) A MAN CALLED "ABU TALHA" FACILITATED THE TRANSFER.', ["FACILITATED"]),
    # companies by the suffix after the name; streets by their kind word in the local language
    ("company", "(U) The contract went to John Snow, Inc. and to Kamau & Sons; Wanjiru Brothers Ltd. lost.",
     ["John Snow", "Kamau", "Wanjiru"]),
    ("street", "(U) She lives at Majeedhee Magu, Male, and he at Triq il-Kbira 12 and at Rr. Ismail Qemali 4.",
     ["Majeedhee", "Kbira", "Ismail Qemali"]),
    ("named after", "3. (SBU) TRUCKS OF THE AMIR TEMUR TRANSPORT COMPANY WERE SEEN.", ["AMIR TEMUR"]),
    ("company", "7. (SBU) THE APPLICANT, JUAN CARLOS QUISPE MAMANI, SAID HIS EMPLOYER, CONSTRUCTORA ANDINA, WOULD "
                "VOUCH FOR HIM.", ["CONSTRUCTORA ANDINA"]),
    ("office parentheses", "3. (C) LEGATT NAIROBI (PROTECT) AND RSO LAGOS (NIGERIA) AGREED; OFFICER TRAINING (ONLINE) "
                           "BEGINS.", ["PROTECT", "NIGERIA", "ONLINE"]),
    # particles of names that are words or abbreviations in capitals, and office-like d/o, s/o
    ("particles", "10. (C) THE AF STAFF AND THE AP REPORTER MET TEN YEARS AGO AT THE BAR. THE AG BRIEFED AP REPORTERS.",
     ["AF STAFF", "AP REPORTER", "TEN YEARS", "AG BRIEFED", "AP REPORTERS"]),
    ("filiation", "(U) The press pool (AP and Reuters) met at the Masjid. See the S/O and A/L files.",
     ["AP", "Reuters", "S/O", "A/L"]),
    ("honorifics", "2. (C) THE ADVISER TOLD THE CDA THAT AWANG HJ. ROSLAN BIN HJ. OSMAN AND DAYANG HJH. SALMAH BINTI "
                   "ABDUL RAHMAN WOULD ATTEND; PG. DATO PADUKA HJ. YUSOF TOO.", ["AWANG", "DAYANG", "PADUKA", "AWANG HJ."]),
    ("nickname", '(U) In the city of Tirana "Big Bill" Osmani held court.', ["Tirana"]),
    ("alias", '4. (C) THE AGREEMENT WAS SIGNED IN MARCH. THE MINISTER SIGNED THE DECREE. HE SIGNED "THE ACCORD". IT '
              'WAS SIGNED "URGENT". THEY CALLED ONLY "TWICE".', ["MARCH", "DECREE", "ACCORD", "URGENT", "TWICE"]),
    ("alias", '(U) The note was signed "For the Minister" and signed by hand; it was known as "Black Friday".',
     ["Minister", "hand", "Black Friday"]),
]


@pytest.mark.parametrize("kind,text,words", MUST_NOT_TOUCH, ids=[f"{c[0]}-{i}" for i, c in enumerate(MUST_NOT_TOUCH)])
def test_look_alikes_are_no_persons(detector, kind, text, words):
    assert_no_person_on(detector, text, words, kind)


def test_a_person_before_a_facility_word_after_a_comma_is_still_a_person(detector):
    """Only a facility word right after the name makes it the thing's name."""
    text = "(U) Ambassador met Tomasz Wierzbicki, University rector, and Ahmed Zewail-Nour, Hospital director."
    spans = _persons(detector, text)
    for name in ("Tomasz Wierzbicki", "Ahmed Zewail-Nour"):
        start = text.index(name)
        assert _covered(spans, text, start, start + len(name)), (name, [text[s:e] for s, e in spans])


def test_a_list_of_participants_gives_one_name_a_line(detector):
    """A name read after a title stops at a line end when the next line starts with a title, a
    place or a common word (no span runs over the list and releases nothing or too much)."""
    text = ("2. (U) Participants:\nU.S.\nA/S Hortensia Blakeley-Owusu\nDAS Marcus T. Adeyinka\n"
            "Ambassador Leopold Wierzbowski\nNigeria\nMinister of State Ngozi Adaora-Bello\n"
            "Permanent Secretary Ibrahim Dantata Sule\n")
    spans = [text[s:e] for s, e in _persons(detector, text)]
    for name in ("Hortensia Blakeley-Owusu", "Marcus T. Adeyinka", "Leopold Wierzbowski", "Ibrahim Dantata Sule"):
        assert name in spans, (name, spans)
    assert not any("Nigeria" in s or "DAS" in s or "Permanent" in s for s in spans), spans
