package it.org.camsrv.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.org.camsrv.security.PlainUser;
import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.Mosquitto;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Integrations tab as an owner and a plain user use it against a real broker: MQTT turned on from
 * the form (the password into the secrets file, nowhere else), a wrong password said in the log and
 * on the pages, bad input refused field by field, and a plain user's post refused with 403.
 */
@ExtendWith(ArquillianExtension.class)
class MqttSettingsIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("mqtt-settings");
    private static final Path SECRETS = CamsrvArchive.secretsFileIn(DATA);
    private static final Mosquitto BROKER = Mosquitto.startIfInstalled();
    private static final String WRONG_PASSWORD = "not-the-broker-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        PlainUser.importInto(DATA);
        return CamsrvArchive.withDataDirectory(DATA).with("camsrv.api.secrets.file", SECRETS.toString())
                .with("camsrv.camera", "simulated").build();
    }

    @ArquillianResource
    URL base;

    private WebSession owner;

    @AfterAll
    static void stopBroker() {
        if (BROKER != null) {
            BROKER.close();
        }
    }

    @BeforeEach
    void configuredByTheOwner() throws Exception {
        assumeTrue(BROKER != null, Mosquitto.MISSING);
        owner = new WebSession(RawHttp.to(base)).logIn(PlainUser.OWNER, PlainUser.OWNER_PASSWORD);
        if (!"connected".equals(MqttSupport.mqttState(base))) {
            RawHttp.Answer answer = submit(owner, Map.of("integrations:password", Mosquitto.CAMSRV_PASSWORD));
            assertEquals(302, answer.status(), answer.body());
            MqttSupport.awaitConnected(base);
        }
    }

    /** The owner's form as the page fills it, MQTT on with the test broker, changed by {@code changes}. */
    private RawHttp.Answer submit(WebSession session, Map<String, String> changes) {
        Map<String, String> form = WebSession.form(session.get("/settings?tab=integrations"), "integrations");
        form.put("integrations:enabled", "on");
        form.put("integrations:broker", BROKER.url());
        form.put("integrations:user", Mosquitto.CAMSRV_USER);
        form.put("integrations:nodeId", "form-node");
        form.put("integrations:snapshot", "0");
        form.putAll(changes);
        form.put("integrations:submit", "Submit");
        return session.post("/settings", form);
    }

    @Test
    void thePasswordGoesIntoTheSecretsFileAndNeverIntoTheStoredConfigurationOrThePage() throws Exception {
        String secrets = Files.readString(SECRETS);
        assertTrue(MqttSupport.json(secrets).getJsonObject("mqtt").getString("password").equals(Mosquitto.CAMSRV_PASSWORD));
        assertTrue(MqttSupport.json(secrets).getJsonObject("jwtSecrets").containsKey("jwtPrivateKey"), "the JWT keys are kept");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(SECRETS)));

        String page = owner.get("/settings?tab=integrations").body();
        assertFalse(page.contains(Mosquitto.CAMSRV_PASSWORD), "the page never shows the password");
        assertTrue(page.contains("set (blank keeps it)"), page);
        assertTrue(page.contains("MQTT: connected to " + BROKER.url()), page);

        Map<String, String> store = WebSession.form(owner.get("/settings?tab=configuration"), "configuration");
        store.put("configuration:store", "Store Configuration");
        assertEquals(302, owner.post("/settings", store).status());
        String stored = Files.readString(DATA.resolve("config/serverConfig.json"));
        assertTrue(stored.contains("\"brokerUrl\"") && stored.contains(BROKER.url()), stored);
        assertFalse(stored.contains(Mosquitto.CAMSRV_PASSWORD), "serverConfig.json holds no password");

        // A blank password field keeps the password: still connected, the secrets file as it was.
        assertEquals(302, submit(owner, Map.of("integrations:password", "")).status());
        Thread.sleep(1500);
        MqttSupport.awaitConnected(base);
        assertEquals(secrets, Files.readString(SECRETS));
    }

    @Test
    void aWrongBrokerPasswordGivesOneClearLogLineAndTheSettingsAndInfoPagesSaySo() throws Exception {
        Path log = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"), "usr/servers/camsrvTest/logs/messages.log");
        int before = Files.readAllLines(log).size();
        try {
            assertEquals(302, submit(owner, Map.of("integrations:password", WRONG_PASSWORD)).status());
            String refused = "broker refused the login: not authorized";
            Instant deadline = Instant.now().plusSeconds(15);
            String page = "";
            while (Instant.now().isBefore(deadline) && !page.contains(refused)) {
                Thread.sleep(300);
                page = owner.get("/settings?tab=integrations").body();
            }
            assertTrue(page.contains(refused), page);
            assertTrue(MqttSupport.info(owner).contains(refused), "the Info page says why");
            Thread.sleep(4000); // a few retries with back-off
            List<String> added = Files.readAllLines(log).subList(before, Files.readAllLines(log).size());
            List<String> lines = added.stream().filter(line -> line.contains(refused)).toList();
            assertEquals(1, lines.size(), "one line however often it retries: " + added);
            assertTrue(lines.get(0).contains(BROKER.url()) && lines.get(0).contains("user camsrv"),
                    lines.get(0));
            assertTrue(added.stream().noneMatch(line -> line.contains(WRONG_PASSWORD)), "no password in the log");
        } finally {
            submit(owner, Map.of("integrations:password", Mosquitto.CAMSRV_PASSWORD));
        }
        MqttSupport.awaitConnected(base);
    }

    @Test
    void badInputGetsAClearMessageAtItsFieldAndChangesNothing() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("integrations:broker=http://127.0.0.1:1883", "must start with mqtt:// or mqtts://");
        cases.put("integrations:broker=mqtt://127.0.0.1:70000", "port must be from 1 to 65535");
        cases.put("integrations:broker=mqtt://no-such-broker.invalid", "does not resolve");
        cases.put("integrations:broker=mqtt://me:pw@127.0.0.1", "own fields");
        cases.put("integrations:snapshot=ten", "A whole number of seconds");
        cases.put("integrations:prefix=home/#", "no + or #");
        cases.put("integrations:nodeId=Not A Node", "1 to 64 of a-z");
        String secrets = Files.readString(SECRETS);
        String changesBefore = unsavedChanges();
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            String[] field = bad.getKey().split("=", 2);
            RawHttp.Answer answer = submit(owner, Map.of(field[0], field[1], "integrations:password", "would-be-new"));
            assertEquals(200, answer.status(), bad.getKey());
            assertTrue(answer.body().contains(bad.getValue()), bad.getKey() + " should say " + bad.getValue());
            assertFalse(answer.body().contains("Exception"), "no stack trace: " + bad.getKey());
        }
        assertEquals(secrets, Files.readString(SECRETS), "no password was written for refused input");
        assertEquals(changesBefore, unsavedChanges(), "no unsaved change was recorded");
        assertEquals("connected", MqttSupport.mqttState(base));
        assertTrue(owner.get("/settings?tab=integrations").body().contains("value=\"" + BROKER.url() + "\""));
    }

    @Test
    void aPlainUsersPostIsRefusedWith403AndChangesNothing() throws Exception {
        WebSession plain = new WebSession(RawHttp.to(base)).logIn(PlainUser.NAME, PlainUser.PASSWORD);
        String page = plain.get("/settings?tab=integrations").body();
        assertTrue(page.contains("Only a SuperUser can change these settings"), page);
        assertTrue(page.contains("MQTT: connected"), "a plain user sees the state");
        String secrets = Files.readString(SECRETS);
        String changesBefore = unsavedChanges();
        RawHttp.Answer answer = submit(plain, Map.of("integrations:enabled", "", "integrations:broker", "mqtt://127.0.0.1:1",
                "integrations:password", "planted"));
        assertEquals(403, answer.status(), answer.body());
        Thread.sleep(1000);
        assertEquals("connected", MqttSupport.mqttState(base));
        assertEquals(secrets, Files.readString(SECRETS));
        assertEquals(changesBefore, unsavedChanges());
    }

    /** The Unsaved Configuration Changes table as the owner's Configuration tab shows it, or "none". */
    private String unsavedChanges() {
        String page = owner.get("/settings?tab=configuration").body();
        int start = page.indexOf("<table id=\"changes\"");
        return start < 0 ? "none" : page.substring(start, page.indexOf("</table>", start));
    }
}
