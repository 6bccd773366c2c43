package raingan.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One document as the index lists it; written as a JSON array (the index's script reads the
 * fields by position), which keeps the data of 10 000 documents small.
 *
 * @param href       its page, relative to the report folder; null when it has none (not converted)
 * @param file       the input's path relative to the folder converted
 * @param code       project code
 * @param name       project name
 * @param agency     the agency path joined with {@code /}
 * @param fiscalYear BE year
 * @param status     the manifest's status: ok, failed, unsupported
 * @param progress   the latest entry's status category (in_progress, completed, cancelled…)
 * @param method     text, ocr or mixed
 * @param ocrConfidence mean OCR confidence, null when nothing was OCR'd
 * @param errors     findings of severity error
 * @param warnings   findings of severity warning
 * @param infos      findings of severity info
 * @param rules      the rules of its findings, space-separated, for the search box
 * @param note       for a document without a page: the manifest's message
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"href", "file", "code", "name", "agency", "fiscalYear", "status", "progress", "method",
        "ocrConfidence", "errors", "warnings", "infos", "rules", "note"})
record IndexRow(String href, String file, String code, String name, String agency, Integer fiscalYear,
                String status, String progress, String method, Double ocrConfidence, int errors, int warnings,
                int infos, String rules, String note) {
}
