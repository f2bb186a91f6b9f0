"""Credit labels and forms of many languages and scripts: variants of each, and a label before prose (no credit)."""

from __future__ import annotations

import pytest

from catalog.credits.captions import find_credit


def _read(text: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    found = find_credit(text)
    if found is None or found.credit.credit_line is None:
        return None
    return found.credit.credit_line, found.credit.agency, found.credit.photographers


@pytest.mark.parametrize("text, line, agency, photographers", [
    # Vietnamese "Ảnh:" and "Bài, ảnh:" (text and photos by)
    ("Các đại biểu tham dự phiên họp. (Ảnh: Thống Nhất/TTXVN)", "Thống Nhất/TTXVN", "TTXVN", ("Thống Nhất",)),
    ("Thủ tướng phát biểu - Ảnh: VGP/Quang Hiếu", "VGP/Quang Hiếu", "VGP", ("Quang Hiếu",)),
    ("Bài và ảnh: Minh Anh", "Minh Anh", None, ("Minh Anh",)),
    # BBC's "Image source," in Tamil, Hindi, Bengali
    ("பட மூலாதாரம், Getty Images\n\nபடக்குறிப்பு, போராட்டம்", "Getty Images", "Getty Images", ()),
    ("इमेज स्रोत, Reuters\n\nइमेज कैप्शन, प्रदर्शन", "Reuters", "Reuters", ()),
    ("ছবির উৎস, EPA\n\nছবির ক্যাপশান, বিক্ষোভ", "EPA", "EPA", ()),
    # Greek "Πηγή φωτογραφίας:", "Φωτό:"
    ("Η συνεδρίαση του υπουργικού.\nΠηγή φωτογραφίας: Reuters/Alkis Konstantinidis", "Reuters/Alkis Konstantinidis",
     "Reuters", ("Alkis Konstantinidis",)),
    ("Ο πρωθυπουργός στη Βουλή.\nΦωτό: ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ/EUROKINISSI", "ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ/EUROKINISSI",
     "EUROKINISSI", ("ΓΙΑΝΝΗΣ ΠΑΝΑΓΟΠΟΥΛΟΣ",)),
    # Finnish "Kuva Name", Swiss "(Bild Name)", Swahili "(picha na Name)", Romanian "sursa foto"
    ("Kuva Markku Ulander", "Markku Ulander", None, ("Markku Ulander",)),
    ("Der Bundesrat an der Medienkonferenz. (Bild Keystone)", "Keystone", "Keystone", ()),
    ("Rais akiongea na wananchi leo.(picha na Issa Michuzi)", "Issa Michuzi", None, ("Issa Michuzi",)),
])
def test_language_labels(text, line, agency, photographers):
    assert _read(text) == (line, agency, photographers)


@pytest.mark.parametrize("text", [
    "Ảnh: cây cầu sập trong đêm",  # a label before a description
    "Foto: la caída del puente",
    "Hình: người dân xếp hàng chờ",
    "Kaynak: AA / Gökhan Balcı - Güncel",  # the story's source, not the picture's
    "Sursa: ministerul a anunțat măsurile",
    "Das Bild zeigt die Brücke",
    "Le immagini mostrano il ponte crollato",
])
def test_label_before_prose_is_no_credit(text):
    assert _read(text) is None
