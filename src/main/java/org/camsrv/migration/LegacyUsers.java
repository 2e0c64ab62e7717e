package org.camsrv.migration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a raspiCamSrv database holds: the users that can be taken over and those skipped, so a
 * page can say "3 users found, 1 skipped: bob (unknown hash format)".
 */
public record LegacyUsers(List<LegacyUser> users, List<SkippedUser> skipped) {

    public LegacyUsers {
        users = List.copyOf(users);
        skipped = List.copyOf(skipped);
    }

    /** Every row of the user table, skipped ones included. */
    public int found() {
        return users.size() + skipped.size();
    }

    public String summary() {
        String found = found() + (found() == 1 ? " user found" : " users found");
        if (skipped.isEmpty()) {
            return found;
        }
        return found + ", " + skipped.size() + " skipped: " + skipped.stream()
                .map(user -> user.name() + " (" + user.reason() + ")")
                .collect(Collectors.joining(", "));
    }
}
