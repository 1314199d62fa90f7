"""Bijoy (SutonnyMJ) to Unicode: the table row by row, words by rule, whole sentences.

Every expected Unicode string below was written by hand, not produced by the converter.
"""

from __future__ import annotations

import unicodedata

import pytest

from annotator.text.clusters import cluster_boundaries
from annotator.text.legacy import (
    bijoy_table,
    convert_bijoy,
    convert_bijoy_runs,
    looks_like_bijoy,
)

# (Bijoy, Unicode) grouped by the rule they exercise, several pairs a line.
# fmt: off
PLAIN = [  # consonants, independent vowels and post-base vowel signs
    ("Avgvi", "আমার"), ("evsjv", "বাংলা"), ("XvKv", "ঢাকা"), ("Kvj", "কাল"),
    ("gvbyl", "মানুষ"), ("eB", "বই"), ("Rvbv", "জানা"), ("K_v", "কথা"), ("evjy", "বালু"),
    ("bZzb", "নতুন"), ("fvB", "ভাই"), ("gv", "মা"), ("evev", "বাবা"), ("Avgiv", "আমরা"),
    ("Zviv", "তারা"), ("Lei", "খবর"), ("mKvj", "সকাল"), ("eQi", "বছর"), ("gvm", "মাস"),
    ("kni", "শহর"), ("b`x", "নদী"), ("cvnvo", "পাহাড়"), ("AvKvk", "আকাশ"),
    ("evZvm", "বাতাস"), ("dzj", "ফুল"), ("MvQ", "গাছ"), ("dj", "ফল"), ("Lvevi", "খাবার"),
    ("fvZ", "ভাত"), ("gvQ", "মাছ"), ("Wvj", "ডাল"), ("`ya", "দুধ"), ("Pv", "চা"),
    ("kvK", "শাক"), ("jeY", "লবণ"), ("Zij", "তরল"), ("LvZv", "খাতা"), ("Kjg", "কলম"),
    ("miKvi", "সরকার"), ("`j", "দল"), ("Av`vjZ", "আদালত"), ("AvBb", "আইন"),
    ("cywjk", "পুলিশ"), ("UvKv", "টাকা"), ("`vg", "দাম"), ("evRvi", "বাজার"),
    ("avb", "ধান"), ("Rwg", "জমি"), ("Jla", "ঔষধ"), ("KviLvbv", "কারখানা"),
    ("gRywi", "মজুরি"), ("`dZi", "দফতর"), ("hvbevnb", "যানবাহন"), ("AvnZ", "আহত"),
    ("So", "ঝড়"), ("kxZ", "শীত"), ("Mig", "গরম"), ("dzUej", "ফুটবল"), ("RvZxq", "জাতীয়"),
    ("fviZ", "ভারত"), ("Pxb", "চীন"), ("NUbv", "ঘটনা"), ("Ges", "এবং"), ("A_ev", "অথবা"),
    ("Kx", "কী"), ("KLb", "কখন"), ("Avi", "আর"), ("mgq", "সময়"), ("Mí", "গল্প"),
    ("C`", "ঈদ"), ("c~Rv", "পূজা"), ("myL", "সুখ"), ("gymjgvb", "মুসলমান"),
    ("Avg`vwb", "আমদানি"), ("AvenvIqv", "আবহাওয়া"), ("HwZn¨", "ঐতিহ্য"),
]
PRE_BASE = [  # ি ে ৈ typed before their consonant cluster; ো ৌ in two parts
    ("cvwb", "পানি"), ("Zzwg", "তুমি"), ("Avcwb", "আপনি"), ("wZwb", "তিনি"),
    ("we‡Kj", "বিকেল"), ("iv‡Z", "রাতে"), ("w`b", "দিন"), ("wgwbU", "মিনিট"),
    ("†`k", "দেশ"), ("cvwL", "পাখি"), ("wWg", "ডিম"), ("wPwb", "চিনি"), ("‡Kvgj", "কোমল"),
    ("†jvK", "লোক"), ("†Q‡j", "ছেলে"), ("†g‡q", "মেয়ে"), ("K‡jR", "কলেজ"),
    ("cwievi", "পরিবার"), ("†fvU", "ভোট"), ("†bZv", "নেতা"), ("wePvi", "বিচার"),
    ("ˆeVK", "বৈঠক"), ("‰bwZK", "নৈতিক"), ("†ivM", "রোগ"), ("wgwbU", "মিনিট"),
    ("†mZz", "সেতু"), ("†ijc_", "রেলপথ"), ("wbnZ", "নিহত"), ("†Ljv", "খেলা"),
    ("ivwkqv", "রাশিয়া"), ("†Kvwiqv", "কোরিয়া"), ("wPwV", "চিঠি"), ("†Kb", "কেন"),
    ("†Kv_vq", "কোথায়"), ("†K", "কে"), ("n‡Z", "হতে"), ("†_‡K", "থেকে"),
    ("Kv‡Q", "কাছে"), ("mv‡_", "সাথে"), ("ej‡jb", "বললেন"), ("e‡jb", "বলেন"),
    ("Rvwb‡q‡Qb", "জানিয়েছেন"), ("`vwe", "দাবি"), ("†j‡Lb", "লেখেন"), ("jvM‡e", "লাগবে"),
    ("evsjv‡`k", "বাংলাদেশ"), ("KweZv", "কবিতা"), ("†jLK", "লেখক"), ("†mvgevi", "সোমবার"),
    ("eyaevi", "বুধবার"), ("kwbevi", "শনিবার"), ("†KŠkj", "কৌশল"), ("†MŠie", "গৌরব"),
    ("†KŠZzK", "কৌতুক"), ("Av‡jvPbv", "আলোচনা"), ("Rvbyqvwi", "জানুয়ারি"),
    ("wb‡q‡Q", "নিয়েছে"), ("mv‡ji", "সালের"), ("n‡e", "হবে"), ("AviI", "আরও"),
]
REPH = [  # র্ typed after the consonant it stands on
    ("c~e©", "পূর্ব"), ("m~h©", "সূর্য"), ("wbe©vPb", "নির্বাচন"), ("A_©bxwZ", "অর্থনীতি"),
    ("Kg©x", "কর্মী"), ("Kg©KZ©v", "কর্মকর্তা"), ("`yN©Ubv", "দুর্ঘটনা"), ("ag©", "ধর্ম"),
    ("a‡g©i", "ধর্মের"), ("Kvh©Ki", "কার্যকর"), ("ch©v‡jvPbv", "পর্যালোচনা"),
    ("AvšÍR©vwZK", "আন্তর্জাতিক"), ("Kvh©vjq", "কার্যালয়"), ("ch©šÍ", "পর্যন্ত"),
    ("kvwšÍc~Y©", "শান্তিপূর্ণ"), ("Mv‡g©›Um", "গার্মেন্টস"),
]
PHALA = [  # ya-phala, ra-phala, ba-phala, la-phala
    ("MÖvg", "গ্রাম"), ("mgy`Ö", "সমুদ্র"), ("cÖ‡qvRb", "প্রয়োজন"), ("cÖKvk", "প্রকাশ"),
    ("e¨emv", "ব্যবসা"), ("e¨vsK", "ব্যাংক"), ("evwYR¨", "বাণিজ্য"), ("Lv`¨", "খাদ্য"),
    ("eb¨v", "বন্যা"), ("Z_¨", "তথ্য"), ("Rb¨", "জন্য"), ("kÖwgK", "শ্রমিক"),
    ("wek¦we`¨vjq", "বিশ্ববিদ্যালয়"), ("we‡k¦", "বিশ্বে"), ("wWwMÖ", "ডিগ্রি"),
    ("ivóªcwZ", "রাষ্ট্রপতি"), ("hy³ivóª", "যুক্তরাষ্ট্র"), ("hy³ivR¨", "যুক্তরাজ্য"),
    ("`ªæZ", "দ্রুত"), ("Dcb¨vm", "উপন্যাস"), ("mvwnZ¨", "সাহিত্য"), ("ˆmb¨", "সৈন্য"),
    ("i¨ve", "র\u200d্যাব"), ("†deªæqvwi", "ফেব্রুয়ারি"), ("cÖZ¨vnvi", "প্রত্যাহার"),
    ("cÖ_g", "প্রথম"), ("g¨vP", "ম্যাচ"), ("msL¨v", "সংখ্যা"), ("MÖnY", "গ্রহণ"),
    ("†K›`ª", "কেন্দ্র"), ("Mªš’", "গ্রন্থ"), ("K¬vm", "ক্লাস"),
]
CONJUNCTS = [  # ligature glyphs and half forms
    ("mßvn", "সপ্তাহ"), ("NÈv", "ঘণ্টা"), ("e„wó", "বৃষ্টি"), ("Av¸b", "আগুন"),
    ("k³", "শক্ত"), ("wkï", "শিশু"), ("e„×", "বৃদ্ধ"), ("eÜz", "বন্ধু"), ("¯‹zj", "স্কুল"),
    ("wk¶K", "শিক্ষক"), ("QvÎ", "ছাত্র"), ("QvÎx", "ছাত্রী"), ("cwÎKv", "পত্রিকা"),
    ("m¤úv`K", "সম্পাদক"), ("cÖavbgš¿x", "প্রধানমন্ত্রী"), ("gš¿x", "মন্ত্রী"),
    ("Av‡›`vjb", "আন্দোলন"), ("hy×", "যুদ্ধ"), ("kvwšÍ", "শান্তি"), ("Pzw³", "চুক্তি"),
    ("e³e¨", "বক্তব্য"), ("wKš‘", "কিন্তু"), ("D‡jøL", "উল্লেখ"), ("cÖ¯‘Z", "প্রস্তুত"),
    ("Kzi¯‹", "কুরস্ক"), ("†cÖwm‡W›U", "প্রেসিডেন্ট"), ("MYZš¿", "গণতন্ত্র"),
    ("¯^vaxbZv", "স্বাধীনতা"), ("¯^v¯’¨", "স্বাস্থ্য"), ("wkí", "শিল্প"), ("cÖKí", "প্রকল্প"),
    ("Dbœqb", "উন্নয়ন"), ("f~wgK¤ú", "ভূমিকম্প"), ("ZvcgvÎv", "তাপমাত্রা"),
    ("wµ‡KU", "ক্রিকেট"), ("cvwK¯Ívb", "পাকিস্তান"), ("DËi", "উত্তর"), ("`w¶Y", "দক্ষিণ"),
    ("cwðg", "পশ্চিম"), ("mxgvšÍ", "সীমান্ত"), ("A¯¿", "অস্ত্র"), ("wm×vš—", "সিদ্ধান্ত"),
    ("m¤¢e", "সম্ভব"), ("Amy¯’", "অসুস্থ"), ("Avb›`", "আনন্দ"), ("wPšÍv", "চিন্তা"),
    ("Kó", "কষ্ট"), ("wn›`y", "হিন্দু"), ("ev½vjx", "বাঙ্গালী"), ("cwðge½", "পশ্চিমবঙ্গ"),
    ("k„•Ljv", "শৃঙ্খলা"), ("¯^í", "স্বল্প"), ("gš¿Yvjq", "মন্ত্রণালয়"),
    ("cÖwZôvb", "প্রতিষ্ঠান"), ("Wv³vi", "ডাক্তার"), ("cwi”Qbœ", "পরিচ্ছন্ন"),
    ("†Kv¤úvwb", "কোম্পানি"), ("n‡”Q", "হচ্ছে"), ("e›`i", "বন্দর"), ("cY¨", "পণ্য"),
]
SIGNS = [  # ৎ ং ঃ ঁ, ঋ-kar, danda, digits
    ("Drcv`b", "উৎপাদন"), ("wPwKrmv", "চিকিৎসা"), ("Drme", "উৎসব"), ("mv¶vr", "সাক্ষাৎ"),
    ("msev`", "সংবাদ"), ("mvsevw`K", "সাংবাদিক"), ("msm`", "সংসদ"), ("`ytL", "দুঃখ"),
    ("Pvu`", "চাঁদ"), ("Zuvi", "তাঁর"), ("K…wl", "কৃষি"), ("K…lK", "কৃষক"),
    ("cÖK…wZ", "প্রকৃতি"), ("ms¯‹…wZ", "সংস্কৃতি"), ("XvKv|", "ঢাকা।"), ("2025", "২০২৫"),
    ("12|", "১২।"), ("ÔnuvÕ", "‘হাঁ’"), ("ÒbvÓ", "“না”"), ("F‡Yi", "ঋণের"),
]
# fmt: on
WORDS = PLAIN + PRE_BASE + REPH + PHALA + CONJUNCTS + SIGNS

SENTENCES = [
    ("Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|", "আমার সোনার বাংলা, আমি তোমায় ভালবাসি।"),
    ("Avwg evsjvq Mvb MvB|", "আমি বাংলায় গান গাই।"),
    ("XvKvq AvR e„wó n‡q‡Q|", "ঢাকায় আজ বৃষ্টি হয়েছে।"),
    ("wZwb e‡jb, ÔAvgiv cÖ¯‘Z|Õ", "তিনি বলেন, ‘আমরা প্রস্তুত।’"),
    (
        "ÔAvgiv cÖ¯‘Z,Õ wZwb e‡jb, ÔwKš‘ mgq jvM‡e|Õ",
        "‘আমরা প্রস্তুত,’ তিনি বলেন, ‘কিন্তু সময় লাগবে।’",
    ),
    ("cÖavbgš¿x AvR msm‡` e³e¨ †`b|", "প্রধানমন্ত্রী আজ সংসদে বক্তব্য দেন।"),
    (
        "wbe©vPb Kwgkb Rvwb‡q‡Q, †fvU MÖnY kvwšÍc~Y© wQj|",
        "নির্বাচন কমিশন জানিয়েছে, ভোট গ্রহণ শান্তিপূর্ণ ছিল।",
    ),
    ("2025 mv‡ji 12 †deªæqvwi‡Z wbe©vPb n‡e|", "২০২৫ সালের ১২ ফেব্রুয়ারিতে নির্বাচন হবে।"),
    ("evsjv‡`‡ki ivRavbx XvKv|", "বাংলাদেশের রাজধানী ঢাকা।"),
    ("K…lKiv gv‡V avb Pvl Ki‡Qb|", "কৃষকরা মাঠে ধান চাষ করছেন।"),
    (
        "wk¶v cÖwZôv‡b bZzb eQ‡ii K¬vm ïi“ n‡q‡Q|",
        "শিক্ষা প্রতিষ্ঠানে নতুন বছরের ক্লাস শুরু হয়েছে।",
    ),
    ("nvmcvZv‡j †ivMxi msL¨v †e‡o‡Q|", "হাসপাতালে রোগীর সংখ্যা বেড়েছে।"),
    (
        "hy³iv‡óªi ivóªcwZ GKwU wPwV cvwV‡q‡Qb|",
        "যুক্তরাষ্ট্রের রাষ্ট্রপতি একটি চিঠি পাঠিয়েছেন।",
    ),
    ("cywjk Rvbvq, `yN©Ubvq `yRb wbnZ n‡q‡Qb|", "পুলিশ জানায়, দুর্ঘটনায় দুজন নিহত হয়েছেন।"),
    (
        "ˆeV‡K `yB †`‡ki g‡a¨ Pzw³ ¯^v¶wiZ nq|",
        "বৈঠকে দুই দেশের মধ্যে চুক্তি স্বাক্ষরিত হয়।",
    ),
    ("e¨vsK F‡Yi my‡`i nvi Kwg‡q‡Q|", "ব্যাংক ঋণের সুদের হার কমিয়েছে।"),
    ("e›`‡i RvnvR †_‡K cY¨ bvgv‡bv n‡”Q|", "বন্দরে জাহাজ থেকে পণ্য নামানো হচ্ছে।"),
    ("eB‡gjvq cÖPzi cvVK G‡m‡Qb|", "বইমেলায় প্রচুর পাঠক এসেছেন।"),
    (
        "AvenvIqv Awa`ßi Rvwb‡q‡Q, Kvj ZvcgvÎv Kg‡e|",
        "আবহাওয়া অধিদপ্তর জানিয়েছে, কাল তাপমাত্রা কমবে।",
    ),
    (
        "wµ‡KU `j wmwi‡Ri cÖ_g g¨v‡P wR‡Z‡Q|",
        "ক্রিকেট দল সিরিজের প্রথম ম্যাচে জিতেছে।",
    ),
    ("†mZzwU Pvjy n‡j hvbRU Kg‡e|", "সেতুটি চালু হলে যানজট কমবে।"),
    ("Av`vjZ gvgjvwUi ivq †NvlYv K‡i‡Q|", "আদালত মামলাটির রায় ঘোষণা করেছে।"),
    ("wZwb AviI †j‡Lb, ÔAvgiv kvwšÍ PvB|Õ", "তিনি আরও লেখেন, ‘আমরা শান্তি চাই।’"),
    (
        "Mv‡g©›Um wk‡í kÖwgK‡`i gRywi evov‡bv n‡q‡Q|",
        "গার্মেন্টস শিল্পে শ্রমিকদের মজুরি বাড়ানো হয়েছে।",
    ),
    (
        "bvix‡`i ¶gZvq‡b miKvi bZzb cÖKí wb‡q‡Q|",
        "নারীদের ক্ষমতায়নে সরকার নতুন প্রকল্প নিয়েছে।",
    ),
    (
        "cÖwZ‡e`‡b ejv nq, eb¨vq 50 nvRvi gvbyl ¶wZMÖ¯Í|",
        "প্রতিবেদনে বলা হয়, বন্যায় ৫০ হাজার মানুষ ক্ষতিগ্রস্ত।",
    ),
    (
        "Zviv e‡j‡Q, Ô`vwe bv gvbv ch©šÍ Av‡›`vjb Pj‡e|Õ",
        "তারা বলেছে, ‘দাবি না মানা পর্যন্ত আন্দোলন চলবে।’",
    ),
    (
        "†Kv¤úvwbwU PjwZ eQ‡i 20 kZvsk gybvdv K‡i‡Q|",
        "কোম্পানিটি চলতি বছরে ২০ শতাংশ মুনাফা করেছে।",
    ),
    (
        "wmwU Ki‡cv‡ik‡bi †gqi bMi‡K cwi”Qbœ ivL‡Z ej‡jb|",
        "সিটি করপোরেশনের মেয়র নগরকে পরিচ্ছন্ন রাখতে বললেন।",
    ),
    (
        "Zuvi g‡Z, ˆmb¨ cÖZ¨vnv‡ii wm×všÍ GLbI nqwb|",
        "তাঁর মতে, সৈন্য প্রত্যাহারের সিদ্ধান্ত এখনও হয়নি।",
    ),
]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_there_are_enough_cases() -> None:
    assert len({b for b, _ in WORDS}) >= 200
    assert len(SENTENCES) >= 30


@pytest.mark.parametrize(("bijoy", "unicode"), WORDS, ids=[u for _, u in WORDS])
def test_word(bijoy: str, unicode: str) -> None:
    assert convert_bijoy(bijoy) == nfc(unicode)


@pytest.mark.parametrize(("bijoy", "unicode"), SENTENCES, ids=range(len(SENTENCES)))
def test_sentence(bijoy: str, unicode: str) -> None:
    assert looks_like_bijoy(bijoy) or len(bijoy) < 40  # short ones are judged by runs
    assert convert_bijoy(bijoy) == nfc(unicode)


def test_every_table_row_converts_alone() -> None:
    """Each row, converted on its own after a consonant where it needs one, gives its
    Unicode (placement rules aside): no row is shadowed by a longer one by mistake."""
    table = bijoy_table()
    assert len(table.rows) > 150
    for bijoy, unicode, comment in table.rows:
        assert comment.strip()
        out = convert_bijoy(bijoy)
        if unicode in ("ি", "ে", "ৈ", "র্"):
            assert out == unicode, bijoy  # nothing to move around: stays a sign
        else:
            assert out == nfc(unicode), (bijoy, out, unicode)


def test_output_is_nfc_and_has_no_placeholders() -> None:
    for bijoy, _ in WORDS + SENTENCES:
        out = convert_bijoy(bijoy)
        assert unicodedata.is_normalized("NFC", out)
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in out)


def test_offsets_of_converted_text_fall_on_clusters() -> None:
    text = convert_bijoy(SENTENCES[4][0])
    bounds = set(cluster_boundaries(text))
    start = text.index("আমরা")
    assert start in bounds and start + len("আমরা") in bounds


def test_only_bijoy_runs_are_converted_in_mixed_text() -> None:
    mixed = "আজ সকালে Avwg evsjvq Mvb MvB। তারপর BBC বলেছে, সব ঠিক আছে।"
    out, runs = convert_bijoy_runs(mixed)
    assert runs == 1
    assert out == "আজ সকালে আমি বাংলায় গান গাই। তারপর BBC বলেছে, সব ঠিক আছে।"


def test_unicode_and_english_text_is_left_alone() -> None:
    for text in (
        "কিম জং উন পুতিনকে চিঠি পাঠিয়েছেন।",
        "The minister said the talks were over.",
        "Reuters জানায়, আলোচনা শেষ হয়েছে।",
    ):
        assert convert_bijoy_runs(text) == (text, 0)
