package io.github.councilplan.examples.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fenced code block of a markdown document: its info string (the word after the opening
 * fence, lower case), the line of its first content line, and its content lines with the fence's
 * indentation taken off.
 *
 * @param info the info string's first word, or empty
 * @param firstLine the 1-based line number of the first content line
 * @param lines the content lines
 */
record FencedBlock(String info, int firstLine, List<String> lines) {
    FencedBlock {
        lines = List.copyOf(lines);
    }

    /**
     * The fenced blocks of a markdown document (fences of three or more backticks, indented or
     * not), in order; a block left open runs to the end.
     *
     * @param markdown the document's text
     * @return the blocks, perhaps none
     */
    static List<FencedBlock> in(String markdown) {
        List<FencedBlock> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.stripLeading();
            if (!trimmed.startsWith("```")) {
                i++;
                continue;
            }
            int indent = line.length() - trimmed.length();
            String fence = trimmed.substring(0, trimmed.length() - trimmed.replaceFirst("^`+", "").length());
            String info = trimmed.substring(fence.length()).strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            List<String> content = new ArrayList<>();
            int first = i + 2;
            i++;
            while (i < lines.size() && !lines.get(i).strip().equals(fence)) {
                String inner = lines.get(i);
                int cut = Math.min(indent, inner.length() - inner.stripLeading().length());
                content.add(inner.substring(cut));
                i++;
            }
            i++;
            blocks.add(new FencedBlock(info, first, content));
        }
        return blocks;
    }
}
