package dev.mlquiz.core.install;

import java.util.Arrays;

/**
 * A secret as the adapter sealed it (encrypted, with its nonce): opaque bytes the storage keeps and never
 * reads. Never printed.
 */
public final class SealedSecret {
    /** Room for a sealed token of several hundred characters. */
    public static final int MAX_BYTES = 2_048;

    private final byte[] bytes;

    public SealedSecret(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "a sealed secret must be 1-" + MAX_BYTES + " bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret && Arrays.equals(bytes, ((SealedSecret) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedSecret[" + bytes.length + " bytes]";
    }
}
