package raingan.batch.walk;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The name a file goes by in manifests and records, whatever bytes it has on disk. A name the
 * platform decodes and encodes back to the same bytes is kept as it is. A name that does not
 * survive that (bytes that are not UTF-8, as old Windows and TIS-620 archives have) would come
 * out with U+FFFD in place of its bytes, and no longer name the file; it is written instead as
 * its UTF-8 with each byte that is not UTF-8 as {@code \xff} and a backslash as {@code \\}, so the
 * bytes can be read back from it and every run gives the same name.
 */
final class FileNames {

    private FileNames() {
    }

    /** @param fileName one name, as a folder listing gives it (the listing's Path keeps the bytes) */
    static String of(Path fileName) {
        return survivesDecoding(fileName) ? fileName.toString() : escaped(bytesOf(fileName));
    }

    /** True when the path's String (and so its {@code java.io.File}) names the same file. */
    static boolean survivesDecoding(Path path) {
        return path.getFileSystem().getPath(path.toString()).equals(path);
    }

    static String escaped(byte[] name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(name);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CharBuffer chars = CharBuffer.allocate(name.length);
        StringBuilder sb = new StringBuilder();
        CoderResult result;
        do {
            result = utf8.decode(in, chars, true);
            chars.flip();
            sb.append(chars.toString().replace("\\", "\\\\"));
            chars.clear();
            for (int i = 0; result.isError() && i < result.length(); i++) {
                sb.append(String.format("\\x%02x", in.get() & 0xFF));
            }
        } while (!result.isUnderflow());
        return sb.toString();
    }

    /**
     * The name's bytes as the file system has them. A file URI carries them percent-encoded,
     * the one place the platform hands out a path's bytes without decoding them first.
     */
    private static byte[] bytesOf(Path fileName) {
        String uri = fileName.toUri().getRawPath();
        int end = uri.endsWith("/") ? uri.length() - 1 : uri.length();
        String last = uri.substring(uri.lastIndexOf('/', end - 1) + 1, end);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(last.length());
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(last, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
