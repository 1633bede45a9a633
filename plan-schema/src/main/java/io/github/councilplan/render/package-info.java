/**
 * Renderings of a plan for people and other tools, each a
 * {@link io.github.councilplan.render.PlanRenderer} that writes from a
 * {@link io.github.councilplan.trace.PlanIndex}:
 * {@link io.github.councilplan.render.MatrixCsv}, the
 * {@link io.github.councilplan.render.TraceabilityMatrix} of the plan's leaf work against its
 * outcomes at every level as CSV for spreadsheets, protected against formula injection;
 * {@link io.github.councilplan.render.MermaidDiagram}, the plan's structure and links as a Mermaid
 * flowchart; {@link io.github.councilplan.render.MarkdownSummary}, the plan in its own words as
 * Markdown, every list after its lead-in where the plan gives one and after nothing where it gives
 * none; and {@link io.github.councilplan.render.HtmlReport}, the plan as one self-contained,
 * accessible web page (WCAG 2.2 AA) with a chart and a table of each measure's targets and
 * actuals, which loads nothing and runs no script. {@link io.github.councilplan.render.QuarterReportFormat}
 * writes a committee's {@link io.github.councilplan.trace.QuarterReport} for a period as Markdown,
 * CSV or such a web page.
 *
 * <p>Every rendering shows plan text in the plan's first language and names elements by the
 * plan's own level names, element by element ({@link io.github.councilplan.render.Wording}),
 * escapes text for its format so that no plan text can change the output's structure, and is
 * deterministic: equal plans give equal output.
 *
 * <p>Every public type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.render;
