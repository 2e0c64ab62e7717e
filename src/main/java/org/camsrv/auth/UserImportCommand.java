package org.camsrv.auth;

import java.io.PrintStream;
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
        int status = run(args, System.getenv("CAMSRV_DATA_DIR"), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command without the JVM around it, so that tests can run it: answers the exit status. */
    static int run(String[] args, String dataDirFromEnvironment, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("Usage: UserImportCommand <path to raspiCamSrv's instance/raspiCamSrv.sqlite> [<CamSrv data directory>]");
            return 2;
        }
        // Without a folder argument, the server's own: CAMSRV_DATA_DIR, else ~/.camsrv.
        Optional<String> dataDirectory = Optional.ofNullable(args.length == 2 ? args[1] : dataDirFromEnvironment);
        try {
            out.println(run(Path.of(args[0]), DataDirectory.at(dataDirectory)));
            return 0;
        } catch (RaspiCamSrvImportException | RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Imports into the database of this data directory and answers the summary. */
    static String run(Path raspiCamSrvDatabase, DataDirectory dataDirectory) throws RaspiCamSrvImportException {
        return UserImport.importUsers(raspiCamSrvDatabase, new UserStore(dataDirectory.database())).summary();
    }
}
