package io.capacity.planner.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** What went wrong reading an input file, in the words of ls and cat: "missing.yaml: no such file or directory". */
public final class FileErrors {
    private FileErrors() {
    }

    public static String describe(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            why = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            why = "not UTF-8 text";
        } else if (java.nio.file.Files.isDirectory(file)) {
            why = "is a directory";
        } else {
            why = e.getMessage() == null ? "cannot be read" : e.getMessage();
        }
        return file + ": " + why;
    }
}
