package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.ServiceLoader;
import java.util.Set;
import org.camsrv.secrets.JwtKeys;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The config source that hands mpJwt the public key; its state is static, so each test resets it. */
class VerificationKeySourceTest {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ALGORITHM = "mp.jwt.verify.publickey.algorithm";
    private static final String ISSUER = "mp.jwt.verify.issuer";

    private final ApiActivation activation = new ApiActivation();
    private final VerificationKeySource source = new VerificationKeySource();
    private final JwtKeys keys = TokenFixtures.newKeys();

    @BeforeEach
    @AfterEach
    void withdraw() {
        activation.deactivate();
    }

    @Test
    void noKeyIsOfferedBeforeActivation() {
        assertFalse(source.getProperties().containsKey(PUBLIC_KEY));
        assertFalse(source.getPropertyNames().contains(PUBLIC_KEY));
        assertNull(source.getValue(PUBLIC_KEY));
    }

    @Test
    void activationOffersThePublicKeyAsPem() {
        activation.activate(new ActiveApi(keys, 60, 0));

        String pem = source.getValue(PUBLIC_KEY);

        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"), pem);
        assertEquals(pem, source.getProperties().get(PUBLIC_KEY));
        assertTrue(source.getPropertyNames().contains(PUBLIC_KEY));
    }

    @Test
    void thePemHoldsExactlyTheActivatedPublicKey() {
        activation.activate(new ActiveApi(keys, 60, 0));

        String pem = source.getValue(PUBLIC_KEY);
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");

        assertArrayEquals(keys.publicKey().getEncoded(), Base64.getMimeDecoder().decode(body));
        assertFalse(pem.contains("PRIVATE"));
        pem.lines().forEach(line -> assertTrue(line.length() <= 64, line));
    }

    @Test
    void reactivationOffersTheNewKey() {
        activation.activate(new ActiveApi(keys, 60, 0));
        String first = source.getValue(PUBLIC_KEY);
        JwtKeys other = TokenFixtures.newKeys();

        activation.activate(new ActiveApi(other, 60, 0));

        String body = source.getValue(PUBLIC_KEY).replaceAll("-----[A-Z ]+-----", "");
        assertFalse(first.equals(source.getValue(PUBLIC_KEY)));
        assertArrayEquals(other.publicKey().getEncoded(), Base64.getMimeDecoder().decode(body));
    }

    @Test
    void deactivationWithdrawsTheKey() {
        activation.activate(new ActiveApi(keys, 60, 0));

        activation.deactivate();

        assertNull(source.getValue(PUBLIC_KEY));
        assertFalse(source.getProperties().containsKey(PUBLIC_KEY));
        assertFalse(source.getPropertyNames().contains(PUBLIC_KEY));
    }

    @Test
    void theAlgorithmIsAlwaysEs256() {
        assertEquals("ES256", source.getValue(ALGORITHM));
        assertEquals("ES256", source.getProperties().get(ALGORITHM));

        activation.activate(new ActiveApi(keys, 60, 0));

        assertEquals("ES256", source.getValue(ALGORITHM));
        assertEquals("ES256", source.getProperties().get(ALGORITHM));
    }

    @Test
    void theIssuerOfTheActiveApiIsAnsweredWhileActive() {
        activation.activate(new ActiveApi(keys, 60, 0, "camsrv:0123abcd"));
        assertEquals("camsrv:0123abcd", source.getValue(ISSUER));

        activation.deactivate();
        assertNull(source.getValue(ISSUER));
    }

    @Test
    void otherKeysAreNotAnswered() {
        activation.activate(new ActiveApi(keys, 60, 0));

        assertNull(source.getValue("mp.jwt.verify.audiences"), "static, in microprofile-config.properties");
        assertNull(source.getValue("camsrv.data.dir"));
        assertEquals(Set.of(ALGORITHM, PUBLIC_KEY, ISSUER), source.getPropertyNames());
    }

    @Test
    void itOutranksSystemPropertiesAndTheEnvironment() {
        assertTrue(source.getOrdinal() > 400, () -> "ordinal " + source.getOrdinal());
    }

    @Test
    void itIsRegisteredForMicroProfileConfig() {
        boolean found = ServiceLoader.load(ConfigSource.class).stream()
                .anyMatch(provider -> provider.type() == VerificationKeySource.class);

        assertTrue(found, "META-INF/services must name VerificationKeySource, or mpJwt never sees the key");
    }

    @Test
    void itNamesItselfInConfigDiagnostics() {
        // MicroProfile Config lists sources by name when it explains where a value came from.
        assertTrue(new VerificationKeySource().getName().contains("CamSrv"));
    }
}
