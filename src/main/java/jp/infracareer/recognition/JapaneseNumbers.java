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
 * Numbers written in kanji with 百 or 千 (二百五十四, 三千, 千二百) as digits, read by Lucene's
 * {@link JapaneseNumberFilter}: an answer that says 「二百五十四台」 makes the point 「254台」 makes (trial 10 was asked
 * for 254 after writing it in kanji). Only such runs are read: 「十分」 (enough), 「一つ」 and 「千葉」 stay as they are.
 */
public final class JapaneseNumbers {
    /**
     * A run that holds 百 or 千 and starts with a digit (二百, 三千) or with 百 or 千 followed by more of the number (千二百,
     * 百二十): not a word that begins with 千 or 百 (千葉, 百貨店). 万 is left as written, since amounts are said in 万 with
     * digits too (「300万円」, 「1600万台」): 「三百万円」 becomes 「300万円」 and still holds 万円.
     */
    private static final Pattern KANJI_NUMBER = Pattern.compile(
            "(?:[〇一二三四五六七八九十][〇一二三四五六七八九十]*[百千]|[百千](?=[〇一二三四五六七八九十百千]))[〇一二三四五六七八九十百千]*");

    private static final Analyzer NUMBERS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
            return new TokenStreamComponents(words, new JapaneseNumberFilter(words));
        }
    };

    private JapaneseNumbers() {}

    /** {@code text} with every kanji number with 百 or 千 written in digits; the text itself when it has none. */
    public static String inDigits(String text) {
        if (text.indexOf('百') < 0 && text.indexOf('千') < 0) {
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
