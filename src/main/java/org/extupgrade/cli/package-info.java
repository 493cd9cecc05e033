/** The picocli commands: the only place that prints to the terminal or decides an exit code. */
@NullMarked
package org.extupgrade.cli;

import org.jspecify.annotations.NullMarked;
