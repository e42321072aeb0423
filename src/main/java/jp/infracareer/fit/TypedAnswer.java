package jp.infracareer.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.FitQuiz;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Reads a typed message as the answer to the quiz question waiting: a choice's number, its label (or the
 * start of it), its other words (fit.yml {@code says}), or "no preference". Anything else, and any question
 * about something else, is not an answer, so the message is answered as usual and the quiz waits.
 */
final class TypedAnswer {
    /** The option id stored for "no preference": no option has it, so it adds to no role and gives no reason. */
    static final String NO_PREFERENCE = "-";
    /** Longer messages are a question or a story, not a choice. */
    private static final int MAX_CHARS = 40;
    /** English takes about twice the letters for the same choice ("I think the whole thing, how the pieces connect"). */
    private static final int MAX_CHARS_LATIN = 80;
    // written in hiragana, matched on normalised text (katakana): hence normalised once here
    private static final Pattern NUMBER = Pattern.compile(TextNormalizer.normalize(
            "(?:no\\.?|number|option|#)?\\s*([1-9])\\s*(?:番目?|つ目|番で|です|で|にします|かな|ね)*"));
    /**
     * A choice's number said as the message's last words, after second thoughts (「あ、でも全体かな…やっぱり2でお願いします」 was
     * read as a greeting in a twenty-first trial; "hmm, I'll go with 3"): only in a message with no other digit.
     */
    private static final Pattern NUMBER_LAST = Pattern.compile(TextNormalizer.normalize(
            "(?:^|[、。…,.!！?？\\s])(?:やっぱり|やっぱ|じゃあ|では|なら|それなら)?\\s*([1-9])\\s*(?:番目?|つ目)?\\s*"
                    + "(?:でお願いします|でおねがいします|でお願い|でいいです|にします|でいきます|で|です)[。！!]*$"
                    + "|\\b(?:i'll|i will|let's|lets|i'd)\\s+(?:go with|pick|choose|take|say)\\s+(?:number |option |no\\.? ?|#)?([1-9])\\b[.!]*$"));
    /** A choice's number said first, then a few words after a space or a mark (「1 問題なし」「2、たまになら」; not 「3番の説明して」, which asks about it). */
    private static final Pattern NUMBER_FIRST = Pattern.compile("^([1-9])\\s*[\\s.:：、,)）]\\s*\\S.{0,14}$");
    /** A choice named by its place: first, second, third, the middle or the last one. */
    private static final Pattern ORDINAL = Pattern.compile(TextNormalizer.normalize(
            "(?<first>一つ目|ひとつ目|ひとつめ|一番目|最初の|いちばん上の|一番上の)|(?<second>二つ目|ふたつ目|ふたつめ|二番目|真ん中の|まんなかの)"
                    + "|(?<third>三つ目|みっつ目|みっつめ|三番目)|(?<last>最後の|いちばん下の|一番下の)"
                    + "|\\b(?:the )?(?:(?<efirst>first|1st|top)|(?<esecond>second|2nd|middle)|(?<ethird>third|3rd)|(?<elast>last|bottom))"
                    + " (?:one|option|choice|answer)\\b"));

    /** The 0-based index an ordinal names among {@code count} options, or -1. */
    private static int ordinal(Matcher m, int count) {
        if (m.group("first") != null || m.group("efirst") != null) {
            return 0;
        }
        if (m.group("second") != null || m.group("esecond") != null) {
            return 1;
        }
        if (m.group("third") != null || m.group("ethird") != null) {
            return 2;
        }
        return m.group("last") != null || m.group("elast") != null ? count - 1 : -1;
    }

    /** After a number, words that turn it down (「1は違うかな」「3は無理」, "1 is not for me"): no choice. */
    private static final Pattern REFUSED = Pattern.compile(TextNormalizer.normalize(
            "違う|ちがう|無理|むり|以外|じゃな|ではな|ない|\\bnot\\b|n't|\\bno\\b|boring"));
    private static final Pattern NOT_IN_LABELS = Pattern.compile("[\\s\\p{Punct}、。！？「」（）・…]+");
    private static final Pattern ENDINGS = Pattern.compile(TextNormalizer.normalize("(です|ですね|かな|かも|ですかね|にします|ます|ね|よ)+$"));
    /** What may be left around a "no preference" phrase: 「うーん」「正直」「です」, "honestly", "I have". */
    private static final int MAX_FILLER = 4;
    private static final int MAX_FILLER_ASCII = 8;

    /** An option id, or {@link #NO_PREFERENCE}. */
    record Answer(String optionId) {
        boolean noPreference() {
            return optionId.equals(NO_PREFERENCE);
        }
    }

    private TypedAnswer() {}

    /** True when a message asks about the options themselves (fit.yml {@code about_options}: 「2と3の違いは？」). */
    static boolean asksAboutOptions(FitQuiz quiz, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return quiz.aboutOptions().stream().anyMatch(o -> contains(normalized, TextNormalizer.normalize(o)));
    }

    /** True when a short message asks to go back one question (fit.yml {@code back}), not to answer this one. */
    static boolean asksBack(FitQuiz quiz, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text).strip();
        return !normalized.isEmpty() && normalized.length() <= MAX_CHARS
                && quiz.back().stream().anyMatch(b -> contains(normalized, TextNormalizer.normalize(b)));
    }

    /**
     * True when a short message asks to leave the quiz: one of fit.yml {@code stop} said alone, or one of
     * {@code stop_anywhere}, which name the quiz (「診断をやめたい」); a sixteenth trial's "end" was told it matched no option.
     */
    static boolean asksStop(FitQuiz quiz, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text).strip();
        String bare = NOT_IN_LABELS.matcher(normalized).replaceAll("");
        if (bare.isEmpty() || normalized.length() > MAX_CHARS_LATIN) {
            return false;
        }
        // 「夜勤はもういいです」 answers the night-shift question: a bare word counts only as the whole message
        return quiz.stop().stream().map(TypedAnswer::bare).anyMatch(bare::equals)
                || quiz.stopAnywhere().stream().map(TypedAnswer::bare).anyMatch(bare::contains);
    }

    private static String bare(String phrase) {
        return NOT_IN_LABELS.matcher(TextNormalizer.normalize(phrase)).replaceAll("");
    }

    static Optional<Answer> read(FitQuiz quiz, FitQuiz.Question question, String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text).strip();
        if (normalized.isEmpty() || normalized.length() > (TextNormalizer.isAscii(normalized) ? MAX_CHARS_LATIN : MAX_CHARS)) {
            return Optional.empty();
        }
        boolean asks = normalized.contains("?") || quiz.asks().stream().anyMatch(a -> contains(normalized, TextNormalizer.normalize(a)));
        String bare = NOT_IN_LABELS.matcher(normalized).replaceAll("");
        List<FitQuiz.Option> options = question.options();
        Matcher number = NUMBER.matcher(normalized.replaceAll("[\\s、。！!.]+$", ""));
        if (number.matches()) {
            int index = Integer.parseInt(number.group(1)) - 1;
            return index < options.size() ? Optional.of(new Answer(options.get(index).id())) : Optional.empty();
        }
        // 「1 問題なし」: the number first, then a few words of one's own after a space or a mark (a twenty-third trial's got
        // the newcomer's day page)
        Matcher first = NUMBER_FIRST.matcher(normalized);
        if (!asks && first.matches() && normalized.chars().filter(Character::isDigit).count() == 1
                && !REFUSED.matcher(normalized).find()) {
            int index = Integer.parseInt(first.group(1)) - 1;
            return index < options.size() ? Optional.of(new Answer(options.get(index).id())) : Optional.empty();
        }
        Matcher last = NUMBER_LAST.matcher(normalized);
        if (!asks && last.find() && normalized.chars().filter(Character::isDigit).count() == 1) {
            int index = Integer.parseInt(last.group(1) != null ? last.group(1) : last.group(2)) - 1;
            return index < options.size() ? Optional.of(new Answer(options.get(index).id())) : Optional.empty();
        }
        // 「2つ目かな」「最後のやつ」, "hmm the second one i think": the choice by its place, in a short message with no digit
        // (a twenty-sixth trial's "the second one" was not read)
        Matcher place = ORDINAL.matcher(normalized);
        if (!asks && place.find() && normalized.chars().noneMatch(Character::isDigit) && !REFUSED.matcher(normalized).find()
                && normalized.length() <= MAX_CHARS_LATIN) {
            int index = ordinal(place, options.size());
            return index >= 0 && index < options.size() ? Optional.of(new Answer(options.get(index).id())) : Optional.empty();
        }
        Optional<Answer> byLabel = byLabel(options, bare);
        if (byLabel.isPresent() || asks) {
            // a question mark or 「教えて」 means a question about something, unless it is the label itself
            return byLabel;
        }
        // a longer English sentence is a choice only by words of more than one word ("how the pieces connect"): one word
        // ("some", "data") in "I have some experience with firewalls from my old job" is a story, not a choice
        return bySays(quiz, options, normalized, normalized.length() > MAX_CHARS);
    }

    /** The label typed as it reads, with polite words after it, or its start (「手を動かして」). */
    private static Optional<Answer> byLabel(List<FitQuiz.Option> options, String bare) {
        String typed = ENDINGS.matcher(bare).replaceFirst("");
        if (typed.length() < (TextNormalizer.isAscii(typed) ? 4 : 2)) {
            return Optional.empty();
        }
        List<FitQuiz.Option> found = new ArrayList<>();
        for (FitQuiz.Option o : options) {
            String label = NOT_IN_LABELS.matcher(TextNormalizer.normalize(o.label())).replaceAll("");
            if (bare.contains(label) || label.startsWith(typed)) {
                found.add(o);
            }
        }
        return found.size() == 1 ? Optional.of(new Answer(found.get(0).id())) : Optional.empty();
    }

    /**
     * The options whose other words the message uses, or "no preference" said with little else around it.
     * Longer words first, and a shorter word inside a longer one found already does not count (「実機でも仮想でも」
     * is not 「実機」, "no idea" is not "no"); an option's words go before "no preference" of the same length
     * (「どちらでもいい」 about real or virtual machines is that choice). One option only, or none.
     */
    private static Optional<Answer> bySays(FitQuiz quiz, List<FitQuiz.Option> options, String normalized, boolean phrasesOnly) {
        record Say(String optionId, String words) {}
        List<Say> says = new ArrayList<>();
        options.forEach(o -> o.says().stream().filter(s -> !phrasesOnly || s.strip().contains(" "))
                .forEach(s -> says.add(new Say(o.id(), TextNormalizer.normalize(s)))));
        quiz.noPreference().forEach(s -> says.add(new Say(NO_PREFERENCE, TextNormalizer.normalize(s))));
        // a stable sort: at the same length an option's words stay before "no preference"
        says.sort(Comparator.comparingInt((Say s) -> s.words().length()).reversed());
        boolean[] taken = new boolean[normalized.length()];
        Set<String> found = new HashSet<>();
        String neutral = null;
        for (Say s : says) {
            for (int at = indexOf(normalized, s.words(), 0); at >= 0; at = indexOf(normalized, s.words(), at + 1)) {
                boolean free = true;
                for (int i = at; i < at + s.words().length(); i++) {
                    free &= !taken[i];
                }
                if (!free) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, at + s.words().length(), true);
                if (s.optionId().equals(NO_PREFERENCE)) {
                    neutral = neutral == null ? s.words() : neutral;
                } else {
                    found.add(s.optionId());
                }
            }
        }
        if (found.size() == 1) {
            return Optional.of(new Answer(found.iterator().next()));
        }
        return found.isEmpty() && neutral != null && little(normalized, neutral) ? Optional.of(new Answer(NO_PREFERENCE))
                : Optional.empty();
    }

    /** Little besides {@code phrase}: 「うーん、わからない」 is no preference, 「IPアドレスがわからない」 is not. */
    private static boolean little(String normalized, String phrase) {
        int at = indexOf(normalized, phrase, 0);
        String rest = NOT_IN_LABELS.matcher(normalized.substring(0, at) + normalized.substring(at + phrase.length())).replaceAll("");
        return rest.length() <= (TextNormalizer.isAscii(normalized) ? MAX_FILLER_ASCII : MAX_FILLER);
    }

    private static boolean contains(String text, String words) {
        return indexOf(text, words, 0) >= 0;
    }

    /** Where {@code words} occur from {@code from}; English words only as whole words ("no" is not in "know"). */
    private static int indexOf(String text, String words, int from) {
        for (int at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
            boolean ascii = TextNormalizer.isAscii(words);
            boolean startOk = !ascii || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + words.length();
            boolean endOk = !ascii || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
        }
        return -1;
    }
}
