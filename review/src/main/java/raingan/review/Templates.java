package raingan.review;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;

/**
 * The report's HTML templates (Mustache, {@code raingan/review/templates}), compiled once. Mustache
 * escapes every value it inserts, so a Thai value holding {@code < > &} or quotes prints as text.
 * Thread-safe once built.
 */
final class Templates {

    private final Mustache document;
    private final Mustache index;

    Templates() {
        DefaultMustacheFactory factory = new DefaultMustacheFactory("raingan/review/templates");
        document = factory.compile("document.mustache");
        index = factory.compile("index.mustache");
    }

    String document(DocumentView view) {
        return render(document, view);
    }

    String index(IndexView view) {
        return render(index, view);
    }

    private static String render(Mustache template, Object view) {
        StringWriter out = new StringWriter(16 * 1024);
        template.execute(out, view);
        return out.toString();
    }
}
