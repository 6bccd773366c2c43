package raingan.beam;

import java.io.Serializable;
import java.nio.file.Path;
import raingan.batch.walk.WalkEntry;

/**
 * One thing the walk of the input found, as it travels between workers (a {@link WalkEntry}
 * holds a path, which is not serialisable).
 */
record InputFile(String path, String name, WalkEntry.Kind kind, String reason) implements Serializable {

    static InputFile of(WalkEntry e) {
        return new InputFile(e.path().toString(), e.name(), e.kind(), e.reason());
    }

    WalkEntry entry() {
        return new WalkEntry(Path.of(path), name, kind, reason);
    }
}
