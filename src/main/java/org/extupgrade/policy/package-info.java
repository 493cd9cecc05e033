/** A project's policy, {@code extupgrade.toml}: what runs, what is accepted, at what severity. */
@NullMarked
package org.extupgrade.policy;

import org.jspecify.annotations.NullMarked;
