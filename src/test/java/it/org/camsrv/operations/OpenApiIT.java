package it.org.camsrv.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.ApiClient.Answer;
import it.org.camsrv.support.CamsrvArchive;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document is written by hand, so this test holds it to the code: every route the JAX-RS
 * resources serve is in it with its method, and it lists nothing they do not serve.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final java.nio.file.Path DATA = CamsrvArchive.newDataDirectory("openapi");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void documentListsExactlyTheRoutesTheCodeServes() throws Exception {
        JsonObject json = document();
        assertTrue(json.getString("openapi").startsWith("3."), json.getString("openapi"));

        Set<String> documented = new TreeSet<>();
        json.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "post", "put", "delete", "patch").contains(key))
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertEquals(routesInCode(), documented);

        assertTrue(json.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearerAuth"));
    }

    @Test
    void serversPointAtTheApplicationsContextRoot() throws Exception {
        JsonObject json = document();
        String server = json.getJsonArray("servers").getJsonObject(0).getString("url");
        assertTrue(server.endsWith(new URL(base, ".").getPath().replaceAll("/$", "")), server + " for " + base);
    }

    /** The document as JSON, from the server's /openapi (outside the application's context root). */
    private JsonObject document() throws MalformedURLException {
        ApiClient server = new ApiClient(new URL(base, "/"));
        Answer document = server.send(server.request("/openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, document.status(), document.text());
        return document.json();
    }

    /** "GET /api/info" and so on, from the annotations of every resource class in org.camsrv.api. */
    private static Set<String> routesInCode() throws URISyntaxException, java.io.IOException {
        // The main classes' folder (unit tests have an org/camsrv/api folder of their own).
        java.nio.file.Path folder = java.nio.file.Path.of(org.camsrv.api.ApiApplication.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI()).resolve("org/camsrv/api");
        Set<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = load("org.camsrv.api." + file.getFileName().toString().replace(".class", ""));
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
                    if (verb != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        routes.add(verb + " " + join("/api", classPath.value(), methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        return routes;
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/+", "/");
        return joined.endsWith("/") && joined.length() > 1 ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
