package raingan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an entry's status text says about the work. */
public enum StatusCategory {
    IN_PROGRESS, SUSPENDED, CANCELLED, COMPLETED, NOT_STARTED, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static StatusCategory fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
