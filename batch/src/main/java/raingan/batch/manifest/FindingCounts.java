package raingan.batch.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import raingan.model.Finding;

/** How many findings of each severity one record has. */
@JsonPropertyOrder({"error", "warning", "info"})
public record FindingCounts(int error, int warning, int info) {

    public static FindingCounts of(List<Finding> findings) {
        int error = 0;
        int warning = 0;
        int info = 0;
        for (Finding f : findings) {
            if (f.severity() == null) {
                continue;
            }
            switch (f.severity()) {
                case ERROR -> error++;
                case WARNING -> warning++;
                case INFO -> info++;
            }
        }
        return new FindingCounts(error, warning, info);
    }
}
