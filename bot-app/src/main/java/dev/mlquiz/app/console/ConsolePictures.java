package dev.mlquiz.app.console;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import dev.mlquiz.picture.Png;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The console's picture cards: a leaderboard, stats or recap is also saved as a PNG file in a folder (the
 * working directory), named so that none overwrites another, even from an earlier run: leaderboard-1.png,
 * leaderboard-2.png... The text is printed as always; the file's path follows it.
 */
public final class ConsolePictures {
    /** Text only: {@code MLQUIZ_PICTURES=off}, and the tests that do not look at pictures. */
    public static final ConsolePictures NONE = new ConsolePictures(Optional.empty(), Path.of(""));

    private final Optional<Pictures> pictures;
    private final Path folder;
    /** By file name: the number its next file tries first; numbers taken by files already there are skipped. */
    private final Map<String, Integer> next = new HashMap<>();

    /** Saved in the working directory, as the launcher's console does. */
    public ConsolePictures(Optional<Pictures> pictures) {
        this(pictures, Path.of("").toAbsolutePath());
    }

    public ConsolePictures(Optional<Pictures> pictures, Path folder) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** Saves the view's card; the line saying where (or why not), or empty for a view without a card. */
    synchronized Optional<String> save(View view) {
        return pictures.flatMap(drawing -> drawing.of(view)).map(this::write);
    }

    private String write(Png png) {
        String stem = png.fileName().substring(0, png.fileName().length() - ".png".length());
        Path file = folder.resolve(png.fileName()).toAbsolutePath();
        try {
            while (true) {
                int number = next.merge(stem, 1, Integer::sum);
                file = folder.resolve(stem + "-" + number + ".png").toAbsolutePath();
                try {
                    Files.write(file, png.bytes(), StandardOpenOption.CREATE_NEW);
                    return ConsoleRenderer.TEXT.resolve(Msg.CONSOLE_EXPORT_SAVED, file.toString());
                } catch (FileAlreadyExistsException taken) {
                    // left by an earlier run: the next number
                }
            }
        } catch (IOException e) {
            return ConsoleRenderer.TEXT.resolve(
                    Msg.CONSOLE_EXPORT_FAILED, file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
