package org.camsrv.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;
import org.camsrv.auth.token.TokenKind;

/**
 * /api/probe: raspiCamSrv evaluates any expression it is sent; CamSrv answers only the read-only
 * properties of {@link ProbeProperties} and an error entry for anything else, never evaluating it.
 */
@Path("/probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenKind.ACCESS_ROLE)
public class ProbeResource {

    static final int MAX_PROPERTIES = 50;

    @Inject
    ProbeProperties properties;

    /** raspiCamSrv's form: GET with a JSON body. */
    @GET
    public Response probe(InputStream body) {
        return answerAll(body);
    }

    /** For clients that cannot send a body with GET. */
    @jakarta.ws.rs.POST
    public Response probeByPost(InputStream body) {
        return answerAll(body);
    }

    private Response answerAll(InputStream body) {
        JsonArray asked;
        try {
            Optional<JsonObject> request = JsonBodies.readOptionalObject(body);
            JsonValue list = request.map(o -> o.get("properties")).orElse(null);
            if (list == null) {
                return ApiResponses.error(Response.Status.BAD_REQUEST, "No properties provided");
            }
            if (list.getValueType() != JsonValue.ValueType.ARRAY || list.asJsonArray().isEmpty()) {
                return ApiResponses.error(Response.Status.BAD_REQUEST, "properties must not be empty");
            }
            asked = list.asJsonArray();
        } catch (JsonBodies.BadBodyException e) {
            return ApiResponses.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (asked.size() > MAX_PROPERTIES) {
            return ApiResponses.error(Response.Status.BAD_REQUEST, "At most " + MAX_PROPERTIES + " properties at once");
        }
        JsonArrayBuilder results = jakarta.json.Json.createArrayBuilder();
        for (JsonValue entry : asked) {
            results.add(answer(entry));
        }
        return ApiResponses.json(Response.Status.OK, ApiResponses.object().add("results", results).build());
    }

    private JsonObject answer(JsonValue entry) {
        if (!(entry instanceof JsonObject object) || !(object.get("property") instanceof jakarta.json.JsonString name)) {
            return ApiResponses.object().add("property", "ERROR: each entry needs a \"property\" text").build();
        }
        return properties.value(name.getString())
                .map(value -> ApiResponses.object().add(name.getString(), value).build())
                .orElseGet(() -> ApiResponses.object()
                        .add("property", "ERROR: unknown property; see the documented list of probe properties").build());
    }
}
