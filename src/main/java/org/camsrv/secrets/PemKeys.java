package org.camsrv.secrets;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Turns EC P-256 keys into PEM text (PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for
 * the public one) and back. Parsing refuses keys on any other curve, since tokens are ES256 only.
 */
final class PemKeys {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final ECParameterSpec P256 = p256();

    private PemKeys() {
    }

    static String privateKeyPem(ECPrivateKey key) {
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    static String publicKeyPem(ECPublicKey key) {
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    /** The exception thrown here never carries the PEM text. */
    static ECPrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(PRIVATE_LABEL, pem)));
        if (!(key instanceof ECPrivateKey) || !onP256((ECKey) key)) {
            throw new InvalidKeySpecException("not an EC P-256 private key");
        }
        return (ECPrivateKey) key;
    }

    /** The exception thrown here never carries the PEM text. */
    static ECPublicKey parsePublicKey(String pem) throws GeneralSecurityException {
        PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(PUBLIC_LABEL, pem)));
        if (!(key instanceof ECPublicKey) || !onP256((ECKey) key)) {
            throw new InvalidKeySpecException("not an EC P-256 public key");
        }
        return (ECPublicKey) key;
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String label, String pem) throws InvalidKeySpecException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        String text = pem.strip();
        if (text.length() < begin.length() + end.length() || !text.startsWith(begin) || !text.endsWith(end)) {
            throw new InvalidKeySpecException("not PEM with the label " + label);
        }
        String body = text.substring(begin.length(), text.length() - end.length()).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("PEM body is not Base64");
        }
    }

    private static boolean onP256(ECKey key) {
        ECParameterSpec params = key.getParams();
        return params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder())
                && params.getCofactor() == P256.getCofactor();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(KeyMaterial.CURVE));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JDK", e);
        }
    }
}
