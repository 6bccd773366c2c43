#!/usr/bin/env python3
"""Lines of Thai text to train the OCR model on, printed as government reports print them.

  training_text.py WORDLIST SEED COUNT > lines.txt

Words come from Tesseract's own Thai word list (dawg2wordlist of Debian's tha model), run
together as Thai is written, with spaces between phrases. Between them: numbers as the
forms print them (dates d/m/yyyy, abbreviated and full month names, amounts with commas,
percentages, letter numbers, project codes) in Arabic digits or Thai digits, which the
Debian model cannot read at all (๔ ๖ ๗ ๘ ๙ are missing from its character set).

None of the text comes from raingan's corpus generator: the generated reports the model is
measured on must stay unseen.
"""
import random
import sys

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTH_ABBREVIATIONS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
                       "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
SEPARATORS = [" : ", " :: ", " = ", " / ", " - ", " (", ") ", ", ", ". ", " ", " ", " ", " "]
# Characters the model gains: each needs enough examples to be learnt.
RARE = ["ฌ", ";", "&", "ฯ", "๚", "ๆ"]


def thai_digits(text):
    return "".join(THAI_DIGITS[int(c)] if c.isdigit() else c for c in text)


def number(rnd):
    k = rnd.random()
    if k < 0.25:
        s = f"{rnd.randint(1, 31)}/{rnd.randint(1, 12)}/{rnd.randint(2540, 2575)}"
    elif k < 0.45:
        year = rnd.randint(40, 75) if rnd.random() < 0.5 else rnd.randint(2540, 2575)
        s = f"{rnd.randint(1, 31)} {rnd.choice(MONTH_ABBREVIATIONS)} {year}"
    elif k < 0.6:
        s = f"{rnd.randint(1, 31)} {rnd.choice(MONTHS)} {rnd.randint(2540, 2575)}"
    elif k < 0.75:
        s = f"{rnd.randint(0, 99_999_999):,}.{rnd.randint(0, 99):02d}"
    elif k < 0.85:
        s = f"{rnd.randint(0, 100)}.{rnd.randint(0, 99):02d} %"
    elif k < 0.92:
        s = f"{rnd.randint(1000, 9999)}/{rnd.randint(1, 99999):05d}"
    else:
        s = f"{rnd.randint(10_000_000, 99_999_999)}-{rnd.randint(1000, 9999)}"
    return thai_digits(s) if rnd.random() < 0.45 else s


def line(rnd, words):
    target = rnd.randint(30, 70)
    parts = []
    while sum(len(p) for p in parts) < target:
        r = rnd.random()
        if r < 0.22:
            parts.append(number(rnd))
        elif r < 0.24:
            parts.append(rnd.choice(RARE))
        else:
            parts.append("".join(rnd.choice(words) for _ in range(rnd.randint(1, 4))))
        parts.append(rnd.choice(SEPARATORS))
    return "".join(parts).strip()


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    words = [w.strip() for w in open(argv[1], encoding="utf-8") if w.strip()]
    rnd = random.Random(int(argv[2]))
    for _ in range(int(argv[3])):
        print(line(rnd, words))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
