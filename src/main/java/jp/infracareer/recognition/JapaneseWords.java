package jp.infracareer.recognition;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese text split into words with their part of speech (Kuromoji, IPADIC tags such as 名詞-一般,
 * 動詞-自立, 助詞-格助詞-一般), dictionary form (止まら → 止まる) and katakana reading (繋がる → ツナガル). Used to
 * tell a sentence that says something from a list of nouns, and to match a phrase however it is inflected or
 * spelt.
 */
public final class JapaneseWords {
    /** One word, its part-of-speech tag, its dictionary form (the surface when it has none) and its reading. */
    public record Word(String surface, String partOfSpeech, String baseForm, String reading) {
        public Word(String surface, String partOfSpeech) {
            this(surface, partOfSpeech, surface, surface);
        }

        public boolean is(String tagPrefix) {
            return partOfSpeech != null && partOfSpeech.startsWith(tagPrefix);
        }
    }

    private JapaneseWords() {}

    public static List<Word> of(String text) {
        return TOKENIZER.get().split(text);
    }

    /** One tokenizer per thread, reused (building one costs far more than using it). */
    private static final ThreadLocal<Splitter> TOKENIZER = ThreadLocal.withInitial(Splitter::new);

    private static final class Splitter {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        private final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        private final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
        private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

        List<Word> split(String text) {
            List<Word> words = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String surface = term.toString();
                    String b = base.getBaseForm();
                    String r = reading.getReading();
                    words.add(new Word(surface, pos.getPartOfSpeech(), b == null ? surface : b, r == null ? surface : r));
                }
                tokenizer.end();
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }
}
