package org.camsrv.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camsrv.auth.token.TokenChecks;

/** The JSON bodies raspiCamSrv clients expect: {"message": …}, {"error": …}, {"msg": …}. */
public final class ApiResponses {

    /**
     * Token failures: flask-jwt-extended's words in "msg", so existing clients can react. The words
     * for a token itself (expired, bad signature, revoked) live with the rules, in TokenChecks.
     */
    public static final String MISSING_HEADER = "Missing Authorization Header";
    public static final String MISSING_BEARER = "Missing 'Bearer' type in 'Authorization' header. "
            + "Expected 'Authorization: Bearer <JWT>'";
    public static final String ONLY_ACCESS = "Only non-refresh tokens are allowed";
    public static final String ONLY_REFRESH = "Only refresh tokens are allowed";

    /** Looked up once: object() searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ApiResponses() {
    }

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    /** A builder that starts with the members of {@code start}. */
    public static JsonObjectBuilder object(JsonObject start) {
        return JSON.createObjectBuilder(start);
    }

    public static Response message(Object message) {
        return json(Response.Status.OK, object().add("message", String.valueOf(message)).build());
    }

    public static Response error(Response.StatusType status, String error) {
        return json(status, object().add("error", error).build());
    }

    /** A 429 with the seconds to wait, in the body and in Retry-After. */
    public static Response tooManyRequests(String error, long retryAfterSeconds) {
        return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, error))
                .header("Retry-After", Long.toString(retryAfterSeconds)).build();
    }

    /**
     * A refused token, with flask-jwt-extended's status: 401 (and the bearer challenge RFC 6750 asks for)
     * when there is no token or it expired or was revoked, 422 when it is malformed, badly signed or of
     * the wrong kind.
     */
    public static Response tokenRefused(String msg, boolean tokenPresent) {
        if (!UNAUTHORIZED.contains(msg)) {
            return json(UNPROCESSABLE, object().add("msg", msg).build());
        }
        String challenge = tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", challenge)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(object().add("msg", msg).build())
                .build();
    }

    /** The refusals flask-jwt-extended answers with 401; every other one is a 422. */
    private static final java.util.Set<String> UNAUTHORIZED = java.util.Set.of(MISSING_HEADER, MISSING_BEARER,
            TokenChecks.EXPIRED, TokenChecks.REVOKED, TokenChecks.VIEWER_KEY);

    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Entity";
        }
    };

    public static Response json(Response.StatusType status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
