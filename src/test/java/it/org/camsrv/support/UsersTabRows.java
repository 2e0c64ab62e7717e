package it.org.camsrv.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Users tab's list as a hand-made post needs it: the name of the checkbox in a user's row. */
public final class UsersTabRows {

    private UsersTabRows() {
    }

    public static String checkboxOf(String usersPage, String name) {
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(usersPage);
        while (row.find()) {
            Matcher checkbox = Pattern.compile("name=\"(userList:users:\\d+:select)\"").matcher(row.group(1));
            if (row.group(1).contains(">" + name + "<") && checkbox.find()) {
                return checkbox.group(1);
            }
        }
        throw new AssertionError("no checkbox for " + name);
    }
}
