package raingan.ingest.parse.date;

import java.time.LocalDate;

/** STAND-IN until the dates branch lands. */
public record DateReading(String text, LocalDate date, String problem) {
    public boolean ok() {
        return date != null;
    }
}
