package raingan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * {@code error}: the report contradicts itself or cannot be true; {@code warning}: suspicious;
 * {@code info}: something repaired on the way in.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
