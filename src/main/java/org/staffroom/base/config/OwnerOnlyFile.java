package org.staffroom.base.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** A small secret kept in a file only the app's OS user can read. */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /**
     * Writes {@code content} to {@code file}, readable and writable by the owner only. The file
     * appears complete or not at all: it is written beside and then moved into place.
     */
    public static void write(Path file, String content) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, content + "\n", StandardCharsets.US_ASCII);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
