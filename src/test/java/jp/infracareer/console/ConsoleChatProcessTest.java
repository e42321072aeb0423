package jp.infracareer.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The console chat as a user runs it: a separate JVM, questions through a pipe, replies on stdout. */
class ConsoleChatProcessTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonModeAnswersEachLineWithItsTopicThroughAPipe() throws Exception {
        Result result = run(List.of("chat", "--json"), Map.of(),
                "compare インフラ サーバー\n監視ってどんな仕事？\nwhat does an SRE do\n2\n\nday\n");

        assertThat(result.exit).isZero();
        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText())
                .containsExactly("compare/infra/server", "stage/monitoring", "role/devops", "compare/devops/server", "day");
        assertThat(replies.get(0).path("text").asText()).contains("業務範囲の広さ");
        assertThat(replies.get(0).path("data").path("roles").toString()).isEqualTo("[\"infra\",\"server\"]");
    }

    @Test
    void langOptionAnswersInEnglish() throws Exception {
        Result result = run(List.of("chat", "--json", "--lang", "en"), Map.of(), "stages\n");

        assertThat(result.jsonLines().get(0).path("text").asText()).startsWith("== The stages of infrastructure work");
    }

    @Test
    void aSlashQuitAsInOtherChatToolsEndsTheChat() throws Exception {
        // a trial typed /quit and got the job-search page, /exit and got "I didn't quite catch that"
        for (String quit : List.of("/quit", "/exit", "/Quit")) {
            Result result = run(List.of("chat", "--json"), Map.of(), "roles\n" + quit + "\nstages\n");
            assertThat(result.exit).isZero();
            assertThat(result.jsonLines()).as(quit).extracting(r -> r.path("topic").asText()).containsExactly("roles");
        }
    }

    @Test
    void quittingWordsInAMockInterviewEndTheInterviewNotTheChat() throws Exception {
        // a trial typed やめる to stop the interview and the whole console closed
        Result result = run(List.of("chat", "--json"), Map.of(), "面接\nやめる\nroles\nやめる\nstages\n");
        assertThat(result.exit).isZero();
        List<String> topics = result.jsonLines().stream().map(r -> r.path("topic").asText()).toList();
        assertThat(topics).last().isEqualTo("roles"); // the second やめる, outside the interview, leaves the chat
        assertThat(topics).doesNotContain("stages").contains("roles");
        assertThat(topics.indexOf("roles")).isGreaterThan(1); // the interview's start and its end came first
    }

    @Test
    void aShortEnglishYesAfterForgetIsAnsweredInEnglish() throws Exception {
        // forget deletes the language setting too; a one-word English reply must not fall back to Japanese
        Result result = run(List.of("chat", "--json", "--lang", "en"), Map.of(), "forget\nyes\n");
        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).path("text").asText()).doesNotContainPattern("[ぁ-んァ-ン]");
    }

    @Test
    void aCareerPrefixTypedOutOfHabitDoesNotSwitchTheReplyLanguage() throws Exception {
        Result result = run(List.of("chat", "--json"), Map.of(), "/career roles\n/career\u3000stages\n/Career help\nroles\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("roles", "stages", "help", "roles");
        assertThat(replies).allSatisfy(r -> assertThat(r.path("text").asText()).containsPattern("[ぁ-んァ-ン]"));
    }

    @Test
    void consoleRepliesNeverSpeakOfADirectMessageOrWhoCanSeeThem() throws Exception {
        String session = "help\n面接\n終了\n求人\n\nfit\n1\nforget\nlang en\nhelp\ninterview\nend\nshare\nfit\nasdf qwer\nforget\n";
        Result result = run(List.of("chat"), Map.of(), session);

        assertThat(result.exit).isZero();
        assertThat(result.stdout).contains("模擬面接").contains("Mock interview")
                .doesNotContainIgnoringCase("this DM").doesNotContainIgnoringCase("your DM")
                .doesNotContainIgnoringCase("only visible").doesNotContainIgnoringCase("only you can see")
                .doesNotContain("このDM").doesNotContain("あなただけ").doesNotContain("DMで1問")
                // the help lists what to type here: "interview", not Slack's "/career interview"
                .doesNotContain("/career ").contains("interview（面接）");
    }

    @Test
    void plainModeFromAPipePrintsTextWithNumberedButtons() throws Exception {
        Result result = run(List.of("chat"), Map.of(), "role network\n");

        assertThat(result.exit).isZero();
        assertThat(result.stdout).contains("== ネットワークエンジニア ==").contains("[1] ");
        assertThat(result.stdout).doesNotContain("> ");
    }

    @Test
    void aButtonIsPressedByItsLabelAndEveryButtonOnScreenKeepsItsOwnNumber() throws Exception {
        String answer = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
                + "前職では物流倉庫で5年間、在庫管理システムの担当をしていました。今は毎日2時間LinuCの勉強をしています。\n";
        // a short answer about pay offers "詳しく"; typing the label (or asking politely) shows the whole page
        Result result = run(List.of("chat", "--json"), Map.of(),
                "未経験の年収ってどのくらい？\n詳しく\n未経験の年収ってどのくらい？\nもっと詳しく教えて\n"
                        // feedback ends with "[1] 模範解答を見る" and the next question's buttons follow from [2]
                        + "interview\n" + answer + "1\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("guide/salary", "guide/salary",
                "guide/salary", "guide/salary", "interview", "interview/question", "interview/feedback",
                "interview/question", "interview/example", "interview/question");
        assertThat(replies.get(1).path("text").asText().length()).isGreaterThan(replies.get(0).path("text").asText().length());
        assertThat(replies.get(3).path("text").asText()).isEqualTo(replies.get(1).path("text").asText());
        assertThat(replies.get(6).path("text").asText()).contains("[1] ");
        assertThat(replies.get(7).path("text").asText()).contains("[2] ").doesNotContain("[1] ");
        // "1" was the feedback's button: the model answer of the question just answered, not of the next one
        String answered = replies.get(5).path("data").path("question").asText();
        assertThat(answered).isNotEmpty().isNotEqualTo(replies.get(7).path("data").path("question").asText());
        assertThat(replies.get(8).path("data").path("question").asText()).isEqualTo(answered);
        // and the question still waiting comes back after it, so the next line typed answers that one
        assertThat(replies.get(9).path("data").path("question").asText()).isEqualTo(replies.get(7).path("data").path("question").asText());
    }

    @Test
    void aButtonLabelTypedAfterAnInterviewIsThatButtonNotAPaste() throws Exception {
        // a fifteenth trial typed the summary's "Practise your lowest-scoring question" and was asked to paste a posting
        String answer = "I chose infrastructure because I like keeping systems running. In my last job I kept a shop's"
                + " tills working, and now I study Linux every evening.\n";
        Result result = run(List.of("chat", "--json", "--lang", "en"), Map.of(),
                "interview\n" + answer + "end\nPractise your lowest-scoring question\n");
        List<String> topics = result.jsonLines().stream().map(r -> r.path("topic").asText()).toList();
        assertThat(topics).contains("interview/summary").doesNotContain("jobpost");
        assertThat(topics.get(topics.size() - 1)).startsWith("interview");
        assertThat(topics.indexOf("interview/summary")).isLessThan(topics.size() - 1);
    }

    @Test
    void aButtonNumberWithNoSuchButtonOnScreenIsToldSoAndANumberAnswerInAnInterviewIsAnAnswer() throws Exception {
        // the third trial: "1" with no button 1 on screen opened the page about a newcomer's day
        Result result = run(List.of("chat", "--json"), Map.of(), "1\nrole network\n9\ninterview ip-subnet\n254\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies.get(0).path("topic").asText()).isEqualTo("console/no-button");
        assertThat(replies.get(0).path("text").asText()).contains("[1]");
        assertThat(replies.get(1).path("topic").asText()).isEqualTo("role/network");
        assertThat(replies.get(2).path("topic").asText()).isEqualTo("console/no-button");
        // in an interview a number is an answer, never a button
        assertThat(replies).extracting(r -> r.path("topic").asText()).contains("interview/feedback");
    }

    @Test
    void withoutCredentialsTheDefaultModeIsTheConsoleChat() throws Exception {
        Result result = run(List.of(), Map.of(), "help\n");

        assertThat(result.exit).isZero();
        assertThat(result.stdout).contains("== インフラ転職アドバイザーでできること ==");
    }

    @Test
    void aConfigurationErrorIsOneLineNamingTheVariable() throws Exception {
        Result result = run(List.of("serve"), Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-3"), "");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.stderr.strip().lines()).hasSize(1);
        assertThat(result.stderr).contains("SLACK_SIGNING_SECRET is missing");
    }

    @Test
    void aMalformedPortStopsStartUpWithItsName() throws Exception {
        Result result = run(List.of(), Map.of("PORT", "http"), "");

        assertThat(result.exit).isEqualTo(2);
        assertThat(result.stderr).contains("PORT is malformed");
    }

    @Test
    void aWholeMockInterviewRunsInTheConsole() throws Exception {
        String answer = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
                + "前職では物流倉庫で5年間、在庫管理システムの担当をしていました。ある日サーバーが止まり、200件の注文が遅れました。"
                + "今は毎日2時間LinuCの勉強をしています。入社後はまず監視と運用で確実な対応を身につけたいです。\n";
        // first a drill of the question this answer answers, then a whole interview of five random questions
        Result result = run(List.of("chat", "--json"), Map.of(), "interview why-infra\n" + answer + "interview\n"
                + answer.repeat(5) + "help\n");

        List<JsonNode> replies = result.jsonLines();
        List<String> topics = replies.stream().map(r -> r.path("topic").asText()).toList();
        assertThat(topics).startsWith("interview", "interview/question", "interview/feedback", "interview", "interview/question");
        assertThat(topics).contains("interview/summary").endsWith("help");
        assertThat(topics.stream().filter("interview/feedback"::equals)).hasSize(6);
        JsonNode feedback = replies.get(2);
        assertThat(feedback.path("data").path("relevance").asText()).isEqualTo("on_topic");
        assertThat(feedback.path("data").path("score").asInt()).isBetween(40, 100);
        assertThat(feedback.path("text").asText()).contains("前職では物流倉庫で5年間");
    }

    @Test
    void aButtonNumberDuringAnInterviewIsAClickNotAnAnswer() throws Exception {
        Result result = run(List.of("chat", "--json"), Map.of(), "interview\n1\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText())
                .containsExactly("interview", "interview/question", "interview/question");
        assertThat(replies.get(2).path("text").asText()).startsWith("== ヒント ==");
    }

    @Test
    void aPostingPastedOverSeveralLinesIsReadInTheConsole() throws Exception {
        String posting = "求人\n【仕事内容】\n・ネットワーク（Cisco）とAWSを含むインフラ全般の設計・構築\n・Linuxサーバーの運用\n【勤務】24時間365日のシフト制\n\n";
        Result result = run(List.of("chat", "--json"), Map.of(), posting + "day\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("jobpost", "day");
        JsonNode data = replies.get(0).path("data");
        assertThat(data.path("leaning").asText()).isEqualTo("infra");
        assertThat(data.path("flags").toString()).contains("night-shift");
        assertThat(data.path("roles").get(0).asText()).isEqualTo("infra");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void aPostingPastedOnOneLineIsReadWithoutWaitingForAnEmptyLine() throws Exception {
        // a trial pasted a posting as one line, pressed Enter and saw nothing until it sent an empty line
        String posting = "【募集職種】インフラエンジニア（運用監視）【仕事内容】サーバーとネットワークの監視、障害の一次対応、手順書に沿った定型作業"
                + "【応募資格】未経験歓迎、学歴不問【勤務】24時間365日のシフト制（夜勤月5回程度）【給与】月給23万円〜（固定残業代30時間分を含む）";
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jp.infracareer.Main", "chat", "--json"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.equals("PORT") || k.equals("DEFAULT_LOCALE"));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        try {
            var stdin = process.getOutputStream();
            var stdout = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            stdin.write(("求人票を読んでほしいです\n" + posting + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush(); // and nothing more: the user waits for the reading
            JsonNode reading = MAPPER.readTree(stdout.readLine());
            assertThat(reading.path("topic").asText()).isEqualTo("jobpost");
            assertThat(reading.path("text").asText()).contains("夜勤");
            stdin.write("roles\n".getBytes(StandardCharsets.UTF_8));
            stdin.close();
            assertThat(MAPPER.readTree(stdout.readLine()).path("topic").asText()).isEqualTo("roles");
        } finally {
            process.destroy();
        }
    }

    @Test
    void aQuestionTypedAfterAPastedPostingIsAMessageOfItsOwn() throws Exception {
        // no empty line after the posting: the question ends the paste (a posting's lines do not end in a question mark)
        String posting = "求人\n【仕事内容】\n・Linuxサーバーの運用と監視\n【勤務】24時間365日のシフト制\n";
        Result result = run(List.of("chat", "--json"), Map.of(), posting + "夜勤って何回くらいあるの？\nday\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).hasSize(3);
        assertThat(replies.get(0).path("topic").asText()).isEqualTo("jobpost");
        assertThat(replies.get(0).path("data").path("flags").toString()).contains("night-shift");
        assertThat(replies.get(1).path("topic").asText()).isNotEqualTo("jobpost");
        assertThat(replies.get(2).path("topic").asText()).isEqualTo("day");
    }

    @Test
    void aPostingPastedUnderAQuestionOrAfterTheCommandsFirstLineIsReadWhole() throws Exception {
        // a twenty-first trial: 「この求人どう思う？」 with the posting under it was read line by line, and "jobpost Position: …"
        // from its first line only
        String asked = "この求人、応募して大丈夫だと思いますか？\n【仕事内容】Linuxサーバーの監視と一次対応\n【勤務】24時間365日のシフト制\n\n";
        String english = "jobpost Position: Cloud Support Engineer (junior)\nRequirements: JLPT N2 or above; AWS basics\nSalary: 4.2M yen a year\n\n";
        Result result = run(List.of("chat", "--json"), Map.of(), asked + english + "day\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("jobpost", "jobpost", "day");
        assertThat(replies.get(0).path("data").path("flags").toString()).contains("night-shift");
        assertThat(replies.get(1).path("data").path("flags").toString()).contains("japanese-level");
    }

    @Test
    void aQuestionAboutAPostingFollowedByAnotherMessageStaysAQuestion() throws Exception {
        Result result = run(List.of("chat", "--json"), Map.of(), "この求人の残業は多い？\nday\n");
        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).path("topic").asText()).isEqualTo("day");
    }

    @Test
    void aWordThatClosesTheChatSaysSo() throws Exception {
        Result result = run(List.of("chat", "--lang", "en"), Map.of(), "quit\nroles\n");
        assertThat(result.exit()).isZero();
        assertThat(result.stdout()).contains("Closing the chat");
        // nothing after it is read
        assertThat(result.stdout()).doesNotContain("Infrastructure engineer");
    }

    @Test
    void aPostingsOwnQuestionLinesStayInIt() throws Exception {
        // a catch line at the top and an item that asks stay in the posting; only the empty line ends it
        String posting = "求人\n未経験からITエンジニアを目指しませんか？\n【仕事内容】\n・サーバーの運用と監視\n【勤務】\n"
                + "Q. 夜勤はありますか？\n・シフト制で夜勤は月4回\n\n";
        Result result = run(List.of("chat", "--json"), Map.of(), posting + "day\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("jobpost", "day");
        assertThat(replies.get(0).path("data").path("flags").toString()).contains("night-shift");
    }

    @Test
    void aQuestionAboutPostingsDoesNotSwallowTheNextLines() throws Exception {
        // asked with no posting: the usage is shown, and the next lines are messages, not a posting
        Result result = run(List.of("chat", "--json"), Map.of(), "この求人票、読んでもらえますか？\nday\nroles\n");

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).extracting(r -> r.path("topic").asText()).containsExactly("jobpost", "day", "roles");
    }

    @Test
    void theAptitudeQuizIsAnsweredWithNumbersInTheConsole() throws Exception {
        Result result = run(List.of("chat", "--json", "--lang", "en"), Map.of(), "fit\n" + "2\n".repeat(10));

        List<JsonNode> replies = result.jsonLines();
        assertThat(replies).hasSize(11).allSatisfy(r -> assertThat(r.path("topic").asText()).isEqualTo("fit"));
        JsonNode ranked = replies.get(10).path("data").path("roles");
        assertThat(ranked).hasSize(7);
        assertThat(replies.get(10).path("text").asText()).contains("Your result: closest to");
    }

    @Test
    void sigtermStopsTheServerGracefully() throws Exception {
        try (var slack = new jp.infracareer.testing.FakeSlackApi()) {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "jp.infracareer.Main", "serve"));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("SLACK_BOT_TOKEN", jp.infracareer.testing.RunningAdvisor.BOT_TOKEN);
            builder.environment().put("SLACK_SIGNING_SECRET", jp.infracareer.testing.RunningAdvisor.SIGNING_SECRET);
            builder.environment().put("SLACK_API_URL", slack.apiUrl());
            builder.environment().put("PORT", String.valueOf(port));
            File err = File.createTempFile("serve", ".err");
            err.deleteOnExit();
            builder.redirectErrorStream(true).redirectOutput(err);
            Process process = builder.start();
            var http = java.net.http.HttpClient.newHttpClient();
            int status = 0;
            for (int i = 0; i < 600 && status != 200; i++) {
                try {
                    status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException e) {
                    Thread.sleep(50);
                }
            }
            assertThat(status).as("server came up").isEqualTo(200);

            process.destroy(); // SIGTERM

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            String log = java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8);
            assertThat(log).contains("Stopped oejs.Server").doesNotContain("\tat ");
        }
    }

    @Test
    void quittingTheConsoleInTheMiddleOfAnInterviewShowsItsSummaryFirst() throws Exception {
        String answer = "私がインフラエンジニアを目指すのは、システムを止めずに支える仕事にやりがいを感じるからです。"
                + "前職では物流倉庫で5年間、在庫管理システムの担当をしていました。今は毎日2時間LinuCの勉強をしています。\n";
        Result result = run(List.of("chat", "--json"), Map.of(), "interview\n" + answer + "quit\nhelp\n");

        assertThat(result.exit).isZero();
        List<String> topics = result.jsonLines().stream().map(r -> r.path("topic").asText()).toList();
        // the summary of the interview, then nothing more: "help" after quit is never read
        assertThat(topics).contains("interview/feedback").endsWith("interview/summary").doesNotContain("help");
    }

    @Test
    void wantingToStopInWordsEndsTheInterviewInsteadOfBeingScored() throws Exception {
        Result result = run(List.of("chat", "--json"), Map.of(), "interview\nもうやめたい\n");

        List<String> topics = result.jsonLines().stream().map(r -> r.path("topic").asText()).toList();
        assertThat(topics).doesNotContain("interview/feedback").contains("interview/summary");
    }

    @Test
    void theStartOfAButtonsLabelPressesItWhenNoOtherButtonStartsSo() throws Exception {
        // after feedback the buttons read "模範解答を見る" and "この質問をもう一度"; typing "模範解答" shows the model answer
        Result result = run(List.of("chat", "--json"), Map.of(),
                "interview tcp-udp\nTCPは確実に届けるプロトコルで、UDPは速さを優先するプロトコルです。\n模範解答\n");

        List<String> topics = result.jsonLines().stream().map(r -> r.path("topic").asText()).toList();
        assertThat(topics).containsExactly("interview", "interview/question", "interview/feedback", "interview/example");
    }

    @Test
    void modelAnswerTypedInAFiveQuestionInterviewIsTheWaitingQuestions() throws Exception {
        // the feedback's "模範解答を見る" button is question 1's; typed on question 2, 「模範解答」 means question 2 (trial 9)
        Result result = run(List.of("chat", "--json"), Map.of(),
                "面接\n前職では売上管理をしていて、数字を毎日確認していました。\n模範解答\n");
        List<JsonNode> replies = result.jsonLines();
        List<String> questions = replies.stream().filter(r -> r.path("topic").asText().equals("interview/question"))
                .map(r -> r.path("data").path("question").asText()).toList();
        JsonNode example = replies.stream().filter(r -> r.path("topic").asText().equals("interview/example")).findFirst().orElseThrow();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(example.path("data").path("question").asText()).isEqualTo(questions.get(1));
    }

    record Result(int exit, String stdout, String stderr) {
        List<JsonNode> jsonLines() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(MAPPER.readTree(line));
                }
            }
            return nodes;
        }
    }

    static Result run(List<String> args, Map<String, String> env, String stdin) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "jp.infracareer.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.equals("PORT") || k.equals("DEFAULT_LOCALE"));
        builder.environment().putAll(env);
        File err = File.createTempFile("chat", ".err");
        err.deleteOnExit();
        builder.redirectError(err);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chat exits at end of input").isTrue();
        return new Result(process.exitValue(), out, java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
