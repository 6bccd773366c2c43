/**
 * What a run reads: every file under the folders given, in one stable order, with what is not
 * a document (junk, hidden files, link loops) and what cannot be read named as such. Every
 * command that reads documents walks its inputs here.
 */
package raingan.batch.walk;
