/**
 * What a run reads: every file under the folders given, in one stable order, with what is not
 * a document (junk, hidden files, link loops), links that lead out of the folders given, and what
 * cannot be read named as such; and every name, valid UTF-8 or not, kept whole. Every command that
 * reads documents walks its inputs here.
 */
package raingan.batch.walk;
