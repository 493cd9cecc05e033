/**
 * PostgreSQL's lexical rules (scan.l) and statement splitting for extension scripts: no JDBC, no
 * database.
 */
@NullMarked
package org.extupgrade.sql;

import org.jspecify.annotations.NullMarked;
