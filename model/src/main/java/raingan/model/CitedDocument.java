package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A letter, order or announcement cited in a status text.
 *
 * @param number as printed after ที่ ({@code กท 1902/00555}, {@code 771/2563}); null for announcements
 */
@JsonPropertyOrder({"kind", "number", "date"})
public record CitedDocument(CitedKind kind, String number, LocalDate date) {
}
