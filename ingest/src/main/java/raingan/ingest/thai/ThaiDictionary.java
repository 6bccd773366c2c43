package raingan.ingest.thai;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Thai word list ICU's word breaker segments with ({@code thaidict.dict} inside icu4j),
 * read through ICU's public {@link BytesTrie}: ICU's own matcher for it is package-private.
 *
 * <p>Immutable after construction (≈ 5 ms, 126 KB); {@link #contains} is thread-safe.
 */
public final class ThaiDictionary {

    private static final String RESOURCE = "/com/ibm/icu/impl/data/icudata/brkitr/thaidict.dict";
    // Layout of ICU's dictionary data (icu4c source/common/dictionarydata.h).
    private static final int IX_STRING_TRIE_OFFSET = 0;
    private static final int IX_TOTAL_SIZE = 3;
    private static final int IX_TRIE_TYPE = 4;
    private static final int IX_TRANSFORM = 5;
    private static final int IX_COUNT = 8;
    private static final int TRIE_TYPE_MASK = 7;
    private static final int TRIE_TYPE_BYTES = 0;
    private static final int TRANSFORM_TYPE_MASK = 0x7f000000;
    private static final int TRANSFORM_TYPE_OFFSET = 0x01000000;
    private static final int TRANSFORM_OFFSET_MASK = 0x1fffff;

    private final byte[] trie;
    private final int transformOffset;

    public ThaiDictionary() {
        ByteBuffer data;
        try (InputStream in = BreakIterator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("icu4j has no " + RESOURCE + ": an icu4j build without Thai data?");
            }
            data = ByteBuffer.wrap(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ICU's Thai dictionary", e);
        }
        // ICU binary data: a header (its own size first, then the byte order), then the payload.
        int headerSize = Short.toUnsignedInt(data.getShort(0));
        data.order(data.get(8) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int[] indexes = new int[IX_COUNT];
        for (int i = 0; i < IX_COUNT; i++) {
            indexes[i] = data.getInt(headerSize + 4 * i);
        }
        int transform = indexes[IX_TRANSFORM];
        if ((indexes[IX_TRIE_TYPE] & TRIE_TYPE_MASK) != TRIE_TYPE_BYTES
                || (transform & TRANSFORM_TYPE_MASK) != TRANSFORM_TYPE_OFFSET) {
            throw new IllegalStateException("ICU's Thai dictionary changed layout: " + Integer.toHexString(transform));
        }
        int start = headerSize + indexes[IX_STRING_TRIE_OFFSET];
        int end = headerSize + indexes[IX_TOTAL_SIZE];
        trie = new byte[end - start];
        data.get(start, trie);
        transformOffset = transform & TRANSFORM_OFFSET_MASK;
    }

    /** True if {@code text} is nothing but words of the dictionary, one after another. */
    public boolean isWords(CharSequence text) {
        int n = text.length();
        boolean[] reachable = new boolean[n + 1];
        reachable[0] = n > 0;
        for (int i = 0; i < n; i++) {
            if (!reachable[i]) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(n, i + LONGEST_WORD); j++) {
                if (!reachable[j] && contains(text.subSequence(i, j))) {
                    reachable[j] = true;
                }
            }
        }
        return reachable[n];
    }

    /** Longer than any word of the dictionary. */
    private static final int LONGEST_WORD = 30;

    /** True if the whole of {@code word} is a word of the dictionary. */
    public boolean contains(CharSequence word) {
        if (word.length() == 0) {
            return false;
        }
        BytesTrie t = new BytesTrie(trie, 0);
        BytesTrie.Result result = BytesTrie.Result.NO_MATCH;
        for (int i = 0; i < word.length(); i++) {
            int b = transform(word.charAt(i));
            if (b < 0) {
                return false;
            }
            result = t.next(b);
            if (!result.hasNext() && i < word.length() - 1) {
                return false;
            }
        }
        return result.hasValue();
    }

    /** What {@link #unread} charges for a character outside every word, against 1 for each word. */
    public static final int OUTSIDE_A_WORD = 100;

    /**
     * How badly the dictionary reads the text: the fewest characters it must leave outside its
     * words, then the fewest words it takes (its short words, บ่ or รัด, read nearly anything).
     */
    public int unread(CharSequence text) {
        int n = text.length();
        int[] best = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = Integer.MAX_VALUE;
        }
        for (int from = 0; from < n; from++) {
            best[from + 1] = Math.min(best[from + 1], best[from] + OUTSIDE_A_WORD);
            Walk walk = walk();
            for (int k = from; k < n; k++) {
                char c = text.charAt(k);
                if (walk.completes(c, "", 0)) {
                    best[k + 1] = Math.min(best[k + 1], best[from] + 1);
                }
                if (!walk.next(c)) {
                    break;
                }
            }
        }
        return best[n];
    }

    /** A walk from the start of every word, for testing many spellings that share a beginning. */
    public Walk walk() {
        return new Walk();
    }

    /**
     * A position in the dictionary: the words that begin with the characters stepped so far.
     * Not thread-safe; cheap to make.
     */
    public final class Walk {
        private final BytesTrie trie = new BytesTrie(ThaiDictionary.this.trie, 0);
        private final BytesTrie.State saved = new BytesTrie.State();
        /** Some word begins with what was stepped over and goes on. */
        private boolean more = true;

        /** Steps over {@code c}; false once no word begins with what was stepped over. */
        public boolean next(char c) {
            if (!more) {
                return false;
            }
            BytesTrie.Result result = step(trie, c);
            more = result.hasNext();
            return result.matches();
        }

        /**
         * True if what was stepped over, then {@code c}, then {@code text} from {@code from} on, is a
         * whole word. Leaves the walk where it was.
         */
        public boolean completes(char c, CharSequence text, int from) {
            if (!more) {
                return false;
            }
            trie.saveState(saved);
            try {
                BytesTrie.Result result = step(trie, c);
                for (int i = from; i < text.length(); i++) {
                    if (!result.hasNext()) {
                        return false;
                    }
                    result = step(trie, text.charAt(i));
                }
                return result.hasValue();
            } finally {
                trie.resetToState(saved);
            }
        }

        private BytesTrie.Result step(BytesTrie t, char c) {
            int b = transform(c);
            return b < 0 ? BytesTrie.Result.NO_MATCH : t.next(b);
        }
    }

    /** ICU's byte transform: Thai letters as offsets from U+0E00, ZWJ and ZWNJ as 0xFF and 0xFE. */
    private int transform(char c) {
        if (c == '\u200D') {
            return 0xFF;
        }
        if (c == '\u200C') {
            return 0xFE;
        }
        int delta = c - transformOffset;
        return delta < 0 || delta > 0xFD ? -1 : delta;
    }
}
