/**
 * Renders findings (text, JSON): sees only findings, version pairs and the graph, never a database.
 */
@NullMarked
package org.extupgrade.report;

import org.jspecify.annotations.NullMarked;
