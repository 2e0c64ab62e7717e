package org.camsrv.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.camsrv.auth.LoggedLines;
import org.camsrv.secrets.JwtKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whether the API is active, and the public key set it offers at /api/jwks. */
class ApiActivationTest {

    private final ApiActivation activation = new ApiActivation();
    private final JwtKeys keys = TokenFixtures.newKeys();

    @AfterEach
    void deactivate() {
        activation.deactivate();
    }

    @Test
    void aNewActivationIsNotActiveAndOffersNoKeys() throws Exception {
        assertFalse(activation.isActive());
        assertEquals(Optional.empty(), activation.current());
        assertTrue(JWKSet.parse(activation.keySetJson()).getKeys().isEmpty());
    }

    @Test
    void activationMakesTheApiCurrent() {
        ActiveApi api = new ActiveApi(keys, 60, 7);

        activation.activate(api);

        assertTrue(activation.isActive());
        assertEquals(Optional.of(api), activation.current());
    }

    @Test
    void theKeySetHoldsThePublicKeyWithItsIdForEs256Signatures() throws Exception {
        activation.activate(new ActiveApi(keys, 60, 7));

        JWKSet set = JWKSet.parse(activation.keySetJson());

        assertEquals(1, set.getKeys().size());
        ECKey key = set.getKeys().get(0).toECKey();
        assertEquals(keys.keyId(), key.getKeyID());
        assertEquals(JWSAlgorithm.ES256, key.getAlgorithm());
        assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
        assertEquals(keys.publicKey(), key.toECPublicKey());
    }

    @Test
    void theKeySetNeverHoldsThePrivateKey() throws Exception {
        activation.activate(new ActiveApi(keys, 60, 7));

        JWKSet set = JWKSet.parse(activation.keySetJson());

        assertFalse(set.getKeys().get(0).isPrivate());
        assertFalse(activation.keySetJson().contains("\"d\""));
    }

    @Test
    void deactivationEndsTheApiAndEmptiesTheKeySet() throws Exception {
        activation.activate(new ActiveApi(keys, 60, 7));

        activation.deactivate();

        assertFalse(activation.isActive());
        assertEquals(Optional.empty(), activation.current());
        assertTrue(JWKSet.parse(activation.keySetJson()).getKeys().isEmpty());
    }

    @Test
    void reactivationReplacesTheOfferedKey() throws Exception {
        JwtKeys replacement = TokenFixtures.newKeys();
        activation.activate(new ActiveApi(keys, 60, 7));

        activation.activate(new ActiveApi(replacement, 60, 7));

        JWKSet set = JWKSet.parse(activation.keySetJson());
        assertEquals(1, set.getKeys().size());
        assertEquals(replacement.keyId(), set.getKeys().get(0).getKeyID());
    }

    /** The log lines ApiActivation writes while {@code action} runs: what an operator reads. */
    private static List<String> logged(Runnable action) {
        return LoggedLines.of(ApiActivation.class, Level.INFO, action);
    }

    @Test
    void activationLogsTheKeyIdAndTheLifetimes() {
        List<String> lines = logged(() -> activation.activate(new ActiveApi(keys, 30, 0)));

        assertEquals(List.of("API is active (issuer camsrv, key id " + keys.keyId()
                + ", access tokens expire after 30 minutes, refresh tokens never expire)"), lines);
    }

    @Test
    void deactivationLogsOnlyWhenTheApiWasActive() {
        assertEquals(List.of(), logged(activation::deactivate));
        activation.activate(new ActiveApi(keys, 60, 7));

        assertEquals(List.of("API is not active"), logged(activation::deactivate));
    }
}
