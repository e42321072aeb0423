package jp.infracareer.interview;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.InterviewQuestion;

/**
 * The four interview models of a language ({@link PhraseTable.Models}) as the build learnt them
 * ({@value #RESOURCE_PREFIX}{@code <lang>.bin}, written by advisor/ShipJudgementModels), so that a replica reads them
 * instead of learning them: learning was the largest use of CPU in a fresh replica's first seconds (a JFR profile of
 * start-up, 2026-12-05: at least a quarter of the samples of the threads besides the one serving the first requests),
 * and it competed with those requests.
 * <p>
 * The models depend on the training answers, on the code that learns them ({@link #LEARNING}) and on a little of the
 * bank: its language, its questions' ids and categories, and which categories the judgement reads ({@link #bankKey}).
 * A file records the fingerprint of all three and is used only when they match (so a test's bank of other questions
 * learns its own); a file that cannot be read is reported and the models are learnt as before.
 */
public final class ShippedModels {
    static final String RESOURCE_PREFIX = "models/judgement-";
    private static final String FORMAT = "judgement-models/1";
    /** The classes whose code decides what is learnt (features, counting, smoothing, which answers count for what). */
    static final java.util.List<String> LEARNING = java.util.stream.Stream.of(ShippedModels.class, PhraseTable.class,
            JudgementModel.class, QuestionModel.class, FeatureIndex.class, AnswerText.class, AnswerAnalyzer.class,
            TrainingAnswers.class, jp.infracareer.recognition.JapaneseNumbers.class) // folding reads kanji numbers
            .map(c -> c.getName().replace('.', '/') + ".class").toList();
    /** More features, questions or pairs than this in a file is a broken one, not a model (read before allocating). */
    private static final int MAX_LENGTH = 1 << 24;

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

    /**
     * What a file for this bank must have been made from: the format, the training answers' fingerprint and the bank's
     * key, then the learning code's classes (one fingerprint of the shipped files' kind, {@link
     * jp.infracareer.content.ShippedJson#fingerprint}).
     */
    public static String fingerprint(Catalog catalog) {
        String madeFrom = FORMAT + "\n" + TrainingAnswers.fingerprint() + "\n" + bankKey(catalog);
        return jp.infracareer.content.ShippedJson.fingerprint(madeFrom, LEARNING, "the models' code");
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

    /**
     * The models the build shipped for this bank, or empty when there are none made for it (see the class comment) or
     * the file cannot be read (reported once per bank: the caller learns them instead).
     */
    static Optional<PhraseTable.Models> read(Catalog catalog) {
        String resource = resource(catalog);
        try (InputStream in = ShippedModels.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : read(in, fingerprint(catalog), bankKey(catalog));
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ShippedModels.class).warn("cannot read {} ({}); learning the interview models instead",
                    resource, e.toString());
            return Optional.empty();
        }
    }

    /** Reads a shipped file; empty when it was made from other training answers, other code or for another bank. */
    static Optional<PhraseTable.Models> read(InputStream from, String expected, String bankKey) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(from, 1 << 16));
        if (!expected.equals(in.readUTF()) || !bankKey.equals(in.readUTF())) {
            return Optional.empty();
        }
        String[] features = new String[length(in)];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readUTF();
        }
        FeatureIndex index = FeatureIndex.ofOrdered(features);
        PhraseTable.Models models = new PhraseTable.Models(JudgementModel.read(in, index), JudgementModel.read(in, index),
                JudgementModel.read(in, index), QuestionModel.read(in, index));
        if (in.read() != -1) {
            throw new IOException("more bytes after the models: another format");
        }
        return Optional.of(models);
    }

    /** A length read from a file, checked before anything is allocated by it. */
    static int length(java.io.DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("a length of " + n + ": not a models file");
        }
        return n;
    }
}
