package org.camsrv.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import org.camsrv.log.SafeLog;

/**
 * Every failure under /api answers JSON without a stack trace: a client error with its reason,
 * anything unexpected with a short 500 whose details go to the log only. 401 and 403 are left
 * to {@link TokenFailureFilter}, which knows raspiCamSrv's words for them.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final SafeLog LOG = SafeLog.of(ApiErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            if (status == 401 || status == 403 || status < 400) {
                return original;
            }
            return ApiResponses.error(original.getStatusInfo(), describe(original.getStatusInfo()));
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return ApiResponses.error(Response.Status.INTERNAL_SERVER_ERROR, "Internal server error");
    }

    private static String describe(Response.StatusType type) {
        return switch (type.getStatusCode()) {
            case 404 -> "No such API route";
            case 405 -> "Method not allowed for this route";
            case 415 -> "Unsupported content type";
            default -> type.getReasonPhrase();
        };
    }
}
