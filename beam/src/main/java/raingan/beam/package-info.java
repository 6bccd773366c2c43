/**
 * The batch conversion as an Apache Beam pipeline, for the DirectRunner on one machine or Flink
 * and Spark on a cluster (the CLI's {@code raingan beam}).
 *
 * <p>Entry point: {@link raingan.beam.ConversionPipeline}, run with the options of
 * {@link raingan.beam.JobOptions#parse}. Input pattern → walk (the batch's) → spread over the
 * workers → convert (the batch's {@code FileConversion}, one converter per DoFn instance) →
 * records, findings and dead letters as JSON Lines shards. Nothing here reads, parses or writes
 * a line of its own: what the lines hold is the batch's, so that both runners agree byte for byte.
 */
package raingan.beam;
