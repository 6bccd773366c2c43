package raingan.beam;

import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;

/** Walks the input pattern on one worker: what it finds is spread over all workers next. */
final class WalkInputsFn extends DoFn<InputPattern, InputFile> {

    private static final long serialVersionUID = 1L;

    /** Null when the output is not a folder of its own. */
    private final String outputFolder;

    WalkInputsFn(Path outputFolder) {
        this.outputFolder = outputFolder == null ? null : outputFolder.toString();
    }

    @ProcessElement
    public void process(@Element InputPattern pattern, OutputReceiver<InputFile> out) {
        pattern.walk(outputFolder == null ? List.of() : List.of(Path.of(outputFolder)), out::output);
    }
}
