package raingan.beam;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import raingan.batch.run.RunSummary;
import raingan.ingest.extract.ExtractionSettings;

/**
 * The batch conversion as a Beam pipeline, on whichever runner the options name: the input
 * pattern is walked as the batch walks a folder, the inputs are spread over the workers, each
 * converted by the batch's own code, and three sets of JSON Lines shards are written under the
 * output prefix:
 * <ul>
 *   <li>{@code PREFIX}records-SSSSS-of-NNNNN.jsonl: one record per line, as {@code convert --jsonl} writes;</li>
 *   <li>{@code PREFIX}findings-…: one line per finding, as {@code OUT/findings.jsonl};</li>
 *   <li>{@code PREFIX}failures-…: the dead letters, one manifest line for each input that gave no
 *       record (failed, unsupported or skipped), as {@code OUT/manifest.jsonl} has it.</li>
 * </ul>
 * Lines come in no particular order. No input's failure fails the job.
 */
public final class ConversionPipeline {

    public static final String RECORDS = "records";
    public static final String FINDINGS = "findings";
    public static final String FAILURES = "failures";
    public static final String SUFFIX = ".jsonl";

    private final InputPattern input;
    private final String output;
    private final ConversionSettings settings;
    private final Duration timeout;

    /**
     * @param input  a file, a folder, or a glob below a folder ({@code /data/2563/**})
     * @param output  the prefix of every output file: {@code out/} writes {@code out/records-…}
     * @param timeout how long one file may take before it is given up on as {@code TIMEOUT}
     * @throws IllegalArgumentException if the input is a URL rather than a path
     */
    public ConversionPipeline(String input, String output, ExtractionSettings extraction, Duration timeout) {
        this.input = InputPattern.parse(input);
        this.output = output;
        this.settings = new ConversionSettings(extraction);
        this.timeout = timeout;
    }

    /**
     * Runs the job and waits for it.
     *
     * @return the counts over all inputs, as a batch's summary
     * @throws NoSuchFileException   if the input's folder (or file) does not exist
     * @throws IllegalStateException if the job did not finish (the runner failed or cancelled it)
     */
    public RunSummary run(PipelineOptions options) throws NoSuchFileException {
        if (!Files.exists(input.root())) {
            throw new NoSuchFileException(input.root().toString(), null, "the input " + input + " starts in a folder that does not exist");
        }
        long start = System.nanoTime();
        Pipeline pipeline = Pipeline.create(options);
        addTo(pipeline);
        PipelineResult result = pipeline.run();
        PipelineResult.State state = result.waitUntilFinish();
        if (state != PipelineResult.State.DONE) {
            throw new IllegalStateException("the Beam job ended " + state + ", not DONE; see the runner's log");
        }
        return JobCounters.summary(result, (System.nanoTime() - start) / 1_000_000);
    }

    /** Adds the conversion to a pipeline, for a caller that runs it itself. */
    public void addTo(Pipeline pipeline) {
        PCollection<InputFile> inputs = pipeline
                .apply("Input", Create.of(input).withCoder(SerializableCoder.of(InputPattern.class)))
                .apply("Walk", ParDo.of(new WalkInputsFn(outputFolder())))
                .setCoder(SerializableCoder.of(InputFile.class))
                // The walk is one worker's: spread its inputs over all of them, in a bounded number of
                // groups (a group per input costs the DirectRunner a bundle each, 0.25 s).
                .apply("Spread", Reshuffle.<InputFile>viaRandomKey()
                        .withNumBuckets(pipeline.getOptions().as(ConversionOptions.class).getSpread()));
        PCollectionTuple converted = inputs.apply("Convert", ParDo.of(new ConvertFn(settings, timeout))
                .withOutputTags(ConvertFn.RECORDS, TupleTagList.of(ConvertFn.FINDINGS).and(ConvertFn.FAILURES)));
        write(converted, ConvertFn.RECORDS, RECORDS);
        write(converted, ConvertFn.FINDINGS, FINDINGS);
        write(converted, ConvertFn.FAILURES, FAILURES);
    }

    private void write(PCollectionTuple converted, TupleTag<String> tag, String name) {
        converted.get(tag).apply("Write " + name, TextIO.write().to(output + name).withSuffix(SUFFIX));
    }

    /** The folder the output prefix names, which the walk must not enter; null for a prefix of file names. */
    private Path outputFolder() {
        return output.endsWith("/") ? Path.of(output).toAbsolutePath() : null;
    }
}
