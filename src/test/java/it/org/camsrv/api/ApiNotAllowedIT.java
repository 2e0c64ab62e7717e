package it.org.camsrv.api;

import it.org.camsrv.support.ApiAssertions;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import java.net.URL;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A valid secrets file does not activate the API while Allow access through API is off. */
@ExtendWith(ArquillianExtension.class)
class ApiNotAllowedIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("api-not-allowed");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA)
                .with("camsrv.api.allowed", "false")
                .build();
    }

    @ArquillianResource
    URL base;

    @Test
    void loginAndProtectedAnswer503() {
        ApiClient api = new ApiClient(base);
        ApiAssertions.assertNotActive(api.post("api/login", "{\"username\": \"owner\", \"password\": \"owner-password\"}", null));
        ApiAssertions.assertNotActive(api.get("api/protected", null));
    }
}
