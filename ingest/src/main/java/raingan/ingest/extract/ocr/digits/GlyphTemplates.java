package raingan.ingest.extract.ocr.digits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The glyphs a numeric word is read against: Thai and Arabic digits and the signs written among them, each
 * rendered in the Thai fonts offices print with (made by {@code ocr-model/glyph-templates}).
 * One template a line: the character, its three placement values, then its shape as base64 of
 * one byte per grid cell.
 */
public final class GlyphTemplates {

    /** The bundled templates. */
    public static final String RESOURCE = "/raingan/ocr/glyph-templates.tsv";
    public static final String MONTHS_RESOURCE = "/raingan/ocr/month-glyph-templates.tsv";

    /** One rendered glyph. */
    public record Template(char character, String font, float[] features) {
    }

    private final List<Template> templates;

    public GlyphTemplates(List<Template> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no glyph templates");
        }
        this.templates = List.copyOf(templates);
    }

    /** The templates raingan bundles. */
    public static GlyphTemplates bundled() {
        return load(RESOURCE);
    }

    /**
     * The templates of the glyphs of the months' abbreviations (ม ก พ ย ค ส ต ธ เ and the dot),
     * มิ and มี each one glyph named by its vowel.
     */
    public static GlyphTemplates months() {
        return load(MONTHS_RESOURCE);
    }

    private static GlyphTemplates load(String resource) {
        try (InputStream in = GlyphTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the glyph templates " + resource + " are missing from the build");
            }
            List<Template> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parse(line));
                }
            }
            return new GlyphTemplates(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public List<Template> all() {
        return templates;
    }

    /** The template nearest {@code features}, and how near. */
    public Match nearest(float[] features) {
        Template best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Template t : templates) {
            double d = GlyphFeatures.distance(features, t.features());
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return new Match(best.character(), bestDistance);
    }

    /** A glyph's reading: the nearest template's character and its distance. */
    public record Match(char character, double distance) {
    }

    /** One template as a line of the resource. */
    public static String line(Template t) {
        float[] f = t.features();
        byte[] shape = new byte[GlyphFeatures.SIZE * GlyphFeatures.SIZE];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = (byte) Math.round(Math.max(0, Math.min(1, f[i])) * 255);
        }
        int p = shape.length;
        return String.format(Locale.ROOT, "%c\t%s\t%.4f\t%.4f\t%.4f\t%s", t.character(), t.font(), f[p], f[p + 1],
                f[p + 2], Base64.getEncoder().encodeToString(shape));
    }

    static Template parse(String line) {
        String[] cols = line.split("\t");
        if (cols.length != 6 || cols[0].length() != 1) {
            throw new IllegalStateException("not a glyph template line: " + line);
        }
        byte[] shape = Base64.getDecoder().decode(cols[5]);
        float[] f = new float[GlyphFeatures.LENGTH];
        for (int i = 0; i < shape.length; i++) {
            f[i] = (shape[i] & 0xFF) / 255f;
        }
        int p = shape.length;
        f[p] = Float.parseFloat(cols[2]);
        f[p + 1] = Float.parseFloat(cols[3]);
        f[p + 2] = Float.parseFloat(cols[4]);
        return new Template(cols[0].charAt(0), cols[1], f);
    }
}
