/**
 * An extension's files as PostgreSQL reads them: control files, the script inventory (PGXS, pgrx,
 * archive layouts), the version graph and PostgreSQL's own path search.
 */
@NullMarked
package org.extupgrade.layout;

import org.jspecify.annotations.NullMarked;
