package raingan.batch.manifest;

import raingan.model.LowerCaseEnum;

/**
 * What became of one input.
 *
 * <ul>
 *   <li>{@code ok}: converted; its record is {@code OUT/<path>.json}.</li>
 *   <li>{@code failed}: raingan should have read it and could not (damaged, encrypted, over a
 *       limit, timed out, crashed, unreadable); the manifest line says why and what to do.</li>
 *   <li>{@code skipped}: deliberately not read because it is not a document. Skipped are:
 *       operating-system and application junk ({@code Thumbs.db}, {@code desktop.ini},
 *       {@code ~$…} Office lock files, {@code .DS_Store}); hidden files and folders (a name
 *       starting with {@code .}, which also covers raingan's own temporary files); symbolic
 *       links that loop back to a folder being walked (its files are already included), and, unless
 *       links are followed everywhere, those whose target lies outside the folders given; things that
 *       are not regular files (pipes, sockets, devices); and raingan's own JSON Lines export and
 *       summary when they lie inside an input. raingan's output folder is never entered and gets
 *       no line at all. Files given directly by name are never skipped.</li>
 *   <li>{@code unsupported}: a readable file of a type raingan does not convert (a spreadsheet,
 *       an archive, random binary); not an error.</li>
 * </ul>
 */
public enum Status implements LowerCaseEnum {
    OK, FAILED, SKIPPED, UNSUPPORTED;
}
