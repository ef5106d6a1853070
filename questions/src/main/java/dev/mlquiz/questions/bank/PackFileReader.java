package dev.mlquiz.questions.bank;

import dev.mlquiz.questions.pack.PackLimits;
import dev.mlquiz.questions.pack.PackProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a team's pack file from disk as UTF-8 text. Whatever is wrong with the file (missing, a
 * folder, too big, binary, another encoding) becomes a problem that names it, never an exception.
 */
public final class PackFileReader {
    private PackFileReader() {}

    /** The file's text, or empty with the reason added to {@code problems}. */
    public static Optional<PackFile> read(Path path, List<PackProblem> problems) {
        String name = path.toString();
        try {
            return Optional.of(new PackFile(name, text(path)));
        } catch (UnreadableFile e) {
            problems.add(new PackProblem(name, e.line, Optional.empty(), e.getMessage()));
        } catch (IOException e) {
            problems.add(new PackProblem(name, 0, Optional.empty(), "cannot read the file: " + reason(e)));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.add(new PackProblem(name, 0, Optional.empty(), "cannot read the file: " + reason));
        }
        return Optional.empty();
    }

    private static String text(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new UnreadableFile(0, "this is a folder, not a pack file");
        }
        if (!Files.exists(path)) {
            throw new UnreadableFile(0, "the file does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new UnreadableFile(0, "this is not a regular file (a device, a pipe or the like)");
        }
        refuseTooLarge(Files.size(path));
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Bounded, in case the file grows between the size check and the read.
            bytes = in.readNBytes(PackLimits.FILE_BYTES_MAX + 1);
        }
        refuseTooLarge(bytes.length);
        return decoded(bytes);
    }

    private static void refuseTooLarge(long bytes) {
        if (bytes > PackLimits.FILE_BYTES_MAX) {
            throw new UnreadableFile(
                    0,
                    String.format(
                            Locale.ROOT,
                            "the file is %.1f MB; a pack file can be at most %d MB",
                            bytes / 1e6,
                            PackLimits.FILE_BYTES_MAX / 1_000_000));
        }
    }

    private static String decoded(byte[] bytes) {
        refuseOtherUnicodeEncodings(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFile(
                        lineAt(bytes, i),
                        "the file contains NUL bytes, so it is not text: a binary file, or text saved as "
                                + "UTF-16; save the pack as UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new UnreadableFile(
                    lineAt(bytes, at),
                    String.format(
                            Locale.ROOT,
                            "the file is not UTF-8 text: byte 0x%02X cannot appear here; save the pack as UTF-8",
                            bytes[at] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Byte order marks are the only reliable sign of UTF-16 or UTF-32; checked before NUL bytes. */
    private static void refuseOtherUnicodeEncodings(byte[] bytes) {
        String encoding = startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)
                ? "UTF-32"
                : startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) ? "UTF-16" : null;
        if (encoding != null) {
            throw new UnreadableFile(0, "the file is saved as " + encoding + "; save the pack as UTF-8");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** What the operating system said, without the path the problem already names. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A file that was read but is not a pack's text; expected, so without a stack trace. */
    private static final class UnreadableFile extends RuntimeException {
        private final int line;

        UnreadableFile(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }
}
