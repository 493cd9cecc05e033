/**
 * The security lint of extension scripts: the traps of PostgreSQL's "Security Considerations for
 * Extensions" and of timescale/pgspot's rules, read from the tokens of every install, update and
 * downgrade script, one finding per script location. No database.
 */
@NullMarked
package org.extupgrade.lint;

import org.jspecify.annotations.NullMarked;
