package jp.infracareer.interview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;

/**
 * The four interview models of a language ({@link PhraseTable.Models}) as the build learnt them
 * ({@value #RESOURCE_PREFIX}{@code <lang>.bin}, written by advisor/ShipJudgementModels), so that a replica reads them
 * instead of learning them: learning was the largest use of CPU in a fresh replica's first seconds (a JFR profile of
 * start-up, 2026-12-05: about a third of the samples of the threads besides the one serving the first requests),
 * and it competed with those requests.
 * <p>
 * The models depend on the training answers and on a little of the bank: its language, its questions' ids and
 * categories, and which categories the judgement reads ({@link #bankKey}). A file is used only for a bank with the
 * key it records, so a test's bank of other questions learns its own. In a class-path folder the training answers'
 * fingerprint is checked too (answers edited after the last build); a jar was packaged after the step that wrote the
 * file from the answers beside it.
 */
public final class ShippedModels {
    static final String RESOURCE_PREFIX = "models/judgement-";
    private static final String FORMAT = "judgement-models/1";

    private ShippedModels() {}

    /** Where the build writes the models of the catalog's language (a class-path resource). */
    public static String resource(Catalog catalog) {
        return RESOURCE_PREFIX + catalog.lang().code() + ".bin";
    }

    /** What of the bank the models depend on, as text: the language, the judgement's categories, each question's id and category. */
    static String bankKey(Catalog catalog) {
        StringBuilder key = new StringBuilder(catalog.lang().code()).append('\n')
                .append(String.join(",", catalog.feedback().judgement().categories())).append('\n');
        for (InterviewQuestion q : catalog.questions()) {
            key.append(q.id()).append(' ').append(q.category()).append('\n');
        }
        return key.toString();
    }

    /** What a file for this bank must have been made from: the format, the training answers' fingerprint, the bank's key. */
    public static String fingerprint(Catalog catalog) {
        return fingerprint(TrainingAnswers.fingerprint(), bankKey(catalog));
    }

    private static String fingerprint(String training, String bankKey) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\n" + training + "\n" + bankKey).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Learns the models of the catalog's language and writes them with {@code fingerprint} (the build step). */
    public static void write(OutputStream out, String fingerprint, Catalog catalog) throws IOException {
        write(out, fingerprint, bankKey(catalog), PhraseTable.learnModels(catalog));
    }

    static void write(OutputStream to, String fingerprint, String bankKey, PhraseTable.Models models) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(to));
        out.writeUTF(fingerprint);
        out.writeUTF(bankKey);
        String[] features = models.judgement().index().inOrder();
        out.writeInt(features.length);
        for (String f : features) {
            out.writeUTF(f);
        }
        models.judgement().write(out);
        models.thinness().write(out);
        models.strength().write(out);
        models.questions().write(out);
        out.flush();
    }

    /** The fingerprint a shipped file records (its first field), or null when it is not one. */
    public static String recordedFingerprint(InputStream in) throws IOException {
        try {
            return new DataInputStream(new BufferedInputStream(in)).readUTF();
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            return null;
        }
    }

    /** The models the build shipped for this bank, or empty when there are none made for it (see the class comment). */
    static Optional<PhraseTable.Models> read(Catalog catalog) {
        java.net.URL url = ShippedModels.class.getClassLoader().getResource(resource(catalog));
        if (url == null) {
            return Optional.empty();
        }
        String bankKey = bankKey(catalog);
        String expected = jp.infracareer.content.ShippedJson.checked(url) ? fingerprint(catalog) : null;
        try (InputStream in = url.openStream()) {
            return read(in, expected, bankKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(catalog) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a shipped file; empty when it was made for another bank, or (with {@code expected}, else any) from other
     * training answers.
     */
    static Optional<PhraseTable.Models> read(InputStream from, String expected, String bankKey) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(from, 1 << 16));
        String fingerprint = in.readUTF();
        if ((expected != null && !expected.equals(fingerprint)) || !bankKey.equals(in.readUTF())) {
            return Optional.empty();
        }
        String[] features = new String[in.readInt()];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readUTF();
        }
        FeatureIndex index = FeatureIndex.ofOrdered(features);
        return Optional.of(new PhraseTable.Models(JudgementModel.read(in, index), JudgementModel.read(in, index),
                JudgementModel.read(in, index), QuestionModel.read(in, index)));
    }
}
