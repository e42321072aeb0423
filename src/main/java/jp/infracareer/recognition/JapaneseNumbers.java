package jp.infracareer.recognition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Numbers written in kanji with a unit of a hundred or more (二百五十四, 三千, 一万二千) as digits, read by Lucene's
 * {@link JapaneseNumberFilter}: an answer that says 「二百五十四台」 makes the point 「254台」 makes (trial 10 was asked
 * for 254 after writing it in kanji). Only such runs are read: 「十分」 (enough), 「一つ」 and 「千葉」 stay as they are.
 */
public final class JapaneseNumbers {
    /** A run that starts with a digit (or 十) and holds 百, 千 or 万: a number, not a word that begins with 千 or 百. */
    private static final Pattern KANJI_NUMBER = Pattern.compile("[〇一二三四五六七八九十][〇一二三四五六七八九十百千万]*[百千万][〇一二三四五六七八九十百千万]*");

    private static final Analyzer NUMBERS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
            return new TokenStreamComponents(words, new JapaneseNumberFilter(words));
        }
    };

    private JapaneseNumbers() {}

    /** {@code text} with every kanji number of a hundred or more written in digits; the text itself when it has none. */
    public static String inDigits(String text) {
        if (text.indexOf('百') < 0 && text.indexOf('千') < 0 && text.indexOf('万') < 0) {
            return text; // the common case, without a regular expression
        }
        Matcher m = KANJI_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(read(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One run as the filter reads it; the run itself when the filter leaves more than digits. */
    private static String read(String run) {
        StringBuilder digits = new StringBuilder();
        try (TokenStream tokens = NUMBERS.tokenStream("", run)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                digits.append(term);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digits.length() > 0 && digits.chars().allMatch(Character::isDigit) ? digits.toString() : run;
    }
}
