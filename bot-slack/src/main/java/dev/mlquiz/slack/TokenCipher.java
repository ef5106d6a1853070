package dev.mlquiz.slack;

import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.install.SealedSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bot tokens for the database with AES-256-GCM under {@code MLQUIZ_SECRET_KEY}: a fresh 12-byte
 * nonce, then the ciphertext and its tag. The workspace's key is bound in as associated data, so a sealed
 * token copied to another workspace's row does not open. The key is never printed.
 */
public final class TokenCipher {
    /** What {@code mlquiz help} and the errors say about the key. */
    public static final String KEY_FORMAT = "the base64 of 32 random bytes (make one with: openssl rand -base64 32)";

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @throws IllegalArgumentException naming what is wrong with the key, never showing it */
    public static TokenCipher fromBase64(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MLQUIZ_SECRET_KEY is not base64; it must be " + KEY_FORMAT);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("MLQUIZ_SECRET_KEY holds " + key.length + " bytes, not " + KEY_BYTES
                    + "; it must be " + KEY_FORMAT);
        }
        return new TokenCipher(key);
    }

    SealedSecret seal(TeamId team, String token) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, team, nonce);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JDK", e);
        }
    }

    /** @throws IllegalStateException when the secret was sealed under another key or for another workspace */
    String open(TeamId team, SealedSecret secret) {
        byte[] bytes = secret.bytes();
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("a sealed token of " + team.key() + " is too short");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, team, nonce);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the token of " + team.key() + " does not open with MLQUIZ_SECRET_KEY (another key, or altered)");
        }
    }

    private Cipher cipher(int mode, TeamId team, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(team.key().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "TokenCipher[AES-256-GCM]";
    }
}
