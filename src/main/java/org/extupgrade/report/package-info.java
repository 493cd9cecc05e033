/**
 * Renders findings in every output format ({@link org.extupgrade.report.Formats}: text, JSON,
 * SARIF, JUnit XML, GitHub workflow commands, Markdown): sees only findings, version pairs and the
 * graph, never a database.
 */
@NullMarked
package org.extupgrade.report;

import org.jspecify.annotations.NullMarked;
