package org.camsrv.auth.token;

/**
 * The two kinds of token, carried as the token's only group so that {@code @RolesAllowed}
 * keeps a refresh token off every route but {@code /api/refresh}.
 */
public enum TokenKind {
    ACCESS("access"),
    REFRESH("refresh");

    /** Role names as constants for annotations. */
    public static final String ACCESS_ROLE = "access";
    public static final String REFRESH_ROLE = "refresh";

    private final String group;

    TokenKind(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }
}
