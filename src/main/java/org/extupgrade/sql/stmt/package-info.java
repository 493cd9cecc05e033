/** The typed statements of extension scripts: what each statement creates, changes or drops. */
@NullMarked
package org.extupgrade.sql.stmt;

import org.jspecify.annotations.NullMarked;
