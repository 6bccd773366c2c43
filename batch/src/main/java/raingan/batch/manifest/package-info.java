/**
 * What became of each input: {@code manifest.jsonl}, one {@link raingan.batch.manifest.ManifestEntry}
 * a line, appended as inputs finish, read back tolerantly after a kill, and compacted at the end.
 */
package raingan.batch.manifest;
