package dev.mlquiz.questions.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.mlquiz.questions.pack.PackProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a pack file on disk can fail to be text is named, with its line where there is one. */
class PackFileReaderTest {
    @TempDir
    Path dir;

    final List<PackProblem> problems = new ArrayList<>();

    Optional<PackFile> read(Path path) {
        return PackFileReader.read(path, problems);
    }

    List<String> messages() {
        return problems.stream().map(PackProblem::toString).toList();
    }

    @Test
    void a_utf8_file_is_read_as_its_text() throws IOException {
        Path file = Files.writeString(dir.resolve("team.yaml"), "id: café\n", StandardCharsets.UTF_8);

        assertThat(read(file)).contains(new PackFile(file.toString(), "id: café\n"));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_missing_file_is_named() {
        Path file = dir.resolve("nope.yaml");

        assertThat(read(file)).isEmpty();
        assertThat(messages()).containsExactly(file + ": the file does not exist");
    }

    @Test
    void a_folder_is_not_a_pack_file() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("packs.yaml"));

        assertThat(read(folder)).isEmpty();
        assertThat(messages()).containsExactly(folder + ": this is a folder, not a pack file");
    }

    @Test
    void a_file_over_1_mb_is_refused_before_it_is_read() throws IOException {
        Path file = Files.write(dir.resolve("huge.yaml"), new byte[1_234_567]);

        assertThat(read(file)).isEmpty();
        assertThat(messages()).containsExactly(file + ": the file is 1.2 MB; a pack file can be at most 1 MB");
    }

    @Test
    void a_file_saved_as_utf16_is_named_as_such() throws IOException {
        Path withMark = Files.writeString(dir.resolve("marked.yaml"), "\uFEFFid: team\n", StandardCharsets.UTF_16);
        Path withoutMark = Files.writeString(dir.resolve("unmarked.yaml"), "id: team\n", StandardCharsets.UTF_16LE);

        read(withMark);
        read(withoutMark);

        assertThat(messages())
                .containsExactly(
                        withMark + ": the file is saved as UTF-16; save the pack as UTF-8",
                        withoutMark + ":1: the file contains NUL bytes, so it is not text: a binary file, or text "
                                + "saved as UTF-16; save the pack as UTF-8 text");
    }

    @Test
    void a_binary_file_is_named_as_such() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = Files.write(dir.resolve("logo.yaml"), png);

        assertThat(read(file)).isEmpty();
        assertThat(messages())
                .containsExactly(file + ":3: the file contains NUL bytes, so it is not text: a binary file, or text "
                        + "saved as UTF-16; save the pack as UTF-8 text");
    }

    @Test
    void text_in_another_encoding_names_the_line_of_the_first_foreign_byte() throws IOException {
        Path file =
                Files.writeString(dir.resolve("latin.yaml"), "id: team\ntitle: Café\n", StandardCharsets.ISO_8859_1);

        assertThat(read(file)).isEmpty();
        assertThat(messages())
                .containsExactly(file + ":2: the file is not UTF-8 text: byte 0xE9 cannot appear here; "
                        + "save the pack as UTF-8");
    }

    @Test
    void an_empty_file_is_read_and_left_to_the_pack_reader() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.yaml"));

        assertThat(read(file)).contains(new PackFile(file.toString(), ""));
    }

    @Test
    void a_file_the_system_fails_to_read_gives_the_systems_reason() {
        // Linux's view of a process's own memory: a regular file whose read at offset 0 fails, even for root.
        Path file = Path.of("/proc/self/mem");
        assumeThat(file).exists();

        assertThat(read(file)).isEmpty();
        assertThat(messages()).containsExactly("/proc/self/mem: cannot read the file: Input/output error");
    }

    @Test
    void a_file_without_read_permission_is_named() throws IOException {
        Path file = Files.writeString(dir.resolve("private.yaml"), "id: team\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("not running as root").isFalse();

        assertThat(read(file)).isEmpty();
        assertThat(messages()).containsExactly(file + ": cannot read the file: permission denied");
    }
}
