package jp.infracareer.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryArraysTest {
    /** Written as the model writers do, one writeDouble each, then a marker that must come next. */
    private static DataInputStream written(double[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (double v : values) {
            out.writeDouble(v);
        }
        out.writeInt(0x5EED);
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void readsWhatWriteDoubleWroteAcrossBlockBoundaries() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        // 8,192 doubles fill one block exactly
        for (int n : new int[] {0, 1, 8_191, 8_192, 8_193, 20_000}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 8));
            }
            if (n > 1) {
                values[0] = -0.0;
                values[1] = Double.MIN_VALUE;
            }
            DataInputStream in = written(values);
            double[] read = new double[n];
            BinaryArrays.readDoubles(in, read);
            assertThat(read).as(n + " doubles").containsExactly(values);
            // nothing read beyond them
            assertThat(in.readInt()).isEqualTo(0x5EED);
        }
    }

    @Test
    void aTruncatedFileIsAnErrorNotZeros() {
        assertThatThrownBy(() -> BinaryArrays.readDoubles(written(new double[] {1, 2}), new double[4]))
                .isInstanceOf(EOFException.class);
    }
}
