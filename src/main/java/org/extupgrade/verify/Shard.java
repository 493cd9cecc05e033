package org.extupgrade.verify;

import org.extupgrade.model.UserError;

/**
 * One of {@code count} parts of a verify run ({@code --shard index/count}): the units of work (each
 * update script alone, each whole upgrade, each downgrade and second run) are numbered in the
 * plan's order, which every shard computes alike, and unit {@code u} belongs to shard {@code u %
 * count + 1}.
 */
public record Shard(int index, int count) {
  /** The whole run. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new UserError("--shard " + index + "/" + count + ": give i/n with 1 <= i <= n");
    }
  }

  /** {@code i/n}, as {@code --shard} takes it. */
  public static Shard parse(String text) {
    String[] p = text.split("/", -1);
    try {
      if (p.length == 2) return new Shard(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new UserError("--shard " + text + ": give i/n, for example 2/3");
  }

  public boolean all() {
    return count == 1;
  }

  /** Unit {@code unit} (numbered from 0 in the plan's order) is this shard's. */
  boolean owns(int unit) {
    return unit % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
