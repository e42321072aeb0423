package jp.infracareer.advisor;

import jp.infracareer.kernel.TopicIds;
import jp.infracareer.kernel.Texts;
import jp.infracareer.kernel.Query;
import jp.infracareer.kernel.Effect;
import jp.infracareer.kernel.InterviewControl;
import jp.infracareer.kernel.Response;
import jp.infracareer.kernel.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import jp.infracareer.explain.CompareTopics;
import jp.infracareer.explain.DayTopic;
import jp.infracareer.explain.GuideTopics;
import jp.infracareer.explain.HelpTopics;
import jp.infracareer.explain.PassageTopics;
import jp.infracareer.explain.TipTopics;
import jp.infracareer.explain.RoleTopics;
import jp.infracareer.explain.StageTopics;
import jp.infracareer.interview.AfterInterview;
import jp.infracareer.interview.InterviewCommands;
import jp.infracareer.interview.InterviewFlow;
import jp.infracareer.interview.InterviewReplies;
import jp.infracareer.interview.InterviewWords;
import jp.infracareer.interview.ShareHook;
import jp.infracareer.state.InterviewSession;
import jp.infracareer.fit.FitCommands;
import jp.infracareer.fit.FitFlow;
import jp.infracareer.jobpost.JobPostReplies;
import jp.infracareer.jobpost.JobPostingReader;
import jp.infracareer.recognition.QuestionForm;
import jp.infracareer.recognition.TopicRecognizer;
import jp.infracareer.kernel.BuiltOnce;
import jp.infracareer.state.ConversationStore;
import jp.infracareer.state.StoreUnavailableException;
import jp.infracareer.kernel.UserKey;
import jp.infracareer.state.UserState;

/**
 * The channel-neutral engine: takes who is speaking and what they typed, returns what to say.
 * {@link #command} serves the slash command and buttons; {@link #message} serves a conversation (a DM or
 * the console), where during a mock interview the text is the answer. Neither knows about Slack.
 */
public final class Advisor {
    /** Tips change with the day in Japan, where most users are. */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The study roadmap's guide id: its timeline is fitted to the hours a question gives ({@link StudyPace}). */
    private static final String ROADMAP = "roadmap";
    private final ConversationStore store;
    private final Lang defaultLang;
    private final java.util.concurrent.CompletableFuture<Core> core;
    private final ShareHook.Deferred share = new ShareHook.Deferred();
    private final Clock clock;

    /** Everything built from the knowledge base; built once, possibly in the background at start-up. */
    private record Core(KnowledgeBase knowledge, CommandParser parser, InterviewWords interviewWords,
            InterviewFlow interviews, JobPostingReader jobPostingReader, FitFlow fit, PostingMemory postings) {}

    public Advisor(KnowledgeBase knowledge, ConversationStore store, Lang defaultLang) {
        this(knowledge, store, defaultLang, Clock.systemUTC(), Duration.ofHours(2), new java.util.SplittableRandom(),
                ShareHook.NOT_CONFIGURED);
    }

    public Advisor(KnowledgeBase knowledge, ConversationStore store, Lang defaultLang, Clock clock,
            Duration interviewIdle, RandomGenerator random, ShareHook share) {
        this(java.util.concurrent.CompletableFuture.completedFuture(Objects.requireNonNull(knowledge, "knowledge")),
                store, defaultLang, clock, interviewIdle, random, share);
    }

    /**
     * An advisor whose knowledge base is still loading: the server can start listening meanwhile, and the
     * first request waits for it. Loading (YAML, Kuromoji's dictionary) is most of start-up time.
     */
    public Advisor(java.util.concurrent.CompletableFuture<KnowledgeBase> knowledge, ConversationStore store,
            Lang defaultLang, Clock clock, Duration interviewIdle, RandomGenerator random, ShareHook share) {
        this.store = Objects.requireNonNull(store, "store");
        this.defaultLang = Objects.requireNonNull(defaultLang, "defaultLang");
        this.share.set(Objects.requireNonNull(share, "share"));
        this.clock = Objects.requireNonNull(clock, "clock");
        ShareHook deferred = this.share;
        this.core = knowledge.thenApply(kb -> {
            InterviewWords words = new InterviewWords(kb);
            TopicRecognizer recognizer = new TopicRecognizer(kb.aliases());
            // the passage index is not needed to start listening: built beside the rest, joined on first use
            var passages = java.util.concurrent.CompletableFuture.supplyAsync(() -> timed("passage index", () -> Understanding.passagesOf(kb)));
            passagesLoading.set(passages);
            // nor is the intent model (trained at build time; read in tens of milliseconds)
            var model = java.util.concurrent.CompletableFuture.supplyAsync(() -> timed("intent model", Understanding::loadModel));
            modelLoading.set(model);
            Understanding understanding = Understanding.withModelLater(model::join, recognizer, words, kb.aliases(),
                    passages::join);
            return new Core(kb, new CommandParser(kb.aliases(), recognizer, words, understanding, new Definitions(kb)), words,
                    new InterviewFlow(store, clock, interviewIdle, random, deferred), new JobPostingReader(kb.jobPostRules()),
                    new FitFlow(store, clock, random), new PostingMemory(kb.jobPostRules(), store, clock));
        });
    }

    private Core core() {
        return core.join();
    }

    /** Runs a loading step and logs how long it took (start-up is measured by its parts). */
    static <T> T timed(String what, java.util.function.Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        org.slf4j.LoggerFactory.getLogger(Advisor.class).info("{} ready in {} ms", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<?>> passagesLoading =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<?>> modelLoading =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * True once everything a question may need has loaded (knowledge base, intent model, passage index).
     * Before that, subcommands are answered but a free-text question waits: readiness says so, so that a
     * load balancer sends users to a replica that is ready.
     */
    public boolean loaded() {
        var passages = passagesLoading.get();
        var model = modelLoading.get();
        return core.isDone() && !core.isCompletedExceptionally() && passages != null && passages.isDone()
                && model != null && model.isDone();
    }

    /**
     * Lets go of answer texts kept for sharing once they can no longer be shared (24 hours after the
     * interview), whether or not the user comes back. Run on a schedule, off the request path.
     */
    public void sweepExpiredAnswers() {
        Instant now = clock.instant();
        store.updateAll(s -> {
            UserState kept = s.lastInterview().filter(f -> !f.shareableAt(now)).isPresent() ? s.withLastInterview(null) : s;
            // and the notes of a posting read more than a day ago
            return kept.lastPosting().filter(n -> !n.keptAt(now)).isPresent() ? kept.withLastPosting(null) : kept;
        });
    }

    /** Where "Share with advisors" goes, once the Slack side with its advisor channel exists. */
    public void useShareHook(ShareHook hook) {
        share.set(hook);
    }

    /**
     * The most of one message that is read: more than any question, answer or job posting, far less than what
     * would make reading it slow for everyone. A longer paste is cut, and the reply says so.
     */
    public static final int MAX_INPUT = 12_000;

    /**
     * A slash command's text or a button's command. Never throws on user input; while the shared store is
     * unreachable the reply says so, and nothing has been changed.
     */
    public Response command(UserKey user, String text) {
        try {
            return commandOrThrow(user, text);
        } catch (StoreUnavailableException e) {
            return unavailable(text);
        }
    }

    /**
     * The reply to a slash command's text when it is a topic whose reply is whole in itself (help, roles, a
     * role, a comparison, the stages, the day...): no effects and nothing to do after the reply, so it can be
     * the acknowledgement itself. Exactly what {@link #command} answers for such a text (the user's language,
     * their progress recorded, a quiz in progress offered to resume); empty, with nothing done, for any other
     * text, which then goes through {@link #command}.
     */
    public Optional<Response> topicCommand(UserKey user, String text) {
        String safe = text == null ? "" : text;
        if (safe.length() > MAX_INPUT) {
            return Optional.empty();
        }
        try {
            CommandParser.Parsed parsed = core().parser().parse(safe);
            if (!pure(parsed.query())) {
                return Optional.empty();
            }
            return Optional.of(respond(user, store.get(user), safe, parsed));
        } catch (StoreUnavailableException e) {
            return Optional.of(unavailable(safe));
        }
    }

    /** What a user reads while the shared store is unreachable, in the language of what they wrote. */
    private Response unavailable(String text) {
        org.slf4j.LoggerFactory.getLogger(Advisor.class).warn("state store unavailable; the user was asked to try again");
        Catalog catalog = core().knowledge().catalog(LanguageGuess.of(text == null ? "" : text).orElse(defaultLang));
        Reply reply = new Reply(TopicIds.ERROR, catalog.ui().text("error.store_unavailable"), List.of(), "", List.of(), java.util.Map.of());
        return new Response(List.of(reply), false, null, List.of());
    }

    private Response commandOrThrow(UserKey user, String text) {
        String safe = text == null ? "" : text;
        if (safe.length() > MAX_INPUT) {
            return cutNotice(store.get(user), Texts.cut(safe, MAX_INPUT), command(user, Texts.cut(safe, MAX_INPUT)));
        }
        return respond(user, store.get(user), safe, core().parser().parse(safe));
    }

    /**
     * The same replies, the first one telling the user that only the beginning of their paste was read, in
     * the language the reply is in (the user's choice, else the text's).
     */
    private Response cutNotice(UserState state, String read, Response response) {
        if (response.replies().isEmpty()) {
            return response;
        }
        Catalog catalog = catalog(state, read, true);
        String note = catalog.ui().format("notice.input_cut", "n", String.valueOf(MAX_INPUT));
        return new Response(noteFirst(response.replies(), note), response.direct(), null, response.effects());
    }

    /** The replies with {@code note} before the first one's context line (what the user should know about them all). */
    private static List<Reply> noteFirst(List<Reply> replies, String note) {
        List<Reply> out = new java.util.ArrayList<>(replies);
        Reply first = out.get(0);
        out.set(0, new Reply(first.topic(), first.title(), first.parts(),
                first.context().isEmpty() ? note : note + " " + first.context(), first.actions(), first.data()));
        return out;
    }

    /**
     * A message in a conversation (DM or console). During a mock interview it is the answer to the current
     * question, unless it is a control word ("ヒント", "skip", "終了"). {@code messageId} identifies the
     * message so a repeated delivery is answered once; empty when there is none (console). The user's state
     * is read once and the text parsed once.
     */
    public Response message(UserKey user, String text, String messageId) {
        try {
            return messageOrThrow(user, text, messageId);
        } catch (StoreUnavailableException e) {
            return unavailable(text);
        }
    }

    private Response messageOrThrow(UserKey user, String text, String messageId) {
        String safe = text == null ? "" : text;
        if (safe.length() > MAX_INPUT) {
            return cutNotice(store.get(user), Texts.cut(safe, MAX_INPUT), message(user, Texts.cut(safe, MAX_INPUT), messageId));
        }
        Core c = core();
        UserState state = store.get(user);
        if (state.interview().isPresent()) {
            // mid-interview a message is an answer unless it is a subcommand such as forget: it is read as a question
            // (recognition's work) only when it is shaped like one
            Optional<CommandParser.Parsed> command = c.parser().parseUnlessFreeText(safe);
            if (command.isPresent() && command.get().query() instanceof Query.StartInterview start
                    && start.questionId() == null && c.interviewWords().track(
                            CommandParser.afterFirstWord(jp.infracareer.recognition.TextNormalizer.normalize(safe))).isPresent()) {
                // the interview command and a track's name alone ("interview cloud", 「面接 ネットワーク」) is not an answer (trial 10 saw it scored 0): the
                // running interview ends as "end" ends it, with its results, and the new one starts. An answer that
                // mentions 面接練習 or "a mock interview" is an answer
                return switchedInterview(user, state, safe, messageId, command.get());
            }
            Optional<String> course = command.isEmpty() ? c.interviewWords().courseSwitch(safe) : Optional.empty();
            if (course.isEmpty() && command.isEmpty() && c.interviewWords().restartsCourse(safe)) {
                // 「この面接は最初からやり直させてください」: the same course again, from its first question; from one question
                // practised alone (「1問だけじゃなくて通しでやりたい」), that course's whole interview
                course = state.interview().map(InterviewSession::track);
            }
            if (course.isPresent()) {
                // another course asked for in words (「サーバーのコースでやりたい。やめて最初から」): the same switch
                return switchedInterview(user, state, safe, messageId,
                        new CommandParser.Parsed(new Query.StartInterview(course.get(), null), false));
            }
            if (command.isEmpty() || !(command.get().query() instanceof Query.Forget)) {
                Optional<Response> answered = duringInterview(user, state, safe, messageId, command);
                if (answered.isPresent()) {
                    return answered.get();
                }
            }
        }
        CommandParser.Parsed parsed = c.parser().parse(safe);
        if (state.interview().isEmpty() && state.fit().isEmpty() && parsed.freeText()) {
            // a model answer asked for in words once the interview has ended (「模範解答」, "example": trial 10 saw the
            // English word fall through): the example of the last question answered, as its button under the feedback
            Optional<String> lastAnswered = c.interviewWords().controlAlone(safe).filter(k -> k == InterviewControl.EXAMPLE)
                    .flatMap(k -> state.lastInterview()).flatMap(last -> last.session().results().stream()
                            .filter(r -> !r.skipped()).reduce((first, second) -> second))
                    .map(InterviewSession.Result::questionId);
            if (lastAnswered.isPresent()) {
                return respond(user, state, safe, new CommandParser.Parsed(new Query.ShowExample(lastAnswered.get()), false));
            }
            // 「点数が一番低かった質問を練習したい」: the summary's button said in words, the lowest-scored question of the last interview
            Optional<String> weakest = c.interviewWords().asksWeakest(safe)
                    ? state.lastInterview().flatMap(last -> InterviewReplies.lowestScored(last.session()))
                    : Optional.empty();
            if (weakest.isPresent()) {
                return c.interviews().start(user, interviewCatalog(state, true).orElseGet(() -> catalog(state, safe, true)), InterviewWords.GENERAL,
                        weakest.get());
            }
            // a question of the last interview asked for again, by its number or its name: practised on its own
            Catalog lastCatalog = interviewCatalog(state, true).orElseGet(() -> catalog(state, safe, true));
            Optional<String> retried = state.lastInterview().flatMap(last -> AfterInterview.retried(lastCatalog,
                    c.interviewWords(), last.session(), safe));
            if (retried.isPresent()) {
                return c.interviews().start(user, lastCatalog, InterviewWords.GENERAL, retried.get());
            }
            // the results asked for again, or why a question of the last interview scored as it did (「2問目0点って…どう答え
            // ればよかった？」): its score, the point it lacked most and its model answer
            Optional<Reply> after = state.lastInterview().flatMap(last -> AfterInterview.reply(
                    interviewCatalog(state, true).orElseGet(() -> catalog(state, safe, true)), c.interviewWords(),
                    last.session(), safe, share.available(user)));
            if (after.isPresent()) {
                return Response.of(after.get());
            }
            // 「終了」 or "skip" alone, with no interview running (after the last question, or in a new session): say
            // so, rather than read it as a question about the job. The words are in aliases.yml (alone_with_none)
            Optional<InterviewControl> alone = c.interviewWords().aloneWithNoInterview(safe);
            if (alone.isPresent()) {
                return c.interviews().control(user, interviewCatalog(state, true).orElseGet(() -> catalog(state, safe, true)),
                        alone.get(), null);
            }
        }
        boolean carriesPosting = parsed.query() instanceof Query.ReadJobPost q && !q.text().isBlank();
        if (!carriesPosting && state.fit().isEmpty() && (parsed.freeText() || parsed.query() instanceof Query.ReadJobPost)) {
            // a question about the posting just read (「これってSESですか？」, 「この求人の残業は多い？」, which opens
            // as a request to read one but carries none): answered from that reading; not while a quiz question waits,
            // whose typed answer (「これは夜勤が平気なほう」) could sound like one
            Optional<Reply> aboutPosting = c.postings().answer(state, catalog(state, safe, true), safe);
            if (aboutPosting.isPresent()) {
                return Response.of(aboutPosting.get());
            }
        }
        if (state.fit().isPresent() && parsed.freeText() && !(parsed.query() instanceof Query.ReadJobPost)) {
            // while a quiz question waits, a typed choice ("2", its label, 「どっちでもいい」) answers it
            Optional<Reply> typed = c.fit().typed(user, state.fit(), catalog(state, safe, true), safe);
            if (typed.isPresent()) {
                return Response.of(typed.get());
            }
            // 「2と3の違いは？」: what the options mean, and the question again
            Optional<Reply> options = c.fit().explainOptions(state.fit(), catalog(state, safe, true), safe);
            if (options.isPresent()) {
                return Response.of(options.get());
            }
            // neither an option nor anything else the advisor can read (trial 8: the quiz seemed to end), or a statement
            // that asks nothing (「どっちかといえば手順通りの方が好きかも」 took a twelfth trial to the roadmap): ask again
            if (parsed.query() instanceof Query.Fallback || parsed.query() instanceof Query.DidYouMean
                    // 「保護者さんへの説明を毎日してるので」 took a twenty-eighth trial out of the quiz to the newcomer's day: any page
                    || (!QuestionForm.asksSomething(safe) && (answersAPage(parsed.query()) || parsed.query() instanceof Query.Tip
                            || parsed.query() instanceof Query.Shorter || parsed.query() instanceof Query.Doubt))) {
                Optional<Reply> again = c.fit().notAnOption(state.fit(), catalog(state, safe, true));
                if (again.isPresent()) {
                    return Response.of(again.get());
                }
            }
        }
        return respond(user, state, safe, parsed);
    }

    /**
     * A message while an interview runs: a control, a question of one's own, or the answer. Empty when there is no
     * interview to answer after all (it ended meanwhile): the message is then read as outside one. {@code command}
     * is the message's parse when it is not free text.
     */
    private Optional<Response> duringInterview(UserKey user, UserState state, String safe, String messageId,
            Optional<CommandParser.Parsed> command) {
        Core c = core();
        // an answer in the other language is judged in it; the interview itself keeps its language
        Catalog interview = interviewCatalog(state, false).orElseGet(() -> catalog(state, safe, true));
        Optional<InterviewControl> control = c.interviewWords().control(safe);
        // 「介護職だったらどう答えればいい？」, "how would a teacher answer this?": the model answer, with what that job brings
        boolean asksHow = c.interviewWords().endsAsking(safe)
                || control.filter(k -> k == InterviewControl.HINT || k == InterviewControl.EXAMPLE).isPresent();
        Optional<Response> pastJob = asksHow ? c.interviews().fromPastJob(state, interview, judgedIn(state, safe), safe)
                : Optional.empty();
        if (pastJob.isPresent()) {
            return pastJob;
        }
        String heard = messageId == null ? "" : messageId;
        Optional<Response> later = c.interviews().retryLater(user, state, interview, c.interviewWords(), safe, heard)
                .or(() -> c.interviews().notAnswered(user, state, interview, c.interviewWords(), safe, heard));
        if (later.isPresent()) {
            return later;
        }
        // "Can we do this question in Japanese?", 「日本語」 alone: the interview goes on in it, the question asked again
        // not on the reverse question, whose answer is itself a question (about evaluation, or English at work, for instance)
        boolean reverse = state.interview().flatMap(i -> interview.question(i.currentQuestionId()))
                .map(jp.infracareer.content.InterviewQuestion::isReverse).orElse(false);
        Optional<Lang> switchTo = reverse ? Optional.empty() : c.interviewWords().switchesLanguage(safe);
        if (switchTo.isPresent()) {
            // the language set as `lang` sets it; its help page is left out, the question in the new language says enough
            Response set = route(user, state, safe, new CommandParser.Parsed(new Query.SetLang(switchTo.get()), false));
            Response again = c.interviews().control(user, c.knowledge().catalog(switchTo.get()), InterviewControl.REPEAT, null);
            return Optional.of(new Response(again.replies(), true, null, set.effects()));
        }
        if (control.isPresent()) {
            return Optional.of(c.interviews().controlSaid(user, state, interview, control.get(), safe));
        }
        // 「採点の基準を教えてもらえますか？」 is told how scoring works, 「13点はきびしくないですか？」 that too as a remark on the
        // practice; either way the question is asked again and nothing is scored
        Optional<Reply> aboutScoring = reverse ? Optional.empty()
                : c.interviewWords().asksHowScored(safe) ? Optional.of(InterviewReplies.howScored(interview))
                : c.interviewWords().aboutSession(safe) ? Optional.of(InterviewReplies.aboutSession(interview)) : Optional.empty();
        if (aboutScoring.isPresent()) {
            Response again = c.interviews().controlSaid(user, state, interview, InterviewControl.REPEAT, safe);
            List<Reply> replies = new java.util.ArrayList<>(List.of(aboutScoring.get()));
            replies.addAll(again.replies());
            return Optional.of(new Response(replies, again.direct(), again.cacheKey(), again.effects()));
        }
        if (command.isEmpty() && c.interviewWords().questionShaped(safe)) {
            CommandParser.Parsed parsed = c.parser().parse(safe);
            if (askedMeanwhile(state, interview, safe, parsed)) {
                // a question of one's own in the middle of an interview ("未経験の初年度の年収ってどれくらい？") is
                // answered, not scored, and the interview's question is asked again
                return Optional.of(answeredMeanwhile(user, state, safe, parsed, interview));
            }
        }
        Catalog judge = judgedIn(state, safe);
        // a Japanese answer with English sentences in it: those are read against the English readings as well
        Catalog english = judge.lang() == Lang.JA && LanguageGuess.hasEnglishSentence(safe) ? c.knowledge().catalog(Lang.EN) : null;
        return c.interviews().answer(user, state, interview, judge, english, safe, messageId == null ? "" : messageId);
    }

    /**
     * True when a message in the middle of an interview is a short question the advisor has content for (pay,
     * certifications, a role), not an answer. The reverse question's answer is a question, so it is never one.
     */
    private boolean askedMeanwhile(UserState state, Catalog interview, String text, CommandParser.Parsed parsed) {
        Query q = parsed.query();
        boolean content = q instanceof Query.Guide || q instanceof Query.Passage || q instanceof Query.RoleDetail
                || q instanceof Query.Compare || q instanceof Query.StageDetail || q instanceof Query.Day
                || q instanceof Query.ShowExample;
        if (!parsed.freeText() || !content) {
            return false;
        }
        InterviewSession session = state.interview().orElseThrow();
        return !session.finished() && interview.question(session.currentQuestionId()).map(iq -> !iq.isReverse()).orElse(false);
    }

    private Response answeredMeanwhile(UserKey user, UserState state, String text, CommandParser.Parsed parsed, Catalog interview) {
        Response answer = route(user, state, text, parsed);
        if (parsed.query() instanceof Query.ShowExample) {
            return answer; // a model answer asked for mid-interview is followed by the waiting question already
        }
        Response again = core().interviews().control(user, interview, InterviewControl.REPEAT, null);
        List<Reply> replies = new java.util.ArrayList<>(answer.replies().isEmpty() ? answer.replies()
                : noteFirst(answer.replies(), interview.ui().text("interview.asked_meanwhile")));
        replies.addAll(again.replies());
        return new Response(replies, true, null, answer.effects());
    }

    private Response switchedInterview(UserKey user, UserState state, String text, String messageId, CommandParser.Parsed parsed) {
        if (messageId != null && !messageId.isEmpty()
                && state.interview().map(InterviewSession::lastMessageId).filter(messageId::equals).isPresent()) {
            return new Response(List.of(), true, null, List.of()); // the same message delivered again: already switched
        }
        Catalog running = interviewCatalog(state, false).orElseGet(() -> catalog(state, text, true));
        Response ended = core().interviews().control(user, running, InterviewControl.END, null);
        Response started = route(user, store.get(user), text, parsed);
        if (messageId != null && !messageId.isEmpty()) {
            // the new interview remembers the message that started it, so a retry of it is known above
            java.time.Instant now = clock.instant();
            store.update(user, s -> s.interview().map(i -> s.withInterview(i.heard(now, messageId))).orElse(s));
        }
        List<Reply> replies = new java.util.ArrayList<>(ended.replies());
        replies.addAll(started.replies());
        List<jp.infracareer.kernel.Effect> effects = new java.util.ArrayList<>(ended.effects());
        effects.addAll(started.effects());
        return new Response(replies, true, null, effects);
    }

    /** A question whose answer is a page (a guide, a role, a term…): what a message asking several things may get several of. */
    private static boolean answersAPage(Query q) {
        return q instanceof Query.Guide || q instanceof Query.Passage || q instanceof Query.RoleDetail
                || q instanceof Query.Compare || q instanceof Query.StageDetail || q instanceof Query.Day
                || q instanceof Query.Define || q instanceof Query.DefineTwo || q instanceof Query.SubnetHosts
                || q instanceof Query.NotCovered;
    }

    /**
     * A message that asks several things (「38歳です。未経験でもなれますか？年収は下がりますか？資格は何から？」) gets each
     * question's page in the order asked, each once; read whole, such a message led to one page, sometimes one that
     * answers none of them. Empty unless two or more questions lead to pages of their own.
     */
    private Optional<Response> eachQuestion(UserKey user, UserState state, String text, Reply whole) {
        java.util.LinkedHashMap<String, Reply> pages = new java.util.LinkedHashMap<>();
        for (String question : SeveralQuestions.of(text)) {
            CommandParser.Parsed one = core().parser().parse(question);
            if (one.freeText() && answersAPage(one.query())) {
                Response answered = route(user, state, question, one);
                if (answered.replies().size() == 1 && !answered.direct()) {
                    // the page the whole message led to, where one question leads there too: read with all its words
                    Reply page = answered.replies().get(0);
                    pages.putIfAbsent(page.topic(), page.topic().equals(whole.topic()) ? whole : page);
                }
            }
        }
        if (pages.size() < 2) {
            return Optional.empty();
        }
        List<Reply> replies = pages.values().stream().limit(SeveralQuestions.MAX_ANSWERED).toList();
        String note = catalog(state, text, true).ui().format("notice.several_questions", "n", String.valueOf(replies.size()));
        return Optional.of(new Response(noteFirst(replies, note), false, null, List.of()));
    }

    /** Convenience for a single-reply command (tests, tools). */
    public Reply handle(UserKey user, String text) {
        return command(user, text).replies().get(0);
    }

    private Response respond(UserKey user, UserState state, String text, CommandParser.Parsed parsed) {
        if (parsed.freeText() && state.lang().isEmpty()) {
            // the language of a clear sentence is kept (written only when it changes), so that a bare command after it
            // ("help", "More") is answered in that language too
            Optional<Lang> said = written(state, text);
            if (said.isPresent() && !said.equals(state.spoken())) {
                store.update(user, s -> s.withSpoken(said.get()));
            }
        }
        Response response = route(user, state, text, parsed);
        if (parsed.freeText() && answersAPage(parsed.query()) && response.replies().size() == 1 && !response.direct()) {
            response = eachQuestion(user, state, text, response.replies().get(0)).orElse(response);
        }
        remember(user, state, response);
        boolean aboutTheQuiz = parsed.query() instanceof Query.StartFit || parsed.query() instanceof Query.FitAnswer
                || parsed.query() instanceof Query.FitBack
                || parsed.query() instanceof Query.ResumeFit || parsed.query() instanceof Query.Forget;
        if (state.fit().isPresent() && !aboutTheQuiz && !response.direct() && response.replies().size() == 1) {
            // a question asked in the middle of the quiz is answered, and the quiz waits where it was
            Reply r = response.replies().get(0);
            Catalog catalog = catalog(state, text, parsed.freeText());
            List<Reply.Action> actions = new java.util.ArrayList<>(r.actions());
            actions.add(0, new Reply.Action(catalog.ui().text("fit.continue"), FitCommands.resume()));
            return new Response(List.of(new Reply(r.topic(), r.title(), r.parts(), r.context(), actions, r.data())), false,
                    null, response.effects());
        }
        return response;
    }

    /**
     * Keeps the command that opens the whole of the page just shown in short (for 「もっと詳しく」 said next, {@link
     * Query.More}) and the page itself, short or whole (for 「3行で」 or 「それってマジ？」), or lets them go once another
     * reply is shown; written once, and only when either changes (a write is a round trip to Redis on replicas).
     */
    private void remember(UserKey user, UserState state, Response response) {
        Optional<Reply> last = response.replies().isEmpty() ? Optional.empty()
                : Optional.of(response.replies().get(response.replies().size() - 1));
        Optional<String> more = last.map(r -> (String) r.data().get(Reply.MORE));
        Optional<String> shown = last.map(Reply::topic).filter(PageFollowUp::page);
        if (!more.equals(state.more()) || !shown.equals(state.shown())) {
            store.update(user, s -> s.withMore(more.orElse(null)).withShown(shown.orElse(null)));
        }
    }

    private Response route(UserKey user, UserState state, String text, CommandParser.Parsed parsed) {
        Query query = parsed.query();
        Core c = core();
        if (query instanceof Query.More) {
            // the page last shown in short, whole, in the language of the words asking for it; else which page?
            Optional<String> more = state.more();
            if (more.isPresent()) {
                return route(user, state, text, new CommandParser.Parsed(c.parser().parse(more.get()).query(), parsed.freeText()));
            }
        }
        Optional<String> corrected = parsed.freeText() ? NotAbout.correction(text) : Optional.empty();
        Optional<String> shownGuide = state.shown().flatMap(TopicIds::guideId);
        if (corrected.isPresent() && shownGuide.isPresent()) {
            // 「新卒じゃないっす。中途の未経験で。」 after the pay guide's new-graduate section: the pay guide, read with the correction
            // (a thirtieth trial got the same section again, then a page about something else)
            Query within = c.parser().within(shownGuide.get(), corrected.get());
            return route(user, state, corrected.get(), new CommandParser.Parsed(within, false));
        }
        if (query instanceof Query.Verdict v) {
            // 「で、結局どれ？」: a pick of the page just shown (kept as its "more" command), or the words read alone
            Catalog asked = catalog(state, text, parsed.freeText());
            Optional<Query> shown = state.more().map(more -> c.parser().parse(more).query());
            return VerdictFollowUp.reply(asked, v, shown, text).map(Response::of)
                    .orElseGet(() -> route(user, state, text, new CommandParser.Parsed(v.otherwise(), parsed.freeText())));
        }
        if (query instanceof Query.Shorter || query instanceof Query.Doubt) {
            // 「3行で」「それってマジ？」: about the page just shown (or one named beside the words), else the words read alone
            Optional<Response> followed = PageFollowUp.reply(catalog(state, text, parsed.freeText()), query, state.shown());
            if (followed.isPresent()) {
                return followed.get();
            }
            Query otherwise = query instanceof Query.Doubt d ? d.otherwise() : ((Query.Shorter) query).otherwise();
            return route(user, state, text, new CommandParser.Parsed(otherwise, parsed.freeText()));
        }
        Catalog catalog = query instanceof Query.SetLang set ? c.knowledge().catalog(set.lang())
                : interviewCommand(parsed) ? interviewCatalog(state, InterviewCommands.buttonWord(text))
                        .orElseGet(() -> catalog(state, text, false))
                : catalog(state, text, parsed.freeText());
        if (query instanceof Query.SetLang set) {
            // a running interview follows (it keeps its own language otherwise, even one named when it started)
            store.update(user, s -> s.interview().filter(i -> !i.finished())
                    .map(i -> s.withLang(set.lang()).withInterview(i.withLang(set.lang()))).orElseGet(() -> s.withLang(set.lang())));
        }
        if (query instanceof Query.Forget) {
            store.forget(user);
        }
        if (query instanceof Query.StartInterview q) {
            // 「日本語で面接の練習」 from someone chatting in English is a Japanese interview
            Catalog held = c.interviewWords().namedLanguage(text).map(c.knowledge()::catalog).orElse(catalog);
            return c.interviews().start(user, held, q.track(), q.questionId());
        }
        if (query instanceof Query.Guide q) {
            Catalog c2 = catalog;
            if (q.guideId().equals(ROADMAP) && parsed.freeText()) {
                // the timeline at the hours the question gives (「週18時間なら何か月？」): the user's own, not cached
                return catalog.guide(q.guideId()).map(g -> Response.of(StudyPace.fitted(c2, GuideTopics.guide(c2, g, q.full()), text)))
                        .orElseGet(() -> Response.of(HelpTopics.fallback(c2)));
            }
            return catalog.guide(q.guideId()).map(g -> Response.cacheable(GuideTopics.guide(c2, g, q.full()),
                    c2.lang().code() + (q.full() ? "|full" : "|short"))).orElseGet(() -> Response.of(HelpTopics.fallback(c2)));
        }
        if (query instanceof Query.Passage q) {
            Reply passage = PassageTopics.passage(catalog, q.topic(), q.section());
            return Response.of(q.topic().equals(TopicIds.guide(ROADMAP)) && parsed.freeText()
                    ? StudyPace.fitted(catalog, passage, text) : passage);
        }
        if (query instanceof Query.Tip q) {
            return Response.of(TipTopics.tip(catalog, q.category(), LocalDate.ofInstant(clock.instant(), TOKYO)));
        }
        if (query instanceof Query.InterviewMenu q) {
            return Response.of(InterviewReplies.menu(catalog, q.given()));
        }
        if (query instanceof Query.HowScored) {
            return Response.of(InterviewReplies.howScored(catalog));
        }
        if (query instanceof Query.ShowExample q) {
            Optional<InterviewSession> running = state.interview().filter(s -> !s.finished());
            return catalog.question(q.questionId()).map(question -> running
                            // mid-interview it belongs in the interview's DM, followed by the question waiting there
                            .map(s -> Response.direct(InterviewReplies.exampleDuring(catalog, question, s)))
                            .orElseGet(() -> Response.of(InterviewReplies.exampleFor(catalog, question, false))))
                    .orElseGet(() -> Response.of(HelpTopics.fallback(catalog)));
        }
        if (query instanceof Query.InterviewAction q) {
            return c.interviews().control(user, catalog, q.control(), q.sessionId());
        }
        if (query instanceof Query.StartFit) {
            return Response.of(c.fit().start(user, catalog));
        }
        if (query instanceof Query.ResumeFit) {
            return Response.of(c.fit().resume(user, catalog));
        }
        if (query instanceof Query.FitAnswer q) {
            return Response.of(c.fit().answer(user, catalog, q.sessionId(), q.index(), q.optionId()));
        }
        if (query instanceof Query.FitBack q) {
            return Response.of(c.fit().back(user, catalog, q.sessionId(), q.index()));
        }
        if (query instanceof Query.ReadJobPost q) {
            // how to paste one is told in the language asked in ("Can you read an English job posting for me?")
            Catalog postingLang = q.text().isBlank() ? catalog : postingCatalog(state, q.text());
            return Response.of(q.text().isBlank() ? JobPostReplies.usage(postingLang)
                    : JobPostReplies.reply(postingLang, c.postings().remember(user, c.jobPostingReader().read(q.text()))));
        }
        // a pure topic depends only on the query and the language: build it once (Slack asks for the same few often)
        Reply reply = pure(query) ? pureReplies.get(List.of(query, catalog.lang()), () -> answer(query, catalog))
                : answer(query, catalog);
        if (query instanceof Query.Forget) {
            return Response.of(reply).with(new Effect.Forgotten());
        }
        if (query instanceof Query.Announce q) {
            return Response.of(reply).with(new Effect.AnnouncementRequested(q.text()));
        }
        if (!(query instanceof Query.Fallback) && !(query instanceof Query.NotCovered)) {
            store.update(user, s -> s.withProgress(s.progress().viewedTopic()));
        }
        return pure(query) ? Response.cacheable(reply, catalog.lang().code()) : Response.of(reply);
    }

    /**
     * The language to answer in: the user's choice, else the language a free-text question is written in
     * (subcommands such as "roles" are English words for everyone), else the one the user last wrote in, else the
     * default.
     */
    /**
     * The catalogue an interview answer is judged with: the language it is written in when that is clear (a Japanese
     * answer in an English interview is read with the Japanese rubric, not scored 1 by the English one), else as any
     * free text.
     */
    private Catalog judgedIn(UserState state, String text) {
        Catalog usual = interviewCatalog(state, false).orElseGet(() -> catalog(state, text, true));
        // an answer of terms in Latin letters ("SYN, SYN-ACK, ACK") stays in the interview's language; English needs a sentence
        return written(state, text).filter(lang -> lang != usual.lang())
                .filter(lang -> lang == Lang.JA || LanguageGuess.hasEnglishSentence(text))
                .map(core().knowledge()::catalog).orElse(usual);
    }

    private Catalog catalog(UserState state, String text, boolean freeText) {
        Lang lang = state.lang()
                .or(() -> written(state, text)
                        // a subcommand's English word is everyone's ("roles"); one written in Japanese (「面接」) is Japanese
                        .filter(said -> freeText || said == Lang.JA))
                .or(state::spoken)
                .orElse(defaultLang);
        return core().knowledge().catalog(lang);
    }

    /**
     * The language a message is written in, if clear; "Thank you, this was helpful. ありがとうございました！" from someone whose
     * last clear sentence was English is English (the reply and the language kept for later agree).
     */
    private Optional<Lang> written(UserState state, String text) {
        return LanguageGuess.of(text, core().knowledge().aliases().englishAlone())
                .map(said -> said == Lang.JA && state.spoken().filter(Lang.EN::equals).isPresent()
                        && LanguageGuess.hasEnglishSentence(text) ? Lang.EN : said);
    }

    /**
     * The language of the user's mock interview: their choice, else the one the interview in progress started
     * in, else ({@code lastToo}, for the buttons under a summary) the one the last interview started in.
     * Empty when none says.
     */
    private Optional<Catalog> interviewCatalog(UserState state, boolean lastToo) {
        return state.interview().flatMap(InterviewSession::language)
                .or(state::lang)
                .or(() -> lastToo ? state.lastInterview().flatMap(f -> f.session().language()) : Optional.empty())
                .map(core().knowledge()::catalog);
    }

    /** An interview command that is no sentence of the user's: a button, or a command such as "interview hint". */
    private static boolean interviewCommand(CommandParser.Parsed parsed) {
        Query q = parsed.query();
        return !parsed.freeText() && (q instanceof Query.InterviewAction || q instanceof Query.StartInterview
                || q instanceof Query.ShowExample || q instanceof Query.InterviewMenu);
    }

    /**
     * A posting is answered in the user's language if chosen, else in the language they have been writing in (a
     * twenty-third trial's English speaker with JLPT N3 got a Japanese posting's reading in Japanese), else in the
     * posting's own language.
     */
    private Catalog postingCatalog(UserState state, String posting) {
        return core().knowledge().catalog(state.lang().or(state::spoken).or(() -> LanguageGuess.of(posting)).orElse(defaultLang));
    }

    /** True for one of a posting's own lines (a heading, a bullet, a label): pasted, it belongs to the posting. */
    public static boolean postingItem(String line) {
        return jp.infracareer.jobpost.PostingShape.itemLine(line);
    }

    /** True for a bare "jobpost" / "求人": the console then takes the lines that follow as the posting. */
    public boolean startsPaste(String text) {
        String t = text == null ? "" : text;
        // the summary's button typed in the other language ("Practise your lowest-scoring question" after a Japanese
        // interview, a nineteenth trial) is that request, never the start of a paste
        return !core().interviewWords().asksWeakest(t)
                && core().parser().parse(t).query() instanceof Query.ReadJobPost q && q.text().isBlank();
    }

    /** True for a request to read a posting that carries its first line ("jobpost Position: Cloud Support"). */
    public boolean opensPosting(String text) {
        return text != null && core().parser().parse(text).query() instanceof Query.ReadJobPost q && !q.text().isBlank();
    }

    /** Reads a posting from a message shortcut (no command words around it). */
    public Reply readJobPosting(UserKey user, String posting) {
        Catalog c = postingCatalog(store.get(user), posting);
        return posting == null || posting.isBlank() ? JobPostReplies.usage(c)
                : JobPostReplies.reply(c, core().postings().remember(user, core().jobPostingReader().read(posting)));
    }

    public KnowledgeBase knowledge() {
        return core().knowledge();
    }

    /** True while the user has a mock interview in progress. */
    public boolean interviewing(UserKey user) {
        return store().get(user).interview().isPresent();
    }

    public ConversationStore store() {
        return store;
    }

    /** The language a user's replies are in when nothing in the message says otherwise: chosen, else last written in. */
    public Lang languageOf(UserKey user) {
        UserState state = store.get(user);
        return state.lang().or(state::spoken).orElse(defaultLang);
    }

    /**
     * Replies of pure topics by (query, language); the knowledge base does not change while the app runs. Built
     * without a lock that request threads could wait on ({@link BuiltOnce}).
     */
    private final BuiltOnce<List<Object>, Reply> pureReplies = new BuiltOnce<>(2_000);

    /** Queries whose reply is fixed by topic and language alone: no notice, no user words, no state. */
    private static boolean pure(Query query) {
        return query instanceof Query.Help || query instanceof Query.Roles || query instanceof Query.RoleDetail
                || query instanceof Query.Compare || query instanceof Query.StageOverview
                || query instanceof Query.StageDetail || query instanceof Query.Day || query instanceof Query.SmallTalk || query instanceof Query.Goodbye
                || query instanceof Query.Feeling || (query instanceof Query.Fallback f && f.nearest().isEmpty());
    }

    static Reply answer(Query query, Catalog catalog) {
        if (query instanceof Query.Help) {
            return HelpTopics.help(catalog, "");
        } else if (query instanceof Query.Roles) {
            return RoleTopics.roles(catalog, "");
        } else if (query instanceof Query.RoleDetail q) {
            return RoleTopics.role(catalog, q.roleId());
        } else if (query instanceof Query.Compare q) {
            return CompareTopics.compare(catalog, q.first(), q.second());
        } else if (query instanceof Query.StageOverview) {
            return StageTopics.overview(catalog, "");
        } else if (query instanceof Query.StageDetail q) {
            return StageTopics.stage(catalog, q.stageId());
        } else if (query instanceof Query.Day) {
            return DayTopic.day(catalog);
        } else if (query instanceof Query.Fallback q) {
            return HelpTopics.fallback(catalog, q.nearest());
        } else if (query instanceof Query.DidYouMean q) {
            return HelpTopics.didYouMean(catalog, q.first(), q.second());
        } else if (query instanceof Query.NotCovered q) {
            return HelpTopics.notCovered(catalog, q.subject());
        } else if (query instanceof Query.Define q) {
            return jp.infracareer.explain.GlossaryTopics.define(catalog, q.termId());
        } else if (query instanceof Query.SubnetHosts q) {
            return jp.infracareer.explain.SubnetTopics.hosts(catalog, q.prefix());
        } else if (query instanceof Query.DefineTwo q) {
            return jp.infracareer.explain.GlossaryTopics.defineTwo(catalog, q.first(), q.second());
        } else if (query instanceof Query.SmallTalk q) {
            return HelpTopics.smallTalk(catalog, q.thanks());
        } else if (query instanceof Query.More) {
            return HelpTopics.nothingMore(catalog);
        } else if (query instanceof Query.Goodbye) {
            return HelpTopics.goodbye(catalog);
        } else if (query instanceof Query.Feeling q) {
            return HelpTopics.feeling(catalog, q.guides());
        } else if (query instanceof Query.SetLang) {
            return HelpTopics.help(catalog, catalog.ui().text("notice.lang_set"));
        } else if (query instanceof Query.LangUsage) {
            return HelpTopics.help(catalog, catalog.ui().text("notice.lang_usage"));
        } else if (query instanceof Query.UnknownRole q) {
            return RoleTopics.roles(catalog, catalog.ui().format("notice.unknown_role", "arg", q.given()));
        } else if (query instanceof Query.UnknownStage q) {
            return StageTopics.overview(catalog, catalog.ui().format("notice.unknown_stage", "arg", q.given()));
        } else if (query instanceof Query.SameRole) {
            return RoleTopics.roles(catalog, catalog.ui().text("notice.same_role"));
        } else if (query instanceof Query.Announce) {
            // a channel with an advisor channel shows a preview instead (the AnnouncementRequested effect)
            return new Reply(TopicIds.BROADCAST, catalog.ui().text("broadcast.console_only_slack"), List.of(), "",
                    List.of(), java.util.Map.of());
        } else if (query instanceof Query.Forget) {
            return HelpTopics.help(catalog, catalog.ui().text("forget.done"));
        } else if (query instanceof Query.OfferForget) {
            return new Reply(TopicIds.HELP, catalog.ui().text("forget.offer_title"),
                    List.of(new Reply.Paragraph("", catalog.ui().text("forget.offer"))), "",
                    List.of(new Reply.Action(catalog.ui().text("forget.button"), "forget")), java.util.Map.of());
        }
        return HelpTopics.fallback(catalog);
    }
}
