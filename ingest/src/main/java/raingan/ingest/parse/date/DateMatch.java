package raingan.ingest.parse.date;

/** STAND-IN until the dates branch lands. */
public record DateMatch(int start, int end, DateReading reading) {
}
