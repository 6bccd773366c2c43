package raingan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A named official: honorific split off, and the trailing phone number or extension if printed. */
@JsonPropertyOrder({"title", "name", "phone"})
public record Person(String title, String name, String phone) {
}
