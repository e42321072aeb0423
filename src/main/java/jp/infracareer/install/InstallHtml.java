package jp.infracareer.install;

import jp.infracareer.content.InstallText;
import jp.infracareer.kernel.Lang;

/**
 * The three pages as self-contained HTML5: inline CSS, no script, no font or file from anywhere else, so the
 * Content-Security-Policy can forbid everything but inline styles. Every text is escaped; nothing here comes
 * from a request.
 */
final class InstallHtml {
    enum Page { INSTALL, DONE, FAILED }

    private static final String STYLE = String.join("",
            "*,*::before,*::after{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%}",
            "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",",
            "\"Noto Sans CJK JP\",\"Noto Sans JP\",\"Yu Gothic\",Meiryo,sans-serif;line-height:1.7;color:#1d1c1d;background:#f6f7f9}",
            ".top{display:flex;justify-content:flex-end;padding:.25rem 1rem;background:#1d3b5a}",
            ".top a{display:inline-flex;align-items:center;min-height:44px;padding:0 .75rem;color:#fff;font-weight:600}",
            "main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem 3rem}",
            "h1{margin:.5rem 0 1rem;font-size:1.8rem;line-height:1.35;color:#1d3b5a}",
            "h2{margin:2.5rem 0 1rem;padding-bottom:.3rem;font-size:1.3rem;line-height:1.4;border-bottom:2px solid #d5dee8}",
            "h3{margin:0 0 .3rem;font-size:1.05rem;line-height:1.4}",
            "p,li,dt,dd{overflow-wrap:anywhere}",
            ".lead{font-size:1.1rem}",
            ".cta{margin:1.75rem 0 .5rem}",
            ".add-to-slack{display:inline-flex;align-items:center;justify-content:center;min-height:48px;",
            "padding:.75rem 2rem;border-radius:.5rem;background:#4a154b;color:#fff;font-size:1.1rem;font-weight:700;",
            "text-decoration:none}",
            ".add-to-slack:hover{background:#611f69}",
            "a:focus-visible{outline:3px solid #1264a3;outline-offset:3px}",
            ".note{margin-top:0;color:#555;font-size:.95rem}",
            ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(16rem,100%),1fr));gap:.75rem;",
            "margin:0;padding:0;list-style:none}",
            ".cards li{padding:1rem;background:#fff;border:1px solid #e1e5ea;border-radius:.5rem}",
            ".cards p{margin:0}",
            ".scopes dt{margin-top:1rem}",
            ".scopes dd{margin:.25rem 0 0}",
            "code{padding:.1rem .35rem;border-radius:.25rem;background:#e8eef5;",
            "font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em}",
            ".steps li{margin:.4rem 0}",
            ".back{margin-top:2rem;font-weight:600}",
            "@media (max-width:30rem){h1{font-size:1.45rem}.add-to-slack{display:flex;width:100%}}");

    private InstallHtml() {}

    static String render(Page page, InstallText text, Lang lang) {
        return switch (page) {
            case INSTALL -> layout(lang, text.title(), text.otherLanguage(), installBody(text));
            case DONE -> layout(lang, text.done().title(), text.otherLanguage(), resultBody(text.done(), lang, "done"));
            case FAILED -> layout(lang, text.failed().title(), text.otherLanguage(), resultBody(text.failed(), lang, "failed"));
        };
    }

    private static String layout(Lang lang, String title, String otherLanguageLabel, String body) {
        Lang other = lang == Lang.JA ? Lang.EN : Lang.JA;
        return "<!DOCTYPE html>\n<html lang=\"" + lang.code() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>" + STYLE + "</style>\n"
                + "</head>\n<body>\n"
                + "<nav class=\"top\"><a class=\"lang-switch\" href=\"?lang=" + other.code() + "\" hreflang=\"" + other.code()
                + "\" lang=\"" + other.code() + "\">" + Html.escape(otherLanguageLabel) + "</a></nav>\n"
                + "<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String installBody(InstallText text) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.escape(text.title())).append("</h1>\n");
        html.append("<p class=\"lead\">").append(Html.escape(text.lead())).append("</p>\n");
        html.append(button(text, "add-to-slack-top"));
        html.append("<p class=\"note\">").append(Html.escape(text.buttonNote())).append("</p>\n");
        cards(html, "features", text.features());
        cards(html, "stores", text.stores());
        cards(html, "never", text.never());
        html.append("<section aria-labelledby=\"scopes\">\n<h2 id=\"scopes\">").append(Html.escape(text.scopes().heading()))
                .append("</h2>\n<p>").append(Html.escape(text.scopes().intro())).append("</p>\n<dl class=\"scopes\">\n");
        for (InstallText.Scope scope : text.scopes().items()) {
            html.append("<dt><code class=\"scope\">").append(Html.escape(scope.scope())).append("</code></dt><dd>")
                    .append(Html.escape(scope.why())).append("</dd>\n");
        }
        html.append("</dl>\n</section>\n");
        html.append(button(text, "add-to-slack-bottom"));
        return html.toString();
    }

    private static String button(InstallText text, String id) {
        return "<p class=\"cta\"><a class=\"add-to-slack\" id=\"" + id + "\" href=\"" + InstallPages.START_PATH + "\">"
                + Html.escape(text.button()) + "</a></p>\n";
    }

    private static void cards(StringBuilder html, String id, InstallText.Section section) {
        html.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                .append(Html.escape(section.heading())).append("</h2>\n<ul class=\"cards\">\n");
        for (InstallText.Item item : section.items()) {
            html.append("<li><h3>").append(Html.escape(item.title())).append("</h3><p>").append(Html.escape(item.text()))
                    .append("</p></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String resultBody(InstallText.ResultPage page, Lang lang, String id) {
        StringBuilder html = new StringBuilder();
        html.append("<h1 id=\"").append(id).append("\">").append(Html.escape(page.title())).append("</h1>\n");
        html.append("<p class=\"lead\">").append(Html.escape(page.text())).append("</p>\n");
        html.append("<h2>").append(Html.escape(page.listHeading())).append("</h2>\n<ul class=\"steps\">\n");
        for (String point : page.points()) {
            html.append("<li>").append(Html.escape(point)).append("</li>\n");
        }
        html.append("</ul>\n");
        html.append("<p class=\"back\"><a class=\"back-to-install\" href=\"").append(InstallPages.INSTALL_PATH)
                .append("?lang=").append(lang.code()).append("\">").append(Html.escape(page.link())).append("</a></p>\n");
        return html.toString();
    }
}
