package org.camsrv.auth;

import java.nio.file.Path;
import org.camsrv.data.SqliteDatabase;
import org.camsrv.migration.RaspiCamSrvImportException;

/**
 * The command-line form of the raspiCamSrv user import, for an owner who moves a whole Pi at once:
 * {@code UserImportCommand <raspiCamSrv.sqlite> [<CamSrv data directory>]} (README, "Coming from raspiCamSrv").
 * Writes to CamSrv's database directly; a running CamSrv sees the new users at once.
 */
public final class UserImportCommand {

    private UserImportCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: UserImportCommand <path to raspiCamSrv's instance/raspiCamSrv.sqlite> [<CamSrv data directory>]");
            System.exit(2);
        }
        Path dataDirectory = args.length == 2 ? Path.of(args[1]) : defaultDataDirectory();
        try {
            System.out.println(run(Path.of(args[0]), dataDirectory));
        } catch (RaspiCamSrvImportException | SqliteDatabase.DatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Imports into the database of this data directory, creating it as CamSrv would, and answers the summary. */
    static String run(Path raspiCamSrvDatabase, Path dataDirectory) throws RaspiCamSrvImportException {
        Path database = dataDirectory.resolve("db").resolve("camsrv.sqlite");
        try {
            org.camsrv.data.AtomicFiles.createFolders(database.getParent(), org.camsrv.data.AtomicFiles.OWNER_ONLY_DIR);
        } catch (java.io.IOException e) {
            throw new SqliteDatabase.DatabaseException("Cannot create " + database.getParent(), e);
        }
        return UserImport.importUsers(raspiCamSrvDatabase, new UserStore(new SqliteDatabase(database))).summary();
    }

    /** As the server finds it: CAMSRV_DATA_DIR, else ~/.camsrv. */
    private static Path defaultDataDirectory() {
        String configured = System.getenv("CAMSRV_DATA_DIR");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".camsrv") : Path.of(configured.strip());
    }
}
