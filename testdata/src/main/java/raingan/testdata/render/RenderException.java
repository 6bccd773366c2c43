package raingan.testdata.render;

/** A document could not be rendered: a tool failed, timed out, or wrote something unusable. */
public class RenderException extends Exception {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
