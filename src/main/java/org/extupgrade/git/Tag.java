package org.extupgrade.git;

/**
 * One git tag, peeled to the commit it names.
 *
 * @param name the tag's name without {@code refs/tags/}
 * @param commit the commit id, 40 hex digits
 * @param time the commit's time, seconds since the epoch (orders releases)
 */
public record Tag(String name, String commit, int time) {}
