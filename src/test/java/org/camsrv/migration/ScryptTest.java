package org.camsrv.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The test vectors of RFC 7914 sections 11 (PBKDF2-HMAC-SHA256) and 12 (scrypt). */
class ScryptTest {
    // Equivalent mutants PIT leaves alive: "offset < length" as "<=" in the one-iteration PBKDF2 adds a
    // block that copies nothing, "32 * r * n > MAX - 8" as ">=" (that product is never odd), and
    // RawHmacKey.getAlgorithm answering "", which the JDK's HMAC never asks.

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    @Test
    void pbkdf2WithOneIterationMatchesRfc7914() {
        assertArrayEquals(
                hex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
                Scrypt.pbkdf2HmacSha256OneIteration(ascii("passwd"), ascii("salt"), 64));
    }

    @Test
    void emptyPasswordAndSaltMatchRfc7914FirstVector() {
        assertArrayEquals(
                hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"),
                Scrypt.derive(new byte[0], new byte[0], 16, 1, 1, 64));
    }

    @Test
    void parallelismSixteenMatchesRfc7914SecondVector() {
        assertArrayEquals(
                hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"),
                Scrypt.derive(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64));
    }

    @Test
    void sixteenThousandBlocksMatchRfc7914ThirdVector() {
        assertArrayEquals(
                hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                        + "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"),
                Scrypt.derive(ascii("pleaseletmein"), ascii("SodiumChloride"), 16384, 8, 1, 64));
    }

    /** Needs 1 GiB of heap and seconds; run with -Dcamsrv.test.slow=true. */
    @Test
    @EnabledIfSystemProperty(named = "camsrv.test.slow", matches = "true")
    void oneMillionBlocksMatchRfc7914FourthVector() {
        assertArrayEquals(
                hex("2101cb9b6a511aaeaddbbe09cf70f881ec568d574a2ffd4dabe5ee9820adaa47"
                        + "8e56fd8f4ba5d09ffa1c6d927c40f4c337304049e8a952fbcbf45c6fa77a41a4"),
                Scrypt.derive(ascii("pleaseletmein"), ascii("SodiumChloride"), 1048576, 8, 1, 64));
    }

    @Test
    void parametersTheAlgorithmCannotTakeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 1000, 8, 1, 64));
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 1, 8, 1, 64));
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 16, 0, 1, 64));
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 16, 1, 0, 64));
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 1 << 30, 8, 1, 64));
    }

    @Test
    void parametersWhoseSizesOverflowAreRefusedBeforeAnythingIsAllocated() {
        // r * p of 2^30 is RFC 7914's limit; 32 * r * n ints over 2^31 do not fit one Java array.
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 2, 1 << 16, 1 << 14, 64));
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(new byte[0], new byte[0], 1 << 25, 2, 1, 64));
    }

    @Test
    void theSmallestParametersWorkAndAShortOutputIsThePrefixOfALongOne() {
        byte[] password = ascii("pw");
        byte[] salt = ascii("salt");

        byte[] one = Scrypt.derive(password, salt, 2, 1, 1, 1);
        byte[] thirtyThree = Scrypt.derive(password, salt, 2, 1, 1, 33);
        byte[] long64 = Scrypt.derive(password, salt, 2, 1, 1, 64);

        assertArrayEquals(java.util.Arrays.copyOf(long64, 1), one);
        assertArrayEquals(java.util.Arrays.copyOf(long64, 33), thirtyThree, "a second, partial output block");
        assertThrows(IllegalArgumentException.class, () -> Scrypt.derive(password, salt, 2, 1, 1, 0));
    }
}
