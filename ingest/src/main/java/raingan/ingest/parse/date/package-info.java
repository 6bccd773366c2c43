/**
 * Dates as printed on the forms, in the Buddhist or the Common Era: {@link
 * raingan.ingest.parse.date.BuddhistDateParser} reads one date expression or finds them in
 * running text; the other classes are its parts (month and weekday names, era markers, the
 * year rule, the time of day after a date, the calendar check).
 */
package raingan.ingest.parse.date;
