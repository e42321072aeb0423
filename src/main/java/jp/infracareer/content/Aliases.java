package jp.infracareer.content;

import java.util.List;
import java.util.Map;

/**
 * Words that name roles, stages, intents and subcommands in free text, language-neutral.
 * Roles and stages have strong names ("サーバーエンジニア", "監視") and weak ones ("サーバー", "build"): a weak
 * role name yields to a stage ("サーバー監視" is about monitoring); a weak stage word counts only beside
 * another infrastructure word ("build an iPhone app" is not about the build stage).
 */
public record Aliases(
        Map<String, Words> roles,
        Map<String, Words> stages,
        Map<String, List<String>> intents,
        Map<String, List<String>> exclusions,
        InterviewWords interview,
        Map<String, List<String>> entries,
        Map<String, List<String>> commands,
        Map<String, List<String>> tipThemes,
        Retrieval retrieval,
        List<String> buttonPolite,
        java.util.Set<String> englishAlone,
        java.util.Set<String> greetingsAlone,
        java.util.Set<String> thanksAlone,
        Map<String, List<String>> guidePhrases,
        Map<String, List<String>> notCovered,
        Definition definition,
        Feelings feelings,
        Map<String, List<String>> kanaSpelled,
        Map<String, List<String>> languageRequests,
        List<String> forgetRequests,
        List<String> subnetCount,
        java.util.Set<String> goodbyeAlone,
        java.util.Set<String> moreAlone,
        Map<String, List<String>> interviewLanguage,
        Map<String, List<String>> interviewLanguageSwitch,
        Map<String, List<String>> interviewLanguageAlone,
        List<String> requestWords,
        List<String> verdictRequests,
        List<List<String>> verdictTogether,
        java.util.Set<String> verdictAlone,
        List<String> shorterRequests,
        java.util.Set<String> shorterAlone,
        List<String> doubtRequests,
        NativeSpeaker nativeSpeaker) {

    public Aliases {
        // saying one is Japanese or needs no visa (「私日本人です」, "I don't need a visa"): taken out before a question is read
        nativeSpeaker = nativeSpeaker == null ? new NativeSpeaker(List.of(), null) : nativeSpeaker;
        // asked mid-interview to go on in a language ("can we do this question in Japanese?", 「日本語」 alone): code -> phrases
        interviewLanguageSwitch = interviewLanguageSwitch == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(interviewLanguageSwitch));
        // words that make a message a request of its own beside thanks (「ありがとう！面接の練習をしたいです」, "thanks, let's go again")
        requestWords = requestWords == null ? List.of() : List.copyOf(requestWords);
        // asking to be told just one after a page that weighs choices (「で、結局どれ？」, "just tell me one")
        verdictRequests = verdictRequests == null ? List.of() : List.copyOf(verdictRequests);
        // ...or its words apart, every group in the message (「結局…独学とスクールどっちがいいんですか？」)
        verdictTogether = verdictTogether == null ? List.of() : verdictTogether.stream().map(List::copyOf).toList();
        // ...or said alone (「おすすめは？」 after a page of choices)
        verdictAlone = lowerCase(verdictAlone);
        // asking to shorten the page just shown (「3行で」, "tl;dr") in a short message, or alone (「長い」, 「つまり？」)
        shorterRequests = shorterRequests == null ? List.of() : List.copyOf(shorterRequests);
        shorterAlone = lowerCase(shorterAlone);
        // doubting the page just shown in a short message (「それってマジ？」, "is that true?"): where its figures come from
        doubtRequests = doubtRequests == null ? List.of() : List.copyOf(doubtRequests);
        // ...or a language's name as the whole message (「日本語」, "English")
        interviewLanguageAlone = interviewLanguageAlone == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(interviewLanguageAlone));
        // a language named beside a request for a mock interview (「日本語で面接の練習」, "an interview in English"): code -> phrases
        interviewLanguage = interviewLanguage == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(interviewLanguage));
        // a goodbye said alone ("bye", 「もうやめる」 with nothing running): read in lower case
        goodbyeAlone = lowerCase(goodbyeAlone);
        // asking for more of the page just shown, alone (「もっと詳しく」, "tell me more"): read in lower case
        moreAlone = lowerCase(moreAlone);
        // words that ask how many devices a network holds (「何台」, "how many hosts"), beside a prefix or a mask
        subnetCount = subnetCount == null ? List.of() : List.copyOf(subnetCount);
        // terms a question may type in hiragana (「きほんじょうほう」): term -> kana spellings beside its dictionary reading
        // asking for replies in a language in one's own words ("can you answer in English please?"): language code -> phrases
        languageRequests = languageRequests == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languageRequests));
        // asking in words to have one's data deleted (「記録を消して」, "delete my data")
        forgetRequests = forgetRequests == null ? List.of() : List.copyOf(forgetRequests);
        kanaSpelled = kanaSpelled == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kanaSpelled));
        definition = definition == null ? new Definition(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()) : definition;
        // words that say how the job seeker feels (「もう無理かも」, "stressed"), in a short message heard before anything else
        feelings = feelings == null ? new Feelings(List.of(), List.of()) : feelings;
        // subjects the guide does not cover, in the file's order, with the words that name them
        notCovered = notCovered == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notCovered));
        // a single word that says the message is English ("hi", "thanks"): read in lower case
        englishAlone = lowerCase(englishAlone);
        // a greeting said alone (「こんにちは」, "good morning"): read in lower case
        greetingsAlone = lowerCase(greetingsAlone);
        // thanks said alone ("thanks!", 「ありがとうございました」): read in lower case
        thanksAlone = lowerCase(thanksAlone);
        // phrases that name one guide's subject whatever else a question names (guide id -> phrases), in the file's order
        guidePhrases = guidePhrases == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(guidePhrases));
        tipThemes = tipThemes == null ? Map.of() : tipThemes;
        buttonPolite = buttonPolite == null ? List.of() : List.copyOf(buttonPolite);
        retrieval = retrieval == null ? new Retrieval(List.of(), List.of(), List.of()) : retrieval;
    }

    /**
     * Phrases that say the user is Japanese, a native speaker of it, or needs no visa; and the passage (topic#section)
     * that answers them said alone, when nothing else is asked.
     */
    public record NativeSpeaker(List<String> words, String alone) {
        public NativeSpeaker {
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    /** Words that say how the job seeker feels, and the guides offered beside the acknowledgement (guide ids). */
    public record Feelings(List<String> words, List<String> guides) {
        public Feelings {
            words = words == null ? List.of() : List.copyOf(words);
            guides = guides == null ? List.of() : List.copyOf(guides);
        }
    }

    /**
     * How a question asks what a term means ("Zabbixって何？", "what is a runbook"): {@code asks}, the words that ask it;
     * {@code filler}, the words such a question may add without asking anything else (「そもそも」, "exactly");
     * {@code spelledOut}, the words that ask what an abbreviation stands for (「何の略」, "short for"): they ask too, and
     * what they ask only the definition answers, even for a term with a page of its own.
     */
    public record Definition(List<String> asks, List<String> filler, List<String> spelledOut, List<String> compare,
            List<String> checks, Map<String, List<List<String>>> beliefs) {
        public Definition {
            // beliefs about a term (RAID beside backups, chmod 777): glossary term id -> groups of words, one of each there
            beliefs = beliefs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(beliefs));
            // words that ask to have a belief about a term checked (「chmod 777で問題ないですよね？」, "RAID means no backup, right?")
            checks = checks == null ? List.of() : List.copyOf(checks);
            // words that set two terms side by side (「NATとDHCPの違いは？」): both definitions answer it
            compare = compare == null ? List.of() : List.copyOf(compare);
            asks = asks == null ? List.of() : List.copyOf(asks);
            filler = filler == null ? List.of() : List.copyOf(filler);
            spelledOut = spelledOut == null ? List.of() : List.copyOf(spelledOut);
        }
    }

    /**
     * For answering with a passage: {@code generic} words say that something is asked ("何", "教えて", "what",
     * "tell") but not what; {@code synonyms} are groups of words a question and the content use for one thing
     * (夜勤 and シフト); {@code verdict} ask a guide for its verdict (「遅すぎますか」「罠ですか」, "is it worth it"), which its short answer
     * gives first, so such a question gets the answer rather than the one section that shares most of its words.
     */
    public record Retrieval(List<String> generic, List<List<String>> synonyms, List<String> verdict) {
        public Retrieval {
            verdict = verdict == null ? List.of() : List.copyOf(verdict);
            generic = generic == null ? List.of() : List.copyOf(generic);
            synonyms = synonyms == null ? List.of() : synonyms.stream().map(List::copyOf).toList();
        }
    }

    public record Words(List<String> strong, List<String> weak) {}

    private static java.util.Set<String> lowerCase(java.util.Set<String> words) {
        return words == null ? java.util.Set.of() : words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Starting phrases, track names and control words of mock interviews. */
    public record InterviewWords(
            List<String> start, Map<String, List<String>> tracks, Map<String, List<String>> controls, List<String> filler,
            List<String> particles, List<String> list, List<String> begin, List<String> aloneWithNone, List<String> clarify,
            Map<String, List<String>> controlPatterns, List<String> howToAnswer, List<String> askedInInterview,
            List<String> aboutSession, List<String> weakest, List<String> resultsAgain, List<String> whyScore,
            List<String> saidInThePast, List<String> otherResults, List<String> otherScores, List<String> retry,
            List<String> howScored, List<String> courseSwitch, List<String> courseSwitchNot, List<String> courseRestart,
            List<String> notAnswered) {
        public InterviewWords {
            // 「その質問、答えてないんだけど」: a question said to have been scored without an answer (patterns)
            notAnswered = notAnswered == null ? List.of() : List.copyOf(notAnswered);
            courseSwitchNot = courseSwitchNot == null ? List.of() : List.copyOf(courseSwitchNot);
            // the running course asked for again from its first question (「この面接は最初からやり直させてください」): patterns
            courseRestart = courseRestart == null ? List.of() : List.copyOf(courseRestart);
            // another course asked for in words mid-interview (「サーバーのコースでやりたい」): patterns
            courseSwitch = courseSwitch == null ? List.of() : List.copyOf(courseSwitch);
            // asking how answers are scored (「採点の基準を教えて」): the scoring explained, not an interview started
            howScored = howScored == null ? List.of() : List.copyOf(howScored);
            saidInThePast = saidInThePast == null ? List.of() : List.copyOf(saidInThePast);
            otherResults = otherResults == null ? List.of() : List.copyOf(otherResults);
            otherScores = otherScores == null ? List.of() : List.copyOf(otherScores);
            // after an interview: the results asked for again, and why a question scored as it did
            resultsAgain = resultsAgain == null ? List.of() : List.copyOf(resultsAgain);
            whyScore = whyScore == null ? List.of() : List.copyOf(whyScore);
            retry = retry == null ? List.of() : List.copyOf(retry);
            // asking after an interview to practise the question scored lowest (「点数が一番低かった質問を練習したい」)
            weakest = weakest == null ? List.of() : List.copyOf(weakest);
            // a remark on the score or the session, not an answer (「13点はきびしくないですか？」): patterns
            aboutSession = aboutSession == null ? List.of() : List.copyOf(aboutSession);
            // in the file's order: the first control whose pattern matches is the one meant
            controlPatterns = controlPatterns == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(controlPatterns));
            filler = filler == null ? List.of() : filler;
            particles = particles == null ? List.of() : particles;
            list = list == null ? List.of() : List.copyOf(list);
            begin = begin == null ? List.of() : List.copyOf(begin);
            aloneWithNone = aloneWithNone == null ? List.of() : List.copyOf(aloneWithNone);
            clarify = clarify == null ? List.of() : List.copyOf(clarify);
            // asking how to answer a question of the bank ("面接で志望動機を聞かれたらどう答えれば？"): its model answer
            howToAnswer = howToAnswer == null ? List.of() : List.copyOf(howToAnswer);
            // ...said as a question an interviewer asks (「面接で」, "in an interview"): else it asks about something else
            askedInInterview = askedInInterview == null ? List.of() : List.copyOf(askedInInterview);
        }
    }
}
