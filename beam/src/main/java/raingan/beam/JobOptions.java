package raingan.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Beam's options from a command line, with raingan's defaults where the user gave none. */
public final class JobOptions {

    /**
     * The DirectRunner's checks copy and compare every element between steps, which halves its
     * speed here; they guard against a DoFn that changes its input, which raingan's do not (the
     * pipeline's test runs with the checks on).
     */
    private static final List<String> DIRECT_RUNNER_DEFAULTS = List.of("--enforceImmutability=false",
            "--enforceEncodability=false");

    private JobOptions() {
    }

    /**
     * @param args Beam options ({@code --runner=FlinkRunner}, {@code --targetParallelism=2}, {@code --spread=64}…)
     * @throws IllegalArgumentException naming an option Beam does not know or a value it cannot take
     */
    public static ConversionOptions parse(List<String> args) {
        List<String> all = new ArrayList<>();
        for (String option : DIRECT_RUNNER_DEFAULTS) {
            String name = option.substring(0, option.indexOf('='));
            if (args.stream().noneMatch(a -> a.equals(name) || a.startsWith(name + "="))) {
                all.add(option);
            }
        }
        all.addAll(args);
        PipelineOptionsFactory.register(ConversionOptions.class);
        return PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).withValidation()
                .as(ConversionOptions.class);
    }
}
