package org.extupgrade.sql.stmt;

import org.extupgrade.model.Location;

/**
 * One statement of an extension script, typed by its effect on the extension's objects. Anything
 * the parser does not model is an {@link Opaque} statement, never an error.
 */
public sealed interface Stmt
    permits Create,
        Drop,
        AlterRoutine,
        AlterTable,
        AlterOther,
        AddEnumValue,
        Rename,
        SetSchema,
        CommentOn,
        Privilege,
        ConfigDump,
        ExtensionMember,
        DoBlock,
        Opaque {

  /** Where the statement starts. */
  Location at();
}
