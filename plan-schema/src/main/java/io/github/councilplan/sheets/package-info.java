/**
 * Plans to and from spreadsheets: {@link io.github.councilplan.sheets.PlanSheets} writes a plan as
 * a workbook ({@code .xlsx}) or a folder of CSV files, one sheet per kind of element, and reads one
 * back into a plan document, validated as any other, each problem located at its cell
 * ({@link io.github.councilplan.sheets.SheetImport}). The sheets and their columns come from
 * {@link io.github.councilplan.model.structure.PlanStructure}.
 *
 * <p>Workbooks need Apache POI, an optional dependency; CSV files need nothing more. Every public
 * type here is immutable and thread-safe; no method accepts or returns null.
 */
package io.github.councilplan.sheets;
