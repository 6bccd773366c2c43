package raingan.warehouse;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A load in a JVM of its own, for the test that kills one: {@code ChildLoad IN DB GROUP}. Prints
 * {@value #LOADING} once the warehouse is open; exits with the load's status.
 */
final class ChildLoad {

    static final String LOADING = "loading";

    private ChildLoad() {
    }

    public static void main(String[] args) throws IOException {
        try (Warehouse w = Warehouse.open(WarehouseTarget.parse(args[1]));
             RecordSource source = RecordSource.open(Path.of(args[0]))) {
            System.out.println(LOADING);
            System.out.flush();
            System.exit(new Loader(Integer.parseInt(args[2])).load(w, source).exitCode());
        }
    }
}
