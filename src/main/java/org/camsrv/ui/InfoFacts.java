package org.camsrv.ui;

import java.util.ArrayList;
import java.util.List;
import org.camsrv.data.HiddenPaths;

/**
 * What the Info page shows, in groups of labelled facts, with the warnings above them. The page
 * and the text a user copies into a bug report come from the same facts. Paths are marked, so
 * that what a plain user sees can leave them out.
 */
public final class InfoFacts {

    /** One line: "Free disk space", "12.3 GB of 31.9 GB (39 %)". {@code path}: the value is a place on disk. */
    public record Fact(String label, String value, boolean path) {
    }

    public record Group(String title, List<Fact> facts) {
        public Group {
            facts = List.copyOf(facts);
        }
    }

    static final String HIDDEN_PATH = HiddenPaths.HIDDEN_PATH;

    private final List<String> warnings;
    private final List<Group> groups;

    private InfoFacts(List<String> warnings, List<Group> groups) {
        this.warnings = List.copyOf(warnings);
        this.groups = List.copyOf(groups);
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<Group> groups() {
        return groups;
    }

    /** For a user who is not a SuperUser: no path facts, and paths inside other facts masked. */
    public InfoFacts withoutPaths() {
        List<Group> kept = groups.stream()
                .map(group -> new Group(group.title(), group.facts().stream()
                        .filter(fact -> !fact.path())
                        .map(fact -> new Fact(fact.label(), maskPaths(fact.value()), false))
                        .toList()))
                .filter(group -> !group.facts().isEmpty())
                .toList();
        return new InfoFacts(warnings.stream().map(InfoFacts::maskPaths).toList(), kept);
    }

    static String maskPaths(String text) {
        return HiddenPaths.mask(text);
    }

    /** Plain text for a bug report: a title line, the warnings, then each group with its facts indented. */
    public String asText() {
        StringBuilder text = new StringBuilder("CamSrv information\n");
        warnings.forEach(warning -> text.append("Warning: ").append(warning).append('\n'));
        for (Group group : groups) {
            text.append('\n').append(group.title()).append('\n');
            group.facts().forEach(fact -> text.append("  ").append(fact.label()).append(": ").append(fact.value()).append('\n'));
        }
        return text.toString();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects groups in the order the page shows them; facts go into the group opened last. */
    static final class Builder {
        private final List<String> warnings = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private String title;
        private List<Fact> facts;

        Builder group(String groupTitle) {
            closeGroup();
            title = groupTitle;
            facts = new ArrayList<>();
            return this;
        }

        Builder fact(String label, String value) {
            facts.add(new Fact(label, value, false));
            return this;
        }

        Builder path(String label, String value) {
            facts.add(new Fact(label, value, true));
            return this;
        }

        Builder warning(String text) {
            warnings.add(text);
            return this;
        }

        InfoFacts build() {
            closeGroup();
            return new InfoFacts(warnings, groups);
        }

        private void closeGroup() {
            if (title != null) {
                groups.add(new Group(title, facts));
                title = null;
            }
        }
    }
}
