package it.org.camsrv.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import it.org.camsrv.mpclient.app.ClientApplication;
import it.org.camsrv.support.ApiClient;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.TestTokens;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README tells other MicroProfile services, proven end to end: a second Liberty runs a small
 * service (test code, it.org.camsrv.mpclient.app) whose mpJwt trusts CamSrv's tokens through
 * {@code mp.jwt.verify.publickey.location=<CamSrv>/api/jwks}, and which calls CamSrv's API with a
 * MicroProfile Rest Client that passes the caller's token on.
 */
@ExtendWith(ArquillianExtension.class)
class MicroProfileClientIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("mp-client");
    private static final Path WLP = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"));
    private static final String APP = "camsrv";
    private static final String SERVER = "camsrvClient";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.ownerWithApi(DATA).build();
    }

    @ArquillianResource
    Deployer deployer;

    @TempDir
    Path work;

    @Test
    void anotherServiceTrustsCamsrvTokensThroughTheKeySetAndPassesThemOn() throws Exception {
        String camsrv = "http://localhost:" + System.getProperty("it.http.port") + "/";
        ApiClient api = new ApiClient(new URL(camsrv));
        deployer.deploy(APP);
        String beforeKeyChange = api.login("owner", "owner-password").getString("access_token");
        String oldKeySet = api.get("api/jwks", null).text();

        // A key change: the secrets file is gone, so the next start writes a new one with new keys.
        Files.delete(CamsrvArchive.secretsFileIn(DATA));
        deployer.undeploy(APP);
        deployer.deploy(APP);
        assertNotEquals(oldKeySet, api.get("api/jwks", null).text(), "CamSrv has a new key");
        var currentLogin = api.login("owner", "owner-password");
        String current = currentLogin.getString("access_token");
        String refresh = currentLogin.getString("refresh_token");
        // Told to the other team as the README says: the issuer from any token of this installation.
        String issuer = TestTokens.claimsOf(current).getIssuer();

        int port = LibertyProcess.freePort();
        Path serverDir = createClientServer(port, camsrv, issuer);
        String client = "http://localhost:" + port + "/mpclient/";
        try (LibertyProcess server = LibertyProcess.start(
                List.of(WLP.resolve("bin/server").toString(), "run", SERVER), Map.of(), work.resolve("client.log"))) {
            awaitReady(work.resolve("client.log"), Duration.ofSeconds(180));
            HttpResponse<String> trusted = get(client + "whoami", current);
            assertEquals(200, trusted.statusCode(), () -> trusted.body() + "\n" + tail(work.resolve("client.log")));
            assertEquals("token of owner from " + issuer, trusted.body());
            HttpResponse<String> anyToken = get(client + "whoami-any-token", current);
            assertEquals(200, anyToken.statusCode(), anyToken.body());
            // A route that takes either group: the audience keeps the refresh token out.
            assertEquals(401, get(client + "whoami-any-token", refresh).statusCode(), "a refresh token is no access token");
            assertEquals(401, get(client + "whoami", refresh).statusCode(), "nor on the guarded route");

            assertEquals(401, get(client + "whoami", forged()).statusCode(), "a token CamSrv never signed");
            assertEquals(401, get(client + "whoami", beforeKeyChange).statusCode(), "a token of the replaced key");
            assertEquals(401, get(client + "whoami", null).statusCode(), "no token");

            HttpResponse<String> passedOn = get(client + "camsrv-protected", current);
            assertEquals(200, passedOn.statusCode(), passedOn.body());
            assertTrue(passedOn.body().contains("Hello, owner! You accessed a protected route."), passedOn.body());
        } finally {
            new ProcessBuilder(WLP.resolve("bin/server").toString(), "stop", SERVER).inheritIO().start()
                    .waitFor(90, java.util.concurrent.TimeUnit.SECONDS);
            deleteRecursively(serverDir);
            deployer.undeploy(APP);
        }
    }

    private Path createClientServer(int port, String camsrv, String issuer) throws Exception {
        Path serverDir = WLP.resolve("usr/servers/" + SERVER);
        deleteRecursively(serverDir);
        Files.createDirectories(serverDir.resolve("apps"));
        Files.writeString(serverDir.resolve("server.xml"), """
                <server description="Another team's MicroProfile service">
                    <featureManager>
                        <feature>restfulWS-3.1</feature>
                        <feature>cdi-4.0</feature>
                        <feature>mpJwt-2.1</feature>
                        <feature>mpConfig-3.1</feature>
                        <feature>mpRestClient-3.0</feature>
                    </featureManager>
                    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="%d" httpsPort="-1"/>
                    <mpJwt id="defaultMpJwt" userNameAttribute="sub" groupNameAttribute="groups" mapToUserRegistry="false"/>
                    <webApplication location="mpclient.war" contextRoot="/mpclient"/>
                </server>
                """.formatted(port));
        // Security wants a password for its LTPA keys; the plugin writes one for servers it creates, this one is made by hand.
        Files.writeString(serverDir.resolve("server.env"), "keystore_password=" + java.util.UUID.randomUUID() + "\n");
        String config = String.join("\n",
                "mp.jwt.verify.publickey.location=" + camsrv + "api/jwks",
                "mp.jwt.verify.publickey.algorithm=ES256",
                "mp.jwt.verify.issuer=" + issuer,
                "mp.jwt.verify.audiences=camsrv",
                "camsrv/mp-rest/url=" + camsrv.substring(0, camsrv.length() - 1),
                "org.eclipse.microprofile.rest.client.propagateHeaders=Authorization", "");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "mpclient.war")
                .addPackage(ClientApplication.class.getPackage())
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
        war.as(ZipExporter.class).exportTo(serverDir.resolve("apps/mpclient.war").toFile(), true);
        return serverDir;
    }

    /** Well formed, ES256, CamSrv's issuer and claims, but signed with a key CamSrv never had. */
    private static String forged() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("forged").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("forged").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("camsrv").subject("owner")
                        .claim("groups", List.of("access"))
                        .issueTime(new java.util.Date())
                        .expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000)).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    /** Waits for the server's "ready" message (its routes answer 401 before that, which would mislead). */
    private static void awaitReady(Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains("CWWKF0011I")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the client server did not start:\n" + tail(log));
    }

    /** The client server's last lines, to show why it refused. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteRecursively(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
