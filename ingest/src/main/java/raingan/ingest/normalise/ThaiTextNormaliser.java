package raingan.ingest.normalise;

import java.text.Normalizer;

/** PLACEHOLDER until the ICU4J normaliser lands: NFC only. */
public final class ThaiTextNormaliser {
    public String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
