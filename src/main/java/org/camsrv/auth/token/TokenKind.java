package org.camsrv.auth.token;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two kinds of token. Each is carried three ways: as the token's only group, so that
 * {@code @RolesAllowed} keeps a refresh token off every route but {@code /api/refresh}; as the JOSE
 * {@code typ} header, which CamSrv checks itself; and as the audience, which any other MicroProfile
 * service checks with {@code mp.jwt.verify.audiences=camsrv}.
 */
public enum TokenKind {
    ACCESS("access", "at+jwt", "camsrv"),
    REFRESH("refresh", "refresh+jwt", "camsrv-refresh");

    /** Role names as constants for annotations. */
    public static final String ACCESS_ROLE = "access";
    public static final String REFRESH_ROLE = "refresh";

    private final String group;
    private final String joseType;
    private final String audience;

    TokenKind(String group, String joseType, String audience) {
        this.group = group;
        this.joseType = joseType;
        this.audience = audience;
    }

    public String group() {
        return group;
    }

    /** The JOSE header's typ: RFC 9068's for access tokens, a type of CamSrv's own for refresh tokens. */
    public String joseType() {
        return joseType;
    }

    public String audience() {
        return audience;
    }

    public static Optional<TokenKind> ofJoseType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.joseType.equalsIgnoreCase(type)).findFirst();
    }
}
