package raingan.ingest.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import raingan.ingest.ConversionException;
import raingan.ingest.audit.Auditor;
import raingan.ingest.audit.UncertainFindings;
import raingan.ingest.detect.Detection;
import raingan.ingest.detect.FormatDetector;
import raingan.ingest.detect.TikaFormatDetector;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.PageGeometry;
import raingan.ingest.extract.PageText;
import raingan.ingest.extract.layout.TextSpan;
import raingan.ingest.normalise.ThaiTextNormaliser;
import raingan.ingest.parse.BmaProgressFormParser;
import raingan.ingest.parse.FormParser;
import raingan.ingest.parse.ParsedForm;
import raingan.ingest.provenance.ProvenanceLocator;
import raingan.ingest.source.EmptyFileException;
import raingan.ingest.source.SourceDocument;
import raingan.ingest.source.SourceFiles;
import raingan.ingest.source.UnreadableFileException;
import raingan.model.FieldSource;
import raingan.model.Finding;
import raingan.model.PageSource;
import raingan.model.ReportRecord;
import raingan.model.Source;
import raingan.model.SourceMethod;

/**
 * The library's one entry point: a document in, its audited record out,
 * detect → extract → normalise → parse → audit, and where on the pages each value was read
 * (its provenance), which tells the audit's findings that rest on values OCR was unsure of.
 *
 * <p>Not thread-safe (it owns an OCR engine): use one instance per worker thread, and
 * close it when the worker is done. It holds no static state, so any number of
 * instances can run side by side.
 */
public final class Converter implements AutoCloseable {

    private final FormatDetector detector;
    private final ExtractorRouter extractors;
    private final ThaiTextNormaliser normaliser;
    private final FormParser parser;
    private final Auditor auditor;
    private final ProvenanceLocator locator = new ProvenanceLocator();
    private final UncertainFindings uncertain = new UncertainFindings();

    public Converter(FormatDetector detector, ExtractorRouter extractors, ThaiTextNormaliser normaliser,
                     FormParser parser, Auditor auditor) {
        this.detector = detector;
        this.extractors = extractors;
        this.normaliser = normaliser;
        this.parser = parser;
        this.auditor = auditor;
    }

    /** The standard pipeline for the BMA project progress report. */
    public Converter(ExtractionSettings settings) {
        this(new TikaFormatDetector(), new ExtractorRouter(settings), new ThaiTextNormaliser(),
                new BmaProgressFormParser(), Auditor.standard());
    }

    /**
     * @param doc a document as named by the caller, or as {@link SourceFiles#read} returned it
     * @throws raingan.ingest.detect.UnsupportedFormatException if the content is of a type raingan does not read
     * @throws EmptyFileException  if the file has no bytes
     * @throws UnreadableFileException if the file cannot be read at all
     * @throws ExtractionException if its text could not be read (corrupt, encrypted, over a limit)
     */
    public ReportRecord convert(SourceDocument doc) throws ConversionException {
        SourceDocument input = input(doc);
        ExtractedText text = extract(input);
        ParsedForm form = parser.parse(normaliser.normalise(text.joined()));
        ReportRecord record = new ReportRecord(ReportRecord.SCHEMA_VERSION, form.form(),
                source(input, text), form.project(), form.reports(), List.of());
        List<Finding> findings = new ArrayList<>(form.findings());
        findings.addAll(auditor.audit(record));
        Map<String, FieldSource> provenance = locator.locate(record, normalised(text).pages());
        return record.withFindings(uncertain.mark(findings, provenance)).withProvenance(provenance);
    }

    /**
     * The document's text as the parser reads it, page by page and normalised, with how each
     * page was read: for looking at what OCR made of a scan.
     */
    public ExtractedText read(SourceDocument doc) throws ConversionException {
        return normalised(extract(input(doc)));
    }

    /** Every page's text, and each of its lines, normalised as the parser's text is. */
    private ExtractedText normalised(ExtractedText text) {
        List<PageText> pages = new ArrayList<>();
        for (PageText p : text.pages()) {
            PageGeometry g = p.geometry();
            if (g != null) {
                List<TextSpan> lines = new ArrayList<>();
                g.lines().forEach(l -> lines.add(new TextSpan(normaliser.normalise(l.text()), l.box(), l.confidence())));
                g = new PageGeometry(g.unit(), g.dpi(), lines);
            }
            pages.add(new PageText(p.number(), normaliser.normalise(p.text()), p.method(), p.ocrConfidence(),
                    p.textLayerScore(), g));
        }
        return new ExtractedText(text.mediaType(), pages);
    }

    /** The input side: an empty file is refused here, and the digest taken, once for every stage. */
    private static SourceDocument input(SourceDocument doc) throws ConversionException {
        try {
            return SourceFiles.read(doc);
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage(), e);
        }
    }

    private ExtractedText extract(SourceDocument doc) throws ConversionException {
        Detection detection;
        try {
            detection = detector.detect(doc.path());
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + e.getMessage(), e);
        }
        return extractors.extract(doc, detection);
    }

    private static Source source(SourceDocument doc, ExtractedText text) {
        List<PageSource> pages = new ArrayList<>();
        double confidenceSum = 0;
        int ocrPages = 0;
        for (PageText p : text.pages()) {
            pages.add(new PageSource(p.number(), p.method(), p.ocrConfidence(), p.textLayerScore()));
            if (p.ocrConfidence() != null) {
                confidenceSum += p.ocrConfidence();
                ocrPages++;
            }
        }
        SourceMethod method = SourceMethod.of(text.pages().stream().map(PageText::method).toList());
        Double confidence = ocrPages == 0 ? null : Math.round(confidenceSum / ocrPages * 1000) / 1000.0;
        return new Source(doc.name(), doc.sha256(), text.mediaType(), pages.size(), method, confidence, pages);
    }

    @Override
    public void close() {
        extractors.close();
    }
}
