package jp.infracareer.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule, enforced: each package of ours may use only the packages listed for it here (and the
 * same table is in the README). Kernel at the bottom, then content/state/recognition/config, then features,
 * each feature's Slack wiring beside it, the shared Slack toolkit knowing no feature, and one composition
 * root ({@code wiring}, plus {@code Main}) that may use everything.
 */
class DependencyRuleTest {
    private static final String BASE = "jp.infracareer";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** Package (relative to jp.infracareer) to the packages it may use besides itself. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // the vocabulary: reply model, typed actions and effects, ids, user key, language, text helpers
            Map.entry("kernel", Set.of()),
            // foundations
            Map.entry("content", Set.of("kernel")),
            Map.entry("state", Set.of("kernel")),
            Map.entry("config", Set.of("kernel")),
            Map.entry("recognition", Set.of("kernel", "content")),
            Map.entry("metrics", Set.of("kernel", "state")),
            // features (engine side)
            Map.entry("explain", Set.of("kernel", "content")),
            Map.entry("interview", Set.of("kernel", "content", "state", "recognition")),
            Map.entry("fit", Set.of("kernel", "content", "state", "recognition")),
            Map.entry("jobpost", Set.of("kernel", "content", "recognition")),
            // the engine's router: understands the words and hands them to a feature
            Map.entry("advisor", Set.of("kernel", "content", "state", "recognition", "explain", "interview", "fit", "jobpost")),
            // the shared Slack toolkit: rendering, outbox, work lanes, de-duplication; knows no feature
            Map.entry("slack", Set.of("kernel", "metrics")),
            // features with Slack surfaces of their own, and each feature's Slack wiring
            Map.entry("home", Set.of("kernel", "content", "state", "slack")),
            Map.entry("broadcast", Set.of("kernel", "content", "state", "config", "metrics", "slack", "interview")),
            Map.entry("advisor.slack", Set.of("kernel", "content", "metrics", "advisor", "slack")),
            Map.entry("jobpost.slack", Set.of("kernel", "slack")),
            Map.entry("broadcast.slack", Set.of("kernel", "content", "state", "metrics", "broadcast", "slack")),
            // shared state in Redis for several replicas: implements the state and de-duplication interfaces
            Map.entry("redis", Set.of("kernel", "state", "slack")),
            // installation in many workspaces: installations, install states, token refresh, removal
            Map.entry("workspace", Set.of("kernel", "state")),
            // ways in that are not Slack, and the HTTP server
            Map.entry("console", Set.of("kernel", "content", "advisor")),
            Map.entry("server", Set.of("kernel", "config", "metrics")),
            // the install page and the pages Slack's install flow ends on (distribution over OAuth)
            Map.entry("install", Set.of("kernel", "content")),
            // Slack over Socket Mode (an outgoing WebSocket) instead of HTTP: same Bolt app, shared de-duplication
            Map.entry("socketmode", Set.of("kernel", "metrics", "slack")),
            // the composition root
            Map.entry("wiring", Set.of("kernel", "content", "state", "config", "metrics", "advisor", "advisor.slack",
                    "broadcast", "broadcast.slack", "home", "jobpost.slack", "server", "socketmode", "slack", "redis", "workspace", "install")),
            Map.entry("", Set.of("*")));

    @Test
    void everyPackageUsesOnlyWhatTheRuleAllows() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            String from = relative(c.getPackageName());
            Set<String> allowed = ALLOWED.get(from);
            if (allowed == null) {
                violations.add(from + " is not in the dependency rule: add it to ALLOWED and to the README");
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (!target.startsWith(BASE)) {
                    continue;
                }
                String to = relative(target);
                if (!to.equals(from) && !allowed.contains(to) && !allowed.contains("*")) {
                    violations.add(from + " -> " + to + ": " + d.getDescription());
                }
            }
        }
        assertThat(new TreeSet<>(violations)).as("dependencies that point the wrong way").isEmpty();
    }

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRuleKnowsEveryPackageAndNothingElse() {
        Set<String> packages = new TreeSet<>();
        CLASSES.forEach(c -> packages.add(relative(c.getPackageName())));
        assertThat(packages).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    private static String relative(String pkg) {
        return pkg.equals(BASE) ? "" : pkg.substring(BASE.length() + 1);
    }
}
