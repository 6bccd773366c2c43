package raingan.ingest.extract.layout;

import java.util.List;

/**
 * A ruled table: its rows top to bottom, each row's cells left to right. A row is the band
 * between two horizontal rules; its cells are split by the vertical rules that cross the whole
 * band, so a cell spanning columns (a label's value across three columns) is one cell.
 */
public record Table(Box box, List<Row> rows) {

    public Table {
        rows = List.copyOf(rows);
    }

    /** One band of the table and its cells in reading order. */
    public record Row(Box box, List<Box> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
