/**
 * Bulk conversion of a whole archive: parallel, resumable, every input accounted for. The
 * run's room; the inputs come from {@link raingan.batch.walk}, their outcomes go to
 * {@link raingan.batch.manifest}.
 *
 * <p>Entry point: {@link raingan.batch.run.BatchRunner} with {@link raingan.batch.run.BatchOptions}
 * (the CLI's {@code raingan convert}).
 *
 * <h2>Output folder</h2>
 * <ul>
 *   <li>{@code OUT/<path>.json}: the record of each converted input, where {@code <path>} is the
 *       input's path relative to the folder given ({@code a/b.txt} → {@code OUT/a/b.txt.json}),
 *       or its file name when the file was given directly. Byte-identical to converting the file
 *       on its own with {@code Converter}.</li>
 *   <li>{@code OUT/manifest.jsonl}: one {@link raingan.batch.manifest.ManifestEntry} per input, sorted by
 *       path ({@link raingan.batch.manifest.Status} says what {@code ok}, {@code failed}, {@code skipped}
 *       and {@code unsupported} mean; {@link raingan.ingest.ErrorClass} names failures). During a
 *       run, lines are appended as inputs finish; at the end it is rewritten compacted.</li>
 *   <li>{@code OUT/findings.jsonl}: one line per finding of every record,
 *       {@code {"record": <path>, "rule", "severity", "at", "message"}}, in path order.</li>
 *   <li>Optionally, all records as JSON Lines, and the {@link raingan.batch.run.RunSummary} as JSON.</li>
 * </ul>
 *
 * <h2>Resume</h2>
 * When OUT already has a manifest (and resume is on, the default), an input whose bytes have the
 * sha256 of its earlier {@code ok} line and whose record exists is not converted again, and its
 * earlier line is kept; everything else is converted again. Resume looks at input bytes only:
 * after changing extraction settings or upgrading raingan, run with resume off. Every file is
 * written to a temporary file and renamed, the manifest tolerates a torn last line, and inputs
 * that are gone are dropped from it, so a run killed at any moment (SIGKILL included) and
 * started again ends exactly like an uninterrupted run. So does a run stopped because the output
 * folder could not be written ({@link raingan.batch.run.OutputWriteException}: a full disk), once
 * there is room again. Two runs cannot share an output folder.
 *
 * <h2>Exit status</h2>
 * {@link raingan.batch.run.RunSummary#exitCode()}: 0 when every input is ok, skipped or unsupported;
 * 2 when some failed. (The command also exits 2 when the run stopped on a write error.)
 */
package raingan.batch.run;
