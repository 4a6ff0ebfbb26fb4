package io.capacity.service.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where tokens come from: a list in the environment or a Spring property ({@code CAPACITY_TOKENS} /
 * {@code capacity.tokens}) and a file ({@code --tokens-file}, {@code CAPACITY_TOKENS_FILE} /
 * {@code capacity.tokens-file}), in {@link Tokens#parse}'s and {@link Tokens#parseLines}'s formats, together. A file that its group or others
 * may read or write is refused: its secrets would not be secret.
 */
public final class TokenSources {
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private TokenSources() {
    }

    /**
     * The tokens of {@code list} (named {@code listWhere} in errors) and of {@code file} (named {@code fileWhere}),
     * either may be null or blank. Any problem is an {@link IllegalArgumentException} of one line.
     */
    public static Tokens load(String listWhere, String list, String fileWhere, Path file) {
        Tokens tokens = list == null || list.isBlank() ? Tokens.NONE : Tokens.parse(listWhere, list);
        if (file == null) {
            return tokens;
        }
        String where = fileWhere + " " + file;
        return tokens.plus(Tokens.parseLines(where, read(where, file)), where);
    }

    static String read(String where, Path file) {
        try {
            checkPrivate(where, file);
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(where + ": no such file; expected lines 'role name secret'");
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Refuses a file its group or others may read or write; file systems without POSIX modes are not checked. */
    static void checkPrivate(String where, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(where + ": is a directory; expected a file of lines 'role name secret'");
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        if (perms.stream().anyMatch(SHARED::contains)) {
            throw new IllegalArgumentException(where + ": group or others may read or write it (mode "
                    + PosixFilePermissions.toString(perms) + "); run: chmod 600 " + file);
        }
    }
}
