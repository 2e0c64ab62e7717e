package org.camsrv.auth;

import java.nio.file.Path;
import java.util.Optional;
import org.camsrv.data.DataDirectory;
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
        // Without a folder argument, the server's own: CAMSRV_DATA_DIR, else ~/.camsrv.
        Optional<String> dataDirectory = Optional.ofNullable(args.length == 2 ? args[1] : System.getenv("CAMSRV_DATA_DIR"));
        try {
            System.out.println(run(Path.of(args[0]), DataDirectory.at(dataDirectory)));
        } catch (RaspiCamSrvImportException | RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** Imports into the database of this data directory and answers the summary. */
    static String run(Path raspiCamSrvDatabase, DataDirectory dataDirectory) throws RaspiCamSrvImportException {
        return UserImport.importUsers(raspiCamSrvDatabase, new UserStore(dataDirectory.database())).summary();
    }
}
