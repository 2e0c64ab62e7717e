package org.camsrv.data;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.camsrv.log.SafeLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one folder that holds everything CamSrv writes ({@code camsrv.data.dir}, environment
 * {@code CAMSRV_DATA_DIR}, default {@code ~/.camsrv}). Resolved once, created owner-only, because it
 * holds the user database and stored configuration.
 */
@ApplicationScoped
public class DataDirectory {

    private static final SafeLog LOG = SafeLog.of(DataDirectory.class);

    @Inject
    @ConfigProperty(name = "camsrv.data.dir")
    Optional<String> configured;

    private Path root;

    /**
     * The data directory outside the server (the command-line import): {@code configured} as the
     * environment gives it, blank or empty for the default. Created and checked as the server does.
     */
    public static DataDirectory at(Optional<String> configured) {
        DataDirectory data = new DataDirectory();
        data.configured = configured;
        data.resolve();
        return data;
    }

    @PostConstruct
    void resolve() {
        root = configured.filter(s -> !s.isBlank())
                .map(s -> Path.of(s.strip()))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".camsrv"))
                .toAbsolutePath().normalize();
        try {
            AtomicFiles.createFolders(root, AtomicFiles.OWNER_ONLY_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
        tightenToOwnerOnly(root);
        tightenToOwnerOnly(root.resolve("logs"));
        LOG.info(() -> "Data directory: " + root);
    }

    /**
     * Liberty makes {@code logs/} (and with it the data directory) before CamSrv starts, with the
     * process's umask; both hold what only the owner should read, so they are made 0700.
     */
    private static void tightenToOwnerOnly(Path folder) {
        try {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && !Files.getPosixFilePermissions(folder).equals(AtomicFiles.OWNER_ONLY_DIR)) {
                Files.setPosixFilePermissions(folder, AtomicFiles.OWNER_ONLY_DIR);
                LOG.info(() -> folder + " could be read by others; it is now 0700");
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(() -> "Cannot make " + folder + " owner-only: " + e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    public Path configFolder() {
        return root.resolve("config");
    }

    public Path databaseFolder() {
        return root.resolve("db");
    }

    private SqliteDatabase database;

    /** The one embedded database, {@code db/camsrv.sqlite}, opened (and its schema brought up to date) on first use. */
    public synchronized SqliteDatabase database() {
        if (database == null) {
            try {
                AtomicFiles.createFolders(databaseFolder(), AtomicFiles.OWNER_ONLY_DIR);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + databaseFolder(), e);
            }
            database = new SqliteDatabase(databaseFolder().resolve("camsrv.sqlite"));
        }
        return database;
    }

    public Path mediaFolder() {
        return root.resolve("media");
    }
}
