package raingan.batch.run;

import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;

/** Makes the converter a worker owns; called on the worker's own thread. */
@FunctionalInterface
interface ConverterFactory {
    ConverterFactory STANDARD = Converter::new;

    Converter create(ExtractionSettings settings);
}
