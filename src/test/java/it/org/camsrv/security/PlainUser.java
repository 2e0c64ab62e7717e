package it.org.camsrv.security;

import java.nio.file.Path;
import org.camsrv.auth.UserImportCommand;
import org.camsrv.migration.RaspiCamSrvDatabase;

/**
 * A plain user as the issue found one: imported from a raspiCamSrv database before the server
 * starts, neither SuperUser nor Initial, beside the SuperUser "owner" (the server makes no
 * configured admin once users exist). Both passwords are "secret" (werkzeug's pbkdf2 hash).
 */
public final class PlainUser {

    public static final String NAME = "plain";
    public static final String PASSWORD = "secret";
    public static final String OWNER = "owner";
    public static final String OWNER_PASSWORD = "secret";

    private PlainUser() {
    }

    /** Writes the user into the data directory's database, as the command-line import does. */
    public static void importInto(Path dataDirectory) {
        try {
            Path raspiCamSrv = RaspiCamSrvDatabase.create(dataDirectory.resolve("raspiCamSrv-import.sqlite"))
                    .user(OWNER, RaspiCamSrvDatabase.SECRET_PBKDF2, true, false)
                    .user(NAME, RaspiCamSrvDatabase.SECRET_PBKDF2, false, false)
                    .file();
            UserImportCommand.main(new String[] {raspiCamSrv.toString(), dataDirectory.toString()});
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
