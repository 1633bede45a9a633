package io.github.councilplan.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of Markdown blocks (headings, paragraphs, and bulleted or numbered lists whose items
 * may hold blocks of their own), written as CommonMark reads them back: blocks separated by one
 * blank line, an item's blocks indented by the width of its marker, and a list that follows a list
 * of the same type given the other marker ({@code -} and {@code *}, {@code 1.} and {@code 1)}),
 * so that the two stay two lists. Lines of text are given already escaped ({@link MarkdownText}),
 * one line each.
 *
 * <p>Not thread-safe: one summary builds one sequence.
 */
final class MarkdownBlocks {
    private final List<Block> blocks = new ArrayList<>();

    /** One block: a heading, a paragraph or a list. */
    private interface Block {}

    private record Heading(int level, String line) implements Block {}

    private record Paragraph(String line) implements Block {}

    private record ListBlock(boolean numbered, List<Item> items) implements Block {}

    /** Lines written as they are, such as a table's. */
    private record Lines(List<String> lines) implements Block {}

    /** One item of a list: its line, and the blocks it holds below it. */
    record Item(String line, MarkdownBlocks blocks) {
        /** An item of one line. */
        static Item of(String line) {
            return new Item(line, new MarkdownBlocks());
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Adds a heading of level 1 to 6. */
    MarkdownBlocks heading(int level, String line) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("a heading's level is 1 to 6, was " + level);
        }
        blocks.add(new Heading(level, line));
        return this;
    }

    MarkdownBlocks paragraph(String line) {
        blocks.add(new Paragraph(line));
        return this;
    }

    /** Adds a bulleted list of one-line items, unless there are none. */
    MarkdownBlocks bullets(List<String> lines) {
        return items(false, lines.stream().map(Item::of).toList());
    }

    /** Adds a numbered list of one-line items, unless there are none. */
    MarkdownBlocks numbered(List<String> lines) {
        return items(true, lines.stream().map(Item::of).toList());
    }

    /** Adds a list of items, unless there are none. */
    MarkdownBlocks items(boolean numbered, List<Item> items) {
        if (!items.isEmpty()) {
            blocks.add(new ListBlock(numbered, List.copyOf(items)));
        }
        return this;
    }

    /** Adds lines that make one block, such as a table's rows, written as they are. */
    MarkdownBlocks lines(List<String> lines) {
        blocks.add(new Lines(List.copyOf(lines)));
        return this;
    }

    /** Adds the blocks of another sequence. */
    MarkdownBlocks addAll(MarkdownBlocks other) {
        blocks.addAll(other.blocks);
        return this;
    }

    /** Writes the blocks, each line starting with {@code indent}. */
    void write(StringBuilder out, String indent) {
        Block previous = null;
        boolean alternate = false;
        for (Block block : blocks) {
            if (previous != null) {
                out.append('\n');
            }
            if (block instanceof Heading heading) {
                out.append(indent).append("#".repeat(heading.level())).append(' ').append(heading.line()).append('\n');
            } else if (block instanceof Paragraph paragraph) {
                out.append(indent).append(paragraph.line()).append('\n');
            } else if (block instanceof Lines lines) {
                lines.lines().forEach(line -> out.append(indent).append(line).append('\n'));
            } else {
                ListBlock list = (ListBlock) block;
                alternate = previous instanceof ListBlock before && before.numbered() == list.numbered() && !alternate;
                write(list, alternate, out, indent);
            }
            if (!(block instanceof ListBlock)) {
                alternate = false;
            }
            previous = block;
        }
    }

    private static void write(ListBlock list, boolean alternate, StringBuilder out, String indent) {
        boolean loose = list.items().stream().anyMatch(item -> !item.blocks().isEmpty());
        for (int i = 0; i < list.items().size(); i++) {
            Item item = list.items().get(i);
            if (i > 0 && loose) {
                out.append('\n');
            }
            String marker = list.numbered() ? (i + 1) + (alternate ? ")" : ".") : alternate ? "*" : "-";
            out.append(indent).append(marker).append(' ').append(item.line()).append('\n');
            if (!item.blocks().isEmpty()) {
                out.append('\n');
                item.blocks().write(out, indent + " ".repeat(marker.length() + 1));
            }
        }
    }
}
