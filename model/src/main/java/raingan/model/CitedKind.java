package raingan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** หนังสือ (letter), คำสั่ง (order), ประกาศ (announcement). */
public enum CitedKind {
    LETTER, ORDER, ANNOUNCEMENT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CitedKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
