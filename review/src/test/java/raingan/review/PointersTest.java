package raingan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointersTest {

    private static final List<String> ORDER = List.of("/project", "/project/name", "/project/objectives/0",
            "/project/objectives/1", "/reports/0", "/reports/0/date");
    private static final Set<String> KNOWN = new LinkedHashSet<>(ORDER);

    @Test
    void aLinkGoesToItsValueWhenItIsListed() {
        assertEquals("/reports/0/date", Pointers.anchor("/reports/0/date", KNOWN, ORDER));
    }

    @Test
    void aLinkToAWholeListGoesToItsFirstItem() {
        assertEquals("/project/objectives/0", Pointers.anchor("/project/objectives", KNOWN, ORDER));
    }

    @Test
    void aLinkToAValueNotListedGoesToWhatHoldsIt() {
        assertEquals("/reports/0", Pointers.anchor("/reports/0/status", KNOWN, ORDER));
        assertEquals("/project", Pointers.anchor("/project/strategy/goal", KNOWN, ORDER));
    }

    @Test
    void aLinkOutsideEverythingListedGoesNowhere() {
        assertNull(Pointers.anchor("/source/pages/3", KNOWN, ORDER));
        assertNull(Pointers.anchor("", KNOWN, ORDER));
    }

    @Test
    void aPointerNeverClimbsPastTheTop() {
        assertNull(Pointers.parent("/project"));
        assertEquals("/reports/2", Pointers.parent("/reports/2/date"));
    }
}
