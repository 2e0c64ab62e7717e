package org.camsrv.migration;

import java.util.List;

/**
 * What a raspiCamSrv database holds: the users that can be taken over, and those skipped with the
 * reason, which the import's report names.
 */
public record LegacyUsers(List<LegacyUser> users, List<SkippedUser> skipped) {

    public LegacyUsers {
        users = List.copyOf(users);
        skipped = List.copyOf(skipped);
    }
}
