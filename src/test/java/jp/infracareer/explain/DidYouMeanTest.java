package jp.infracareer.explain;

import static org.assertj.core.api.Assertions.assertThat;

import jp.infracareer.content.Catalog;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Commands;
import jp.infracareer.kernel.Lang;
import jp.infracareer.kernel.Reply;
import org.junit.jupiter.api.Test;

/** "Which did you mean?" offers the two topics and the help, each once. */
class DidYouMeanTest {
    private final Catalog ja = KnowledgeBase.load().catalog(Lang.JA);

    @Test
    void twoTopicsAndTheHelp() {
        Reply r = HelpTopics.didYouMean(ja, "guide/ses", "guide/salary");
        assertThat(r.actions()).extracting(Reply.Action::command)
                .containsExactly(Commands.forTopic("guide/ses"), Commands.forTopic("guide/salary"), Commands.HELP);
    }

    // a newcomer trial saw 自宅ラボ / 使い方 / 使い方
    @Test
    void whenOneChoiceIsTheHelpItIsOfferedOnce() {
        Reply r = HelpTopics.didYouMean(ja, "guide/portfolio", "help");
        assertThat(r.actions()).extracting(Reply.Action::command).containsExactly(Commands.forTopic("guide/portfolio"), Commands.HELP);
        assertThat(r.actions()).extracting(Reply.Action::label).doesNotHaveDuplicates();
    }
}
