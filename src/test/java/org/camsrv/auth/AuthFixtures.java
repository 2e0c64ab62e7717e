package org.camsrv.auth;

import java.nio.file.Path;
import java.util.Optional;
import org.camsrv.data.DataDirectory;

/**
 * Builds the auth beans by hand, as CDI would, for tests in this package and in auth.token
 * (which cannot reach UserService's package-visible fields itself).
 */
public final class AuthFixtures {

    private AuthFixtures() {
    }

    /** A PasswordHasher on the given test hash, as CDI would inject it. */
    public static PasswordHasher hasherOn(JdkPbkdf2PasswordHash pbkdf2) {
        return new PasswordHasher(pbkdf2);
    }

    /**
     * A DataDirectory rooted at {@code root}. DataDirectory's config field and resolve() are
     * package-private to org.camsrv.data; overriding the public folder methods sets the root
     * without reflection, and the folders are created by the code under test as in production.
     */
    public static DataDirectory dataDirectoryAt(Path root) {
        return new DataDirectory() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public Path configFolder() {
                return root.resolve("config");
            }

            @Override
            public Path databaseFolder() {
                return root.resolve("db");
            }

            @Override
            public Path mediaFolder() {
                return root.resolve("media");
            }
        };
    }

    public static UserService openUserService(Path dataRoot) {
        return openUserService(dataRoot, JdkPbkdf2PasswordHash.fastIgnoringIterations(), null, null);
    }

    /** Opens a UserService as its @PostConstruct would; null admin values mean "not configured". */
    public static UserService openUserService(Path dataRoot, JdkPbkdf2PasswordHash pbkdf2, String adminName,
            String adminPassword) {
        return openUserService(dataRoot, hasherOn(pbkdf2), adminName, adminPassword);
    }

    /** Opens a UserService on this hasher (for Argon2id: {@code new PasswordHasher(pbkdf2, argon2)}). */
    public static UserService openUserService(Path dataRoot, PasswordHasher hasher, String adminName,
            String adminPassword) {
        UserService service = new UserService();
        service.dataDirectory = dataDirectoryAt(dataRoot);
        service.hasher = hasher;
        service.adminName = Optional.ofNullable(adminName);
        service.adminPassword = Optional.ofNullable(adminPassword);
        service.open();
        return service;
    }
}
