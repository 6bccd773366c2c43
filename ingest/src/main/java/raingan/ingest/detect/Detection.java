package raingan.ingest.detect;

/** What a document is, by its content: a routing family and the media type Tika named. */
public record Detection(DocumentFormat format, String mediaType) {
}
