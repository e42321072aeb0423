package jp.infracareer.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Tracks;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Aliases;
import jp.infracareer.content.InterviewQuestion;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.recognition.ScreenedPatterns;
import jp.infracareer.recognition.TextNormalizer;

/**
 * Recognises interview words in both languages: phrases that start an interview, track names, controls
 * ("ヒント", "skip"), and the names of single questions to drill ("志望動機", "why infra").
 */
public final class InterviewWords {
    public static final String GENERAL = Tracks.GENERAL;
    public static final List<String> TRACKS = Tracks.ALL;

    private final List<String> start;
    private final List<String> filler;
    private final List<String> particles;
    private final java.util.Set<String> list;
    private final java.util.Set<String> begin;
    private final java.util.Set<String> aloneWithNone;
    private final Cues clarify;
    private final ScreenedPatterns<Boolean> aboutSession;
    private final ScreenedPatterns<Boolean> courseSwitch;
    /** aliases.yml {@code course_restart}: the running course asked for again from the start. */
    private final ScreenedPatterns<Boolean> courseRestart;
    /** aliases.yml {@code not_answered}: a question said to have been scored without an answer. */
    private final ScreenedPatterns<Boolean> notAnswered;
    /** Courses that are not the interview's (aliases.yml {@code course_switch_not}): a school's, an online class's. */
    private final jp.infracareer.recognition.PhraseMatcher<Boolean> otherCourses = new jp.infracareer.recognition.PhraseMatcher<>();
    private final List<String> weakest;
    private final Cues howScored;
    private final List<String> resultsAgain;
    private final List<String> whyScore;
    private final List<String> retry;
    private final List<String> saidInThePast;
    private final Cues otherResults;
    private final Cues otherScores;
    /** aliases.yml interview_language, folded: a language named beside a request for an interview. */
    private final Map<Lang, List<String>> namedLanguage = new LinkedHashMap<>();
    /** aliases.yml interview_language_switch and _alone, folded: going on in a language, asked mid-interview. */
    private final Map<Lang, List<String>> switchPhrases = new LinkedHashMap<>();
    private final Map<String, Lang> languageAlone = new java.util.HashMap<>();
    private final Cues howToAnswer;
    /** Words that say a question is one an interviewer asks (aliases.yml {@code asked_in_interview}). */
    private final Cues askedInInterview;
    /** Per language, whether a sentence asks something (feedback.yml {@code reading.asks_back}). */
    private final Map<Lang, java.util.regex.Pattern> asksBack = new java.util.EnumMap<>(Lang.class);
    /** Per language, a casual request put to the advisor (feedback.yml {@code reading.asks_advisor}). */
    private final Map<Lang, java.util.regex.Pattern> asksAdvisor = new java.util.EnumMap<>(Lang.class);
    private final Map<String, String> tracks = new LinkedHashMap<>();
    private final Map<String, String> tracksInText = new LinkedHashMap<>();
    /** A track's start button's label in either language (「ネットワークコースを始める」, "Start the Network track"), typed. */
    private final Map<String, String> trackButtons = new java.util.HashMap<>();
    private final Map<String, InterviewControl> controls = new LinkedHashMap<>();
    /** A control said in a sentence of one's own ("今日はここでやめたいです", "let's move on"), by pattern. */
    private final ScreenedPatterns<InterviewControl> patterns;
    /** normalised name to question id, longest names first so "なぜインフラ" beats "インフラ". */
    private final List<Map.Entry<String, String>> names = new ArrayList<>();

    public InterviewWords(KnowledgeBase kb) {
        Aliases.InterviewWords words = kb.aliases().interview();
        start = words.start().stream().map(TextNormalizer::normalize).toList();
        filler = words.filler().stream().map(TextNormalizer::normalize)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        particles = words.particles().stream().map(TextNormalizer::normalize)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        list = normalized(words.list());
        begin = normalized(words.begin());
        aloneWithNone = normalized(words.aloneWithNone());
        clarify = Cues.of(words.clarify());
        weakest = words.weakest().stream().map(TextNormalizer::normalize).toList();
        howScored = Cues.of(words.howScored());
        resultsAgain = words.resultsAgain().stream().map(TextNormalizer::normalize).toList();
        whyScore = words.whyScore().stream().map(TextNormalizer::normalize).toList();
        retry = words.retry().stream().map(TextNormalizer::normalize).toList();
        saidInThePast = words.saidInThePast().stream().map(TextNormalizer::normalize).toList();
        otherResults = Cues.of(words.otherResults());
        otherScores = Cues.of(words.otherScores());
        kb.aliases().interviewLanguage().forEach((code, phrases) -> Lang.parse(code).ifPresent(lang ->
                namedLanguage.put(lang, phrases.stream().map(TextNormalizer::normalize).toList())));
        kb.aliases().interviewLanguageSwitch().forEach((code, phrases) -> Lang.parse(code).ifPresent(lang ->
                switchPhrases.put(lang, phrases.stream().map(TextNormalizer::normalize).toList())));
        kb.aliases().interviewLanguageAlone().forEach((code, names) -> Lang.parse(code).ifPresent(lang ->
                names.forEach(n -> languageAlone.put(bare(TextNormalizer.normalize(n)), lang))));
        aboutSession = normalizedPatterns(words.aboutSession());
        courseSwitch = normalizedPatterns(words.courseSwitch());
        courseRestart = normalizedPatterns(words.courseRestart());
        notAnswered = normalizedPatterns(words.notAnswered());
        words.courseSwitchNot().forEach(w -> otherCourses.add(w, true));
        howToAnswer = Cues.of(words.howToAnswer());
        askedInInterview = Cues.of(words.askedInInterview());
        words.tracks().forEach((track, names) -> names.forEach(w -> tracks.put(TextNormalizer.normalize(w), track)));
        words.tracks().forEach((track, names) -> names.stream().filter(w -> w.length() >= 3)
                .forEach(w -> tracksInText.put(written(w), track)));
        words.controls().forEach((control, list) -> {
            InterviewControl known = InterviewControl.ofId(control)
                    .orElseThrow(() -> new IllegalStateException("aliases.yml names an unknown interview control: " + control));
            list.forEach(w -> controls.put(TextNormalizer.normalize(w), known));
        });
        Map<Pattern, InterviewControl> controlPatterns = new LinkedHashMap<>();
        words.controlPatterns().forEach((control, list) -> {
            InterviewControl known = InterviewControl.ofId(control)
                    .orElseThrow(() -> new IllegalStateException("aliases.yml names an unknown interview control: " + control));
            // normalised like the text they read (hiragana as katakana, lower case); the patterns use no upper-case escapes
            list.forEach(p -> controlPatterns.put(Pattern.compile(TextNormalizer.normalize(p)), known));
        });
        patterns = ScreenedPatterns.of(controlPatterns);
        for (Lang lang : Lang.values()) {
            jp.infracareer.content.Ui ui = kb.catalog(lang).ui();
            for (String track : new java.util.LinkedHashSet<>(words.tracks().keySet())) {
                trackButtons.put(bare(TextNormalizer.normalize(ui.format("button.start_track", "track",
                        InterviewReplies.trackName(ui, track)))), track);
            }
            asksBack.put(lang, java.util.regex.Pattern.compile(kb.catalog(lang).feedback().reading().asksBack()));
            asksAdvisor.put(lang, java.util.regex.Pattern.compile(kb.catalog(lang).feedback().reading().asksAdvisor()));
            for (InterviewQuestion q : kb.catalog(lang).questions()) {
                names.add(Map.entry(TextNormalizer.normalize(q.id()), q.id()));
                q.names().forEach(n -> names.add(Map.entry(TextNormalizer.normalize(n), q.id())));
            }
        }
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    private static java.util.Set<String> normalized(List<String> words) {
        return words.stream().map(TextNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True when the word after "interview" asks for the list of courses and questions. */
    public boolean asksForList(String word) {
        return list.contains(TextNormalizer.normalize(word));
    }

    /** True when the word after "interview" only asks to begin ("start", "please"). */
    public boolean onlyBegins(String word) {
        return begin.contains(TextNormalizer.normalize(word));
    }

    /** The control said alone that, with no interview running, is told none is running (「終了」, "skip"), if it is one. */
    public Optional<InterviewControl> aloneWithNoInterview(String text) {
        String normalized = TextNormalizer.normalize(text);
        return aloneWithNone.contains(normalized) ? Optional.ofNullable(controls.get(normalized)) : Optional.empty();
    }

    /** True when free text asks for a mock interview ("面接練習したい", "mock interview: why infra"). */
    public boolean startsInterview(String text) {
        String normalized = TextNormalizer.normalize(text);
        return start.stream().anyMatch(normalized::contains);
    }

    /**
     * A control standing alone ("ヒント", "skip"), or said in a short message with polite words around it
     * ("やっぱやめます", "例を見せてください", "Sorry, what was the question?"). A message that merely contains a
     * control word ("夜勤をやめたいからです", "I always finish on time") is an answer, not a control.
     */
    public Optional<InterviewControl> control(String text) {
        String normalized = bare(TextNormalizer.normalize(text));
        if (!shortMessage(normalized)) {
            return controlExactly(normalized).or(() -> saidInASentence(normalized)).or(() -> asksWhatItMeans(text, normalized));
        }
        Optional<InterviewControl> alone = controlAlone(normalized);
        if (alone.isPresent()) {
            return alone;
        }
        // a whole phrase (several words, not one word that also lives inside answers) said with a little more
        Optional<InterviewControl> phrase = controls.entrySet().stream()
                .filter(e -> phrase(e.getKey()) && contains(normalized, e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue);
        return phrase.or(() -> saidInASentence(normalized)).or(() -> asksWhatItMeans(text, normalized));
    }

    /**
     * True for a short remark on the score or the session in the middle of an interview (「うわ、13点はきびしくないですか？」,
     * "why did I get 0 for that?", "I wanted a full cloud interview"), by the patterns of aliases.yml ({@code about_session}):
     * told how scoring works, not scored as the answer (a fourteenth newcomer trial saw both scored).
     */
    public boolean aboutSession(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS) && aboutSession.any(normalized);
    }

    /**
     * True for a short request to practise the question scored lowest (「点数が一番低かった質問を練習したい」, "practise my
     * weakest question"): the summary's button, said in words (a fourteenth newcomer trial got a new interview).
     */
    public boolean asksWeakest(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS) && weakest.stream().anyMatch(normalized::contains);
    }

    /**
     * True for a short question on how answers are scored (「採点の基準を教えてもらえますか？」, "how is it scored?"): a
     * nineteenth newcomer trial's started a new interview.
     */
    public boolean asksHowScored(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS) && howScored.in(normalized);
    }

    /** True for a short request to see the last interview's results again (「結果をもう一回見せて」, "show my scores again"). */
    public boolean asksResultsAgain(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS) && resultsAgain.stream().anyMatch(normalized::contains)
                && !otherResults.in(normalized);
    }

    /**
     * True for a short question, after an interview, on why an answer scored as it did or how it should have gone
     * (「2問目0点って…どう答えればよかった？」, "why did question 4 get only 10?"): a why or how word beside a score or a question.
     */
    public boolean asksAboutAScore(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        if (!fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS)) {
            return false;
        }
        // a whole word: "exam" is no part of "example answer" (which fell through to a guide, session 41)
        if (otherScores.in(normalized)) {
            return false; // a TOEIC or an exam score is no interview's
        }
        boolean how = howToAnswer.all().stream().anyMatch(normalized::contains);
        boolean why = whyScore.stream().anyMatch(normalized::contains);
        // a score said, or one question pointed at by its place (「2問目」, "question 4", "the first question")
        boolean aboutOne = SCORE.matcher(normalized).find() || EarlierQuestion.pointsAtOne(text == null ? "" : text);
        // "how should I answer X?" asks about any question; only said of one asked (「2問目」) or in the past
        // (「どう答えればよかった」, "what should I have said") is it about the interview just done
        return why && aboutOne || how && (aboutOne || saidInThePast.stream().anyMatch(normalized::contains));
    }

    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile(
            "(?<![0-9])(?:[0-9]|[1-9][0-9]|100)\\s?(?:点|points?|/100)|問目|番目|\\bmy scores?\\b|点数");

    /** Whether a short message asks to answer a question again (「1問目をやり直したい」, "I want to retry question 1"). */
    public boolean asksToRetry(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, ABOUT_SESSION_WORDS, ABOUT_SESSION_CHARS) && retry.stream().anyMatch(normalized::contains);
    }

    /**
     * Whether a short message asks to answer an earlier question again, as a question or as a request ending the
     * message (「3問目の質問もう一回やらせて」 in a twenty-third trial was scored as the next question's answer).
     */
    public boolean asksToRetryEarlier(String text) {
        return asksToRetry(text) && (endsAsking(text) || REQUEST_END.matcher(TextNormalizer.normalize(text == null ? "" : text)).find());
    }

    private static final Pattern REQUEST_END = Pattern.compile(TextNormalizer.normalize(
            "(て|で)(ください|下さい|ほしい|欲しい|もらえる|もらえますか|くれ|くれる|ちょうだい)?[。！!]*$"));

    /** The language a request for an interview names for it (「日本語で面接の練習」, "an interview in English"), if any. */
    public Optional<Lang> namedLanguage(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return namedLanguage.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(normalized::contains))
                .map(Map.Entry::getKey).findFirst();
    }

    private static final int ABOUT_SESSION_CHARS = 80;
    private static final int ABOUT_SESSION_WORDS = 25;

    /** Longest message a control pattern is looked for in: characters (Japanese) or words (English). */
    private static final int SENTENCE_CHARS = 60;
    private static final int SENTENCE_WORDS = 20;

    /**
     * A control said in a sentence of one's own, by the patterns of aliases.yml ({@code control_patterns}): each asks
     * for the step in a request's form ("…してください", "can we…", "let's…") or with a word that places it in the
     * interview (ここで, for today), so an answer that tells of quitting a job or skipping nothing is left alone. Only
     * in a message of a sentence or two.
     */
    private Optional<InterviewControl> saidInASentence(String normalized) {
        if (!fits(normalized, SENTENCE_WORDS, SENTENCE_CHARS)) {
            return Optional.empty();
        }
        Optional<InterviewControl> whole = matching(normalized);
        if (whole.isPresent()) {
            return whole;
        }
        // 「ちょっと疲れました。今日はここでやめます。」: the request is the last sentence, read alone, so that a feeling told
        // before it in the past does not make it a story (a nineteenth newcomer trial's was scored 0)
        Matcher last = LAST_SENTENCE.matcher(normalized);
        if (last.find() && last.start() > 0 && last.group(1).strip().length() <= LAST_SENTENCE_CHARS) {
            Optional<InterviewControl> request = matching(last.group(1));
            if (request.isPresent()) {
                return request;
            }
            // 「…少しだけ中断させてください。すぐ戻ります」: the request first, a short word of coming back after it (a
            // twenty-sixth trial's was scored 14 and its question lost)
            return matching(normalized.substring(0, last.start() + 1));
        }
        return Optional.empty();
    }

    private Optional<InterviewControl> matching(String normalized) {
        return patterns.first(normalized);
    }

    /**
     * Longest last sentence read alone: a short request (「今日はここでやめます。」), not a sentence of an answer that a past
     * tense before it kept from being read as one (「疲れたときは無理をやめて、早めに寝るようにしています。」).
     */
    private static final int LAST_SENTENCE_CHARS = 20;

    /** The last sentence of a message, after a Japanese full stop or an exclamation (its own end mark kept). */
    private static final Pattern LAST_SENTENCE = Pattern.compile("[。！!]\\s*([^。！!]+[。！!]*)\\s*$");

    /** Asking what the question means, as a question of its own: the hint, which says what the question looks for. */
    private Optional<InterviewControl> asksWhatItMeans(String text, String normalized) {
        return questionShaped(text) && clarify.in(normalized)
                ? Optional.of(InterviewControl.HINT) : Optional.empty();
    }

    /** Longest message read as a question put to the advisor rather than an answer: characters (Japanese) or words. */
    private static final int QUESTION_CHARS = 60;
    private static final int QUESTION_WORDS = 16;

    /**
     * One short sentence that asks something ("未経験の初年度の年収ってどれくらい？", "Could you clarify the question?"):
     * asked of the advisor, not an answer. A sentence asks as the language's {@code reading.asks_back} says (the rule
     * that also finds a question put back to the interviewer); a longer answer that ends in a question, or a question
     * inside an answer, is not one.
     */
    public boolean questionShaped(String text) {
        String stripped = text == null ? "" : text.strip();
        boolean english = stripped.chars().allMatch(c -> c < 0x80);
        List<String> sentences = AnswerText.split(stripped, english);
        if (!fits(stripped, QUESTION_WORDS, QUESTION_CHARS) || sentences.isEmpty() || sentences.size() > 2) {
            return false;
        }
        Lang lang = english ? Lang.EN : Lang.JA;
        // a casual request (「…について教えてほしいです。あと…」) may have a second short sentence after it; a question mark
        // alone marks one sentence only: 「なぜインフラか？それは…」 is an answer that opens with a question
        boolean casual = asksAdvisor.get(lang).matcher(sentences.get(0)).find();
        if (sentences.size() == 1) {
            return casual || asksBack.get(lang).matcher(sentences.get(0)).find();
        }
        // two sentences: only a Japanese request (「…について教えてほしいです。あと…」); 「DNSとは何か。…」 and "What is DNS? It…"
        // open answers by naming what they explain
        String first = sentences.get(0);
        return !english && casual && !first.contains("とは") && !first.contains("って") && !asksBack.get(lang).matcher(first).find();
    }

    /**
     * The language a message asks the running interview to go on in: a language's name as the whole message (「日本語」),
     * or a question of its own that asks for it ("Can we do this question in Japanese? I want to practice…").
     */
    public Optional<Lang> switchesLanguage(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        Lang alone = languageAlone.get(bare(normalized));
        if (alone != null) {
            return Optional.of(alone);
        }
        String stripped = text == null ? "" : text.strip();
        // split at any full stop, Latin or Japanese: such a request is often written in both ("日本語でお願いします. can you…")
        List<String> sentences = java.util.Arrays.stream(stripped.split("(?<=[。．.!！?？])\\s*")).filter(x -> !x.isBlank()).toList();
        if (sentences.isEmpty() || sentences.size() > 3 || !fits(stripped, QUESTION_WORDS * 2, QUESTION_CHARS * 2)) {
            return Optional.empty();
        }
        // 「日本語でお願いします。…」: a sentence that is a language's name alone
        Optional<Lang> named = sentences.stream().map(sentence -> languageAlone.get(bare(TextNormalizer.normalize(sentence))))
                .filter(java.util.Objects::nonNull).findFirst();
        if (named.isPresent()) {
            return named;
        }
        // a phrase that asks for it, in a question of its own or in a line of a few words ("ok cheers, back to english now")
        boolean asks = sentences.stream().anyMatch(this::questionShaped) || fits(stripped, SWITCH_WORDS, SWITCH_CHARS);
        return asks ? switchPhrases.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(normalized::contains))
                .map(Map.Entry::getKey).findFirst() : Optional.empty();
    }

    /** A line this short asks for a language by its phrase alone, question or not ("back to english now"). */
    private static final int SWITCH_WORDS = 8;
    private static final int SWITCH_CHARS = 20;

    /**
     * A short message (three sentences at most) that ends in a question ("I was a care worker. How would I answer this?"),
     * or one that is a question as a whole ({@link #questionShaped}).
     */
    public boolean endsAsking(String text) {
        String stripped = text == null ? "" : text.strip();
        boolean english = stripped.chars().allMatch(c -> c < 0x80);
        List<String> sentences = AnswerText.split(stripped, english);
        return questionShaped(stripped) || fits(stripped, QUESTION_WORDS * 2, QUESTION_CHARS * 2) && sentences.size() >= 2
                && sentences.size() <= 3 && questionShaped(sentences.get(sentences.size() - 1));
    }

    /**
     * A control said alone, or with polite words only (「模範解答を見せてください」, "example please"); not one named inside a
     * request about something else (「自己紹介の模範解答を見せて」, "an example of a job posting").
     */
    public Optional<InterviewControl> controlAlone(String text) {
        String normalized = bare(TextNormalizer.normalize(text == null ? "" : text));
        return controlExactly(normalized).or(() -> Optional.ofNullable(controls.get(withoutFiller(normalized))));
    }

    /** Only a message that is exactly a control word (a command's argument, a button). */
    public Optional<InterviewControl> controlExactly(String text) {
        return Optional.ofNullable(controls.get(bare(TextNormalizer.normalize(text))));
    }

    private static String bare(String normalized) {
        return jp.infracareer.kernel.Texts.withoutTrailing(normalized, "。.!！?？、,").strip();
    }

    /** Polite words around a control (aliases.yml interview.filler), longest first, Japanese anywhere, English as words. */
    private String withoutFiller(String normalized) {
        String s = " " + normalized.replaceAll("[\\s、,。.!！?？]+", " ") + " ";
        for (String f : filler) {
            s = f.chars().allMatch(c -> c < 0x80) ? s.replace(" " + f + " ", " ") : s.replace(f, " ");
        }
        String left = s.replaceAll("\\s+", " ").strip();
        for (String p : particles) {
            if (left.length() > p.length() && left.endsWith(p)) {
                return left.substring(0, left.length() - p.length()).strip();
            }
        }
        return left;
    }

    /** Several words (English) or a phrase of six characters or more (Japanese): not a word found inside answers. */
    private static boolean phrase(String control) {
        return control.chars().allMatch(c -> c < 0x80) ? control.strip().split("\\s+").length >= 3 : control.length() >= 6;
    }

    /** Longest message read as a control rather than an answer: characters (Japanese) or words (English). */
    private static final int SHORT_MESSAGE_CHARS = 24;
    private static final int SHORT_MESSAGE_WORDS = 8;

    private static boolean shortMessage(String normalized) {
        boolean latin = normalized.chars().allMatch(c -> c < 0x80);
        return latin ? normalized.split("\\s+").length <= SHORT_MESSAGE_WORDS : normalized.length() <= SHORT_MESSAGE_CHARS;
    }

    /** Cue phrases read as {@link #contains} reads them, the text's Latin words found once for all of them. */
    private record Cues(List<String> japanese, List<String> latin, boolean latinHaveWords, List<String> all) {
        static Cues of(List<String> raw) {
            List<String> all = raw.stream().map(TextNormalizer::normalize).toList();
            List<String> latin = all.stream().filter(TextNormalizer::isAscii).toList();
            return new Cues(all.stream().filter(c -> !TextNormalizer.isAscii(c)).toList(),
                    latin.stream().map(c -> " " + wordsOnly(c) + " ").toList(),
                    latin.stream().allMatch(InterviewWords::hasLatinWord), all);
        }

        boolean in(String normalized) {
            if (japanese.stream().anyMatch(normalized::contains)) {
                return true;
            }
            if (latin.isEmpty() || (latinHaveWords && !hasLatinWord(normalized))) {
                return false;
            }
            String words = " " + wordsOnly(normalized) + " ";
            return latin.stream().anyMatch(words::contains);
        }
    }

    private static final Pattern GENERAL_WORD = Pattern.compile("\\bgeneral\\b");

    /** Japanese phrases anywhere; English ones as whole words. */
    private static boolean contains(String text, String phrase) {
        if (!phrase.chars().allMatch(c -> c < 0x80)) {
            return text.contains(phrase);
        }
        if (!hasLatinWord(text) && hasLatinWord(phrase)) {
            return false; // most Japanese messages: no cue of Latin words can be in them (read for every cue of every list)
        }
        // an id's hyphens ("current-learning") are word breaks on both sides
        return (" " + wordsOnly(text) + " ").contains(" " + wordsOnly(phrase) + " ");
    }

    /** The text with every character but a-z, 0-9, an apostrophe and a space made a space (one per code point). */
    static String wordsOnly(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == ' ' ? (char) c : ' '));
        return kept.toString();
    }

    private static boolean hasLatinWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The track named by a whole argument ("network", "クラウド"). */
    public Optional<String> track(String text) {
        return Optional.ofNullable(tracks.get(TextNormalizer.normalize(text)));
    }

    /**
     * The track whose start button's label is typed as it reads (a console user copies what a button said; trial 10
     * got the network engineer's page for 「ネットワークコースを始める」).
     */
    public Optional<String> trackButton(String text) {
        return Optional.ofNullable(trackButtons.get(bare(TextNormalizer.normalize(text == null ? "" : text))));
    }

    /**
     * A track named anywhere in free text ("ネットワークの面接練習"): by its normalised name when that keeps three letters,
     * else as written (「サーバー」 normalises to サバ, which サバイバル holds too).
     */
    public String trackIn(String text) {
        String normalized = TextNormalizer.normalize(text);
        String written = written(text);
        return tracksInText.entrySet().stream()
                .filter(e -> !e.getValue().equals(GENERAL) && written.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().or(() -> tracks.entrySet().stream()
                .filter(e -> !e.getValue().equals(GENERAL) && e.getKey().length() >= 3 && normalized.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst()).orElse(GENERAL);
    }

    /** Longest message read as another course asked for in words. */
    static final int COURSE_SWITCH_CHARS = 60;

    /**
     * The course a short message asks to switch to in words, mid-interview (「あ、ごめんサーバーのコースでやりたい。やめて最初
     * から」, "can we do the cloud course instead?"; aliases.yml {@code course_switch}), when it names one: a twenty-first
     * trial's was scored as an answer. The general course only by its own name (総合, general).
     */
    public Optional<String> courseSwitch(String text) {
        // a course of a school or an online class named in an answer (「スクールのネットワークコースで…」) is no switch
        if (shortRequest(text).filter(normalized -> !otherCourses.any(normalized) && courseSwitch.any(normalized)).isEmpty()) {
            return Optional.empty();
        }
        String normalized = TextNormalizer.normalize(text);
        String named = trackIn(text);
        if (!named.equals(GENERAL)) {
            return Optional.of(named);
        }
        return normalized.contains(TextNormalizer.normalize("総合")) || GENERAL_WORD.matcher(normalized).find()
                ? Optional.of(GENERAL) : Optional.empty();
    }

    /**
     * True for a short message saying a question was scored without being answered (「今2問いっきに進んだんだけど？運用と保守の
     * 質問答えてないっす」, "I didn't answer that one"; aliases.yml {@code not_answered}): a twenty-third trial's was scored.
     */
    public boolean saysNotAnswered(String text) {
        return shortRequest(text).filter(normalized -> notAnswered.any(normalized)).isPresent();
    }

    /**
     * True for a short message asking to start the running interview again from its first question (「この面接は最初から
     * やり直させてください」, "can we start over?"; aliases.yml {@code course_restart}): a twenty-third trial's was scored 1.
     */
    public boolean restartsCourse(String text) {
        return shortRequest(text).filter(normalized -> !otherCourses.any(normalized) && courseRestart.any(normalized)).isPresent();
    }

    /** A message short enough to be a request about the interview (course switch, restart, not answered), normalised. */
    private static Optional<String> shortRequest(String text) {
        // English takes about twice the letters of Japanese for the same request ("Sorry, my previous message was not meant
        // as an answer, can I answer question 2 now?" was scored in a twenty-seventh trial)
        int most = text != null && TextNormalizer.isAscii(text) ? 2 * COURSE_SWITCH_CHARS : COURSE_SWITCH_CHARS;
        return text == null || text.length() > most ? Optional.empty() : Optional.of(TextNormalizer.normalize(text));
    }

    /** aliases.yml patterns compiled as the text they are matched against is normalised (hiragana read as katakana). */
    private static ScreenedPatterns<Boolean> normalizedPatterns(List<String> patterns) {
        Map<Pattern, Boolean> compiled = new LinkedHashMap<>();
        patterns.forEach(p -> compiled.put(Pattern.compile(TextNormalizer.normalize(p)), true));
        return ScreenedPatterns.of(compiled);
    }

    /** Text as written, in one width and case (NFKC, lower case), without the kana folding of {@link TextNormalizer}. */
    private static String written(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }

    /** The text with every course's name taken out (as written, three letters or more), to see what else it names. */
    public String withoutTrackNames(String text) {
        String written = written(text == null ? "" : text);
        for (String name : tracksInText.keySet()) {
            written = written.replace(name, " ");
        }
        return written;
    }

    /** The question whose id is exactly {@code id}. */
    public Optional<String> questionById(String id) {
        return names.stream().map(Map.Entry::getValue).filter(id::equals).findFirst();
    }

    /** Whether a short message asks how to answer, or for a model answer, in any words ("model answer", 「回答例」). */
    public boolean asksHowToAnswerAtAll(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        return fits(normalized, HOW_TO_ANSWER_WORDS, HOW_TO_ANSWER_CHARS) && howToAnswer.in(normalized);
    }

    /**
     * A short question asking how to answer one of the bank's questions by its name, said as an interview's question
     * ("面接で「なぜインフラ？」って聞かれたらなんて答えればいい？", "How should I answer 'why infrastructure?' in an interview"):
     * that question's id, for its model answer. A long message is not one (an answer that tells how one answered is an
     * answer), nor one that does not say it is asked in an interview ("How does a DNS server know how to answer?"). A
     * Latin name counts only as whole words ("why us" is not in "why use the cloud").
     */
    public Optional<String> asksHowToAnswer(String text) {
        String normalized = TextNormalizer.normalize(text == null ? "" : text);
        if (!fits(normalized, HOW_TO_ANSWER_WORDS, HOW_TO_ANSWER_CHARS) || !howToAnswer.in(normalized)
                || !askedInInterview.in(normalized)) {
            return Optional.empty();
        }
        // a name in quotes ("'why this company'") is still the name
        String unquoted = normalized.replaceAll("['‘’\"“”]", " ");
        return names.stream().filter(e -> contains(unquoted, e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    private static final int HOW_TO_ANSWER_CHARS = 80;
    private static final int HOW_TO_ANSWER_WORDS = 25;

    /** Whether a message is at most this long: in words when it is all Latin letters, else in characters. */
    private static boolean fits(String text, int words, int chars) {
        return text.chars().allMatch(c -> c < 0x80) ? text.split("\\s+").length <= words : text.length() <= chars;
    }

    /**
     * The question a text names, by id or by one of its names in either language; a Latin name only as whole words
     * ("OSI" is not in "a cloud engineer position": a fourteenth newcomer trial got the OSI question for it).
     */
    public Optional<String> question(String text) {
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return names.stream().filter(e -> contains(normalized, e.getKey()) && !saidAsAVerb(normalized, e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /**
     * True when an English name that is also a verb stands only as one ("How do I switch?", "can we switch to Japanese": a
     * seventeenth trial got the router-vs-switch question for it): after a subject or "to", or before "to", "over" or "back".
     */
    private static boolean saidAsAVerb(String normalized, String name) {
        if (!name.chars().allMatch(c -> c < 0x80) || name.contains(" ") || !EnglishVerbs.isVerb(name)) {
            return false;
        }
        java.util.regex.Matcher m = WHOLE_WORD.computeIfAbsent(name,
                n -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(n) + "\\b")).matcher(normalized);
        boolean any = false;
        while (m.find()) {
            any = true;
            String before = normalized.substring(Math.max(0, m.start() - 12), m.start());
            String after = normalized.substring(m.end(), Math.min(normalized.length(), m.end() + 8));
            if (!VERB_BEFORE.matcher(before).find() && !VERB_AFTER.matcher(after).find()) {
                return false;
            }
        }
        return any;
    }

    /** Each Latin question name's whole-word pattern, made once (names come only from content files). */
    private static final Map<String, java.util.regex.Pattern> WHOLE_WORD = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern VERB_BEFORE = java.util.regex.Pattern.compile("\\b(i|we|you|to|can|could|should|do i|how do i)\\s+$");
    private static final java.util.regex.Pattern VERB_AFTER = java.util.regex.Pattern.compile("^\\s*(to|over|back|it|the language)\\b");
}
