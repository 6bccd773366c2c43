package raingan.ingest.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STAND-IN until the normalise branch lands. */
public final class MarkupStripper {
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/][^<>]*>|\\\\\\*\\\\\\*|\\*\\*");

    public record Stripped(String text, List<String> removed) {
    }

    public Stripped strip(String value) {
        List<String> removed = new ArrayList<>();
        Matcher m = MARKUP.matcher(value);
        while (m.find()) {
            removed.add(m.group());
        }
        String text = MARKUP.matcher(value).replaceAll(" ").replaceAll(" {2,}", " ").trim();
        return new Stripped(text, removed);
    }
}
