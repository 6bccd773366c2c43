package raingan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one page was read: {@code text} from a text layer or a text file, {@code ocr} from its image. */
public enum PageMethod {
    TEXT, OCR;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PageMethod fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
