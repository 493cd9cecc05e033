/**
 * The HTML report: one self-contained page (inline CSS, JavaScript and SVG) with the version graph
 * laid out by Eclipse ELK, the path matrix, the findings by script and filters.
 */
@NullMarked
package org.extupgrade.report.html;

import org.jspecify.annotations.NullMarked;
