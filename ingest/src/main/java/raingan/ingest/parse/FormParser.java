package raingan.ingest.parse;

/** Reads one form from normalised text. Pure: the same text always gives the same result. */
public interface FormParser {
    ParsedForm parse(String normalisedText);
}
