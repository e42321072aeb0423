package jp.infracareer.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.infracareer.content.Aliases;
import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.interview.InterviewWords;
import jp.infracareer.jobpost.PostingShape;
import jp.infracareer.kernel.GuideIds;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.TopicIds;
import jp.infracareer.recognition.IntentModel;
import jp.infracareer.recognition.KanaSpellings;
import jp.infracareer.recognition.PassageIndex;
import jp.infracareer.recognition.PhraseMatcher;
import jp.infracareer.recognition.TextNormalizer;
import jp.infracareer.recognition.TopicRecognizer;

/**
 * What a free-text message asks for, in layers: a pasted job posting by its shape; the intent model
 * (trained on content/intents.tsv and the questions pages answer, asked.yml) when it is sure; the topic rules (role, stage and comparison words) for
 * the slots and when the model is unsure; then "did you mean…" between the two nearest intents; and last a
 * fallback that offers the topics that came closest.
 */
public final class Understanding {
    static final String CORPUS = "content/intents.tsv";
    /**
     * How sure the model must be (its intent's share of the neighbours' weight) to overrule the topic rules,
     * which are right most of the time when they find a role, a stage or a pair.
     */
    public static final double OVERRULE = 0.4;
    /** How sure it must be to answer when the rules found nothing. */
    public static final double ANSWER = 0.2;
    /** Less sure than that but at least this sure: ask which of the two nearest was meant. */
    public static final double ASK = 0.15;
    /** The share of a message's words the examples must know, else it is about something we do not cover. */
    public static final double COVERAGE = 0.5;

    /** How much of a message is read to understand what it asks (a posting is read whole, by its reader). */
    static final int QUESTION_CHARS = 1_000;
    /** The marks a greeting said alone may end with (「こんにちは！」「おはようございます〜」; whitespace as a pattern's \s). */
    private static final String GREETING_TRAILING = "!.?,~！。？、〜ー♪" + jp.infracareer.kernel.Texts.PATTERN_SPACE;

    /** Intents never offered as "the nearest topic": they are not topics one would choose. */
    private static final List<String> NOT_SUGGESTED = List.of(TopicIds.FALLBACK, TopicIds.THANKS, TopicIds.GREETING);

    /**
     * Intents that start something which reads the user's next messages as answers (a mock interview, the quiz): on a
     * guess they would swallow the next question, so the model must be as sure as to overrule the rules (newcomer
     * trial 4: 「面接では志望動機をどのように話せば」 at 0.24 started a drill, and the next question was scored 0).
     */
    private static final List<String> STARTS_SOMETHING = List.of("interview", "fit");

    /** Intents whose topic also needs a role or stage from the rules. */
    private static final List<String> SLOTTED = List.of("role", "roles", "compare", "stage", "stages", "day", "help");

    private final java.util.function.Supplier<IntentModel> model;
    private final TopicRecognizer recognizer;
    private final InterviewWords interview;
    private final Map<String, List<String>> tipThemes;
    /** The words of the subjects the guide does not cover, each standing for its subject. */
    private final PhraseMatcher<String> notCovered = new PhraseMatcher<>();
    /** aliases.yml feelings: words that say how the job seeker feels. */
    private final PhraseMatcher<Boolean> feelings = new PhraseMatcher<>();
    /** Longest message read as a feeling rather than a question: a feeling said in passing in a long one is not. */
    private static final int FEELING_CHARS = 80;
    /** The guides offered beside the acknowledgement (aliases.yml feelings.guides). */
    private final List<String> feelingGuides;
    /** Phrases that name a guide's subject however the rest reads (aliases.yml guide_phrases), each standing for its guide. */
    private final PhraseMatcher<String> guidePhrases = new PhraseMatcher<>();
    /** Those subjects in the file's order: the first one named is the one answered. */
    private final List<String> notCoveredSubjects;
    /** The compare subcommand's words (aliases.yml commands). */
    private final PhraseMatcher<Boolean> compareWords = new PhraseMatcher<>();
    private final double overrule;
    private final double answer;
    private final double ask;
    private final double coverage;
    private final PassageAnswers passages;
    /** Greetings said alone (aliases.yml greetings_alone), in lower case. */
    private final java.util.Set<String> greetingsAlone;
    private final java.util.Set<String> thanksAlone;
    private final java.util.Set<String> goodbyeAlone;
    private final java.util.Set<String> moreAlone;
    /** 「おすすめは？」 said alone: a pick, as {@link #verdictRequests} anywhere. */
    private final java.util.Set<String> verdictAlone;
    /** Asking to shorten the page shown: anywhere in a short message, or ({@link #shorterAlone}) as the whole of it. */
    private final PhraseMatcher<Boolean> shorterRequests = new PhraseMatcher<>();
    private final java.util.Set<String> shorterAlone;
    /** Both, taken out of the words before the rest is read (「長い 3行で」 names no page). */
    private final PhraseMatcher<Boolean> shorterWords = new PhraseMatcher<>();
    /** Doubting the page shown (「それってマジ？」), in a short message. */
    private final PhraseMatcher<Boolean> doubtRequests = new PhraseMatcher<>();
    /** Terms typed in hiragana (「きほんじょうほう」), written back as the content writes them before the question is read. */
    private final KanaSpellings kana;
    /** Phrases that ask to have one's data deleted (aliases.yml forget_requests). */
    private final PhraseMatcher<Boolean> forgetRequests = new PhraseMatcher<>();
    /** Asking to be told just one (「で、結局どれ？」), in a short message: the last page's verdict ({@link Query.Verdict}). */
    private final PhraseMatcher<Boolean> verdictRequests = new PhraseMatcher<>();
    /** ...or every group of these words in it, apart. */
    private final List<List<String>> verdictTogether;
    /** Longest message read as asking for a verdict: a follow-up, not a question of its own. */
    static final int VERDICT_CHARS = 60;
    /** Phrases that ask for replies in a language (aliases.yml language_requests). */
    private final PhraseMatcher<Lang> languageRequests = new PhraseMatcher<>();
    /**
     * A request to delete one's data or to change the language is short; a longer message that names one asks
     * something else ("…jobs where I can write in English?").
     */
    static final int SHORT_REQUEST_CHARS = 80;

    public Understanding(IntentModel model, TopicRecognizer recognizer, InterviewWords interview, Aliases aliases,
            PassageIndex passages) {
        this(model, recognizer, interview, aliases, () -> passages);
    }

    public Understanding(IntentModel model, TopicRecognizer recognizer, InterviewWords interview, Aliases aliases,
            java.util.function.Supplier<PassageIndex> passages) {
        this(model, recognizer, interview, aliases, passages, OVERRULE, ANSWER, ASK, COVERAGE);
    }

    /** With other thresholds, for measuring them on the corpus. */
    public Understanding(IntentModel model, TopicRecognizer recognizer, InterviewWords interview, Aliases aliases,
            java.util.function.Supplier<PassageIndex> passages, double overrule, double answer, double ask,
            double coverage) {
        this(() -> model, recognizer, interview, aliases, passages, overrule, answer, ask, coverage);
    }

    /**
     * With the model still training: subcommands never need it, so the server answers them at once; the first
     * free-text question waits for it.
     */
    public static Understanding withModelLater(java.util.function.Supplier<IntentModel> model, TopicRecognizer recognizer,
            InterviewWords interview, Aliases aliases, java.util.function.Supplier<PassageIndex> passages) {
        return new Understanding(model, recognizer, interview, aliases, passages, OVERRULE, ANSWER, ASK, COVERAGE);
    }

    private Understanding(java.util.function.Supplier<IntentModel> model, TopicRecognizer recognizer, InterviewWords interview,
            Aliases aliases, java.util.function.Supplier<PassageIndex> passages, double overrule, double answer, double ask,
            double coverage) {
        this.model = model;
        this.greetingsAlone = aliases.greetingsAlone();
        this.thanksAlone = aliases.thanksAlone();
        this.goodbyeAlone = aliases.goodbyeAlone();
        this.moreAlone = aliases.moreAlone();
        this.verdictAlone = aliases.verdictAlone();
        this.shorterAlone = aliases.shorterAlone();
        aliases.shorterRequests().forEach(p -> shorterRequests.add(p, true));
        aliases.shorterRequests().forEach(p -> shorterWords.add(p, true));
        shorterAlone.forEach(p -> shorterWords.add(p, true));
        aliases.doubtRequests().forEach(p -> doubtRequests.add(p, true));
        this.nativeSpeaker = new NativeSpeaker(aliases.nativeSpeaker().words());
        String alone = aliases.nativeSpeaker().alone();
        this.nativeAlone = alone == null ? null : Query.Passage.of(alone);
        this.interviewRequests = aliases.entries().getOrDefault("interview-request", List.of()).stream().map(TextNormalizer::normalize).toList();
        this.kana = new KanaSpellings(aliases.kanaSpelled());
        aliases.forgetRequests().forEach(p -> forgetRequests.add(p, true));
        aliases.verdictRequests().forEach(p -> verdictRequests.add(p, true));
        this.verdictTogether = aliases.verdictTogether().stream()
                .map(group -> group.stream().map(TextNormalizer::normalize).toList()).toList();
        aliases.languageRequests().forEach((code, phrases) ->
                Lang.parse(code).ifPresent(lang -> phrases.forEach(p -> languageRequests.add(p, lang))));
        this.passages = new PassageAnswers(passages, recognizer, aliases.retrieval().verdict());
        // normalised once here, not on every message
        this.tipThemes = new java.util.TreeMap<>();
        aliases.tipThemes().forEach((theme, words) ->
                tipThemes.put(theme, words.stream().map(TextNormalizer::normalize).toList()));
        this.recognizer = recognizer;
        aliases.notCovered().forEach((subject, words) -> words.forEach(w -> notCovered.add(w, subject)));
        aliases.feelings().words().forEach(w -> feelings.add(w, true));
        this.feelingGuides = aliases.feelings().guides();
        aliases.guidePhrases().forEach((guide, words) -> words.forEach(w -> guidePhrases.add(w, guide)));
        this.notCoveredSubjects = List.copyOf(aliases.notCovered().keySet());
        aliases.commands().getOrDefault("compare", List.of()).forEach(w -> compareWords.add(w, true));
        this.interview = interview;
        this.overrule = overrule;
        this.answer = answer;
        this.ask = ask;
        this.coverage = coverage;
    }

    /**
     * The model trained on the corpus shipped in the knowledge base. The corpus is fixed while the process
     * runs and training is deterministic, so it is trained once and shared (the model is read-only).
     */
    public static IntentModel loadModel() {
        return Trained.MODEL;
    }

    /**
     * The passage index of a knowledge base, built once per knowledge base: tests and the bench build many
     * engines over the same one.
     */
    public static PassageIndex passagesOf(jp.infracareer.content.KnowledgeBase kb) {
        synchronized (INDEXES) {
            return INDEXES.computeIfAbsent(kb, k -> shippedPassages(k).orElseGet(() -> {
                org.slf4j.LoggerFactory.getLogger(Understanding.class).warn(
                        "no passage index built from this knowledge base on the class path ({}); building it now", PASSAGES);
                return PassageIndex.build(k);
            }));
        }
    }

    /** Where the build puts the passage index (a class-path resource), written by {@link BuildPassageIndex}. */
    public static final String PASSAGES = "models/passages.bin";

    /**
     * The passage index shipped on the class path, when it was built from this knowledge base (its passages,
     * page names, generic words and synonyms); read in milliseconds instead of analysing every passage.
     */
    public static java.util.Optional<PassageIndex> shippedPassages(jp.infracareer.content.KnowledgeBase kb) {
        try (InputStream in = Understanding.class.getClassLoader().getResourceAsStream(PASSAGES)) {
            return in == null ? java.util.Optional.empty() : PassageIndex.read(in, PassageIndex.fingerprint(kb));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + PASSAGES, e);
        }
    }

    private static final Map<jp.infracareer.content.KnowledgeBase, PassageIndex> INDEXES = new java.util.WeakHashMap<>();

    /**
     * Loaded on first use, once, however many engines a process builds (tests build many): the model trained
     * at build time (target/classes/{@value #MODEL}, written by {@link TrainIntentModel} in process-classes),
     * which reads in milliseconds. Trained here only when it is missing or was trained from another corpus
     * (a class path without the build step, such as an IDE's), with a warning.
     */
    private static final class Trained {
        static final IntentModel MODEL = shippedModel().orElseGet(() -> {
            org.slf4j.LoggerFactory.getLogger(Understanding.class).warn(
                    "no intent model trained from this corpus on the class path ({}); training it now", Understanding.MODEL);
            return IntentModel.train(corpus());
        });
    }

    /** Where the build puts the trained intent model (a class-path resource). */
    public static final String MODEL = "models/intents.bin";

    /** The model shipped on the class path, when it was trained from the corpus shipped beside it. */
    public static java.util.Optional<IntentModel> shippedModel() {
        try (InputStream in = Understanding.class.getClassLoader().getResourceAsStream(MODEL)) {
            return in == null ? java.util.Optional.empty() : IntentModel.read(in, corpusFingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + MODEL, e);
        }
    }

    /**
     * What the model must have been trained from: the corpus's bytes (intents.tsv, and the asked.yml files whose
     * questions it also learns from) and the training's format.
     */
    public static String corpusFingerprint() {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (String file : CORPUS_FILES) {
            byte[] bytes = resource(file);
            all.writeBytes((file + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            all.writeBytes(bytes);
        }
        return IntentModel.fingerprint(all.toByteArray());
    }

    /** The files the model learns from: the labelled phrasings and, per language, the questions each passage answers. */
    private static final List<String> CORPUS_FILES = java.util.stream.Stream.concat(java.util.stream.Stream.of(CORPUS),
            java.util.Arrays.stream(jp.infracareer.kernel.Lang.values()).map(l -> "content/" + l.code() + "/asked.yml")).toList();

    private static byte[] resource(String name) {
        try (InputStream in = Understanding.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code stride}-th labelled phrasing (ja and en), as sample questions (the start-up warm-up). */
    public static List<String> samplePhrasings(int stride) {
        List<IntentModel.Example> corpus = phrasings();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += stride) {
            texts.add(corpus.get(i).text());
        }
        return texts;
    }

    /**
     * What the intent model learns from: the labelled phrasings (intents.tsv), and the questions that each
     * section of a role, stage or guide page answers (asked.yml), labelled with their page's intent. A tip's
     * questions are left out: the tip intent shows a tip of a theme, not the page a question is about.
     */
    public static List<IntentModel.Example> corpus() {
        List<IntentModel.Example> examples = new ArrayList<>(phrasings());
        jp.infracareer.content.KnowledgeBase kb = jp.infracareer.content.KnowledgeBase.load();
        for (jp.infracareer.kernel.Lang lang : jp.infracareer.kernel.Lang.values()) {
            kb.catalog(lang).asked().forEach((passage, questions) -> {
                String topic = Query.Passage.of(passage).topic();
                if (!topic.equals(jp.infracareer.content.Passages.TIP_TOPIC)) {
                    questions.forEach(q -> examples.add(new IntentModel.Example(intentOf(topic), lang.code(), q)));
                }
            });
        }
        return examples;
    }

    /** The labelled phrasings of intents.tsv. */
    public static List<IntentModel.Example> phrasings() {
        List<IntentModel.Example> examples = new ArrayList<>();
        String text = new String(resource(CORPUS), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException(CORPUS + ": not label<TAB>lang<TAB>text: " + line);
            }
            examples.add(new IntentModel.Example(intentOf(f[0]), f[1], f[2].stripTrailing()));
        }
        return examples;
    }

    /** The intent a topic id belongs to: role/network → role, compare/a/b → compare, guide/ses stays. */
    public static String intentOf(String topicId) {
        int slash = topicId.indexOf('/');
        String head = slash < 0 ? topicId : topicId.substring(0, slash);
        return switch (head) {
            case "role", "compare", "stage" -> head;
            default -> topicId;
        };
    }

    /**
     * Asking for a practice interview (aliases.yml entries.interview-request, normalised), beside which a language asked
     * for is the interview's, not the chat's.
     */
    private final List<String> interviewRequests;

    public Query understand(String typed) {
        String rest = nativeSpeaker.rest(typed);
        if (rest != null) {
            // 「いえ、私日本人です😂…英語って有利になりますか？」: what is asked is read without the words that led to the visa page
            if (nativeAlone != null && rest.codePoints().filter(Character::isLetterOrDigit).count() < NATIVE_REST
                    && !jp.infracareer.recognition.QuestionForm.asksSomething(rest)) {
                return nativeAlone;
            }
            typed = rest;
        }
        String message = NotAbout.rest(typed);
        Query opensWithDoubt = doubtFirst(message);
        if (opensWithDoubt != null) {
            return opensWithDoubt;
        }
        if (message.length() <= VERDICT_CHARS) {
            String said = TextNormalizer.normalize(message);
            // 「長い」「いや年収の話 3行にまとめて」: the rest of the words say which page, if any; the engine knows the one shown
            if (SaidAlone.among(message, shorterAlone, GREETING_TRAILING) || shorterRequests.any(said)) {
                return new Query.Shorter(rest(said, shorterWords));
            }
            if (message.length() <= DOUBT_CHARS && doubtRequests.any(said)) {
                return new Query.Doubt(rest(said, doubtRequests), understandAlone(message));
            }
        }
        if (message.length() <= VERDICT_CHARS && (asksForOnePick(TextNormalizer.normalize(message))
                || SaidAlone.among(message, verdictAlone, GREETING_TRAILING))) {
            // which page it follows is the user's state: the engine decides, and reads the words as usual when there is none
            return new Query.Verdict(recognizer.rolesIn(message), understandAlone(message));
        }
        return understandAlone(message);
    }

    /** What {@code text} asks of a guide already known (the page just shown): one of its sections, else the guide in short. */
    Query within(String guideId, String text) {
        Query guide = new Query.Guide(guideId, false);
        return passages.answer(guide, text).orElse(guide);
    }

    /** Longest message read as doubting the page shown: 「それって本当ですか？」 is short, a question of its own longer. */
    static final int DOUBT_CHARS = 30;

    /** A sentence's end: a question or exclamation mark, Japanese or Latin. */
    private static final java.util.regex.Pattern FIRST_SENTENCE = java.util.regex.Pattern.compile("[?？!！。]");

    /**
     * A longer message that opens with a short doubt (「それって本当？ like realistically, will they pick a 22 yr old over me every
     * time?」, which a thirtieth trial answered with the same age text word for word): the doubt, with the rest of the words
     * as what else it may name; null when the first sentence is no doubt or the message is short (read below).
     */
    private Query doubtFirst(String message) {
        var end = FIRST_SENTENCE.matcher(message);
        if (message.length() <= DOUBT_CHARS || message.length() > QUESTION_CHARS || !end.find() || end.end() > DOUBT_CHARS) {
            return null;
        }
        String first = TextNormalizer.normalize(message.substring(0, end.end()));
        String rest = message.substring(end.end()).strip();
        if (!doubtRequests.any(first) || rest.isEmpty()) {
            return null;
        }
        return new Query.Doubt(understandAlone(rest), understandAlone(message));
    }

    /**
     * What the words beside a follow-up ask: a topic (「いや年収の話」), or nothing for a word or two (「長い」「それって」),
     * which the model would otherwise stretch into some page.
     */
    private Query rest(String said, PhraseMatcher<Boolean> phrases) {
        String rest = without(said, phrases);
        return rest.replaceAll("[\\p{Punct}\\s、。！？…・「」]", "").length() < MIN_REST ? new Query.Fallback() : understandAlone(rest);
    }

    /**
     * Saying one is Japanese or needs no visa (aliases.yml native_speaker): it corrects an answer meant for someone from
     * abroad, and its words (日本人, visa, 母国語) would lead straight back to that page (a thirty-first trial got the visa
     * page for "Oh no, I'm Japanese, I don't need a visa" and the non-native exam section for 「日本語は母国語なので」).
     */
    private final NativeSpeaker nativeSpeaker;
    /** What it gets said alone (「Oh no」 beside it is no question): English at work, what such a user was asking about. */
    private final Query nativeAlone;
    /** Fewer letters than this beside it, and no question form: said alone. */
    private static final int NATIVE_REST = 8;

    /** Fewest letters beside a follow-up that can name a page (「年収」). */
    private static final int MIN_REST = 2;

    /** The words of a message left once the phrases of a follow-up are taken out (「年収の話 3行にまとめて」 → 「年収の話 にまとめて」). */
    private static String without(String normalized, PhraseMatcher<Boolean> phrases) {
        StringBuilder rest = new StringBuilder(normalized);
        List<PhraseMatcher.Match<Boolean>> found = new ArrayList<>(phrases.find(normalized));
        found.sort(java.util.Comparator.comparingInt((PhraseMatcher.Match<Boolean> m) -> m.start()).reversed());
        int cut = Integer.MAX_VALUE;
        for (PhraseMatcher.Match<Boolean> m : found) {
            if (m.end() <= cut) {
                rest.replace(m.start(), m.end(), " ");
                cut = m.start();
            }
        }
        return rest.toString().strip();
    }

    /** A request to be told just one: a phrase of {@code verdict_requests}, or every group of {@code verdict_together}. */
    private boolean asksForOnePick(String said) {
        return verdictRequests.any(said)
                || !verdictTogether.isEmpty() && verdictTogether.stream().allMatch(g -> g.stream().anyMatch(said::contains));
    }

    /** What a message asks when read on its own, without the page before it. */
    private Query understandAlone(String message) {
        java.util.Optional<String> track = interview.trackButton(message);
        if (track.isPresent()) {
            return new Query.StartInterview(track.get(), null);
        }
        // 「こんにちは」 alone is greeted back whatever the model makes of one word (its examples list it as off-topic too)
        if (SaidAlone.among(message, greetingsAlone, GREETING_TRAILING)) {
            return new Query.SmallTalk(false);
        }
        if (SaidAlone.among(message, thanksAlone, GREETING_TRAILING)) {
            return new Query.SmallTalk(true);
        }
        if (SaidAlone.among(message, goodbyeAlone, GREETING_TRAILING)) {
            return new Query.Goodbye();
        }
        if (SaidAlone.among(message, moreAlone, GREETING_TRAILING)) {
            return new Query.More();
        }
        if (message.length() <= SHORT_REQUEST_CHARS) {
            String normalized = TextNormalizer.normalize(message);
            if (forgetRequests.any(normalized)) {
                return new Query.OfferForget(); // deleting is the user's to confirm: a button, not done on a reading of words
            }
            java.util.Optional<Lang> asked = languageRequests.find(normalized).stream().map(PhraseMatcher.Match::value).findFirst();
            // "I want to practice an interview, cloud course, in English please": the interview is what is asked for, in
            // that language (a twentieth trial got only the language set)
            if (asked.isPresent() && interviewRequests.stream().noneMatch(normalized::contains)) {
                return new Query.SetLang(asked.get());
            }
        }
        if (PostingShape.looksLikePosting(message)) {
            return new Query.ReadJobPost(PostingShape.withoutLeadIn(message));
        }
        if (feeling(message)) {
            return new Query.Feeling(feelingGuides);
        }
        java.util.Optional<String> howToAnswer = interview.asksHowToAnswer(message);
        if (howToAnswer.isPresent()) {
            return new Query.ShowExample(howToAnswer.get());
        }
        // what a question asks is in its first lines; reading no further keeps a long paste cheap
        String asTyped = message.length() > QUESTION_CHARS ? message.substring(0, QUESTION_CHARS) : message;
        // the same questions come again and again ("監視ってどんな仕事？"); understanding is a pure function of
        // the text, so what it meant is kept, by the text's SHA-256 (never the text itself), and only when the
        // answer carries none of the user's words
        String key = asTyped.length() <= KEPT_QUESTION ? TextDigest.of(asTyped) : null;
        Query known = key == null ? null : understood.getIfPresent(key);
        if (known != null) {
            return known;
        }
        String text = kana.spell(asTyped); // only for a question not already understood
        Query query = notCovered(text).<Query>map(Query.NotCovered::new).orElseGet(() -> {
            Query topic = namedGuide(text).orElseGet(() -> topic(text));
            return passages.answer(topic, text).orElse(topic);
        });
        if (key != null && CommandParser.keepable(query)) {
            understood.put(key, query);
        }
        return query;
    }

    /**
     * A short message that says how the job seeker feels (「もう無理かも…気力がない」, "kind of stressed about all this"), unless
     * the model is sure it asks about a subject beside the feeling (「夜勤が不安です。実際どうですか？」 asks about night
     * shifts): a trial got the 11-hours-a-week study plan for being exhausted, and a school's fees for 「もうやめたい」.
     */
    boolean feeling(String message) {
        if (message.length() > FEELING_CHARS) {
            return false;
        }
        String normalized = TextNormalizer.normalize(message);
        if (feelings.find(normalized).isEmpty()) {
            return false;
        }
        if (!guidePhrases.find(normalized).isEmpty()) {
            return false; // 「給料18万で生活できるか心配です」 worries about a subject a guide answers: that guide
        }
        IntentModel.Prediction p = model.get().predict(message);
        boolean subject = p.known() && !p.intent().equals(TopicIds.FALLBACK) && !p.intent().equals(TopicIds.THANKS)
                && !p.intent().equals(TopicIds.GREETING);
        // a question ("Am I too old at 40?") asks about its subject whenever the model has one; a statement of how one
        // feels is heard first unless the model is sure of a subject beside it
        boolean asks = message.contains("?") || message.contains("？");
        return !(subject && (asks || p.confidence() >= SURE_BESIDE_NOT_COVERED));
    }

    /**
     * The subject the guide does not cover that a question names (aliases.yml not_covered), if any: a visa question
     * shares words with the pages ("engineer", "Japan") but none of them answers it.
     */
    java.util.Optional<String> notCovered(String text) {
        // a Latin word whole ("n2", not the "n2" in "cn2"), a Japanese one anywhere
        List<String> named = notCovered.find(TextNormalizer.normalize(text)).stream().map(PhraseMatcher.Match::value).toList();
        java.util.Optional<String> subject = notCoveredSubjects.stream().filter(named::contains).findFirst();
        if (subject.isEmpty()) {
            return subject;
        }
        // named in passing beside a question the model is sure of (「N2は持っています。CCNAとLPICどっちから？」): that one
        IntentModel.Prediction p = model.get().predict(text);
        boolean covered = p.known() && p.confidence() >= SURE_BESIDE_NOT_COVERED && !p.intent().equals(TopicIds.FALLBACK)
                && !SLOTTED.contains(p.intent());
        return covered ? java.util.Optional.empty() : subject;
    }

    /**
     * The guide whose subject a phrase of aliases.yml {@code guide_phrases} names (「在宅勤務」, "work from home"): a question
     * about working from home that names a role (「サーバーエンジニアはリモートワークできますか」) asks about working from
     * home, which the role's page does not answer. The first phrase in the text decides.
     */
    private java.util.Optional<Query> namedGuide(String text) {
        if (!PostingShape.carried(text).isEmpty()) {
            return java.util.Optional.empty(); // a posting that says リモート可 is read as the posting it is
        }
        // the first named; of two starting there, the longer ("reduced hours at a client" is the SES guide's, not "reduced hours")
        return guidePhrases.find(TextNormalizer.normalize(text)).stream()
                .min(java.util.Comparator.comparingInt((PhraseMatcher.Match<String> m) -> m.start())
                        .thenComparing(java.util.Comparator.comparingInt((PhraseMatcher.Match<String> m) -> m.length()).reversed()))
                .map(m -> new Query.Guide(m.value(), false));
    }

    /**
     * How sure the model must be of a question beside a subject the guide does not cover to answer it instead: more
     * than to overrule the rules, since the subject's own words pull the model too (在留「資格」 reads as certifications
     * at 0.41) and a bare frame reaches 0.6 alone ("Do I need … ?" is the background guide's "Do I need maths?").
     */
    static final double SURE_BESIDE_NOT_COVERED = 0.7;

    /** Questions longer than this are not kept (the common ones are short). */
    private static final int KEPT_QUESTION = 200;
    private final com.github.benmanes.caffeine.cache.Cache<String, Query> understood =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(10_000).build();

    /** The topic a question is about, by the model and the rules. */
    private Query topic(String text) {
        IntentModel.Prediction p = model.get().predict(text);
        Query rules = recognizer.recognize(text);
        boolean rulesKnow = !(rules instanceof Query.Fallback) && !(rules instanceof Query.Help);
        boolean known = p.known() && p.coverage() >= coverage;
        if (rulesKnow) {
            // a career question, a request or small talk that happens to name a role: the model, when sure
            boolean overruled = known && p.confidence() >= overrule && !SLOTTED.contains(p.intent())
                    && !p.intent().equals(TopicIds.FALLBACK) && !comparesTwoNamedRoles(rules, text);
            return overruled ? toQuery(p.intent(), text) : rules;
        }
        if (known && p.confidence() >= answer && !p.intent().equals(TopicIds.FALLBACK)
                && (!STARTS_SOMETHING.contains(p.intent()) || p.confidence() >= overrule)) {
            return toQuery(p.intent(), text);
        }
        if (rules instanceof Query.Help) {
            return rules;
        }
        // two intents that lead to one page ("stages" and "stage" with no stage named) are not a choice to offer: a
        // newcomer trial got two buttons reading 工程の全体像 for 「chmod 755ってどういう意味？」; it is the nearest topic
        if (known && p.confidence() >= ask && !p.runnerUp().isEmpty() && !NOT_SUGGESTED.contains(p.intent())
                && !NOT_SUGGESTED.contains(p.runnerUp()) && !topicOf(p.intent(), text).equals(topicOf(p.runnerUp(), text))) {
            return new Query.DidYouMean(topicOf(p.intent(), text), topicOf(p.runnerUp(), text));
        }
        List<String> nearest = new ArrayList<>();
        for (String intent : List.of(p.intent(), p.runnerUp())) {
            // two intents can lead to one topic ("end" is near both help intents): offer it once
            if (!intent.isEmpty() && !NOT_SUGGESTED.contains(intent) && !nearest.contains(topicOf(intent, text))) {
                nearest.add(topicOf(intent, text));
            }
        }
        return new Query.Fallback(nearest);
    }

    /**
     * "compare cloud and network": the comparison's own word (the subcommand's: compare, 比較, vs) and two roles
     * named is what it asks, however much a guide's questions share its words (the on-premises and cloud guide's
     * are about comparing too). "サーバーとネットワーク、どっちが稼げる？" stays a question the model may overrule.
     */
    private boolean comparesTwoNamedRoles(Query rules, String text) {
        if (!(rules instanceof Query.Compare) || recognizer.roleMentionsIn(text).stream().distinct().count() < 2) {
            return false;
        }
        // a Latin word whole ("vs", not the "vs" in "canvas"), a Japanese one anywhere (比較 in 比較して)
        return compareWords.any(TextNormalizer.normalize(text));
    }

    private Query toQuery(String intent, String text) {
        if (intent.startsWith("guide/") && GuideIds.ALL.contains(intent.substring(6))) {
            return new Query.Guide(intent.substring(6), false);
        }
        return switch (intent) {
            case "help" -> new Query.Help();
            case "roles" -> new Query.Roles();
            case "role" -> recognizer.rolesIn(text).stream().findFirst().<Query>map(Query.RoleDetail::new).orElseGet(Query.Roles::new);
            case "compare" -> compare(text);
            case "stages" -> new Query.StageOverview();
            case "stage" -> recognizer.stagesIn(text).stream().findFirst().<Query>map(Query.StageDetail::new)
                    .orElseGet(Query.StageOverview::new);
            case "day" -> new Query.Day();
            case "interview" -> InterviewCommands.decode(interview, text);
            // a question about a posting that carries the posting after it is read; a question alone shows how to paste one
            case "jobpost" -> new Query.ReadJobPost(PostingShape.carried(text));
            case "fit" -> new Query.StartFit();
            case "tip" -> new Query.Tip(tipTheme(text));
            case "thanks" -> new Query.SmallTalk(true);
            case "greeting" -> new Query.SmallTalk(false);
            default -> new Query.Fallback();
        };
    }

    private Query compare(String text) {
        List<String> roles = recognizer.roleMentionsIn(text).stream().distinct().toList();
        if (roles.size() >= 2) {
            return new Query.Compare(roles.get(0), roles.get(1));
        }
        if (roles.size() == 1) {
            return new Query.Compare(roles.get(0), TopicRecognizer.counterpart(roles.get(0)));
        }
        if (TWO_OTHER_THINGS.matcher(text).find()) {
            // two things set side by side that are no roles (「OSPFとBGPの違いは？」, "TCP vs UDP"): not the default pair of
            // roles (a fifteenth trial got the infra-versus-server page), but what is not covered
            return new Query.Fallback();
        }
        return new Query.Compare(TopicRecognizer.DEFAULT_FIRST, TopicRecognizer.DEFAULT_SECOND);
    }

    /** 「AとBの違い」, "difference between A and B", "A vs B": two named things compared. */
    private static final java.util.regex.Pattern TWO_OTHER_THINGS = java.util.regex.Pattern.compile(
            "[^\\sとの、。？?]+\\s?と\\s?[^\\sとの、。？?]+\\s?の?(?:違い|ちがい|差)|between\\s+.+?\\s+and\\s+\\S+|\\S+\\s+(?:vs\\.?|versus)\\s+\\S+",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The topic id an intent stands for in this text, for "did you mean" and "nearest" buttons. */
    private String topicOf(String intent, String text) {
        return switch (intent) {
            case "role" -> TopicIds.role(recognizer.rolesIn(text).stream().findFirst().orElse(TopicRecognizer.DEFAULT_FIRST));
            case "stage" -> recognizer.stagesIn(text).stream().findFirst().map(TopicIds::stage).orElse(TopicIds.STAGES);
            case "compare" -> {
                Query q = compare(text);
                yield q instanceof Query.Compare c ? TopicIds.compare(c.first(), c.second()) : TopicIds.ROLES;
            }
            default -> intent;
        };
    }

    /** The tip theme a text asks for (aliases.yml tip_themes), or empty for any. */
    String tipTheme(String text) {
        String t = TextNormalizer.normalize(text);
        return tipThemes.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(t::contains))
                .map(Map.Entry::getKey).sorted().findFirst().orElse("");
    }
}
