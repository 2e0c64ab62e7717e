package it.org.camsrv.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.org.camsrv.support.CamsrvArchive;
import it.org.camsrv.support.RawHttp;
import it.org.camsrv.support.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server without users, visited from this machine's network address rather than loopback: the
 * stranger on the network must not become SuperUser without the setup code from the server's log.
 * (Loopback registration without a code is FirstVisitorUiIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class FirstStartGuardIT {

    private static final Path DATA = CamsrvArchive.newDataDirectory("first-start-guard");
    private static final Path LOG = Path.of(System.getProperty("it.wlp", "target/liberty/wlp"),
            "usr/servers/camsrvTest/logs/messages.log");
    private static final Pattern CODE_LINE = Pattern.compile("setup code ([A-Z0-9-]{14})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CamsrvArchive.withDataDirectory(DATA).build();
    }

    @ArquillianResource
    URL base;

    @Test
    void aVisitorFromTheNetworkNeedsTheSetupCodeAndWrongCodesAreThrottled() throws Exception {
        Optional<String> address = networkAddress();
        assumeTrue(address.isPresent(), "this machine has no address but loopback");
        RawHttp network = RawHttp.to(new URL("http", address.get(), base.getPort(), "/")).from(address.get());

        RawHttp.Answer page = new WebSession(network).get("/register");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("Setup code"), "the form asks for the code");
        String code = setupCodeFromLog();
        assertFalse(page.body().contains(code), "the page never shows the code");

        RawHttp.Answer without = register(network, "stranger", null);
        assertEquals(200, without.status(), without.toString());
        assertTrue(without.body().contains("setup code"), without.toString());
        RawHttp.Answer last = null;
        for (int i = 0; i < 6; i++) {
            last = register(network, "stranger", "WRONG-CODE-" + i);
        }
        assertEquals(429, last.status(), "wrong codes count like failed logins: " + last);
        RawHttp.Answer stillOpen = RawHttp.to(base).get("/settings", Map.of());
        assertTrue(stillOpen.location().endsWith("/register"), "nobody registered: " + stillOpen);

        RawHttp.Answer owner = register(network, "owner", code.toLowerCase(java.util.Locale.ROOT));
        assertEquals(302, owner.status(), "the code from the log lets the owner in: " + owner);
        assertTrue(owner.location().endsWith("/settings"), owner.toString());
        assertEquals(1, logLinesWithCode().stream().filter(line -> line.contains(code)).count(), "one line in the log, once");
    }

    private static RawHttp.Answer register(RawHttp http, String name, String code) {
        WebSession session = new WebSession(http);
        Map<String, String> form = WebSession.form(session.get("/register"), "register");
        form.put("register:username", name);
        form.put("register:password", name + "-password");
        form.put("register:confirmation", name + "-password");
        if (code != null) {
            form.put("register:setupCode", code);
        }
        form.put("register:submit", "Register");
        return session.post("/register", form);
    }

    /** The code the server printed for this deployment: the last such line, as each deployment prints its own. */
    private static String setupCodeFromLog() {
        List<String> lines = logLinesWithCode();
        assertFalse(lines.isEmpty(), "the log names a setup code");
        Matcher code = CODE_LINE.matcher(lines.get(lines.size() - 1));
        assertTrue(code.find());
        return code.group(1);
    }

    /** Every log line that names a setup code; deployments before this one's printed theirs too. */
    private static List<String> logLinesWithCode() {
        try {
            return Files.readAllLines(LOG).stream().filter(line -> CODE_LINE.matcher(line).find()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An IPv4 address of this machine that is not loopback: Liberty listens on all of them. */
    private static Optional<String> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .map(java.net.InetAddress::getHostAddress)
                .findFirst();
    }
}
