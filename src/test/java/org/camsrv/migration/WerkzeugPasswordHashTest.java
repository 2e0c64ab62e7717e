package org.camsrv.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hashes made by werkzeug itself, and texts that must be refused at once. The vectors were made
 * once with werkzeug 3.1.8 on Python 3.11.7, each by
 * {@code werkzeug.security.generate_password_hash(password, method=METHOD)} with the password and
 * method named beside it, and checked there with {@code check_password_hash}. The salts are random.
 */
class WerkzeugPasswordHashTest {
    // Equivalent mutants PIT leaves alive here: wiping password bytes after use (Arrays.fill,
    // clearPassword) shows in no result; "secondDollar < 0" as "<= 0" (it is never 0); and the
    // "+ 2" and boundaries of the scrypt memory and work limits away from exact limit values.

    private static final String NON_ASCII = "pässwörd✓";

    static Stream<Arguments> werkzeugVectors() {
        return Stream.of(
                // "secret", method="pbkdf2:sha256:600000" (werkzeug 2.3's default)
                Arguments.of("secret", "pbkdf2:sha256:600000$GxP8F9o82Ajm6OXk$"
                        + "c2d794f126c2933ebb4e75132d0a9ab3242fde8cb0a5b906ee862c6644cd548b"),
                // "secret", method="pbkdf2:sha256:1000"
                Arguments.of("secret", "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$"
                        + "abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1"),
                // "secret", method="pbkdf2:sha512:10000"
                Arguments.of("secret", "pbkdf2:sha512:10000$U1lGgHxqDsfEKHin$"
                        + "4ca6c13b48ac6503c70c64229d179bbe1f89cc076c13c096c840e2a29e51baa7"
                        + "de2a7200f56ab6e86da9ef2c18ff403811fe441522a752a23acb6b07de9ca55c"),
                // "secret", method="pbkdf2:sha1:1000"
                Arguments.of("secret", "pbkdf2:sha1:1000$cIJb04xX04pVQpoV$e7f451760817df21c2e5ad8a1bfd76fe90961062"),
                // "secret", method="scrypt" (the default; werkzeug writes it as scrypt:32768:8:1)
                Arguments.of("secret", "scrypt:32768:8:1$e3hSE4KXgQS8dBea$"
                        + "2cda3b464659e6bb0420db8e93d4504d77aed287bc5054833c54c9ba01682266"
                        + "c55785f1f20be8e00f3a5f916844206eb373d3488be23afc7e6f416f8a2caf62"),
                // "secret", method="scrypt:1024:8:1"
                Arguments.of("secret", "scrypt:1024:8:1$0vLVgwNWtzf0S07E$"
                        + "68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                        + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94"),
                // "secret", method="scrypt:256:4:2"
                Arguments.of("secret", "scrypt:256:4:2$dBmcHA56k2xhV5q5$"
                        + "921f96a17f2073f96ce1df244a10842d929528c252393aa833c28bc09776040f"
                        + "aceda2c9b280b40b4d8c1b9dfe39dec65b44b75feaa831121b61e6e2221e68d5"),
                // "pässwörd✓", method="pbkdf2:sha256:1000"
                Arguments.of(NON_ASCII, "pbkdf2:sha256:1000$VEqNaEaPsf9JSuQw$"
                        + "58603d133bbfb07d54d59f6c8833d90d563cb9b08b00a177164a80f90fd5658f"),
                // "pässwörd✓", method="scrypt:1024:8:1"
                Arguments.of(NON_ASCII, "scrypt:1024:8:1$smoNATiLZ1FEk6ad$"
                        + "6eae15469342971429275b076d14fa16c7832e4bac1c75a02815e235494690a2"
                        + "82e8eca389d8c2545f3d639e63c2d277cf61f8ec33b60e8482641ae3af0eb5d3"),
                // "😀 emoji", method="pbkdf2:sha256:1000" (a character outside the BMP: a surrogate pair in Java)
                Arguments.of("😀 emoji", "pbkdf2:sha256:1000$NMY6OqcZLyl4ut4i$"
                        + "e8dcc1e04b9f8b711e3891d00e0ade356c0c261545166d4ded4c5f048008b0e8"),
                // "", method="scrypt:1024:8:1"
                Arguments.of("", "scrypt:1024:8:1$zmFJanMfzU2ZcRrC$"
                        + "35490edab644bb7185990d56e78c05462b178f7ad0b17e3ec27291516bc64b37"
                        + "77a82d98ffd57e80fd09f9298bfb5488a13d46bd69b49f34159e4b271c65fad1"));
    }

    @ParameterizedTest
    @MethodSource("werkzeugVectors")
    void werkzeugHashVerifiesWithItsPassword(String password, String hash) {
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash(hash));
        assertTrue(WerkzeugPasswordHash.verify(hash, password.toCharArray()));
    }

    @ParameterizedTest
    @MethodSource("werkzeugVectors")
    void werkzeugHashRefusesAnotherPassword(String password, String hash) {
        assertFalse(WerkzeugPasswordHash.verify(hash, (password + "x").toCharArray()));
    }

    @Test
    void rfc7914Pbkdf2VectorChecksAsAWerkzeugHash() {
        // RFC 7914 section 11, P="Password", S="NaCl", c=80000; werkzeug keeps the first 32 bytes.
        String hash = "pbkdf2:sha256:80000$NaCl$4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56";
        assertTrue(WerkzeugPasswordHash.verify(hash, "Password".toCharArray()));
    }

    @Test
    void rfc6070Sha1VectorChecksAsAWerkzeugHash() {
        String hash = "pbkdf2:sha1:4096$salt$4b007901b765489abead49d926f721d065a429c1";
        assertTrue(WerkzeugPasswordHash.verify(hash, "password".toCharArray()));
    }

    @Test
    void digestNameIgnoresCaseAsHashlibDoes() {
        String hash = "pbkdf2:SHA256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1";
        assertTrue(WerkzeugPasswordHash.verify(hash, "secret".toCharArray()));
    }

    @Test
    void passwordIsNotUnicodeNormalized() {
        String hash = "pbkdf2:sha256:1000$VEqNaEaPsf9JSuQw$58603d133bbfb07d54d59f6c8833d90d563cb9b08b00a177164a80f90fd5658f";
        // The same letters with combining marks (NFD) are other bytes, for werkzeug as here.
        assertFalse(WerkzeugPasswordHash.verify(hash, "pa\u0308sswo\u0308rd✓".toCharArray()));
    }

    @Test
    void passwordWithUnpairedSurrogateIsRefused() {
        String hash = "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1";
        assertFalse(WerkzeugPasswordHash.verify(hash, "secret\ud800".toCharArray()));
        assertFalse(WerkzeugPasswordHash.verify(hash, null));
    }

    @Test
    void costLimitsAdmitWerkzeugsDefaultsAndLittleMore() {
        String sha256 = "$salt$" + "ab".repeat(32);
        String scrypt = "$salt$" + "ab".repeat(64);
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("pbkdf2:sha256:1000000" + sha256), "werkzeug 3.1's default");
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("pbkdf2:sha256:2000000" + sha256));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("pbkdf2:sha256:2000001" + sha256));
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("scrypt:32768:8:1" + scrypt), "werkzeug's default");
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("scrypt:16384:8:4" + scrypt));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:65536:8:1" + scrypt), "64 MiB");
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:32768:16:1" + scrypt), "64 MiB");
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("scrypt:32768:8:2" + scrypt), "twice the default work");
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:32768:8:3" + scrypt), "three times the work");
        // Small n but a huge block size: 128·r·(n + p + 2) is what scrypt holds, not 128·n·r.
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:131072:16" + scrypt));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:64:1" + scrypt), "block size");
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:1024:8:5" + scrypt), "parallelism");
    }

    @Test
    void theSmallestParametersAreAdmittedAndOneLessIsNot() {
        String sha256 = "$salt$" + "ab".repeat(32);
        String scrypt = "$salt$" + "ab".repeat(64);
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("pbkdf2:sha256:1" + sha256));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("pbkdf2:sha256:0" + sha256));
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:1:1" + scrypt));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:1:1:1" + scrypt));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:0:1" + scrypt));
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:1:0" + scrypt));
        assertTrue(WerkzeugPasswordHash.isWerkzeugHash("scrypt:2:" + WerkzeugPasswordHash.MAX_SCRYPT_BLOCK_SIZE + ":1" + scrypt));
    }

    @Test
    void aHashStartingWithTheSeparatorHasAnEmptyMethod() {
        assertEquals(Optional.of("unsupported hash method"), WerkzeugPasswordHash.problemWith("$salt$" + "ab".repeat(32)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "plain",
        "secret",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ",
        "pbkdf2:sha256:1000$$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$",
        "pbkdf2:sha256$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:1000:9$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$ABD111053B0E168FF53A69423E83C1492AAA7A70A839C10288C7F8A0925B81A1",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$xyz111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81",
        "pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1ab",
        "pbkdf2:md5:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c149",
        "pbkdf2:sha256:0$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:-5$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:1e3$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:99999999999$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "pbkdf2:sha256:2000000000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        " pbkdf2:sha256:1000$RbprYbHXNtwINpJQ$abd111053b0e168ff53a69423e83c1492aaa7a70a839c10288c7f8a0925b81a1",
        "scrypt$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1000:8:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1:8:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1024:0:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1024:8:0$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1048576:8:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1073741824:8:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1024:8:17$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2"
                + "8df69f9665c036ece61b6af88505b453300a80f2529986b3fdd9edb07688eb94",
        "scrypt:1024:8:1$0vLVgwNWtzf0S07E$68bc5da2fdb948a9806eec27e95b9265d91da583fd287e7184a7cdef362a29c2",
        "sha1$RbprYbHXNtwINpJQ$e7f451760817df21c2e5ad8a1bfd76fe90961062",
        "plain$$secret",
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        "argon2:3:65536:4$c2FsdA$abcd",
    })
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void malformedOrCostlyTextIsRefusedQuickly(String hash) {
        assertFalse(WerkzeugPasswordHash.isWerkzeugHash(hash));
        assertTrue(WerkzeugPasswordHash.problemWith(hash).isPresent());
        assertFalse(WerkzeugPasswordHash.verify(hash, "secret".toCharArray()));
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.SECONDS)
    void hugeHashValueIsRefusedQuickly() {
        String hash = "scrypt:1024:8:1$salt$" + "ab".repeat(5_000_000);
        assertFalse(WerkzeugPasswordHash.verify(hash, "secret".toCharArray()));
    }

    @Test
    void problemNamesTheReasonWithoutQuotingTheText() {
        Optional<String> problem = WerkzeugPasswordHash.problemWith("hunter2$with$dollars$");
        assertEquals(Optional.of("unsupported hash method"), problem);
        assertEquals(Optional.of("unknown hash format"), WerkzeugPasswordHash.problemWith("hunter2"));
        assertEquals(Optional.of("scrypt parameters too costly"),
                WerkzeugPasswordHash.problemWith("scrypt:1048576:8:1$salt$" + "ab".repeat(64)));
    }
}
