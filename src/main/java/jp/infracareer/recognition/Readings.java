package jp.infracareer.recognition;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Katakana readings of Japanese words from Kuromoji's dictionary (監視 → カンシ), so that a user who types
 * a term in hiragana (かんし) is understood without every reading being listed by hand.
 */
final class Readings {
    private Readings() {}

    /** The reading of the whole text, or the text itself for parts the dictionary does not know. */
    static String of(String text) {
        return READER.get().read(text);
    }

    /** One tokenizer per thread, reused: building one per word made start-up slow. */
    private static final ThreadLocal<Reader> READER = ThreadLocal.withInitial(Reader::new);

    private static final class Reader {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final ReadingAttribute readingAttr = tokenizer.addAttribute(ReadingAttribute.class);

        String read(String text) {
            StringBuilder reading = new StringBuilder();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String r = readingAttr.getReading();
                    reading.append(r != null ? r : term.toString());
                }
                tokenizer.end();
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return reading.toString();
        }
    }
}
