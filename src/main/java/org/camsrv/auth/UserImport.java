package org.camsrv.auth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camsrv.migration.LegacyUser;
import org.camsrv.migration.LegacyUsers;
import org.camsrv.migration.RaspiCamSrvImportException;
import org.camsrv.migration.RaspiCamSrvUsers;
import org.camsrv.migration.SkippedUser;

/**
 * Brings raspiCamSrv's users into CamSrv's user store with their SuperUser and Initial flags and
 * their werkzeug password hashes, which are checked at the first login and then replaced by CamSrv's
 * own hash. A name CamSrv has already is left alone, so running the import again imports nothing twice.
 * Used by the Users tab and by {@link UserImportCommand}.
 */
public final class UserImport {

    /** What an import did, in words a page or a terminal can show. */
    public record Report(List<String> imported, List<SkippedUser> skipped) {

        public Report {
            imported = List.copyOf(imported);
            skipped = List.copyOf(skipped);
        }

        public String summary() {
            String done = imported.isEmpty() ? "No user imported"
                    : imported.size() + (imported.size() == 1 ? " user imported: " : " users imported: ")
                            + String.join(", ", imported);
            if (skipped.isEmpty()) {
                return done;
            }
            return done + "; " + skipped.size() + " skipped: " + skipped.stream()
                    .map(user -> user.name() + " (" + user.reason() + ")").collect(Collectors.joining(", "));
        }
    }

    private UserImport() {
    }

    public static Report importUsers(Path raspiCamSrvDatabase, UserStore store) throws RaspiCamSrvImportException {
        LegacyUsers legacy = RaspiCamSrvUsers.read(raspiCamSrvDatabase);
        List<String> imported = new ArrayList<>();
        List<SkippedUser> skipped = new ArrayList<>(legacy.skipped());
        for (LegacyUser user : legacy.users()) {
            var problem = UserRules.checkName(user.name());
            if (problem.isPresent()) {
                skipped.add(new SkippedUser(user.name(), problem.get()));
            } else if (store.addUser(user.name(), user.passwordHash(), user.superUser(), user.initial()).isPresent()) {
                imported.add(user.name());
            } else {
                skipped.add(new SkippedUser(user.name(), "exists already"));
            }
        }
        return new Report(imported, skipped);
    }
}
