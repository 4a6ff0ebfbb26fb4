/**
 * The weekly report's formats and keeping: {@link io.capacity.service.report.ReportRenderer} renders an
 * {@link io.capacity.app.report.Report} as HTML (Thymeleaf, charts as inline PNG from JFreeChart), PDF (openhtmltopdf
 * on PDFBox 3, from the same HTML) or CSV (every table's rows); {@link io.capacity.service.report.ReportArchive} keeps
 * them under the data directory with an index; {@link io.capacity.service.report.ReportScheduler} writes them on
 * their schedule inside {@code serve}. {@link io.capacity.service.report.Templates} (the one Thymeleaf engine) and
 * {@link io.capacity.service.report.SectionView} (a section with its charts drawn) are shared with the service's web
 * pages ({@code service.web}), which include the report template's fragments.
 */
package io.capacity.service.report;
