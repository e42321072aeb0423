package jp.infracareer.recognition;

import java.io.DataInput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads arrays of numbers that {@link java.io.DataOutputStream} wrote one by one (big-endian), a block of bytes at a
 * time: the shipped models hold about a million doubles, and reading them with one {@code readDouble} call each took
 * most of the intent model's loading on a cold JVM, beside the first requests of a replica that has just started.
 */
public final class BinaryArrays {
    /** Bytes read per block: small enough never to be a large allocation, large enough to amortise each call. */
    private static final int BLOCK = 1 << 16;

    private BinaryArrays() {}

    /** Fills {@code into} with the next {@code into.length} doubles of {@code in}, as {@code readDouble} would. */
    public static void readDoubles(DataInput in, double[] into) throws IOException {
        byte[] block = new byte[Math.min(BLOCK, into.length * Double.BYTES)];
        for (int done = 0; done < into.length; ) {
            int n = Math.min(into.length - done, block.length / Double.BYTES);
            in.readFully(block, 0, n * Double.BYTES);
            ByteBuffer.wrap(block, 0, n * Double.BYTES).asDoubleBuffer().get(into, done, n);
            done += n;
        }
    }
}
