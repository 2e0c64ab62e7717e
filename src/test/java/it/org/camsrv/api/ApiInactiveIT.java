package it.org.camsrv.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static it.org.camsrv.support.ApiAssertions.assertNotActive;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With no secrets file configured the API is not active: 503 everywhere but the key set. */
@ExtendWith(ArquillianExtension.class)
class ApiInactiveIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("api-inactive");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).admin("owner", "owner-password").build();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyApiRouteAnswers503() {
        ApiClient api = new ApiClient(base);
        assertNotActive(api.post("api/login", "{\"username\": \"owner\", \"password\": \"owner-password\"}", null));
        assertNotActive(api.post("api/refresh", "", null));
        assertNotActive(api.get("api/protected", null));
        assertNotActive(api.get("api/protected", "some.stale.token"));
        assertNotActive(api.get("api/take_photo", null));
        assertNotActive(api.get("api/no_such_route", null));
    }

    @Test
    void keySetAnswersEmptyWhileInactive() {
        Answer answer = new ApiClient(base).get("api/jwks", null);
        assertEquals(200, answer.status());
        assertEquals(0, answer.json().getJsonArray("keys").size());
    }
}
