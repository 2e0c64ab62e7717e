package org.camsrv.migration;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds a database shaped like raspiCamSrv's {@code instance/raspiCamSrv.sqlite}, with password
 * hashes werkzeug made (werkzeug 3.1.8, {@code generate_password_hash(password, method=...)}; see
 * {@link WerkzeugPasswordHashTest} for how).
 */
public final class RaspiCamSrvDatabase {

    /** "secret" under werkzeug 2.3's default, pbkdf2:sha256 with 600,000 rounds. */
    public static final String SECRET_PBKDF2 = "pbkdf2:sha256:600000$GxP8F9o82Ajm6OXk$"
            + "c2d794f126c2933ebb4e75132d0a9ab3242fde8cb0a5b906ee862c6644cd548b";
    /** "secret" under werkzeug 3's default, scrypt:32768:8:1. */
    public static final String SECRET_SCRYPT = "scrypt:32768:8:1$e3hSE4KXgQS8dBea$"
            + "2cda3b464659e6bb0420db8e93d4504d77aed287bc5054833c54c9ba01682266"
            + "c55785f1f20be8e00f3a5f916844206eb373d3488be23afc7e6f416f8a2caf62";
    /** "pässwörd✓" under pbkdf2:sha256 with 1,000 rounds. */
    public static final String NON_ASCII_PBKDF2 = "pbkdf2:sha256:1000$VEqNaEaPsf9JSuQw$"
            + "58603d133bbfb07d54d59f6c8833d90d563cb9b08b00a177164a80f90fd5658f";

    private final Path file;

    private RaspiCamSrvDatabase(Path file) {
        this.file = file;
    }

    /** An empty user table as raspiCamSrv's schema.sql creates it. */
    public static RaspiCamSrvDatabase create(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE user (id INTEGER PRIMARY KEY AUTOINCREMENT, username TEXT UNIQUE NOT NULL, "
                    + "password TEXT NOT NULL, issuperuser INTEGER NOT NULL DEFAULT 0, isinitial INTEGER NOT NULL DEFAULT 1)");
        }
        return new RaspiCamSrvDatabase(file);
    }

    public RaspiCamSrvDatabase user(String name, String hash, boolean superUser, boolean initial) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO user (username, password, issuperuser, isinitial) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, hash);
            insert.setInt(3, superUser ? 1 : 0);
            insert.setInt(4, initial ? 1 : 0);
            insert.executeUpdate();
        }
        return this;
    }

    public Path file() {
        return file;
    }
}
