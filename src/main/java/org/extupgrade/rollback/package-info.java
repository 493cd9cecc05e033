/**
 * The rollback plan's data: what an extension's configuration tables (and sequences) registered
 * with {@code pg_extension_config_dump} hold for users, read from a live database as SQL that can
 * be replayed after {@code DROP EXTENSION ... CASCADE} and an install of the older version.
 */
@NullMarked
package org.extupgrade.rollback;

import org.jspecify.annotations.NullMarked;
