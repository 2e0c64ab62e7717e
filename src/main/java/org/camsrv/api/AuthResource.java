package org.camsrv.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import jakarta.servlet.http.HttpServletRequest;
import org.camsrv.auth.LoginService;
import org.camsrv.auth.User;
import org.camsrv.auth.UserService;
import org.camsrv.auth.token.RefreshRotation;
import org.camsrv.auth.token.TokenChecks;
import org.camsrv.auth.token.TokenKind;
import org.camsrv.auth.token.TokenService;
import org.camsrv.log.SafeLog;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** raspiCamSrv's token routes: log in for a token pair, refresh an access token, test a token. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final SafeLog LOG = SafeLog.of(AuthResource.class);

    static final String INVALID_LOGIN = "Invalid username or password";
    static final String PASSWORD_CHANGE_REQUIRED = "Password change required. Please log in through UI!";

    @Inject
    UserService users;

    @Inject
    TokenService tokens;

    @Inject
    LoginService logins;

    @Inject
    RefreshRotation rotation;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Path("login")
    @PermitAll
    public CompletionStage<Response> login(InputStream body) {
        String name;
        String password;
        try {
            JsonObject request = JsonBodies.readObject(body);
            Optional<String> givenName = JsonBodies.string(request, "username");
            Optional<String> givenPassword = JsonBodies.string(request, "password");
            if (givenName.isEmpty() || givenPassword.isEmpty()) {
                return now(ApiResponses.error(Response.Status.BAD_REQUEST, "Missing username or password"));
            }
            name = givenName.get();
            password = givenPassword.get();
        } catch (JsonBodies.BadBodyException e) {
            return now(ApiResponses.error(Response.Status.BAD_REQUEST, e.getMessage()));
        }
        // The server thread is released while the password is hashed; the answer follows on the hashing thread.
        return logins.checkPassword(name, password.toCharArray(), servletRequest.getRemoteAddr(), "API login")
                .thenApply(this::answer)
                .exceptionally(AuthResource::failed);
    }

    private Response answer(LoginService.Outcome outcome) {
        if (outcome instanceof LoginService.Throttled throttled) {
            return ApiResponses.tooManyRequests(throttled.message(), throttled.seconds());
        }
        return tokensFor(outcome instanceof LoginService.Accepted accepted ? Optional.of(accepted.user()) : Optional.empty());
    }

    private Response tokensFor(Optional<User> user) {
        if (user.isEmpty()) {
            return ApiResponses.error(Response.Status.UNAUTHORIZED, INVALID_LOGIN);
        }
        if (user.get().initial()) {
            return ApiResponses.error(Response.Status.UNAUTHORIZED, PASSWORD_CHANGE_REQUIRED);
        }
        return tokenAnswer(rotation.logIn(user.get()));
    }

    private static Response tokenAnswer(TokenService.TokenPair pair) {
        JsonObjectBuilder answer = ApiResponses.object().add("access_token", pair.accessToken());
        if (pair.refreshToken() != null) {
            answer.add("refresh_token", pair.refreshToken());
        }
        return noStore(ApiResponses.json(Response.Status.OK, answer.build()));
    }

    /** Token answers must not be cached anywhere (RFC 6749, 5.1). */
    private static Response noStore(Response response) {
        return Response.fromResponse(response).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private static Response failed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        LOG.log(Level.SEVERE, "Login failed", cause);
        return ApiResponses.error(Response.Status.INTERNAL_SERVER_ERROR, "Internal server error");
    }

    private static CompletionStage<Response> now(Response response) {
        return CompletableFuture.completedFuture(response);
    }

    @POST
    @Path("refresh")
    @RolesAllowed(TokenKind.REFRESH_ROLE)
    public Response refresh(@Context SecurityContext security) {
        // The token's user id as well as its name: a removed user's token must not serve a new user of that name.
        JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
        Optional<User> user = users.findByName(token.getName())
                .filter(found -> TokenService.userIdOf(token).equals(Optional.of(found.id())));
        Optional<TokenService.TokenPair> rotated = user.flatMap(found -> TokenService.chainOf(token)
                .flatMap(chain -> rotation.refresh(found, chain)));
        // raspiCamSrv clients read only access_token; the new refresh_token beside it is for clients that rotate.
        return rotated.map(AuthResource::tokenAnswer).orElseGet(() -> ApiResponses.tokenRefused(TokenChecks.REVOKED, true));
    }

    @GET
    @Path("protected")
    @RolesAllowed(TokenKind.ACCESS_ROLE)
    public Response protectedRoute(@Context SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return ApiResponses.json(Response.Status.OK, ApiResponses.object()
                .add("message", "Hello, " + name + "! You accessed a protected route.").build());
    }
}
