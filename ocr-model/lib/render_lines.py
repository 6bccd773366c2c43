#!/usr/bin/python3
"""Line images for Tesseract training, made the way archived reports are made.

  render_lines.py LINES.txt OUT_DIR SEED

Pages of LINES.txt are printed to PDF by Chromium (the same shaping engine as the reports'
own PDFs) with the form's typography (16 pt, tight line spacing, so that one line's stacked
marks reach into the line above), rasterised by pdftoppm in grey, and degraded as scanners
and phone cameras do (grey paper, blur, noise, JPEG, lower resolution, sometimes binarised).
Each line is then cut out of the page: Tesseract's own layout box, widened upwards by a
quarter of its height to take back the marks that layout gives to the line above, but not
above that line's baseline (ocr-model/README.md: the per-line reader this was made for). Written as OUT_DIR/<page>-<line>.png with its
text in .gt.txt and a one-box .box file, ready for `tesseract IMAGE BASE --psm 13 lstm.train`.

Fonts are drawn per page: Laksaman (the TH Sarabun clone the government prints in) on most,
its bold on some (headings are bold), other Thai fonts on a few so that the model does not
forget them. Tesseract's boxes are matched to the printed lines by where CSS puts each line;
a line that no box, or two boxes, hold is left out rather than mislabelled.

Needs chromium, poppler-utils, imagemagick and python3-pil (scripts/install-os-deps --train).
"""
import html
import os
import random
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

DPI = 300
LINE_HEIGHTS = [1.15, 1.3, 1.3, 1.3, 1.5, 2.0]
# Share of a line's height its box is widened upwards by, for the marks layout gives the line above.
LINE_TOP_MARGIN = 0.25
TOP_MARGIN_POINTS = 51
# The page height less the margins, in points, with a line to spare: a page that overflowed
# would shift every later page's lines. Pages are wide (A3 across) because Chromium shrinks the
# whole document to fit a line wider than its page, which moves every line (check_scale).
PAGE_BODY_POINTS = 842 - 2 * TOP_MARGIN_POINTS - 40
FONTS = [("Laksaman", "normal", 0.55), ("Laksaman", "bold", 0.2), ("Garuda", "normal", 0.05),
         ("Loma", "normal", 0.05), ("Norasi", "normal", 0.05), ("Umpush", "normal", 0.05),
         ("Sawasdee", "normal", 0.05)]
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-pdf-header-footer"]


def pick_font(rnd):
    r, total = rnd.random(), 0.0
    for family, weight, share in FONTS:
        total += share
        if r < total:
            return family, weight
    return FONTS[0][:2]


def page_html(pages):
    """One HTML document, a page per group of lines, each page in its own font and size."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><style>",
           "@page { size: 420mm 297mm; margin: %dpt 20mm; }" % TOP_MARGIN_POINTS,
           "body { margin: 0; } .p { break-after: page; }",
           # A fixed height per line: a glyph from a fallback font would otherwise make its line
           # taller, and every later line would sit lower than cut_lines expects.
           ".l { white-space: pre; height: 1lh; }",
           "</style></head><body>"]
    for (family, weight, size, spacing), lines in pages:
        out.append(f"<div class='p' style=\"font-family:'{family}'; font-weight:{weight}; font-size:{size}pt;"
                   f" line-height:{spacing}\">")
        out.extend(f"<div class='l'>{html.escape(t)}</div>" for t in lines)
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def degrade(rnd):
    """ImageMagick arguments for one page: clean print, flatbed scan, phone photo or fax."""
    kind = rnd.random()
    if kind < 0.2:
        return [], DPI
    if kind < 0.6:
        return ["+level", f"{rnd.randint(2, 15)}%,{rnd.randint(82, 96)}%",
                "-blur", f"0x{rnd.uniform(0.3, 1.2):.2f}",
                "-attenuate", f"{rnd.uniform(0.0, 0.2):.3f}", "+noise", "Gaussian",
                "-quality", str(rnd.randint(60, 90))], DPI
    if kind < 0.9:
        return ["-resize", "66.667%", "-blur", f"0x{rnd.uniform(0.3, 1.0):.2f}",
                "+level", f"{rnd.randint(5, 25)}%,{rnd.randint(70, 95)}%",
                "-attenuate", f"{rnd.uniform(0.1, 0.5):.3f}", "+noise", "Gaussian",
                "-quality", str(rnd.randint(70, 90))], 200
    return ["-blur", f"0x{rnd.uniform(0.3, 0.8):.2f}", "-threshold", f"{rnd.randint(45, 65)}%"], DPI


def tesseract_lines(page_image):
    """Tesseract's lines for the page, top to bottom, from its block layout: (left, top, width,
    height, baseline), the baseline's height taken at the middle of the line (hOCR)."""
    hocr = subprocess.run(["tesseract", page_image, "-", "--psm", "6", "-l", "tha+eng", "hocr"], check=True,
                          capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
    lines = []
    for m in re.finditer(r"class='ocr_(?:line|header|caption|textfloat)'[^>]*title=\"bbox (\d+) (\d+) (\d+) (\d+);"
                         r" baseline (-?[0-9.]+) (-?[0-9.]+)", hocr):
        x0, y0, x1, y1 = (int(v) for v in m.group(1, 2, 3, 4))
        slope, offset = float(m.group(5)), float(m.group(6))
        lines.append((x0, y0, x1 - x0, y1 - y0, round(y1 + offset + slope * (x1 - x0) / 2)))
    return sorted(lines, key=lambda b: b[1])


def cut(line, above, img):
    """The line's image: a quarter of its height higher, never above
    the baseline of the line before."""
    left, top, width, height, _ = line
    y0 = round(top - LINE_TOP_MARGIN * height)
    if above is not None and above[4] < top:
        y0 = max(y0, above[4])
    return img.crop((max(0, left - 4), max(0, y0), min(img.width, left + width + 4), min(img.height, top + height)))


def cut_lines(page_image, typography, texts, dpi, out_base):
    """Cuts each line as TesseractOcr does, after matching Tesseract's lines to the printed ones.

    CSS puts line i's box centre at the top margin plus (i + 1/2) line pitches. Each Tesseract
    box is matched to the printed line whose centre is nearest its own centre (after taking
    out the page's median offset), within a fifth of a pitch; a printed line that no box or
    two boxes match is left out rather than mislabelled. Matching on the box's centre, not on
    the box holding a centre: at tight spacing a box reaches into the line above. A page
    where layout found under nine lines in ten (bold type at tight spacing, binarised, runs
    lines together) is left out whole: its boxes are not to be trusted one by one either.
    """
    _, _, size, spacing = typography
    scale = dpi / 72.0
    pitch = size * spacing * scale
    centres = [TOP_MARGIN_POINTS * scale + (i + 0.5) * pitch for i in range(len(texts))]
    boxes = tesseract_lines(page_image)
    nearest = lambda y: min(range(len(centres)), key=lambda i: abs(y - centres[i]))
    offsets = sorted(b[1] + b[3] / 2 - centres[nearest(b[1] + b[3] / 2)] for b in boxes)
    offset = offsets[len(offsets) // 2] if offsets else 0
    claims = {}
    for b in boxes:
        y = b[1] + b[3] / 2 - offset
        i = nearest(y)
        if abs(y - centres[i]) <= pitch / 5:
            claims.setdefault(i, []).append(b)
    matched = [(i, bs[0]) for i, bs in sorted(claims.items()) if len(bs) == 1]
    above_of = {b: a for a, b in zip([None] + boxes, boxes)}
    if len(matched) < 0.9 * len(texts):
        print(f"{os.path.basename(out_base)}: layout found {len(matched)} of {len(texts)} lines"
              f" ({size} pt, line height {spacing}), page left out", file=sys.stderr)
        return 0
    img = Image.open(page_image).convert("L")
    for i, line in matched:
        crop = cut(line, above_of[line], img)
        base = f"{out_base}-{i:02d}"
        crop.save(base + ".png")
        with open(base + ".gt.txt", "w", encoding="utf-8") as f:
            f.write(texts[i] + "\n")
        with open(base + ".box", "w", encoding="utf-8") as f:
            w, h = crop.size
            f.write(f"WordStr 0 0 {w} {h} 0 #{texts[i]}\n\t {w} {h} {w + 1} {h + 1} 0\n")
    return len(matched)


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    lines = [l.rstrip("\n") for l in open(argv[1], encoding="utf-8") if l.strip()]
    out_dir, rnd = argv[2], random.Random(int(argv[3]))
    os.makedirs(out_dir, exist_ok=True)
    pages, start = [], 0
    while start < len(lines):
        family, weight = pick_font(rnd)
        size = rnd.choice([14, 15, 16, 16, 16, 18])
        spacing = rnd.choice(LINE_HEIGHTS)
        per_page = int(PAGE_BODY_POINTS // (size * spacing))
        pages.append(((family, weight, size, spacing), lines[start:start + per_page]))
        start += per_page
    jobs = [(n, typography, texts, *degrade(rnd)) for n, (typography, texts) in enumerate(pages)]
    with tempfile.TemporaryDirectory(prefix="raingan-lines-") as tmp:
        def work(job):
            # One Chromium print per page: in one long document, some pages came out with
            # their lines where cut_lines did not expect them, and were mislabelled.
            n, typography, texts, args, dpi = job
            source, pdf = os.path.join(tmp, f"{n}.html"), os.path.join(tmp, f"{n}.pdf")
            with open(source, "w", encoding="utf-8") as f:
                f.write(page_html([(typography, texts)]))
            subprocess.run(CHROMIUM + [f"--user-data-dir={tmp}/profile-{n}", f"--print-to-pdf={pdf}", source],
                           check=True, capture_output=True)
            subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-singlefile", pdf, os.path.join(tmp, f"{n}")],
                           check=True)
            degraded = os.path.join(tmp, f"d-{n}.{'jpg' if '-quality' in args else 'png'}")
            subprocess.run(["convert", os.path.join(tmp, f"{n}.pgm"), "-seed", str(n), *args, degraded], check=True,
                           env={**os.environ, "MAGICK_THREAD_LIMIT": "1"})
            written = cut_lines(degraded, typography, texts, dpi, os.path.join(out_dir, f"p{n:04d}"))
            subprocess.run(["rm", "-rf", f"{tmp}/profile-{n}", source, pdf, degraded, os.path.join(tmp, f"{n}.pgm")])
            return written

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            written = sum(pool.map(work, jobs))
    print(f"{written} line images of {len(lines)} lines in {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
