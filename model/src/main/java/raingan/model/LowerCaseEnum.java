package raingan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum written in JSON as its constant's name in lower case ({@code IN_PROGRESS} as
 * {@code in_progress}), and read back from exactly that: Jackson reads an enum by its
 * {@link JsonValue}.
 */
public interface LowerCaseEnum {

    /** The constant's name, as every enum has it. */
    String name();

    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
