package io.github.councilplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Parses Markdown as CommonMark with GitHub's tables, for tests of what rendered Markdown is. */
final class CommonMark {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private CommonMark() {}

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Returns the children of a node. */
    static List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }

    /** Returns the kinds of node below {@code node}, itself excluded, as simple class names. */
    static Set<String> kindsBelow(Node node) {
        Set<String> kinds = new java.util.TreeSet<>();
        for (Node child : children(node)) {
            kinds.add(child.getClass().getSimpleName());
            kinds.addAll(kindsBelow(child));
        }
        return kinds;
    }

    /** Returns the text of the {@link Text} and {@link Code} nodes below {@code node}, in order. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child : children(node)) {
            if (child instanceof Text) {
                text.append(((Text) child).getLiteral());
            } else if (child instanceof Code) {
                text.append(((Code) child).getLiteral());
            } else {
                text.append(text(child));
            }
        }
        return text.toString();
    }
}
