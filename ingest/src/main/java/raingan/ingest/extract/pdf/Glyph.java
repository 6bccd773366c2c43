package raingan.ingest.extract.pdf;

/**
 * One glyph drawn on a PDF page, in points from the page's top-left corner (y downwards).
 *
 * @param text   the Unicode it stands for: usually one character, more for ligatures and
 *               {@code /ActualText} spans, never empty
 * @param x      left edge of the glyph's origin
 * @param y      baseline, measured down from the top of the page
 * @param width  advance width (0 for most combining marks)
 * @param size   font size in user space, the scale for every distance test
 */
record Glyph(String text, float x, float y, float width, float size) {

    Glyph {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a glyph stands for at least one character");
        }
        size = Math.max(size, 1f);
    }

    /** True for a glyph that sits on the previous one: a Thai vowel sign or tone mark above or below. */
    boolean isMark() {
        return Character.getType(text.codePointAt(0)) == Character.NON_SPACING_MARK;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    float end() {
        return x + width;
    }
}
