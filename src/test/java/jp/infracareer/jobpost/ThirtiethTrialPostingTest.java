package jp.infracareer.jobpost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.infracareer.content.Guide;
import jp.infracareer.content.KnowledgeBase;
import jp.infracareer.kernel.Lang;
import org.junit.jupiter.api.Test;

/**
 * A thirtieth newcomer trial (session 41): a convenience-store night-shift worker of 23 and a Canadian English teacher of
 * 38 pasted postings and asked about them. Fixed overtime of ¥65,000 for 45 hours was said to fall short at 160 scheduled
 * hours (with ¥69,000, the whole pay for the hours at 125%, called "the 25% premium") while the next bullet worked at 173
 * hours, at which it does not; the pay guide turned 1,400–1,800 yen an hour over 1,950 hours into 「約280万〜340万円」;
 * 「日本語ネイティブレベル」 was glossed as "JLPT N2 or above" to a reader with N2; "should I skip this posting or apply
 * anyway?", 「応募すべき？やめとくべき？」 and 「ぶっちゃけアリじゃないっすか？」 got the findings again or a general page;
 * 「時給にしたらコンビニと比べてどうなん？」 got the overtime bullet; 設計・構築 duties with 「ビジネスマナー研修1週間のみ」 and
 * 「全国転勤あり」 went unremarked; the duties were quoted twice and the fixed-overtime sentence said twice. Said here in
 * those words and in others (the posting's own scheduled hours, "is it worth applying to this one or should I skip it?",
 * "I make 1,300 yen an hour at my night job", a three-day manners course, "may be transferred anywhere in Japan").
 */
class ThirtiethTrialPostingTest {
    private static final KnowledgeBase KB = KnowledgeBase.load();

    /** 「1,400〜1,800円 … 年1,950時間で換算すると約280万〜340万円」: each converted figure recomputed from its inputs. */
    @Test
    void yearlyFiguresAGuideWorksOutFromHourlyPayFollowFromTheirInputs() {
        Pattern hourlyJa = Pattern.compile("(\\d,\\d{3})〜(\\d,\\d{3})円");
        Pattern yearlyJa = Pattern.compile("(\\d{3})万〜(\\d{3})万");
        Pattern hourlyEn = Pattern.compile("(\\d,\\d{3}) to (\\d,\\d{3})");
        Pattern yearlyEn = Pattern.compile("(\\d\\.\\d+) to (\\d\\.\\d+)");
        int checked = 0;
        for (Lang lang : Lang.values()) {
            for (Guide guide : KB.catalog(lang).guides()) {
                List<String> texts = new java.util.ArrayList<>(guide.facts().stream().map(Guide.Fact::text).toList());
                guide.sections().forEach(s -> texts.add(s.text()));
                for (String text : texts) {
                    int at = text.indexOf("1,950");
                    if (at < 0) {
                        continue;
                    }
                    List<double[]> hourly = pairs((lang == Lang.JA ? hourlyJa : hourlyEn).matcher(text.substring(0, at)), 1);
                    List<double[]> yearly = pairs((lang == Lang.JA ? yearlyJa : yearlyEn).matcher(text.substring(at)),
                            lang == Lang.JA ? 10_000 : 1_000_000);
                    if (hourly.isEmpty()) {
                        continue; // a converted figure with no hourly input beside it
                    }
                    assertThat(yearly).as(guide.id() + " " + lang).hasSameSizeAs(hourly);
                    for (int i = 0; i < hourly.size(); i++) {
                        for (int end = 0; end < 2; end++) {
                            // said to the 10,000 yen: within 5,000 of the hours times the hourly pay
                            assertThat(yearly.get(i)[end]).as(guide.id() + " " + lang + " " + text)
                                    .isCloseTo(hourly.get(i)[end] * 1_950, org.assertj.core.data.Offset.offset(5_000.0));
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    private static List<double[]> pairs(Matcher m, double unit) {
        List<double[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1).replace(",", "")) * unit, Double.parseDouble(m.group(2).replace(",", "")) * unit});
        }
        return out;
    }
}
