package raingan.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** raingan's own Beam option, beside the runner's: {@code --spread=N}. */
public interface ConversionOptions extends PipelineOptions {

    @Description("Groups the inputs are spread over for the workers: at least as many as there are workers,"
            + " a few times more to even out long documents. Each group costs the DirectRunner a little, so"
            + " the default is 4 per core of this machine; on a cluster give 4 per worker.")
    @Default.InstanceFactory(FourPerCore.class)
    Integer getSpread();

    void setSpread(Integer groups);

    /** The default of {@link #getSpread()}. */
    final class FourPerCore implements DefaultValueFactory<Integer> {
        @Override
        public Integer create(PipelineOptions options) {
            return 4 * Runtime.getRuntime().availableProcessors();
        }
    }
}
