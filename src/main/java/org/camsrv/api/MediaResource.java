package org.camsrv.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.logging.Level;
import org.camsrv.auth.token.TokenKind;
import org.camsrv.camera.ByteRange;
import org.camsrv.camera.CameraService;
import org.camsrv.camera.MediaLibrary;
import org.camsrv.log.SafeLog;

/**
 * The media the server took, for scripts that take a photo and then fetch it: a list, newest first,
 * and each file by its name (with byte ranges, for videos). Only names the server made are served.
 */
@Path("/media")
@RequestScoped
@RolesAllowed(TokenKind.ACCESS_ROLE)
public class MediaResource {

    private static final SafeLog LOG = SafeLog.of(MediaResource.class);
    static final int MAX_LIMIT = 500;

    @Inject
    CameraService cameras;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("offset") @DefaultValue("0") String offsetText,
            @QueryParam("limit") @DefaultValue("50") String limitText) {
        int offset;
        int limit;
        try {
            offset = Integer.parseInt(offsetText.strip());
            limit = Integer.parseInt(limitText.strip());
        } catch (NumberFormatException e) {
            return ApiResponses.error(Response.Status.BAD_REQUEST, "\"offset\" and \"limit\" must be whole numbers");
        }
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            return ApiResponses.error(Response.Status.BAD_REQUEST,
                    "\"offset\" must be 0 or more and \"limit\" from 1 to " + MAX_LIMIT);
        }
        try {
            MediaLibrary.Page page = cameras.library().list(offset, limit);
            JsonArrayBuilder items = jakarta.json.Json.createArrayBuilder();
            for (MediaLibrary.Item item : page.items()) {
                items.add(ApiResponses.object()
                        .add("name", item.name())
                        .add("kind", item.kind().word())
                        .add("camera", item.camera())
                        .add("size", item.size())
                        .add("time", item.time().toString())
                        .add("url", "/api/media/" + item.name()));
            }
            return ApiResponses.json(Response.Status.OK, ApiResponses.object()
                    .add("media", items).add("total", page.total()).add("offset", offset).add("limit", limit).build());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The media folder could not be listed", e);
            return ApiResponses.error(Response.Status.INTERNAL_SERVER_ERROR, "The media folder could not be read");
        }
    }

    @GET
    @Path("{name}")
    public Response download(@PathParam("name") String name, @HeaderParam("Range") String rangeHeader) {
        Optional<java.nio.file.Path> file = cameras.library().find(name);
        if (file.isEmpty()) {
            return ApiResponses.error(Response.Status.NOT_FOUND, "No such media file");
        }
        try {
            long length = Files.size(file.get());
            ByteRange range = ByteRange.parse(rangeHeader, length).orElse(ByteRange.all(length));
            StreamingOutput body = out -> range.copy(file.get(), out);
            Response.ResponseBuilder answer = Response.status(range.isWholeFile() ? 200 : 206)
                    .type(MediaLibrary.contentType(name))
                    .header("Content-Length", range.length())
                    .header("Accept-Ranges", "bytes")
                    .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                    .entity(body);
            if (!range.isWholeFile()) {
                answer.header("Content-Range", range.contentRange());
            }
            return answer.build();
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416).header("Content-Range", e.contentRange()).build();
        } catch (IOException e) {
            return ApiResponses.error(Response.Status.NOT_FOUND, "No such media file");
        }
    }
}
