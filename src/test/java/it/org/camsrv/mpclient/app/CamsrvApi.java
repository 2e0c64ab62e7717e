package it.org.camsrv.mpclient.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** CamSrv's API as a MicroProfile Rest Client; the caller's Authorization header goes along. */
@RegisterRestClient(configKey = "camsrv")
@RegisterClientHeaders
@Path("/api")
public interface CamsrvApi {

    @GET
    @Path("protected")
    String protectedRoute();
}
