package org.camsrv.secrets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * The checked content of a secrets file: the whole JSON object plus the key material found in its
 * jwtSecrets section. Completing it adds only what is missing, so an existing jwtSecretKey and
 * every other key and section stay as they were.
 */
final class SecretsContent {

    static final String SECTION = "jwtSecrets";
    static final String SECRET_KEY = "jwtSecretKey";
    static final String PRIVATE_KEY = "jwtPrivateKey";
    static final String PUBLIC_KEY = "jwtPublicKey";

    private final JsonObject root;
    private final String secretKey;
    private final ECPrivateKey privateKey;
    private final ECPublicKey publicKey;

    private SecretsContent(JsonObject root, String secretKey, ECPrivateKey privateKey, ECPublicKey publicKey) {
        this.root = root;
        this.secretKey = secretKey;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The content of a file that does not exist yet or is empty. */
    static SecretsContent empty() {
        return new SecretsContent(JsonValue.EMPTY_JSON_OBJECT, null, null, null);
    }

    /** Refuses content that CamSrv could not use, or could only complete by replacing something. */
    static SecretsContent of(Path path, JsonObject root) throws SecretsFileException {
        JsonValue section = root.getOrDefault(SECTION, JsonValue.EMPTY_JSON_OBJECT);
        if (section.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new SecretsFileException("In the secrets file " + path + ", \"" + SECTION + "\" is not a JSON object");
        }
        JsonObject secrets = section.asJsonObject();
        String secretKey = secretKey(path, secrets);
        boolean hasPrivate = secrets.containsKey(PRIVATE_KEY);
        boolean hasPublic = secrets.containsKey(PUBLIC_KEY);
        if (hasPrivate != hasPublic) {
            throw new SecretsFileException("The secrets file " + path + " has only one of " + PRIVATE_KEY + " and "
                    + PUBLIC_KEY + "; give both, or remove both to have a new pair generated");
        }
        if (!hasPrivate) {
            return new SecretsContent(root, secretKey, null, null);
        }
        ECPrivateKey privateKey;
        ECPublicKey publicKey;
        try {
            privateKey = PemKeys.parsePrivateKey(pemText(path, secrets, PRIVATE_KEY));
        } catch (GeneralSecurityException e) {
            throw notAKey(path, PRIVATE_KEY, "PKCS#8 PEM EC P-256 private key");
        }
        try {
            publicKey = PemKeys.parsePublicKey(pemText(path, secrets, PUBLIC_KEY));
        } catch (GeneralSecurityException e) {
            throw notAKey(path, PUBLIC_KEY, "PEM EC P-256 public key");
        }
        if (!KeyMaterial.belongTogether(privateKey, publicKey)) {
            throw new SecretsFileException("In the secrets file " + path + ", " + PRIVATE_KEY + " and " + PUBLIC_KEY
                    + " do not belong together");
        }
        return new SecretsContent(root, secretKey, privateKey, publicKey);
    }

    boolean hasSecretKey() {
        return secretKey != null;
    }

    boolean isComplete() {
        return secretKey != null && privateKey != null;
    }

    /** A copy with a new jwtSecretKey and/or key pair where they are missing; the rest is kept as it is. */
    SecretsContent completed() {
        if (isComplete()) {
            return this;
        }
        JsonObject section = root.getOrDefault(SECTION, JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        JsonObjectBuilder secrets = Json.createObjectBuilder(section);
        String newSecretKey = secretKey;
        if (newSecretKey == null) {
            newSecretKey = KeyMaterial.newSecretKey();
            secrets.add(SECRET_KEY, newSecretKey);
        }
        ECPrivateKey newPrivateKey = privateKey;
        ECPublicKey newPublicKey = publicKey;
        if (newPrivateKey == null) {
            KeyPair pair = KeyMaterial.newKeyPair();
            newPrivateKey = (ECPrivateKey) pair.getPrivate();
            newPublicKey = (ECPublicKey) pair.getPublic();
            secrets.add(PRIVATE_KEY, PemKeys.privateKeyPem(newPrivateKey));
            secrets.add(PUBLIC_KEY, PemKeys.publicKeyPem(newPublicKey));
        }
        JsonObject newRoot = Json.createObjectBuilder(root).add(SECTION, secrets).build();
        return new SecretsContent(newRoot, newSecretKey, newPrivateKey, newPublicKey);
    }

    /** A text of a section other than jwtSecrets, or null when the section or the key is not there or is no text. */
    String sectionText(String section, String key) {
        if (root.get(section) instanceof JsonObject object && object.get(key) instanceof JsonString text) {
            return text.getString();
        }
        return null;
    }

    /** A copy with {@code key} of {@code section} set; the section's other keys and every other section are kept. */
    SecretsContent withSectionText(String section, String key, String value) {
        JsonObject old = root.get(section) instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject newRoot = Json.createObjectBuilder(root).add(section, Json.createObjectBuilder(old).add(key, value)).build();
        return new SecretsContent(newRoot, secretKey, privateKey, publicKey);
    }

    JsonObject root() {
        return root;
    }

    /** Only for complete content. */
    JwtKeys keys() {
        if (!isComplete()) {
            throw new IllegalStateException("The secrets are not complete");
        }
        return JwtKeys.of(privateKey, publicKey, secretKey);
    }

    private static String secretKey(Path path, JsonObject secrets) throws SecretsFileException {
        if (!secrets.containsKey(SECRET_KEY)) {
            return null;
        }
        JsonValue value = secrets.get(SECRET_KEY);
        if (!(value instanceof JsonString) || ((JsonString) value).getString().isBlank()) {
            throw new SecretsFileException("In the secrets file " + path + ", " + SECRET_KEY + " is not a non-empty text");
        }
        return ((JsonString) value).getString();
    }

    private static String pemText(Path path, JsonObject secrets, String name) throws SecretsFileException {
        JsonValue value = secrets.get(name);
        if (!(value instanceof JsonString)) {
            throw notAKey(path, name, "text");
        }
        return ((JsonString) value).getString();
    }

    private static SecretsFileException notAKey(Path path, String name, String expected) {
        return new SecretsFileException("In the secrets file " + path + ", " + name + " is not a " + expected);
    }
}
